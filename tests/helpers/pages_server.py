"""A web server on 127.0.0.1 serving the recorded pages of tests/fixtures/pages,
and the ways real servers fail: redirects (a chain, a loop, to a file: URL),
404, a slow answer, an oversized body (with and without Content-Length), a
wrong content type, gzip, a charset only the header names, a PDF, and a page
that changes between fetches. No test that uses it touches the internet.

    with PagesServer() as server:
        url = server.url("/pages/01-wordpress-graph.html")
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, body: bytes, ctype: str | None, code: int = 200, **headers) -> None:
        self.send_response(code)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        if "length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            if name != "length" and value is not None:
                self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        path = self.path.split("?")[0]
        parts = [p for p in path.split("/") if p]
        first = (parts[0] if parts else "root").split(".")[0]
        route = getattr(self, "route_" + first.replace("-", "_"), None)
        if route is None:
            self._send(b"<h1>Not Found</h1>", "text/html", 404)
            return
        route(parts[1:])

    def route_pages(self, rest: list[str]) -> None:
        page = PAGES / "/".join(rest)
        if not rest or not page.is_file() or page.parent != PAGES:
            self._send(b"<h1>Not Found</h1>", "text/html", 404)
            return
        self._send(page.read_bytes(), "text/html; charset=utf-8")

    def route_redirect(self, rest: list[str]) -> None:
        hops, name = int(rest[0]), "/".join(rest[1:])
        target = f"/redirect/{hops - 1}/{name}" if hops > 1 else f"/pages/{name}"
        self._send(b"", "text/html", 302, Location=target)

    def route_loop(self, rest: list[str]) -> None:
        self._send(b"", "text/html", 301, Location="/loop")

    def route_to_file(self, rest: list[str]) -> None:
        self._send(b"", "text/html", 302, Location="file:///etc/passwd")

    def route_gone(self, rest: list[str]) -> None:
        self._send(b"<h1>Gone</h1>", "text/html", 410)

    def route_slow(self, rest: list[str]) -> None:
        self.server.release.wait(self.server.delay)  # longer than the client waits
        self._send(b"<p>late</p>" * 100, "text/html")

    def route_huge(self, rest: list[str]) -> None:
        size = self.server.huge
        if rest and rest[0] == "chunked":  # no Content-Length: the cap is met while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            block = b"<p>" + b"word " * 200 + b"</p>\n"
            sent = 0
            try:
                while sent <= size:
                    self.wfile.write(block)
                    sent += len(block)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size + 1))
        self.end_headers()  # the body is never sent: the client refuses first

    def route_image(self, rest: list[str]) -> None:
        self._send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")

    def route_pdf(self, rest: list[str]) -> None:
        labelled = not (rest and rest[0] == "unlabelled")
        self._send(self.server.pdf, "application/pdf" if labelled else None)

    def route_gzip(self, rest: list[str]) -> None:
        body = gzip.compress((PAGES / rest[0]).read_bytes())
        self._send(body, "text/html; charset=utf-8", Content_Encoding="gzip")

    def route_koi8(self, rest: list[str]) -> None:
        text = (
            "<html><body><article><p>Пожар на складе потушили 40 пожарных в понедельник, "
            "сообщили в городской службе спасения. Никто не пострадал, здание закрыто "
            "до конца недели, пока инженеры проверяют крышу и стены.</p></article></body></html>"
        )
        self._send(text.encode("koi8-r"), "text/html; charset=koi8-r")

    def route_changing(self, rest: list[str]) -> None:
        """A page whose text is the server's current ``story``."""
        self._send(self.server.story.encode("utf-8"), "text/html; charset=utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[str] = []
        self.delay = 30.0
        self.release = threading.Event()
        self.huge = 5 * 1024 * 1024
        self.pdf = b""
        self.story = ""


class PagesServer:
    """The server in a thread, for a ``with`` block."""

    def __init__(self) -> None:
        self.httpd = _Server()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> PagesServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.release.set()  # a slow answer still waiting ends now
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __getattr__(self, name: str):
        return getattr(self.httpd, name)

    def set(self, **values) -> None:
        for name, value in values.items():
            setattr(self.httpd, name, value)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()
