"""Encoding a long analysis's sentences stops between two batches when the
analysis is cancelled (fresh CLI trial: Ctrl+C and the window's Cancel
waited a minute for one 500 KB article's sentences to go through the model)."""

from __future__ import annotations

import pytest

embed = pytest.importorskip("workbench.embed")

if not embed.available():  # pragma: no cover - the embeddings extra is not installed
    pytest.skip("no sentence model", allow_module_level=True)


class Stop(Exception):
    pass


def test_a_poll_that_raises_stops_the_encoding_and_the_model_stays_usable(monkeypatch):
    import uuid

    run = uuid.uuid4().hex  # never in any vector cache
    texts = [
        f"Sentence number {i} about the stopped encoding test {run}, told {i} times."
        for i in range(40)
    ]
    polls: list[int] = []

    def poll() -> None:
        polls.append(1)
        if len(polls) == 2:
            raise Stop()

    with pytest.raises(Stop), embed.polling(poll):
        embed.encode_array(texts)
    assert len(polls) == 2  # stopped at the second batch, not after all five
    vectors = embed.encode_array(texts[:3])  # no poll outside the block
    assert vectors.shape == (3, embed.DIM)


def test_the_analysis_raises_cancelled_from_inside_the_encoding(tmp_path, monkeypatch):
    import uuid

    from conftest import write

    from workbench import analysis
    from workbench.articles import load_articles

    run = uuid.uuid4().hex  # never in any vector cache
    monkeypatch.setattr(analysis.embed_ahead, "start", lambda texts, chars: None)
    body = " ".join(
        f"The ferry {run} carried {i} cars across the bay on its run number {i}." for i in range(60)
    )
    paths = [write(tmp_path, f"{n}.txt", f"{body}\n") for n in ("a", "b")]
    state = {"encoding": False}
    real = embed.polling

    def watching(poll):
        state["encoding"] = True  # from here on the editor has pressed Cancel
        return real(poll)

    monkeypatch.setattr(embed, "polling", watching)
    with pytest.raises(analysis.Cancelled):
        analysis.analyze(load_articles(paths), cancelled=lambda: state["encoding"])
