"""The services' errors as HTTP answers: bad input 400 with field errors, a stale version 409,
an oversized article 413, a busy database 503. Nothing a client sends may end in a 500."""

import logging

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import OperationalError
from rest_framework import serializers, status
from rest_framework.exceptions import APIException
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response

from attribution.services import ConflictError


# Seconds a client should wait before retrying when the database is busy.
RETRY_AFTER_SECONDS = 5


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


def _field_errors(error):
    if hasattr(error, "error_dict"):
        return {
            ("non_field_errors" if field == NON_FIELD_ERRORS else field): messages
            for field, messages in error.message_dict.items()
        }
    return {"non_field_errors": error.messages}


def _is_too_large(error):
    if hasattr(error, "error_dict"):
        items = [item for errors in error.error_dict.values() for item in errors]
    else:
        items = error.error_list
    return any(getattr(item, "code", None) == "too_large" for item in items)


def api_exception_for(exc):
    """The DRF exception a service validation error stands for; other exceptions unchanged."""
    if isinstance(exc, DjangoValidationError):
        if _is_too_large(exc):
            return PayloadTooLarge(" ".join(exc.messages))
        return ApiValidationError(_field_errors(exc))
    return exc


class ServiceErrorsMixin:
    """For viewsets whose actions call services."""

    def handle_exception(self, exc):
        if isinstance(exc, ConflictError):
            return Response(
                {"detail": str(exc), "current_version": exc.current_version}, status=status.HTTP_409_CONFLICT
            )
        if isinstance(exc, OperationalError):
            # Still locked after the database's wait (SQLite), or the connection dropped.
            logging.getLogger(__name__).warning("Database unavailable: %s", exc)
            return Response(
                {"detail": "The database is busy. Try again in a few seconds."},
                status=status.HTTP_503_SERVICE_UNAVAILABLE,
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        return super().handle_exception(api_exception_for(exc))


def refuse_oversized_body(request):
    """Refuse a body over DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if limit is not None and length > limit:
        raise PayloadTooLarge(f"The request body is {length} bytes; the limit is {limit} bytes.")


# Response bodies of the errors, for the OpenAPI schema.


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current_version = serializers.IntegerField(
        allow_null=True, help_text="The row's version now (null: it was merged away or deleted): reload, then retry."
    )
