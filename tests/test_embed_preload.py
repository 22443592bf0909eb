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
    assert embed_preload.wanted("check") and embed_preload.wanted("open")  # on by default
    for other in ("review", "report", "links", "serve", None):
        assert not embed_preload.wanted(other)
    monkeypatch.setenv("WORKBENCH_PRELOAD", "0")
    assert not embed_preload.wanted("check") and not embed_preload.wanted("open")
    monkeypatch.setenv("WORKBENCH_PRELOAD", "1")
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


def test_more_text_than_the_limit_starts_nothing_unless_asked(tmp_path, monkeypatch):
    """Above the limit nothing is encoded ahead, and loading the model alone
    ahead was never measured faster: only WORKBENCH_PRELOAD=1 starts it."""
    a = write(tmp_path, "a.txt", "One sentence here.")
    threads: list[tuple] = []

    class _Thread:
        def __init__(self, target, args, name):
            threads.append(args)

        def start(self):
            pass

    monkeypatch.setattr(embed_preload.importlib.util, "find_spec", lambda name: object())
    monkeypatch.setattr(embed_preload.threading, "Thread", _Thread)
    monkeypatch.delenv("WORKBENCH_PRELOAD", raising=False)
    assert embed_preload.start("check", [str(a)]) is not None
    assert threads[-1] == (True, [str(a)])
    monkeypatch.setattr(embed_preload, "MAX_BYTES", 5)
    assert embed_preload.start("check", [str(a)]) is None
    monkeypatch.setenv("WORKBENCH_PRELOAD", "1")
    assert embed_preload.start("check", [str(a)]) is not None
    assert threads[-1] == (False, [str(a)])  # the model alone


class _Graph:
    def __init__(self, state: str) -> None:
        self._state = state

    def state(self) -> str:
        return self._state


class _Encoding:
    """What encoding ahead looks at (releases, encodings, the graph) and does."""

    def __init__(self, state: str | None = "verified") -> None:
        self.releases = 0
        self.encoded = 0
        self.graph = None if state is None else _Graph(state)
        self.asked: list[list[str]] = []
        self.released = 0

    def encode(self, texts):
        self.asked.append(list(texts))

    def release(self):
        self.released += 1


@pytest.mark.parametrize(
    ("change", "ahead"),
    [
        ({}, True),
        ({"releases": 1}, False),  # an analysis already ended: nobody wants the session now
        ({"encoded": 3}, False),  # an analysis is encoding its own
    ],
)
def test_sentences_are_encoded_ahead_only_before_any_analysis(tmp_path, change, ahead):
    a = write(tmp_path, "a.txt", "One sentence here.")
    model = _Encoding()
    for k, v in change.items():
        setattr(model, k, v)
    assert embed_preload.ahead_of_analysis(model) is ahead
    assert embed_preload.encode_files(model, [str(a)]) == int(ahead)
    assert model.asked == ([["One sentence here."]] if ahead else [])


@pytest.mark.parametrize("state", [None, "missing", "unverified", "refused"])
def test_encoding_ahead_waits_for_a_checked_saved_graph(tmp_path, state):
    a = write(tmp_path, "a.txt", "One sentence here.")
    model = _Encoding(state)  # a first run probes the new graph with its own sentences
    assert not embed_preload.ahead_of_analysis(model)
    assert embed_preload.encode_files(model, [str(a)]) == 0
    assert model.asked == []


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


def test_sentences_of_are_the_sentences_the_analysis_compares(tmp_path):
    """Every sentence the analysis may encode is among those encoded ahead,
    each once; a file that cannot be read adds none."""
    from workbench.analysis import claims_of
    from workbench.articles import load_article

    a = write(
        tmp_path, "a.txt", "Police said two people died. Police said two people died.\n\nIt rained."
    )
    b = write(tmp_path, "b.md", "---\ntitle: B\n---\nThe mayor spoke on Monday. Nobody else did.")
    paths = [str(a), str(b), str(tmp_path / "missing.txt")]
    got = embed_preload.sentences_of(paths)
    assert len(got) == len(set(got))
    wanted = {c.text for p in paths[:2] for c in claims_of(load_article(p, None, "x"))}
    assert wanted == set(got)
    assert "It rained." in got and not any("title" in s for s in got)


def test_encoding_ahead_hands_the_session_back_when_an_analysis_ended_meanwhile(tmp_path):
    a = write(tmp_path, "a.txt", "One sentence here. And another one there.")
    model = _Encoding()
    assert embed_preload.encode_files(model, [str(a)]) == 2
    assert model.asked == [["One sentence here.", "And another one there."]]
    assert model.released == 0  # the analysis still to come uses the session, then frees it

    class _Overtaken(_Encoding):
        def encode(self, texts):
            self.releases += 1  # an analysis released the session meanwhile

    model = _Overtaken()
    embed_preload.encode_files(model, [str(a)])
    assert model.released == 1


@needs_model
def test_vectors_encoded_ahead_are_the_bits_the_analysis_would_make(monkeypatch):
    """The analysis finds the seeds' vectors made ahead in the process's
    cache: the same bytes as encoding its own list, in its own batches."""
    from workbench import analysis, embed_ahead

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    model = embed._get()
    monkeypatch.setattr(model, "disk", None)
    asked: list[list[str]] = []
    monkeypatch.setattr(embed_ahead, "start", lambda texts, chars: asked.append(list(texts)))
    model._cache.clear()
    analysis.analyze_paths(seeds)
    assert asked, "the analysis encodes the seeds"
    fresh = embed.encode_array(asked[0])
    model._cache.clear()
    monkeypatch.setattr(model, "releases", 0)
    monkeypatch.setattr(model, "encoded", 0)
    embed_preload.encode_files(model, seeds)
    assert all(t in model._cache for t in asked[0])
    encoded = model.encoded
    ahead = embed.encode_array(asked[0])
    assert model.encoded == encoded  # nothing left to encode
    assert ahead.tobytes() == fresh.tobytes()


def test_encoding_ahead_stops_between_batches_once_the_program_ends(tmp_path, monkeypatch):
    """A command that failed early (or Ctrl+C) does not wait for sentences
    nobody will use: the thread is not a daemon, so the process would."""
    from workbench.embed_poll import POLL

    class _Batches(_Encoding):
        def encode(self, texts):
            for t in texts:  # one batch a sentence; the model polls before each
                POLL.get()()
                self.asked.append([t])

    a = write(tmp_path, "a.txt", "One sentence here. And another one there. A third.")
    model = _Batches()
    ended = threading.Thread(target=lambda: None)
    ended.start()
    ended.join()
    embed_preload.encode_files(model, [str(a)])
    assert len(model.asked) == 3  # the program still runs: everything
    model.asked.clear()
    monkeypatch.setattr(embed_preload.threading, "main_thread", lambda: ended)
    assert embed_preload.encode_files(model, [str(a)]) == 3  # asked for, not raised
    assert model.asked == []
