"""The sentence-vector cache on disk (workbench/vector_cache.py, issue 14).

It must never change a result (a cached vector is the fresh one, bit for
bit), must survive a corrupt file and two writers at once, stay bounded, and
live where the user's cache folder is, or where the environment says."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

from workbench import embed, vector_cache
from workbench.vector_cache import VectorCache

DIM = 4


def _vec(k: int) -> bytes:
    return bytes([k % 256]) * (DIM * 4)


def test_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "own"))
    assert vector_cache.folder() == tmp_path / "own"
    monkeypatch.delenv("WORKBENCH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert vector_cache.folder() == tmp_path / "xdg" / "claim-workbench"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert vector_cache.folder() == tmp_path / "home" / ".cache" / "claim-workbench"
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    assert vector_cache.folder() is None
    assert vector_cache.open_cache("m", DIM) is None


def test_stores_and_finds_by_model_and_exact_text(tmp_path):
    path = tmp_path / "c.sqlite"
    a = VectorCache(path, "model-a", DIM)
    a.put([("one", _vec(1)), ("two", _vec(2))])
    a.put([("one", _vec(9))])  # a text already stored keeps its vector
    assert a.get(["one", "two", "three", "one "]) == {"one": _vec(1), "two": _vec(2)}
    assert VectorCache(path, "model-b", DIM).get(["one"]) == {}  # another model: a miss
    odd = "lone surrogate \ud800 and NUL \x00"
    a.put([(odd, _vec(3))])
    assert a.get([odd]) == {odd: _vec(3)}
    a.close()


def test_a_row_that_fails_its_checksum_is_a_miss(tmp_path):
    path = tmp_path / "c.sqlite"
    c = VectorCache(path, "m", DIM)
    c.put([("one", _vec(1)), ("two", _vec(2))])
    c.close()
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE vectors SET vec = ? WHERE key = ?", (_vec(7), vector_cache.text_key("one"))
        )
    c = VectorCache(path, "m", DIM)
    assert c.get(["one", "two"]) == {"two": _vec(2)}
    c.put([("one", _vec(1))])  # the bad row was dropped: stored anew
    assert c.get(["one"]) == {"one": _vec(1)}


@pytest.mark.parametrize(
    "garbage", [b"not a database at all" * 50, b"", b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_a_corrupt_file_is_ignored_and_rebuilt(tmp_path, garbage):
    path = tmp_path / "c.sqlite"
    path.write_bytes(garbage)
    c = VectorCache(path, "m", DIM)
    assert c.get(["one"]) == {}
    c.put([("one", _vec(1))])
    assert c.get(["one"]) == {"one": _vec(1)}
    c.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_usable_from_another_thread(tmp_path):
    """The window analyses on worker threads, a new one per analysis."""
    import threading

    c = VectorCache(tmp_path / "c.sqlite", "m", DIM)
    c.put([("one", _vec(1))])
    got = {}
    worker = threading.Thread(target=lambda: got.update(c.get(["one"])))
    worker.start()
    worker.join()
    assert got == {"one": _vec(1)} and not c._broken


def test_an_unusable_folder_means_no_cache_and_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    c = VectorCache(blocker / "sub" / "c.sqlite", "m", DIM)
    c.put([("one", _vec(1))])
    assert c.get(["one"]) == {}


def test_bounded_least_recently_used_out(tmp_path, monkeypatch):
    monkeypatch.setattr(vector_cache, "MAX_VECTORS", 10)
    clock = iter(range(1_000_000, 2_000_000, 10_000))  # each call an hour and more later
    monkeypatch.setattr(vector_cache.time, "time", lambda: next(clock))
    c = VectorCache(tmp_path / "c.sqlite", "m", DIM)
    for k in range(8):
        c.put([(f"s{k}", _vec(k))])
    assert len(c.get(["s0"])) == 1  # s0 used again: now the most recent
    c.put([(f"t{k}", _vec(k)) for k in range(5)])  # 13 rows: down to 9
    db = sqlite3.connect(tmp_path / "c.sqlite")
    assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 9
    kept = c.get([f"s{k}" for k in range(8)] + [f"t{k}" for k in range(5)])
    assert set(kept) == {"s0", "s5", "s6", "s7"} | {f"t{k}" for k in range(5)}


WRITER = """
import sys
from pathlib import Path
from workbench.vector_cache import VectorCache
path, who = Path(sys.argv[1]), sys.argv[2]
c = VectorCache(path, "m", 4)
for round in range(40):
    c.put([(f"{who}{round}-{k}", bytes([k]) * 16) for k in range(20)])
    c.put([(f"shared{round}-{k}", bytes([k]) * 16) for k in range(20)])
    got = c.get([f"shared{round}-{k}" for k in range(20)])
    assert all(v == bytes([int(t.split("-")[1])]) * 16 for t, v in got.items()), got
    assert not c._broken, c.last_error
print("OK")
"""


def test_two_processes_at_once(tmp_path):
    path = tmp_path / "c.sqlite"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), who],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and out.strip() == "OK", err
    c = VectorCache(path, "m", DIM)
    texts = [f"{w}{r}-{k}" for w in ("a", "b", "shared") for r in range(40) for k in range(20)]
    got = c.get(texts)
    # a write that waited more than two seconds for the other process is
    # skipped (not cached this time); on a loaded machine a few may be
    assert len(got) >= len(texts) * 0.8
    assert all(v == bytes([int(t.split("-")[1])]) * (DIM * 4) for t, v in got.items())


needs_model = pytest.mark.skipif(
    not embed.available(), reason="optional 'embeddings' extra not installed"
)

TEXTS = [
    "Obama visits Israel for the first time as president",
    "US President Barack Obama arrives in Israel",
    "A short one.",
    "word " * 40,
    "Prices rose 3.5% to $1,234.56 (€1.2bn; £900m) in Q3 2024",
]


@needs_model
def test_vectors_from_the_cache_equal_fresh_ones_bit_for_bit(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    embed._reset_for_tests()
    try:
        fresh = embed.encode_array(TEXTS)
        monkeypatch.delenv("WORKBENCH_VECTOR_CACHE")
        monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path))
        embed._reset_for_tests()
        first = embed.encode_array(TEXTS[::-1])[::-1]  # another batch, the same bits
        assert embed._get().encoded == len(TEXTS)
        embed._reset_for_tests()  # as a new process would: only the disk remembers
        again = embed.encode_array(TEXTS)
        model = embed._get()
        assert model.encoded == 0 and model._session is None  # not even loaded
        assert again.dtype == fresh.dtype and again.tobytes() == fresh.tobytes()
        assert first.tobytes() == fresh.tobytes()
    finally:
        embed._reset_for_tests()


@needs_model
def test_a_second_check_encodes_nothing(tmp_path, monkeypatch):
    from workbench import analysis

    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    embed._reset_for_tests()
    try:
        first = analysis.analyze_paths(SEEDS)
        assert embed._get().encoded > 0
        embed._reset_for_tests()
        second = analysis.analyze_paths(SEEDS)
        assert embed._get().encoded == 0
        assert second.alignments == first.alignments
        assert second.discrepancies == first.discrepancies
    finally:
        embed._reset_for_tests()


@needs_model
@pytest.mark.parametrize("turned_off", [False, True])
def test_check_keeps_its_vectors_where_the_environment_says(tmp_path, turned_off):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env |= {"WORKBENCH_EMBEDDINGS": "1", "WORKBENCH_CACHE_DIR": str(tmp_path / "cache")}
    if turned_off:
        env["WORKBENCH_VECTOR_CACHE"] = "0"
    res = subprocess.run(
        [sys.executable, "-m", "workbench", "check", "-q", "--db", str(tmp_path / "r.sqlite")]
        + [str(p) for p in SEEDS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    made = (tmp_path / "cache" / vector_cache.FILE_NAME).is_file()
    assert made != turned_off
