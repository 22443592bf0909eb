"""Sentence vectors made on a thread while the facts are read (issue 14,
workbench/embed_ahead.py): the same results, the thread never outlives the
analysis, and big analyses keep encoding after reading (memory)."""

from __future__ import annotations

import threading

import pytest
from conftest import SEEDS

from workbench import analysis, embed, embed_ahead
from workbench.articles import load_articles

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")


@pytest.fixture
def fresh_model(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")  # every run encodes
    embed._reset_for_tests()
    yield
    embed._reset_for_tests()


def _encoding_threads(monkeypatch) -> list[tuple[str, int]]:
    """(thread name, sentences) of every call that really encodes."""
    seen: list[tuple[str, int]] = []
    real = embed._Model._encode

    def spy(self, texts):
        if texts:
            seen.append((threading.current_thread().name, len(texts)))
        return real(self, texts)

    monkeypatch.setattr(embed._Model, "_encode", spy)
    return seen


def _ahead_alive() -> bool:
    return any(t.name == "encode-ahead" and t.is_alive() for t in threading.enumerate())


@needs_model
def test_the_vectors_are_made_ahead_and_the_results_do_not_change(fresh_model, monkeypatch):
    seen = _encoding_threads(monkeypatch)
    ahead = analysis.analyze_paths(SEEDS)
    assert seen and {name for name, _ in seen} == {"encode-ahead"}
    assert not _ahead_alive()

    seen.clear()
    embed._reset_for_tests()
    monkeypatch.setattr(embed_ahead, "MAX_CHARS", -1)  # as before: encoded by the aligner
    after = analysis.analyze_paths(SEEDS)
    assert seen and "encode-ahead" not in {name for name, _ in seen}
    assert after.alignments == ahead.alignments  # scores included, to the last bit
    assert after.discrepancies == ahead.discrepancies
    assert after.findings == ahead.findings


@needs_model
def test_a_cancelled_analysis_leaves_no_thread_behind(fresh_model):
    articles = load_articles(list(SEEDS))
    calls = iter(range(100))

    def cancelled() -> bool:
        return next(calls) >= 1  # stop at the second article

    with pytest.raises(analysis.Cancelled):
        analysis.analyze(articles, cancelled=cancelled)
    assert not _ahead_alive()


@needs_model
def test_a_model_that_fails_to_load_still_gives_a_lexical_analysis(fresh_model, monkeypatch):
    def broken():
        raise embed.EmbeddingError("embedding model not readable: test")

    monkeypatch.setattr(embed, "_load", broken)
    result = analysis.analyze_paths(SEEDS)
    assert result.alignments  # aligned on words alone
    assert not _ahead_alive()


def test_nothing_starts_for_an_analysis_too_big_to_overlap():
    assert embed_ahead.start(["a sentence."], embed_ahead.MAX_CHARS + 1) is None
    assert embed_ahead.start([], 10) is None
