"""Hostile clients: a forged X-Forwarded-For buys no extra requests, reader pages have a rate
limit with a clear 429 page, and admin logins lock out after repeated wrong passwords."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from rest_framework.throttling import SimpleRateThrottle

from attribution.throttles import client_address

FORGED = [{"HTTP_X_FORWARDED_FOR": f"203.0.113.{n}"} for n in range(1, 31)]


@pytest.fixture
def api_rate_of_five(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "5/min", "user": "1000/min"})


def statuses(client, path, headers_each):
    return [client.get(path, **headers).status_code for headers in headers_each]


@pytest.mark.django_db
def test_a_new_x_forwarded_for_on_each_request_does_not_lift_the_api_rate_limit(client, api_rate_of_five):
    answers = statuses(client, "/api/outlets/", FORGED)
    assert answers.count(200) == 5 and answers.count(429) == 25


@pytest.mark.django_db
def test_behind_one_proxy_the_address_it_saw_is_the_client(client, api_rate_of_five, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    # The proxy appends the address it saw; anything a client put before it is ignored.
    spoofed = [{"HTTP_X_FORWARDED_FOR": f"198.51.100.{n}, 192.0.2.7"} for n in range(10)]
    assert statuses(client, "/api/outlets/", spoofed).count(200) == 5
    assert statuses(client, "/api/outlets/", [{"HTTP_X_FORWARDED_FOR": "192.0.2.8"}]) == [200]


def test_the_client_address_ignores_the_header_without_proxies(rf, settings):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "10.0.0.1"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert client_address(request) == "203.0.113.9"


@pytest.mark.django_db
def test_reader_pages_answer_429_with_a_page_saying_when_to_come_back(client, settings):
    settings.PAGES_ANON_RATE = "3/min"
    answers = [client.get("/compare/", **headers) for headers in FORGED[:5]]
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    refused = answers[-1]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Too many pages at once" in refused.content.decode()
    assert "Content-Security-Policy" in refused
    # Static files, the API's own limit and the health check are not counted as pages.
    assert client.get("/health/").status_code == 200


@pytest.mark.django_db
def test_signed_in_readers_are_not_limited_on_pages(client, settings, editor):
    settings.PAGES_ANON_RATE = "2/min"
    client.force_login(editor)
    assert statuses(client, "/compare/", [{}] * 4) == [200] * 4


@pytest.fixture
def admin_user(db, settings):
    # A fast hash: the lockout is what is tested, not the hashing of thirty guesses.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return User.objects.create_superuser("chief", password="right-password-123")


def admin_login(client, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/?next=/admin/", {"username": "chief", "password": password}, REMOTE_ADDR=address
    )


def test_admin_login_locks_out_after_five_wrong_passwords_even_for_the_right_one(client, admin_user):
    wrong = [admin_login(client, f"guess-{n}").status_code for n in range(30)]
    assert wrong[:4] == [200] * 4  # the login form again, with its error
    assert set(wrong[5:]) == {429}
    locked = admin_login(client, "right-password-123")
    assert locked.status_code == 429
    assert "axes_reset_username" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # The lockout is for this username from this address: the admin can still log in from elsewhere.
    assert admin_login(client, "right-password-123", address="10.0.0.2").status_code == 302


def test_an_admin_unlocks_a_username_with_a_command(client, admin_user):
    for n in range(6):
        admin_login(client, f"guess-{n}")
    assert admin_login(client, "right-password-123").status_code == 429
    call_command("axes_reset_username", "chief")
    assert admin_login(client, "right-password-123").status_code == 302
