"""Cursor pages of the list endpoints.

DRF's CursorPagination keeps only the sort value in its cursor and skips rows sharing it by an
offset it caps at 1,000, so a list where more rows share a value (1,101 unnamed "officials"
sorted by name) never ends. Here the cursor holds the sort value and the row's id, and rows are
sorted by both: each page starts right after the last row of the one before, every row comes
exactly once, and rows added meanwhile do not shift the pages.
"""

import math
from base64 import b64decode, b64encode
from collections import namedtuple
from datetime import datetime
from urllib import parse

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination
from rest_framework.utils.urls import replace_query_param

MAX_ID = 2**63 - 1

Position = namedtuple("Position", ["value", "pk"])
Cursor = namedtuple("Cursor", ["reverse", "position"])


class CursorPage(CursorPagination):
    """Pages over (sort field, id); `page_size` up to 100. The sort fields must not be null.

    The cursor is base64 of `p=<sort value>&i=<id>` (and `r=1` for the previous page); one that
    does not decode to a valid position answers 404 "Invalid cursor"."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        first = self.get_ordering(request, queryset, view)[0]
        self.field = queryset.model._meta.get_field(first.lstrip("-"))
        self.cursor = self.decode_cursor(request)
        reverse = self.cursor is not None and self.cursor.reverse
        # Sorted descending, or walking back from a previous-page cursor: towards smaller keys.
        backwards = first.startswith("-") != reverse
        sign = "-" if backwards else ""
        keys = [f"{sign}pk"] if self.field.primary_key else [f"{sign}{self.field.attname}", f"{sign}pk"]
        queryset = queryset.order_by(*keys)
        if self.cursor is not None:
            queryset = queryset.filter(self._beyond(self.cursor.position, backwards))
        rows = list(queryset[: self.page_size + 1])
        self.page = rows[: self.page_size]
        has_following = len(rows) > self.page_size
        if reverse:
            self.page.reverse()
        self.has_next = True if reverse else has_following
        self.has_previous = has_following if reverse else self.cursor is not None
        self.display_page_controls = self.has_next or self.has_previous
        return self.page

    def _beyond(self, position, backwards):
        op = "lt" if backwards else "gt"
        if self.field.primary_key:
            return Q(**{f"pk__{op}": position.pk})
        name = self.field.attname
        # The first condition alone lets the database walk its index on the sort field.
        return Q(**{f"{name}__{op}e": position.value}) & (
            Q(**{f"{name}__{op}": position.value}) | Q(**{name: position.value, f"pk__{op}": position.pk})
        )

    def _position_of(self, row):
        return Position(getattr(row, self.field.attname), row.pk)

    def get_next_link(self):
        if not self.has_next:
            return None
        position = self._position_of(self.page[-1]) if self.page else self.cursor.position
        return self.encode_cursor(Cursor(reverse=False, position=position))

    def get_previous_link(self):
        if not self.has_previous:
            return None
        position = self._position_of(self.page[0]) if self.page else self.cursor.position
        return self.encode_cursor(Cursor(reverse=True, position=position))

    def encode_cursor(self, cursor):
        value = cursor.position.value
        tokens = {"p": value.isoformat() if isinstance(value, datetime) else str(value), "i": str(cursor.position.pk)}
        if cursor.reverse:
            tokens["r"] = "1"
        encoded = b64encode(parse.urlencode(tokens).encode("ascii")).decode("ascii")
        return replace_query_param(self.base_url, self.cursor_query_param, encoded)

    def decode_cursor(self, request):
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            querystring = b64decode(encoded.encode("ascii"), validate=True).decode("ascii")
            tokens = parse.parse_qs(querystring, keep_blank_values=True, strict_parsing=True)
            reverse = {"0": False, "1": True}[tokens.pop("r", ["0"])[0]]
            (value,), (pk,) = tokens.pop("p"), tokens.pop("i")
            position = Position(self._sort_value(value), int(pk))
            if tokens or not 0 < position.pk <= MAX_ID:
                raise ValueError("unknown tokens or an id out of range")
        except (KeyError, TypeError, ValueError, OverflowError, ValidationError):
            raise NotFound(self.invalid_cursor_message) from None
        return Cursor(reverse=reverse, position=position)

    def _sort_value(self, text):
        """The sort field's value as a cursor spells it; ValueError for one no page could hold."""
        value = self.field.to_python(text)
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("not a finite number")
        if isinstance(value, int) and not -MAX_ID <= value <= MAX_ID:
            raise ValueError("out of range")
        if isinstance(value, datetime) and not timezone.is_aware(value):
            raise ValueError("a time without its zone")
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("a NUL character")
        return value
