"""drf-spectacular hook: the error answers every operation of a kind can give, documented once
here rather than on each view."""

from rest_framework.permissions import SAFE_METHODS

ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
FIELD_ERRORS = {"application/json": {"schema": {"type": "object", "additionalProperties": {}}}}
# (status, body, description, applies to the operation at (path, method, operation))
STANDARD_ERRORS = [
    (400, FIELD_ERRORS, "A filter is invalid: errors per parameter", lambda path, method, operation: _is_list(operation)),
    (404, ERROR, "Invalid cursor", lambda path, method, operation: _is_list(operation)),
    (404, ERROR, "No such row, or not one you may see", lambda path, method, operation: "{" in path),
    (401, ERROR, "The token or session is invalid", lambda path, method, operation: True),
    (413, ERROR, "Request body over the size limit", lambda path, method, operation: method.upper() not in SAFE_METHODS),
    (429, ERROR, "Too many requests: 100 a minute anonymous, 1,000 signed in", lambda path, method, operation: True),
    (503, ERROR, "The database is busy: retry after the Retry-After header's seconds", lambda path, method, operation: True),
]


def _is_list(operation):
    return any(parameter["name"] == "cursor" for parameter in operation.get("parameters", []))


def add_standard_errors(result, generator, request, public):
    for path, methods in result.get("paths", {}).items():
        for method, operation in methods.items():
            responses = operation.setdefault("responses", {})
            for code, content, description, applies in STANDARD_ERRORS:
                if not applies(path, method, operation):
                    continue
                response = responses.setdefault(str(code), {"content": content, "description": description})
                if description not in response["description"]:
                    response["description"] = f"{response['description']}; {description[0].lower()}{description[1:]}"
    return result
