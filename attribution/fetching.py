"""Fetching pages and feeds from the web, for URL and feed ingest.

Every fetch is bounded: a timeout on connecting and on the whole answer, a size cap, a
limited number of redirects (a loop is named as one), and only the content types asked for.
Each hop's host is resolved here and the connection goes to the address that was checked, so
neither a redirect nor a DNS answer that changes between check and connection can lead to a
private, loopback or link-local address (server-side request forgery), unless
INGEST_ALLOW_PRIVATE_URLS allows them.

FetchError says what went wrong in words for the user; `retryable` tells a worker whether
trying again later may help (a timeout, an unreachable host, a 5xx) or not (a 404, a PDF).
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    # Some servers label feeds as plain text or HTML; feedparser decides whether it is one.
    "text/plain", "text/html",
)
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAX_URL_LENGTH = 1000  # what Article.url, IngestJob.url and Feed.url hold
# Worth another try later: the server is busy or failing, not refusing this URL.
RETRYABLE_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    def __init__(self, message, *, retryable=False):
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True)
class Fetched:
    url: str  # where the answer came from, after redirects
    content: bytes
    content_type: str
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False  # a 304 to a conditional request: nothing new


def url_check(url):
    """The URL, stripped, if it is one this module may fetch (http or https, with a host);
    FetchError otherwise. No network is used."""
    url = (url or "").strip()
    if len(url) > MAX_URL_LENGTH:
        raise FetchError(f"The URL is longer than {MAX_URL_LENGTH} characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"{url!r} is not a valid URL.") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"Only http and https URLs can be fetched, not {url!r}.")
    if not parts.hostname:
        raise FetchError(f"{url!r} has no host name.")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched.")
    if port == 0:
        raise FetchError(f"{url!r} has an invalid port.")
    return url


def address_allowed(address):
    """True for an address on the public internet: not private, loopback, link-local,
    multicast, reserved or unspecified (an IPv4 address inside IPv6 is judged as IPv4)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _addresses(host, port):
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"The host {host} could not be found ({error}).", retryable=True) from None
    # The scope of a link-local IPv6 address ("fe80::1%eth0") is not part of the address.
    return list(dict.fromkeys(info[4][0].split("%")[0] for info in infos))


def _checked_address(host, port):
    """The address to connect to for `host`: every address it resolves to must be allowed,
    so a name that also points inside the network is refused whichever address would be used."""
    addresses = _addresses(host, port)
    if not addresses:
        raise FetchError(f"The host {host} has no address.", retryable=True)
    if not settings.INGEST_ALLOW_PRIVATE_URLS:
        refused = [address for address in addresses if not address_allowed(address)]
        if refused:
            raise FetchError(
                f"Refused to fetch from {host}: it resolves to {refused[0]}, a private, loopback or link-local "
                "address (INGEST_ALLOW_PRIVATE_URLS is off)."
            )
    return addresses[0]


def fetch(url, *, accept, headers=None):
    """GET `url` following up to INGEST_MAX_REDIRECTS redirects; the answer must have one of
    the content types `accept` and at most INGEST_MAX_PAGE_BYTES (decompressed)."""
    timeout = settings.INGEST_FETCH_TIMEOUT
    deadline = time.monotonic() + timeout
    seen = []
    request_headers = {"User-Agent": settings.INGEST_USER_AGENT, **(headers or {})}
    # No proxies from the environment: the connection must go to the address checked here.
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        while True:
            url = url_check(url)
            if url in seen:
                raise FetchError(f"Redirect loop: {url} leads back to itself (via {len(seen)} redirects).")
            if len(seen) > settings.INGEST_MAX_REDIRECTS:
                raise FetchError(f"More than {settings.INGEST_MAX_REDIRECTS} redirects from {seen[0]}.")
            seen.append(url)
            response = _send(client, url, request_headers)
            try:
                if response.status_code in REDIRECT_STATUSES and response.headers.get("location"):
                    url = urljoin(url, response.headers["location"])
                    continue
                return _answer(url, response, accept=accept, deadline=deadline)
            finally:
                response.close()


def _send(client, url, headers):
    parts = httpx.URL(url)
    address = _checked_address(parts.host, parts.port or (443 if parts.scheme == "https" else 80))
    # Connect to the checked address; the Host header and TLS (SNI and certificate) keep the name.
    host_header = f"[{parts.host}]" if ":" in parts.host else parts.host
    if parts.port is not None:
        host_header = f"{host_header}:{parts.port}"
    request = client.build_request(
        "GET", parts.copy_with(host=address), headers={**headers, "Host": host_header},
        extensions={"sni_hostname": parts.host},
    )
    try:
        return client.send(request, stream=True)
    except httpx.TimeoutException:
        raise FetchError(f"{url} did not answer within {settings.INGEST_FETCH_TIMEOUT:g} seconds.", retryable=True) from None
    except httpx.HTTPError as error:
        raise FetchError(f"{url} could not be reached ({error or type(error).__name__}).", retryable=True) from None


def _answer(url, response, *, accept, deadline):
    status = response.status_code
    if status == 304:
        return Fetched(url=url, content=b"", content_type="", not_modified=True, **_validators(response))
    if status in REDIRECT_STATUSES:
        raise FetchError(f"{url} answered {status} (a redirect) without saying where to.")
    if status >= 400 or status < 200:
        reason = response.reason_phrase or ""
        raise FetchError(f"{url} answered {status} {reason}".strip() + ".", retryable=status in RETRYABLE_STATUSES)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in accept:
        shown = content_type or "no content type"
        raise FetchError(f"{url} is {shown}, not one of {', '.join(accept[:2])}.")
    limit = settings.INGEST_MAX_PAGE_BYTES
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url} is {int(declared)} bytes, over the limit of {limit} bytes (INGEST_MAX_PAGE_BYTES).")
    body = bytearray()
    try:
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise FetchError(f"{url} is over the limit of {limit} bytes (INGEST_MAX_PAGE_BYTES).")
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{url} took over {settings.INGEST_FETCH_TIMEOUT:g} seconds to send its answer.", retryable=True
                )
    except httpx.TimeoutException:
        raise FetchError(f"{url} stopped sending for over {settings.INGEST_FETCH_TIMEOUT:g} seconds.", retryable=True) from None
    except httpx.HTTPError as error:
        raise FetchError(f"{url} broke off its answer ({error or type(error).__name__}).", retryable=True) from None
    return Fetched(url=url, content=bytes(body), content_type=content_type, **_validators(response))


def _validators(response):
    return {"etag": response.headers.get("etag", ""), "last_modified": response.headers.get("last-modified", "")}
