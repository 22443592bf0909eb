"""The model's optimised graph kept in the cache folder (workbench/embed_graph.py).

A session built from the saved graph must give the vectors of ``model.onnx``
bit for bit, or the saved graph is not used; a damaged, altered or refused
graph, or a folder that cannot be written, still gives the right vectors."""

from __future__ import annotations

import json
import os

import pytest

from workbench import embed, embed_graph, embed_session

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")

TEXTS = [
    "Obama visits Israel for the first time as president.",
    "A 6.1-magnitude earthquake struck off the coast on Tuesday, killing 12.",
    "« Nous ne savions pas », a déclaré le maire.",
    "word " * 40,
    "Short.",
]


@pytest.fixture
def graphs(tmp_path, monkeypatch):
    """A graph folder of this test's own; a fresh model per call of ``fresh``."""
    folder = tmp_path / "graphs"
    monkeypatch.setenv("WORKBENCH_GRAPH_DIR", str(folder))
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    built: list[bool] = []  # True: a session of the saved graph
    real = embed_session.new_session

    def spy(ort, source, threads, *, save_to=None, saved=False):
        built.append(saved)
        return real(ort, source, threads, save_to=save_to, saved=saved)

    monkeypatch.setattr(embed_session, "new_session", spy)

    def fresh() -> embed._Model:
        embed._reset_for_tests()
        return embed._get()

    yield folder, built, fresh
    embed._reset_for_tests()


def _reference(monkeypatch) -> bytes:
    monkeypatch.setenv("WORKBENCH_GRAPH_CACHE", "0")
    embed._reset_for_tests()
    try:
        return embed.encode_array(TEXTS).tobytes()
    finally:
        monkeypatch.delenv("WORKBENCH_GRAPH_CACHE")
        embed._reset_for_tests()


@needs_model
def test_saved_checked_then_used_and_the_vectors_never_change(graphs, monkeypatch):
    folder, built, fresh = graphs
    want = _reference(monkeypatch)
    built.clear()
    model = fresh()
    assert model.graph.state() == "missing"
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False] and model.graph.state() == "unverified"
    assert model.graph.path.stat().st_size > 10_000_000
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary left

    model = fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False, True] and model.graph.state() == "verified"

    fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False, True, True]


@needs_model
def test_a_graph_whose_probe_differs_is_refused_for_good(graphs, monkeypatch):
    _folder, built, fresh = graphs
    want = _reference(monkeypatch)
    model = fresh()
    embed.encode_array(TEXTS)
    rec = json.loads(model.graph.record_path.read_text())
    rec["vectors"] = rec["vectors"][:-8] + "AAAAAAA="  # as if the saved graph computed otherwise
    model.graph.record_path.write_text(json.dumps(rec))
    built.clear()
    model = fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert model.graph.state() == "refused" and not model.graph.path.exists()
    built.clear()
    fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False]  # model.onnx, and no graph saved again


@needs_model
def test_an_altered_or_damaged_graph_is_not_used(graphs, monkeypatch):
    _folder, built, fresh = graphs
    want = _reference(monkeypatch)
    model = fresh()
    embed.encode_array(TEXTS)
    fresh()
    embed.encode_array(TEXTS)  # checked: verified
    path = model.graph.path
    with path.open("ab") as fh:  # altered since it was checked
        fh.write(b"\0")
    built.clear()
    model = fresh()
    assert model.graph.state() == "missing"
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False]  # model.onnx, and a new graph saved beside it
    fresh()
    embed.encode_array(TEXTS)
    # Damaged where size and time still match: ONNX Runtime refuses it.
    st = path.stat()
    path.write_bytes(b"\xff" * st.st_size)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert model.graph.state() == "verified"
    built.clear()
    fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [True, False]


@needs_model
def test_a_folder_that_cannot_be_written_still_gives_the_vectors(graphs, monkeypatch):
    folder, built, fresh = graphs
    want = _reference(monkeypatch)
    folder.write_text("a file where the folder should be")
    built.clear()
    fresh()
    assert embed.encode_array(TEXTS).tobytes() == want
    assert built == [False]


@needs_model
def test_turned_off_nothing_is_written(graphs, monkeypatch):
    folder, _built, fresh = graphs
    monkeypatch.setenv("WORKBENCH_GRAPH_CACHE", "0")
    model = fresh()
    embed.encode_array(TEXTS)
    assert model.graph is None and not folder.exists()


def test_old_graphs_and_left_temporaries_are_deleted(tmp_path):
    for k, name in enumerate(["a", "b", "c"]):
        g = tmp_path / f"{embed_graph.PREFIX}{name}.onnx"
        g.write_bytes(b"x")
        g.with_suffix(".json").write_text("{}")
        os.utime(g, (1000 + k, 1000 + k))
    left = tmp_path / f".{embed_graph.PREFIX}killed.tmp"
    left.write_bytes(b"x")
    os.utime(left, (1000, 1000))
    cache = embed_graph.GraphCache(tmp_path, "new")
    target = cache.temp_target()
    assert target is not None and target.parent == tmp_path
    names = sorted(p.name for p in tmp_path.iterdir() if p != target)
    # the newest other graph is kept (another environment's), the rest go
    assert names == [f"{embed_graph.PREFIX}c.json", f"{embed_graph.PREFIX}c.onnx"]
