"""Argument types shared by the management commands."""

import argparse
from datetime import date


def iso_date(value):
    """A day written YYYY-MM-DD (argparse turns the error into a usage message)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD.") from None
