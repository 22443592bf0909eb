"""Shared fixtures. Qt tests run offscreen; no test needs a display."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The model's saved graph (90 MB, workbench/embed_graph.py): one for the whole run, not one a test.
if "WORKBENCH_GRAPH_DIR" not in os.environ:
    os.environ["WORKBENCH_GRAPH_DIR"] = tempfile.mkdtemp(prefix="workbench-graph-")
    atexit.register(shutil.rmtree, os.environ["WORKBENCH_GRAPH_DIR"], True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seeds() -> list[Path]:
    return SEEDS


def run_cli(args, capsys) -> tuple[int, str, str]:
    """``workbench ARGS`` in this process: exit status, stdout, stderr."""
    from workbench.cli import main

    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def analyse_bodies(tmp_path: Path, *bodies: str, published: str = "2008-12-19"):
    """Analyse one short article per body (a.txt, b.txt, …), all published the
    same day: the shape most rule tests need (session 20 had three copies)."""
    from workbench.analysis import analyze
    from workbench.articles import load_article

    articles = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"{'abcdefgh'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        articles.append(load_article(p))
    return analyze(articles)


def value_of(text: str, pub, expr: str) -> str:
    """The TimeML value the time reader gives ``expr`` in ``text`` published on
    ``pub`` (the time class tests of sessions 20-21 each had a copy)."""
    from workbench.facts.time import find_times

    found = {m.text: m.timex for m in find_times(text, pub)}
    assert expr in found, found
    return found[expr]


def sentence_values(pub, sentence: str) -> dict[str, str]:
    """The expressions of one sentence read alone, with their TimeML values
    (the time32 tests each had a copy)."""
    from workbench.facts.time import find_times

    return {m.text: m.timex for m in find_times(sentence, pub)}


def doc_values(pub, *sentences: str) -> list[dict[str, str]]:
    """Each sentence's expressions with their TimeML values, read as one document
    (the time30, time31 and time32 tests each had a copy)."""
    from workbench.facts.time import find_times_in_document

    return [{m.text: m.timex for m in ms} for ms in find_times_in_document(sentences, pub)]


def claims_of(spec: dict[str, list[str]]):
    """Claims of made-up articles, one per sentence, at consecutive offsets:
    ``{"a": ["first sentence", "second"], "b": [...]}`` (the findings tests each
    had a copy)."""
    from workbench.model import Claim

    out = []
    for art, texts in spec.items():
        pos = 0
        for i, t in enumerate(texts):
            out.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    return out


def courier_gazette(
    tmp_path: Path, a: str, b: str, without: tuple[str, ...] = (), published: str = "2024-03-04"
):
    """The discrepancies between two one-paragraph reports published the same day
    by 'Courier' and 'Gazette', with the judge rules ``without`` switched off (the
    shape of many rule tests; session 23's tests share it)."""
    from workbench import judge
    from workbench.analysis import analyze_paths

    front = "---\ntitle: T\noutlet: {}\npublished: " + published + "\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    with judge.rules.without(*without):
        return analyze_paths(paths).discrepancies


def analyse_dated(tmp_path: Path, *arts: tuple[str, str]):
    """The analysis of one-paragraph articles a, b, c … each given as
    (publication date, text) (session 35's time tests share it)."""
    from workbench.analysis import analyze_paths

    paths = [
        write(tmp_path, f"{chr(97 + i)}.txt", f"---\npublished: {pub}\n---\n{text}\n")
        for i, (pub, text) in enumerate(arts)
    ]
    return analyze_paths(paths)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def pair(tmp_path: Path, text_a: str, text_b: str, pub_a="2024-03-13", pub_b="2024-03-13"):
    """Two made-up articles, by 'Courier' and 'Gazette', published on the days
    given (no date line when None); moved from test_judge_rules.py, which most
    rule tests imported it from."""

    def front(outlet: str, pub: str | None) -> str:
        return (
            f"---\ntitle: T\noutlet: {outlet}\n" + (f"published: {pub}\n" if pub else "") + "---\n"
        )

    return [
        write(tmp_path, "a.md", front("Courier", pub_a) + text_a),
        write(tmp_path, "b.md", front("Gazette", pub_b) + text_b),
    ]


def name_flags(tmp_path: Path, a: str, b: str):
    """The name discrepancies between two articles written by ``pair`` (the
    name and transliteration tests each had a copy)."""
    from workbench.analysis import analyze_paths

    analysis = analyze_paths(pair(tmp_path, a, b))
    return [d for d in analysis.discrepancies if d.kind == "name"]


def opening_body_flags(tmp_path: Path, a: tuple[str, str, str], b: tuple[str, str, str]):
    """The flags of two made-up reports by 'Courier' and 'Gazette', each given as
    (opening, body, published), the opening set off by a blank line, as
    (side A text, side B text, verdict, explanation) - the shape the session 28
    and 29 moment and scope tests share (each file had its own copy)."""
    from workbench.analysis import analyze_paths

    paths = []
    for name, outlet, (opening, body, published) in (
        ("a.md", "Courier", a),
        ("b.md", "Gazette", b),
    ):
        front = f"---\ntitle: T\noutlet: {outlet}\npublished: {published}\n---\n"
        paths.append(write(tmp_path, name, front + opening + "\n\n" + body + "\n"))
    found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.explanation) for d in found]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Qt settings, new review logs and the sentence-vector cache go to a temp
    folder, never the user's."""
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the Qt-free tests block PySide6 in a subprocess only
        yield
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from workbench.ui import session

    monkeypatch.setattr(session, "default_log_folder", lambda: folder / "reviews")
    from workbench.ui import window_review

    # who signs is asked in a dialog once a session: a test answers it
    # itself; the others leave it unanswered (the login name signs)
    monkeypatch.setattr(window_review, "ask_signer", lambda _parent, _login: "")
    yield


@pytest.fixture(scope="session", autouse=True)
def _collect_before_exit():
    """Collect Qt garbage while the QApplication still runs: left to the
    interpreter's teardown, the run segfaulted after all tests had passed."""
    yield
    import sys

    tasks = sys.modules.get("workbench.ui.tasks")
    if tasks is not None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
        tasks.stop_collecting()
        QApplication.processEvents()
