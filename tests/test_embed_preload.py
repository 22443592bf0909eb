"""Loading the sentence model while the program imports (issue 14,
workbench/embed_preload.py): which command lines start it, when the session
is built ahead, and that the vectors are the same bits either way."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from conftest import ROOT, write

from workbench import embed, embed_preload

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")


@pytest.fixture
def started(monkeypatch):
    """The paths each start would have loaded for, without starting a thread."""
    calls: list[tuple[str | None, list[str]]] = []
    monkeypatch.setattr(embed_preload, "start", lambda c, p: calls.append((c, list(p))))
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "a.txt", "b.md"], [("check", ["a.txt", "b.md"])]),
        (["check", "--db", "log.sqlite", "a.txt", "b.txt"], [("check", ["a.txt", "b.txt"])]),
        (["check", "a.txt", "--json", "out.json", "-q", "b.txt"], [("check", ["a.txt", "b.txt"])]),
        (
            ["check", "--db=x.sqlite", "a.txt", "--", "-dash.txt"],
            [("check", ["a.txt", "-dash.txt"])],
        ),
        (["check", "--published", "a.txt=2020-01-02", "a.txt"], [("check", ["a.txt"])]),
        (["open", "one.txt", "two.txt", "--db", "l.sqlite"], [("open", ["one.txt", "two.txt"])]),
        (["review", "3"], [("review", ["3"])]),  # not wanted: start() says so
        ([], []),
        (["--version"], []),
    ],
)
def test_the_command_line_is_read_for_the_command_and_its_articles(started, argv, expected):
    embed_preload.start_for(argv)
    assert started == expected


def test_only_commands_that_analyse_on_the_embedding_path_want_the_model(monkeypatch):
    monkeypatch.setattr(embed_preload.importlib.util, "find_spec", lambda name: object())
    monkeypatch.delenv("WORKBENCH_PRELOAD", raising=False)
    assert not embed_preload.wanted("check")  # off unless asked for
    monkeypatch.setenv("WORKBENCH_PRELOAD", "1")
    assert embed_preload.wanted("check") and embed_preload.wanted("open")
    for other in ("review", "report", "links", "serve", None):
        assert not embed_preload.wanted(other)
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")  # the lexical path loads nothing
    assert not embed_preload.wanted("check")


def test_without_the_extra_nothing_starts(monkeypatch):
    monkeypatch.setenv("WORKBENCH_PRELOAD", "1")
    monkeypatch.setattr(embed_preload.importlib.util, "find_spec", lambda name: None)
    assert not embed_preload.wanted("check")
    assert embed_preload.start("check", ["a.txt"]) is None


def test_the_session_is_built_ahead_only_for_a_few_article_files(tmp_path, monkeypatch):
    a = write(tmp_path, "a.txt", "One sentence here.")
    b = write(tmp_path, "b.md", "Another one there.")
    assert embed_preload.small_articles([str(a), str(b)])
    monkeypatch.setattr(embed_preload, "MAX_BYTES", a.stat().st_size + 1)
    assert not embed_preload.small_articles([str(a), str(b)])  # too much text together
    assert embed_preload.small_articles([str(a)])
    log = write(tmp_path, "log.sqlite", "x")
    for paths in (
        [],
        [str(tmp_path)],  # a folder: its size is not its articles'
        [str(a), "https://example.org/story"],
        [str(a), str(log)],  # reopening a log
        [str(a), str(tmp_path / "missing.txt")],
        [str(write(tmp_path, "empty.txt", ""))],
    ):
        assert not embed_preload.small_articles(paths), paths


class _Graph:
    def __init__(self, state: str) -> None:
        self._state = state

    def state(self) -> str:
        return self._state


class _FakeModel:
    """What prebuild looks at: the lock, the session, releases, encodings, the graph."""

    def __init__(self, state: str | None = "verified") -> None:
        self._session_lock = threading.RLock()
        self._session = None
        self.releases = 0
        self.encoded = 0
        self.graph = None if state is None else _Graph(state)
        self.built = 0

    @property
    def session(self):
        self.built += 1
        self._session = object()
        return self._session


@pytest.mark.parametrize(
    ("change", "built"),
    [
        ({}, 1),
        ({"releases": 1}, 0),  # an analysis already ended: nobody wants it now
        ({"encoded": 3}, 0),
        ({"_session": "there"}, 0),
    ],
)
def test_prebuild_builds_a_session_nobody_has_asked_for_yet(change, built):
    model = _FakeModel()
    for k, v in change.items():
        setattr(model, k, v)
    assert embed_preload.prebuild(model) is bool(built)
    assert model.built == built


@pytest.mark.parametrize("state", [None, "missing", "unverified", "refused"])
def test_prebuild_waits_for_a_checked_saved_graph(state):
    model = _FakeModel(state)  # a first run probes the new graph with its own sentences
    assert not embed_preload.prebuild(model)
    assert model.built == 0


TEXTS = [
    "The minister resigned on Friday after the report was published.",
    "Two people were killed and 14 injured, police said.",
    "« Rien n'est décidé », a-t-il ajouté.",
]


@needs_model
def test_vectors_are_the_same_bits_with_the_session_built_ahead(monkeypatch):
    model = embed._get()
    monkeypatch.setattr(model, "disk", None)
    model._cache.clear()
    before = embed.encode_array(TEXTS)  # builds the saved graph's session if need be
    model._cache.clear()
    embed.encode_array(TEXTS[:1])  # a second session: the saved graph is checked now
    if model.graph is None or model.graph.state() != "verified":
        pytest.skip("no checked saved graph here (WORKBENCH_GRAPH_CACHE=0)")
    model._cache.clear()
    monkeypatch.setattr(model, "releases", 0)
    monkeypatch.setattr(model, "encoded", 0)
    assert embed_preload.prebuild(model)
    assert model._session is not None
    after = embed.encode_array(TEXTS)
    assert model._session is None  # released as usual
    assert before.tobytes() == after.tobytes()


@needs_model
def test_a_check_with_the_model_loaded_ahead_gives_the_same_output(tmp_path):
    """Whole processes: the same JSON with and without loading ahead."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    outputs = []
    for preload in ("1", "0", "1"):
        out = tmp_path / f"out{len(outputs)}.json"
        env = {**os.environ, "WORKBENCH_PRELOAD": preload, "WORKBENCH_VECTOR_CACHE": "0"}
        db = tmp_path / f"log{len(outputs)}.sqlite"
        cmd = [sys.executable, "-m", "workbench", "check", "-q", "--db", str(db)]
        got = subprocess.run(
            [*cmd, "--json", str(out), *map(str, seeds)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=False,
        )
        assert got.returncode == 0, got.stderr
        assert got.stderr == ""
        outputs.append(out.read_text(encoding="utf-8").replace(str(db), "LOG"))
    assert outputs[0] == outputs[1] == outputs[2]
