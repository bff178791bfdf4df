"""The OpenAPI schema and Swagger UI (served offline), throttling, and the issue_token command."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.core.management.base import CommandError
from drf_spectacular.validation import validate_schema
from rest_framework.authtoken.models import Token


def test_the_schema_is_valid_openapi_3_and_documents_the_review_conflict(anonymous, db):
    response = anonymous.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    approve = schema["paths"]["/api/attributions/{id}/approve/"]["post"]
    assert {"200", "400", "403", "404", "409"} <= set(approve["responses"])
    assert "413" in schema["paths"]["/api/articles/"]["post"]["responses"]
    assert "application/ld+json" in schema["paths"]["/api/claims/{id}/jsonld/"]["get"]["responses"]["200"]["content"]


def test_the_schema_documents_the_errors_each_kind_of_operation_can_give(anonymous, db):
    paths = anonymous.get("/api/schema/", {"format": "json"}).json()["paths"]
    for list_path in ("/api/attributions/", "/api/claims/", "/api/sources/", "/api/outlets/", "/api/articles/"):
        assert {"200", "400", "401", "404", "429", "503"} <= set(paths[list_path]["get"]["responses"]), list_path
    assert {"401", "404", "429"} <= set(paths["/api/claims/{id}/"]["get"]["responses"])
    for path, method in [
        ("/api/attributions/{id}/approve/", "post"), ("/api/attributions/{id}/reject/", "post"),
        ("/api/attributions/{id}/split/", "post"), ("/api/attributions/{id}/", "patch"),
        ("/api/sources/{id}/merge/", "post"), ("/api/claims/{id}/merge/", "post"), ("/api/articles/", "post"),
    ]:
        assert "413" in paths[path][method]["responses"], path


def test_swagger_ui_is_served_from_local_static_files_not_a_cdn(anonymous, db):
    response = anonymous.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    # Checking the loaded addresses, not the page's words: the page embeds a random CSRF
    # token, which may spell "cdn" by chance.
    loaded = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", page)
    assert loaded
    assert all(address.startswith("/") and not address.startswith("//") for address in loaded), loaded
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css")


def test_the_101st_anonymous_request_in_a_minute_is_refused_with_429(anonymous, db, settings):
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"] == "100/min"
    for _ in range(100):
        assert anonymous.get("/api/outlets/").status_code == 200
    response = anonymous.get("/api/outlets/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) <= 60


def test_an_editor_has_the_larger_allowance_of_signed_in_users(editor_api, db):
    for _ in range(101):
        assert editor_api.get("/api/outlets/").status_code == 200


def test_issue_token_prints_a_token_that_authenticates_the_user(editor, anonymous, capsys):
    call_command("issue_token", "editor")
    key = capsys.readouterr().out.strip()
    assert Token.objects.get(user=editor).key == key
    anonymous.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert anonymous.get("/api/attributions/", {"status": "pending"}).status_code == 200


def test_issue_token_gives_the_same_token_again_unless_asked_to_renew(editor, capsys):
    call_command("issue_token", "editor")
    first = capsys.readouterr().out.strip()
    call_command("issue_token", "editor")
    assert capsys.readouterr().out.strip() == first
    call_command("issue_token", "editor", "--renew")
    assert capsys.readouterr().out.strip() != first


def test_issue_token_warns_when_the_user_is_no_editor(staff_non_editor, capsys):
    call_command("issue_token", "staff")
    assert "not in the editors group" in capsys.readouterr().err


def test_issue_token_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("issue_token", "nobody")


def test_a_wrong_token_is_a_401(anonymous, db):
    anonymous.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert anonymous.get("/api/outlets/").status_code == 401
