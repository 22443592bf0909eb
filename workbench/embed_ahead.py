"""Encode an analysis's sentences while its facts are still being read.

On the embedding path the sentence vectors are the longest stage of a small
analysis, and building the ONNX Runtime session and running it release the
GIL. So the pipeline hands the sentences to be aligned to a thread as soon
as the articles are split, reads the facts meanwhile, and the aligner then
finds every vector in the model's cache (issue 14: on two cores the seeds'
first results no longer wait for the model after the facts).

The thread encodes exactly the list the aligner will ask for, in the same
order, so the batches, and with them the vectors, are the same bits as
without it. It runs only for analyses small enough that the session's
memory on top of the facts being read stays well under the 300 MB target
(bigger ones build the session after reading, when that memory is freed),
and only when every vector fits in the process's cache. Any failure is left
to the aligner's own call, which reports it and falls back to the lexical
score. :meth:`Ahead.join` is called before the analysis returns, also when
it is cancelled, so no thread outlives the analysis.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

MAX_CHARS = 400_000  # about 130 news articles; above it the session waits for reading to end


class Ahead:
    """One background encoding of ``texts`` (joined with :meth:`join`)."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._thread = threading.Thread(target=self._run, name="encode-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from . import embed

        try:
            model = embed._get()
            try:
                model.encode(self._texts)
            finally:
                model.release()
        except Exception:  # noqa: BLE001 - the aligner's own call reports it
            return

    def join(self) -> None:
        self._thread.join()


def start(texts: Sequence[str], chars: int) -> Ahead | None:
    """Start encoding the unique ``texts`` (the aligner's, in its order), or
    None when the analysis is too big to overlap (``chars``: its text)."""
    from . import embed

    unique = list(dict.fromkeys(texts))
    if not unique or chars > MAX_CHARS or len(unique) > embed.CACHE_SIZE:
        return None
    return Ahead(unique)
