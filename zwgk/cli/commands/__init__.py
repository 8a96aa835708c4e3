"""One module a command: each parses its options, calls the core and prints.

A module registers its command(s) on its own `commands` Typer; `zwgk.cli.app`
imports only the module of the command being run.
"""
