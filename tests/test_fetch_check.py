"""``workbench check`` with URLs among the files (issue 13, part 2): the pages
compared are kept in snapshots/ beside the review log with their URL and fetch
time, a re-fetch that differs is reported, and a URL that cannot be fetched is
one line and leaves the log and the snapshots as they were."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from conftest import write
from helpers.pages_server import PagesServer

from workbench.articles import snapshots
from workbench.cli import main
from workbench.store import ReviewLog

STORY = (
    "<html><head><title>Warehouse fire</title>"
    '<meta property="article:published_time" content="2024-03-13"></head><body><article>'
    "<h1>Warehouse fire</h1><p>{n} firefighters were treated for smoke inhalation at the "
    "warehouse on Tuesday night, the fire service said in a statement on Wednesday.</p>"
    "<p>The roof collapsed within minutes and the building on Dock Road was destroyed, "
    "chief Maria Lopez told reporters at the scene. Nobody else was hurt.</p>{extra}"
    "</article></body></html>"
)


@pytest.fixture
def server():
    with PagesServer() as s:
        s.set(story=STORY.format(n="Four", extra=""))
        yield s


@pytest.fixture
def local(tmp_path):
    return write(
        tmp_path,
        "courier.md",
        "---\ntitle: Fire\noutlet: Courier\npublished: 2024-03-13\n---\n"
        "Three firefighters were treated for smoke inhalation at the warehouse on Tuesday "
        "night, the fire service said.\n",
    )


KEEP = "--keep-unmatched"  # pages of different stories: kept on purpose (session 38)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def flags(db) -> set[frozenset[str]]:
    """The values of each flag the log holds for the latest analysis."""
    log = ReviewLog(db, create=False)
    try:
        return {frozenset(s.text for s in d.sides) for d in log.discrepancies(False)}
    finally:
        log.close()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_url_and_a_file_are_compared_and_the_page_kept_beside_the_log(
    server, local, tmp_path, capsys
):
    db = tmp_path / "log.sqlite"
    url = server.url("/changing/fire")
    code, _, err = run(capsys, "check", local, url, "--db", db)
    assert code == 0, err
    assert flags(db) == {frozenset({"Three", "Four"})}
    kept = snapshots.snapshots(tmp_path / "snapshots")
    assert len(kept) == 1 and kept[0].url == url and kept[0].fetched.endswith("Z")
    assert kept[0].path.read_bytes() == server.story.encode("utf-8")  # exactly what was read
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT path, url, sha256, published FROM articles WHERE url != ''")
        path, stored_url, sha, published = row.fetchone()
    assert stored_url == url and path == str(kept[0].path) and published == "2024-03-13"
    assert sha == kept[0].text_sha256
    (record_file,) = (tmp_path / "snapshots").glob("*.json")
    record = json.loads(record_file.read_text())
    assert record["final_url"] == url and record["content_type"] == "text/html"


def test_a_refetch_that_differs_from_the_snapshot_is_reported(server, local, tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    url = server.url("/changing/fire")
    assert run(capsys, "check", local, url, "--db", db)[0] == 0
    code, _, err = run(capsys, "check", local, url, "--db", db)
    assert code == 0 and "changed" not in err  # the same page: nothing to say
    server.set(story=STORY.format(n="Four", extra="<!-- cache 2 -->"))
    code, _, err = run(capsys, "check", local, url, "--db", db)
    assert code == 0 and "the page changed since its snapshot of" in err
    assert "but not its article text" in err
    server.set(story=STORY.format(n="Five", extra="<p>A second crew was called.</p>"))
    code, _, err = run(capsys, "check", local, url, "--db", db)
    assert code == 0 and flags(db) == {frozenset({"Three", "Five"})}
    line = next(x for x in err.splitlines() if "article text changed" in x)
    assert line.startswith(f"workbench: note: {url}: the article text changed since its snapshot")
    assert "6 words added, 1 removed; this check compares the new text" in line
    kept = snapshots.snapshots(tmp_path / "snapshots", url)
    assert len(kept) == 4 and len({k.path for k in kept}) == 3  # each fetch; each version once


def test_an_unfetchable_url_is_one_line_and_changes_nothing(server, local, tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    good = server.url("/changing/fire")
    assert run(capsys, "check", local, good, "--db", db)[0] == 0
    before = digest(db)
    folder = sorted(p.name for p in (tmp_path / "snapshots").iterdir())
    server.set(story=STORY.format(n="Six", extra=""))
    code, out, err = run(capsys, "check", local, good, server.url("/missing"), "--db", db)
    assert code == 2
    assert f"workbench: not read: {server.url('/missing')}: HTTP 404 Not Found" in err
    # no summary of the others: it scrolled the error away (session 34, trial 40)
    assert "1 of 3 files could not be read" in err and out == ""
    assert digest(db) == before
    assert sorted(p.name for p in (tmp_path / "snapshots").iterdir()) == folder


def test_two_unfetchable_urls_end_the_run_with_one_line_each(server, tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    code, _, err = run(
        capsys, "check", server.url("/image.png"), server.url("/redirect/9/x"), "--db", db
    )
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 2
    assert "not a web page (HTML) or a PDF" in lines[0]
    assert lines[1].startswith("workbench: error: ") and "more than 5 redirects" in lines[1]
    assert not db.exists() and not (tmp_path / "snapshots").exists()


def test_a_snapshot_that_cannot_be_kept_saves_nothing(server, local, tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    write(tmp_path, "other.md", "date 2024-03-13\nTwo firefighters were treated at the scene.\n")
    assert run(capsys, "check", local, tmp_path / "other.md", "--db", db)[0] == 0
    before = digest(db)
    (tmp_path / "snapshots").write_text("a file where the folder should be")
    code, _, err = run(capsys, "check", local, server.url("/changing/fire"), "--db", db)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "cannot keep the snapshot of" in err and "nothing was saved" in err
    assert digest(db) == before


def test_published_date_for_a_url_and_the_same_url_twice(server, local, tmp_path, capsys):
    db = tmp_path / "log.sqlite"
    url = server.url("/pages/24-no-date.html")
    code, out, err = run(
        capsys, "check", local, url, url, "--published", f"{url}=2021-06-23", "--db", db, KEEP
    )
    assert code == 0, err
    assert "2021-06-23" in out and out.count("127.0.0.1-24-no-date") == 1
    assert server.requests.count("/pages/24-no-date.html") == 1


def test_a_pdf_url_is_compared_with_its_pages_and_kept_as_a_pdf(server, tmp_path, capsys):
    from test_documents import make_pdf

    server.set(pdf=make_pdf(["Storm report.", "The storm closed 40 schools on Monday."]))
    local = write(tmp_path, "a.md", "date 2024-01-08\nThe storm closed 38 schools on Monday.\n")
    url = server.url("/pdf")
    db = tmp_path / "log.sqlite"
    code, out, err = run(
        capsys, "check", local, url, "--published", f"{url}=2024-01-08", "--db", db, KEEP
    )
    assert code == 0, err
    assert "127.0.0.1-pdf (p. 2)" in out and flags(db) == {frozenset({"38", "40"})}
    (kept,) = snapshots.snapshots(tmp_path / "snapshots")
    assert kept.path.suffix == ".pdf" and kept.path.read_bytes() == server.pdf
    assert kept.content_type == "application/pdf"
