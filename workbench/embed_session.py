"""Building the ONNX Runtime session: its options, its memory, and the saved
optimised graph (:mod:`workbench.embed_graph`) used in place of ``model.onnx``
once it has been shown to give the same vectors bit for bit.

No NumPy or ONNX Runtime import here: the caller hands in the modules it loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .embed_graph import PROBE, GraphCache

#: Encodes texts with a session: (session, texts) -> float32 array of vectors.
Encoder = Callable[[Any, list[str]], Any]
PROBE_OWN = 10  # sentences of the run added to the fixed probe


def new_session(
    ort: Any, source: str, threads: int, *, save_to: Path | None = None, saved: bool = False
) -> Any:
    """A session of ``source`` (``model.onnx``, or a saved graph when ``saved``).
    ``save_to``: where ONNX Runtime writes the graph it optimised."""
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: on a shared 2-core machine a
    # spinning pool burns the other process's core (issue 14: 18 ms a
    # sentence spinning vs 9 ms not, under load). Results do not change.
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3  # errors only
    if saved:  # optimised already: nothing left to do (the probe checks the bits)
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    if save_to is not None:
        so.optimized_model_filepath = str(save_to)
    return ort.InferenceSession(source, sess_options=so, providers=["CPUExecutionProvider"])


def from_saved_graph(ort: Any, graph: GraphCache, threads: int, encode: Encoder) -> Any | None:
    """A session of the saved graph when it may be used, else None.

    A graph written by an earlier run is checked once: the probe's vectors
    from it must be the bytes the original graph gave, or the key is refused."""
    state = graph.state()
    if state not in ("verified", "unverified"):
        return None
    probe = graph.probe() if state == "unverified" else None
    if state == "unverified" and probe is None:
        graph.discard()
        return None
    try:
        session = new_session(ort, str(graph.path), threads, saved=True)
        if probe is not None:
            same = encode(session, probe[0]).astype("<f4").tobytes() == probe[1]
            graph.verified(same)
            if not same:
                return None
    except Exception:  # noqa: BLE001 - an unreadable graph: made anew from model.onnx
        graph.discard()
        return None
    return session


def from_model(
    ort: Any,
    source: str,
    threads: int,
    graph: GraphCache | None,
    wanted: list[str],
    encode: Encoder,
) -> Any:
    """A session of ``model.onnx``; when there is no saved graph yet, the
    optimised one is saved with the probe's vectors (checked by the next run)."""
    target = graph.temp_target() if graph is not None else None
    if target is None:
        return new_session(ort, source, threads)
    try:
        session = new_session(ort, source, threads, save_to=target)
    except Exception:  # noqa: BLE001 - the disk, not the model: build it without saving
        target.unlink(missing_ok=True)
        return new_session(ort, source, threads)
    probe = [*PROBE, *list(dict.fromkeys(wanted))[:PROBE_OWN]]
    try:
        vectors = encode(session, probe).astype("<f4").tobytes()
    except Exception:  # noqa: BLE001 - the caller's own encoding reports it
        target.unlink(missing_ok=True)
        return session
    assert graph is not None
    graph.keep(target, probe, vectors)
    return session


MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept fixed


def prepare_memory() -> None:
    """Fix glibc's mmap threshold at its starting 128 KiB, then trim the heap.

    glibc raises the threshold each time a mapped block is freed (up to
    32 MiB), so the many 1-50 MB buffers ONNX Runtime makes and frees while
    it folds and packs the weights end up in the heap, which keeps them.
    Fixed, each is its own mapping, returned when freed: building the
    session peaked at 264 MB instead of 276 and left 200 MB resident instead
    of 249 (one process, 608 ECB+ sentences, the same vectors bit for bit).
    Elsewhere than glibc: nothing."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt(-3, MMAP_THRESHOLD)  # M_MMAP_THRESHOLD
    trim_heap()


def trim_heap() -> None:
    """Return the C heap's free memory to the system (glibc's ``malloc_trim``;
    elsewhere nothing): the freed session's ~190 MB otherwise stays in the
    process's resident size, held by the allocator."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process runs on
    except (OSError, AttributeError, TypeError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
