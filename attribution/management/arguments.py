"""Argument types shared by the management commands."""

import argparse
from datetime import date

from django.conf import settings
from django.urls import reverse


def iso_date(value):
    """A day written YYYY-MM-DD (argparse turns the error into a usage message)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD.") from None


def site_url(name, *args):
    """The full URL of a named route where the app answers (settings.SITE_URL)."""
    return settings.SITE_URL + reverse(name, args=args)


def raw_stream(output):
    """The stream under a command's stdout or stderr wrapper, for tqdm: the wrapper ends every
    write with a newline, which breaks a progress bar's redraws into separate lines."""
    return getattr(output, "_out", output)
