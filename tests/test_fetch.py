"""URLs as sources (issue 13, part 2): fetching with the standard library,
against a server on 127.0.0.1 serving the recorded pages of tests/fixtures/pages
(no test touches the internet). Each way a fetch fails is one line that says why."""

from __future__ import annotations

import socket

import pytest
from helpers.pages_server import PagesServer, closed_port
from test_documents import make_pdf

from workbench.articles import ArticleError, article_from_bytes
from workbench.articles import fetch as fetching

PAGE = "01-wordpress-graph.html"


@pytest.fixture(scope="module")
def server():
    with PagesServer() as s:
        s.set(pdf=make_pdf(["Storm report.", "The storm closed 40 schools on Monday."]))
        yield s


def failure(url: str) -> str:
    with pytest.raises(ArticleError) as e:
        fetching.fetch(url)
    message = str(e.value)
    assert "\n" not in message and message.startswith(url)
    return message


def test_a_page_is_fetched_as_bytes_and_read_as_a_saved_page_is(server):
    got = fetching.fetch(server.url(f"/pages/{PAGE}"))
    assert got.suffix == ".html" and got.content_type == "text/html" and got.charset == "utf-8"
    from conftest import ROOT

    assert got.data == (ROOT / "tests/fixtures/pages" / PAGE).read_bytes()
    article = article_from_bytes(got.data, got.suffix, "x", "x", url=got.url)
    assert article.title.startswith("River authority approves flood barrier")
    assert article.url == got.url and str(article.published) == "2022-09-12"


def test_redirects_are_followed_up_to_five(server):
    got = fetching.fetch(server.url(f"/redirect/5/{PAGE}"))
    assert got.final_url == server.url(f"/pages/{PAGE}")
    assert got.url == server.url(f"/redirect/5/{PAGE}")
    assert "more than 5 redirects" in failure(server.url(f"/redirect/6/{PAGE}"))
    assert "more than 5 redirects" in failure(server.url("/loop"))


def test_a_redirect_out_of_the_web_is_refused(server):
    message = failure(server.url("/to-file"))
    assert "redirected to a file: address" in message and "only http and https" in message


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/gone", "HTTP 410 Gone"),
        ("/image.png", "the server sent image/png, not a web page (HTML) or a PDF"),
        ("/huge", "over the 5 MB limit for one article (5.0 MB)"),  # by its Content-Length
        ("/huge/chunked", "over the 5 MB limit for one article"),  # met while reading
    ],
)
def test_each_failure_is_one_line_naming_its_cause(server, path, needle):
    assert needle in failure(server.url(path))


def test_a_slow_server_times_out(server, monkeypatch):
    monkeypatch.setattr(fetching, "TIMEOUT", 0.3)
    assert "no complete answer within 0.3 s (timed out)" in failure(server.url("/slow"))


def test_a_refused_connection_and_an_unknown_server(monkeypatch):
    port = closed_port()
    assert f"connection refused by 127.0.0.1:{port}" in failure(f"http://127.0.0.1:{port}/a")

    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS query is made
    message = failure("http://news.example.invalid/story")
    assert "cannot find the server news.example.invalid (DNS lookup failed)" in message


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("ftp://127.0.0.1/story.html", "only http:// and https:// addresses are fetched"),
        ("file:///etc/passwd", "only http:// and https:// addresses are fetched"),
        ("http:///story", "no server name in the address"),
    ],
)
def test_only_web_addresses_are_fetched(url, needle):
    assert needle in failure(url)


def test_a_pdf_labelled_or_not_and_a_gzipped_page(server):
    labelled = fetching.fetch(server.url("/pdf"))
    unlabelled = fetching.fetch(server.url("/pdf/unlabelled"))
    assert labelled.suffix == unlabelled.suffix == ".pdf"
    assert labelled.data == unlabelled.data == server.pdf
    text = article_from_bytes(labelled.data, ".pdf", "r", "r").text
    assert "closed 40 schools" in text
    zipped = fetching.fetch(server.url(f"/gzip/{PAGE}"))
    assert zipped.data == fetching.fetch(server.url(f"/pages/{PAGE}")).data


def test_the_charset_the_server_names_is_obeyed(server):
    got = fetching.fetch(server.url("/koi8"))
    assert got.charset == "koi8-r"
    article = article_from_bytes(got.data, got.suffix, "k", "k", charset=got.charset)
    assert "Пожар на складе потушили 40 пожарных" in article.text


def test_is_url_tells_addresses_from_file_names():
    assert fetching.is_url("https://a.example/x") and fetching.is_url("HTTP://a.example")
    assert not fetching.is_url("story.html") and not fetching.is_url("C:\\news\\a.html")
    assert not fetching.is_url("www.example.com/story")


def test_an_address_with_a_password_is_refused_without_showing_it():
    from workbench.articles import ArticleError
    from workbench.articles.fetch import fetch

    with pytest.raises(ArticleError) as caught:
        fetch("https://ana:s3cret@news.example/story")
    message = str(caught.value)
    assert "s3cret" not in message and "ana" not in message
    assert "news.example/story" in message and "\n" not in message
