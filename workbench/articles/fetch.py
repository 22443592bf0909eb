"""Fetching a web page or PDF named by an http(s) URL, with the standard library.

Only ``http://`` and ``https://`` are fetched, redirects included (never
``file:``, ``ftp:`` or ``data:``); at most :data:`MAX_REDIRECTS` redirects;
one time limit for the whole fetch; the body is capped while it is read (a
``Content-Length`` over the cap is refused before reading); only HTML and PDF
are accepted. What comes back is bytes: nothing in it is run, and the page
is read as a saved file is (``article_from_bytes``), which fetches nothing
it links to. Every failure is an :class:`ArticleError` of one line that
names the URL and the cause: DNS, refused, timeout, HTTP status, too big,
not HTML or PDF.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus

from .. import __version__
from .address import is_url as is_url  # here too, as before: callers with the client
from .errors import ArticleError, display_name
from .ids import readable_id

MAX_REDIRECTS = 5
TIMEOUT = 20.0  # seconds for one whole fetch (connecting, redirects, reading)
MAX_HTML = 5 * 1024 * 1024  # as for an article file
MAX_PDF = 50 * 1024 * 1024
KINDS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
}
_UNLABELLED = {"", "application/octet-stream", "binary/octet-stream"}  # looked at, by its bytes
USER_AGENT = f"ClaimWorkbench/{__version__} (fact-checking; Python urllib)"


def url_id(url: str) -> str:
    """A short, readable article id from an address: its server and the last
    part of its path (``courier.example-fire-at-warehouse``)."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    last = next((p for p in reversed(parts.path.split("/")) if p), "")
    last = re.sub(r"\.(s?html?|php|aspx?|pdf)$", "", last, flags=re.IGNORECASE)
    ident = readable_id(urllib.parse.unquote(f"{host}-{last}" if last else host), "")
    return ident[:60].rstrip("-.") or "page"


@dataclass(frozen=True)
class Fetched:
    """A fetched page: the URL asked for, where it led, when, and its bytes."""

    url: str
    final_url: str
    fetched: str  # UTC, ISO 8601 to the millisecond: 2026-12-03T13:04:50.123Z
    content_type: str  # the media type, e.g. "text/html"
    charset: str  # as the server named it, or ""
    suffix: str  # ".html" or ".pdf": how the bytes are read
    data: bytes


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Counts redirects and refuses any that leaves http(s), in our words,
    before urllib's own checks (a loop is also "too many")."""

    max_redirections = max_repeats = MAX_REDIRECTS + 1

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.count = 0

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("Location") or headers.get("URI")
        if target:
            fp.close()  # its body is not read, whatever happens next
            self.count += 1
            if self.count > MAX_REDIRECTS:
                raise ArticleError(
                    f"{self.name}: more than {MAX_REDIRECTS} redirects; not followed"
                )
            newurl = urllib.parse.urljoin(req.full_url, target)
            scheme = urllib.parse.urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                raise ArticleError(
                    f"{self.name}: redirected to a {scheme}: address "
                    f"({display_name(newurl)}); only http and https are fetched"
                )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(redirects: _Redirects) -> urllib.request.OpenerDirector:
    """HTTP and HTTPS only (the proxies the environment names are used): no
    file, FTP or data handler, so nothing but the web can be read."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        urllib.request.HTTPDefaultErrorHandler(),
        redirects,
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> str:
    """The URL's name for messages; refuses what is not an http(s) address,
    and an address with a user name or password in it: it would be kept in
    the review log, the snapshots and every message (the name shown here
    leaves them out)."""
    parts = urllib.parse.urlsplit(url)
    if "@" in parts.netloc:
        host = parts.netloc.rpartition("@")[2]
        name = display_name(urllib.parse.urlunsplit(parts._replace(netloc=host)))
        raise ArticleError(
            f"{name}: an address with a user name or password is not fetched (it would be "
            "kept in the review log); save the page and give the file instead"
        )
    name = display_name(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ArticleError(
            f"{name}: only http:// and https:// addresses are fetched, not {parts.scheme}:"
        )
    if not parts.hostname:
        raise ArticleError(f"{name}: no server name in the address")
    return name


def fetch(url: str, timeout: float | None = None) -> Fetched:
    """Fetch ``url``: its bytes if it is an HTML page or a PDF within the limits."""
    name = check_url(url)
    timeout = TIMEOUT if timeout is None else timeout
    deadline = time.monotonic() + timeout
    redirects = _Redirects(name)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, identity",
        },
    )
    try:
        with _opener(redirects).open(request, timeout=timeout) as response:
            return _read(response, url, name, deadline, timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = exc.reason or _status_phrase(exc.code)
        raise ArticleError(f"{name}: HTTP {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise _network_error(name, url, exc.reason, timeout) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _network_error(name, url, exc, timeout) from None


def _status_phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""


def _network_error(name: str, url: str, reason: object, timeout: float) -> ArticleError:
    """A failure to reach the server or to read its answer, in words."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if isinstance(reason, socket.gaierror):
        return ArticleError(f"{name}: cannot find the server {host} (DNS lookup failed)")
    if isinstance(reason, ConnectionRefusedError):
        where = f"{host}:{parts.port}" if parts.port else host
        return ArticleError(f"{name}: connection refused by {where}")
    if isinstance(reason, TimeoutError | socket.timeout):
        return ArticleError(f"{name}: no complete answer within {timeout:g} s (timed out)")
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = reason.verify_message or "not trusted"
        return ArticleError(f"{name}: the server's certificate is not valid ({detail})")
    if isinstance(reason, ssl.SSLError):
        return ArticleError(f"{name}: secure connection failed ({reason.reason or reason})")
    if isinstance(reason, http.client.HTTPException | ConnectionResetError):
        return ArticleError(f"{name}: the server broke off or sent a malformed answer")
    if isinstance(reason, OSError):
        return ArticleError(f"{name}: cannot connect ({reason.strerror or reason})")
    return ArticleError(f"{name}: cannot fetch ({reason})")


def _read(response, url: str, name: str, deadline: float, timeout: float) -> Fetched:
    headers = response.headers
    declared = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if declared not in KINDS and declared not in _UNLABELLED:
        raise ArticleError(f"{name}: the server sent {declared}, not a web page (HTML) or a PDF")
    limit = MAX_PDF if KINDS.get(declared) == ".pdf" else MAX_HTML
    length = headers.get("Content-Length") or ""
    if length.isdigit() and int(length) > limit:
        raise _too_big(name, int(length), limit)
    data = _body(response, name, limit, deadline, timeout)
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        data = _gunzip(data, name, limit)
    elif encoding not in ("identity", ""):
        raise ArticleError(f"{name}: the server compressed the page as {encoding!r}, not read")
    suffix = KINDS.get(declared) or _sniffed(data, name)
    return Fetched(
        url=url,
        final_url=response.geturl(),
        fetched=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        content_type=declared or {".pdf": "application/pdf", ".html": "text/html"}[suffix],
        charset=headers.get_content_charset() or "",
        suffix=suffix,
        data=data,
    )


def _body(response, name: str, limit: int, deadline: float, timeout: float) -> bytes:
    """The body, at most ``limit`` bytes, within the time left."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise _too_big(name, None, limit)
    return b"".join(chunks)


def _gunzip(data: bytes, name: str, limit: int) -> bytes:
    """A gzip body, unpacked no further than the cap (a small bomb stays small)."""
    unpack = zlib.decompressobj(wbits=31)
    try:
        out = unpack.decompress(data, limit + 1)
    except zlib.error:
        raise ArticleError(f"{name}: the server sent a broken compressed page") from None
    if len(out) > limit:
        raise _too_big(name, None, limit)
    return out


def _sniffed(data: bytes, name: str) -> str:
    """An answer that does not say what it is: a PDF or HTML by its first bytes."""
    head = data.lstrip()[:1024]
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head[:1] == b"<" and re.search(rb"(?i)<(!doctype html|html|head|body|p|div)\b", head):
        return ".html"
    raise ArticleError(f"{name}: the server did not say what it sent, and it is not HTML or a PDF")


def _too_big(name: str, size: int | None, limit: int) -> ArticleError:
    told = f" ({size / 1048576:.1f} MB)" if size is not None else ""
    return ArticleError(
        f"{name}: the page is over the {limit // 1048576} MB limit for one article{told}"
    )
