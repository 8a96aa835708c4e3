"""The command line: the app and its global options, the one error handler, shared
option types, and one module per command that parses, calls and prints.
"""

import sys

from zwgk.i18n import set_lang

# Help text is built when a module of this package defines its options and
# commands, so the language is settled before any of them is imported: from
# `--lang` on the command line, else ZWGK_LANG. (`cli.options` words `--as-of`
# at import; it once came before this line and printed Chinese help in English.)
set_lang(None, sys.argv)
