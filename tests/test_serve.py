"""``workbench serve LOG`` (issue 13, part 6): the review log read-only in
Datasette with metadata and canned queries. The server is started on a loopback
port and its pages are read with urllib and in headless Chromium (Debian's
``chromium``); the tests that need Datasette or Chromium are skipped cleanly
when they are not installed. The log is never written by the server."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import ROOT, SEEDS, write
from helpers.pages_server import closed_port, wait_until

from workbench import serve
from workbench.cli import main
from workbench.store import ReviewLog


def make_log(tmp_path):
    db = tmp_path / "desk.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    log = ReviewLog(db)
    ids = [d.id for d in log.discrepancies()]
    log.close()
    decisions = [("verified", "Ana"), ("needs-correction", "Ben"), ("disputed", "Ana")]
    for flag, (status, who) in zip(ids, decisions, strict=False):
        assert main(["review", flag, "--status", status, "--reviewer", who, "--db", str(db)]) == 0
    return db, ids


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


@pytest.fixture
def served(tmp_path, capsys):
    pytest.importorskip("datasette")
    db, ids = make_log(tmp_path)
    capsys.readouterr()
    port = closed_port()
    before = digest(db)
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    err = open(tmp_path / "serve.err", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "serve", str(db), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=err,
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return get(base + "/-/versions.json")[0] == 200
        except OSError:
            return proc.poll() is not None

    try:
        assert wait_until(up, 90) and proc.poll() is None, (tmp_path / "serve.err").read_text()
        yield base, db, ids, before
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        err.close()


def rows(base: str, query: str, **params) -> list[dict]:
    qs = urllib.parse.urlencode({"_shape": "array", **params})
    code, body = get(f"{base}/desk/{query}.json?{qs}")
    assert code == 200, body
    return json.loads(body)


def test_the_canned_queries_answer_the_teams_questions(served):
    base, db, ids, before = served
    code, page = get(f"{base}/desk")
    assert code == 200
    for query in serve.QUERIES.values():
        assert query["title"] in page
    assert "Every change of a review, append-only" in get(f"{base}/desk/review_history")[1]
    open_flags = {r["flag"] for r in rows(base, "open_flags")}
    assert open_flags == set(ids[3:]) and open_flags
    per_article = {r["article"]: r for r in rows(base, "corrections_per_article")}
    assert sum(r["needs_correction"] for r in per_article.values()) == 2  # both sides
    assert sum(r["disputed"] for r in per_article.values()) == 2
    assert 0 in {r["disputed"] for r in per_article.values()}  # the third article: none
    reviewers = {r["reviewer"]: r for r in rows(base, "decisions_per_reviewer")}
    assert reviewers["Ana"]["decisions"] == 2 and reviewers["Ana"]["verified"] == 1
    assert reviewers["Ben"]["needs_correction"] == 1
    history = rows(base, "flag_history", flag=ids[1][:5])
    assert [(h["flag"], h["status"], h["reviewer"]) for h in history] == [
        (ids[1], "needs-correction", "Ben")
    ]
    assert rows(base, "flag_history", flag=ids[1][:2]) == []  # too short a prefix
    assert digest(db) == before  # reading wrote nothing


def test_the_log_cannot_be_written_through_the_server_and_new_decisions_show(served):
    base, db, ids, before = served
    sql = urllib.parse.quote("DELETE FROM reviews")
    code, body = get(f"{base}/desk.json?sql={sql}")
    assert code == 400 and "must be a SELECT" in body
    assert digest(db) == before
    assert main(["review", ids[3], "--status", "dismissed", "--db", str(db)]) == 0
    assert ids[3] not in {r["flag"] for r in rows(base, "open_flags")}  # seen at once


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_the_pages_render_in_headless_chromium(served, tmp_path):
    base, *_ = served
    common = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    dom = subprocess.run(
        [*common, "--dump-dom", f"{base}/desk/decisions_per_reviewer"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "Decisions per reviewer" in dom and "<td" in dom and "Ana" in dom
    shot = tmp_path / "view.png"
    subprocess.run(
        [*common, "--window-size=1280,800", f"--screenshot={shot}", f"{base}/desk"],
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1280  # the window's width, as asked


def test_without_datasette_one_line_names_the_pip_command(tmp_path, capsys, monkeypatch):
    db, _ = make_log(tmp_path)
    capsys.readouterr()
    monkeypatch.setattr(serve.importlib.util, "find_spec", lambda name: None)
    assert main(["serve", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "workbench: error: Datasette is not installed; install the extra: "
        "pip install 'claim-workbench[serve]'\n"
    )


def test_what_is_not_a_review_log_is_refused_in_one_line(tmp_path, capsys):
    pytest.importorskip("datasette")
    cases = [
        (tmp_path / "missing.sqlite", "no such review log"),
        (write(tmp_path, "notes.sqlite", "not a database at all" * 100), "not a review log"),
        (tmp_path, "not a regular file"),
    ]
    for path, needle in cases:
        assert main(["serve", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and needle in err, err


def test_a_port_in_use_is_one_line(tmp_path, capsys):
    pytest.importorskip("datasette")
    import socket

    db, _ = make_log(tmp_path)
    capsys.readouterr()
    before = digest(db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(db), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in err
    assert digest(db) == before


def test_canned_queries_work_on_findings_and_count_a_finding_decision_once(tmp_path):
    import sqlite3

    from test_findings_log import _toll

    from workbench import serve
    from workbench.store import Change, ReviewLog

    path = tmp_path / "log.sqlite"
    log = ReviewLog(path)
    log.save_analysis(_toll())
    (f,) = log.findings()
    conn = sqlite3.connect(path)
    run = lambda name, **p: conn.execute(serve.QUERIES[name]["sql"], p).fetchall()  # noqa: E731
    assert [row[0] for row in run("open_findings")] == [f.id]
    log.decide(f.id, Change("disputed", reviewer="Ana"))
    log.close()
    assert run("open_findings") == []
    (ana,) = run("decisions_per_reviewer")
    assert ana[:2] == ("Ana", 1)  # one decision, though written to three discrepancies
    assert len(run("finding_history", finding=f.id[:5])) == 3
    conn.close()
