"""Peak memory on the embedding path (issue 14): the ONNX Runtime session,
~190 MB, is released once the aligner has its vectors, and building it
again gives the same vectors bit for bit."""

from __future__ import annotations

import pytest

from workbench import embed

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")

TEXTS = [
    "Obama visits Israel for the first time as president.",
    "Stocks fell sharply on Monday after the jobs report.",
    "A 6.1-magnitude earthquake struck off the coast on Tuesday.",
    "word " * 40,
    "Short.",
]


@needs_model
def test_the_aligners_call_releases_the_session_and_the_vectors_stay_the_same(monkeypatch):
    model = embed._get()
    monkeypatch.setattr(model, "disk", None)  # every sentence goes through the model
    model._cache.clear()
    first = embed.encode_array(TEXTS)
    assert model._session is None  # released: its memory is the pair stages' now
    model._cache.clear()  # encode again: the session is built again
    built: list[int] = []
    real = model._build_session

    def counting():
        built.append(1)
        return real()

    monkeypatch.setattr(model, "_build_session", counting)
    again = embed.encode_array(TEXTS)
    assert built == [1] and model._session is None
    assert first.tobytes() == again.tobytes()


@needs_model
def test_encode_keeps_the_session_for_callers_that_encode_often(monkeypatch):
    model = embed._get()
    monkeypatch.setattr(model, "disk", None)
    model._cache.clear()
    embed.encode(TEXTS[:2])
    assert model._session is not None
    model.release()
    assert model._session is None
