"""The command line: the app and its global options, the one error handler, shared
option types, and one module per command that parses, calls and prints.
"""
