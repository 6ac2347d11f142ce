"""``python -m detente`` runs the command line."""

from detente.cli import cli

cli()
