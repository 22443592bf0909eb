"""Run the model's int8 weights as integer matrix products (issue 14).

``model.onnx`` stores each of its 36 weight matrices as int8 with a float
scale per output column and turns it back into float32 (a Cast and a Mul) in
front of a float MatMul; ONNX Runtime folds that into float32 weights. This
module rewrites those MatMuls so that ONNX Runtime multiplies integers, with
the same int8 weights and scales. Each token's row ``x`` of activations gets
a scale of its own and is written in two int8 levels::

    s   = max |x| / 127                 per token
    q1  = round(x / s)                  in -127..127 (uint8, zero point 128)
    q2  = round((x / s - q1) * 254)     the rounding error, in -127..127
    out = (q1 @ W + (q2 @ W) / 254) * s * scale

The integer products are exact, so a token's output depends on that token
only: a sentence's vector is the same bits whatever batch it is encoded in
and whatever the thread count, which the sentence-vector cache relies on.
(ONNX Runtime's own dynamic quantisation takes one scale for a whole batch,
so a vector would depend on its neighbours: rejected.) The second level
carries the activations to about 15 bits: with one level (twice as fast
again) cosines with the float graph's vectors fell to 0.986 and the accuracy
figures fell (STS headlines 0.8225 -> 0.8197, labelled pairs' discrepancy
recall 0.970 -> 0.964, real-copy flags changed); with two, the cosine with
the float graph's vector is 1.0000 (least of 689 MEANTIME sentences; pairwise
cosines move by 1e-4 at most) and the accuracy figures are those of the
float graph (README, "Accuracy and speed").

Measured on the 2-core machine (AVX-512 VNNI, one thread, load 4-6, the 689
sentences of 50 MEANTIME articles): running the model took 4.0-4.3 s of CPU
instead of 5.4-5.7 s, and the session holds int8 weights instead of float32
ones. ``WORKBENCH_ONNX_INT8=0`` runs the float graph as before.

Measured and left alone (session 43; one thread, the 689 sentences of 50
MEANTIME articles, variants alternating, load 11-17; cosines against this
graph's vectors, "pairs" = 20,000 random sentence pairs' cosines):

- one level everywhere: 3.2-3.3 s of CPU against 4.4; least cosine 0.9856,
  pairs' cosines moved by up to 0.027. Only the attention output's input
  takes one level well (least cosine 0.99994, pairs 0.002), and it is a
  twelfth of the products (about 4 %); the layer norms' outputs (query, key,
  value, first feed-forward) and the GELU's alone at one level: 0.987-0.994.
- the layer norms' few large channels (99 in every layer; 63, 157, 223,
  338 in most) set aside in float would not rescue one level: without the
  8 largest a token's max |x| is still ~4x the RMS (4-8x with them), and
  the GELU's 8-12x is spread over no fixed channels: steps 1.2-2.8 times
  finer, where the second level makes them 254 times finer.
- ``com.microsoft.MatMulIntegerToFloat`` (the Cast and the column scale in
  the product): 2-4 % less CPU, pairs' cosines moved by 1e-4: not worth
  invalidating every cached vector. Query, key and value as one product
  (weights joined, output split): the same bits, 10 % slower.
- where the time goes (ONNX Runtime's profiler, 300 sentences): the integer
  products 23 %, the element-wise nodes around them about 35 %, the skip
  layer norms 12 %; in the float graph the float products are 59 %.

The rewrite works on the protobuf wire format directly, so it needs no
``onnx`` package: only the graph's node list changes (and a few scalar
constants are added); every other byte, the weights included, is copied.
A graph without the expected 36 int8 weight products raises
:class:`GraphError`, which building the session reports as any other
failure; the model's bytes are pinned by hash, so that is a test's concern
(tests/test_embed_int8.py).
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

#: Part of the vector identity and the saved graph's key: bump on any change here.
VERSION = "int8 matmul, per-token symmetric activations in two levels, zero point 128, v2"
#: Part of the saved graph's key only: a change that gives the same vector bits
#: (tests/test_embed_int8.py), so the cached vectors stay valid.
GRAPH_REVISION = "int8 embedding tables gathered before they are made float"

# ONNX protobuf field numbers (onnx/onnx.proto3)
_MODEL_GRAPH = 7
_GRAPH_NODE, _GRAPH_INITIALIZER = 1, 5
_NODE_INPUT, _NODE_OUTPUT, _NODE_OP, _NODE_ATTR = 1, 2, 4, 5
_TENSOR_TYPE, _TENSOR_NAME, _TENSOR_RAW = 2, 8, 9
_ATTR_NAME, _ATTR_I, _ATTR_INTS, _ATTR_TYPE = 1, 3, 8, 20
_INT, _INTS = 2, 7  # AttributeProto.AttributeType
_FLOAT, _UINT8, _INT8 = 1, 2, 3  # TensorProto.DataType

_C = "workbench_q_"  # prefix of every name the rewrite adds
WEIGHT_MATMULS = 36  # 6 layers x (query, key, value, attention output, two feed-forward)


class GraphError(ValueError):
    """The graph is not the one this rewrite was written for."""


def enabled() -> bool:
    """True unless ``WORKBENCH_ONNX_INT8=0``."""
    return os.environ.get("WORKBENCH_ONNX_INT8", "1").strip() != "0"


# --- protobuf wire format ------------------------------------------------------


def _varint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data):
            raise GraphError("truncated protobuf")
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def _fields(data: bytes | memoryview) -> Iterator[tuple[int, int, object, int, int]]:
    """(field number, wire type, value, start, end) of each field; the value of a
    length-delimited field is its bytes, of a varint its integer."""
    pos = 0
    while pos < len(data):
        start = pos
        key, pos = _varint(data, pos)
        field, wire = key >> 3, key & 7
        value: object
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 1:
            value, pos = data[pos : pos + 8], pos + 8
        elif wire == 2:
            n, pos = _varint(data, pos)
            value, pos = data[pos : pos + n], pos + n
        elif wire == 5:
            value, pos = data[pos : pos + 4], pos + 4
        else:
            raise GraphError(f"unsupported protobuf wire type {wire}")
        if pos > len(data):
            raise GraphError("truncated protobuf")
        yield field, wire, value, start, pos


def _enc_varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64 as ten bytes, as protobuf does
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7
        if value:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _len_field(field: int, payload: bytes) -> bytes:
    return _enc_varint(field << 3 | 2) + _enc_varint(len(payload)) + payload


def _int_field(field: int, value: int) -> bytes:
    return _enc_varint(field << 3) + _enc_varint(value)


def _node(op: str, inputs: list[str], outputs: list[str], **attrs: int | list[int]) -> bytes:
    out = b"".join(_len_field(_NODE_INPUT, i.encode()) for i in inputs)
    out += b"".join(_len_field(_NODE_OUTPUT, o.encode()) for o in outputs)
    out += _len_field(_NODE_OP, op.encode())
    for name, value in attrs.items():
        attr = _len_field(_ATTR_NAME, name.encode())
        if isinstance(value, list):
            attr += b"".join(_int_field(_ATTR_INTS, v) for v in value) + _int_field(
                _ATTR_TYPE, _INTS
            )
        else:
            attr += _int_field(_ATTR_I, value) + _int_field(_ATTR_TYPE, _INT)
        out += _len_field(_NODE_ATTR, attr)
    return _len_field(_GRAPH_NODE, out)


def _scalar(name: str, dtype: int, raw: bytes) -> bytes:
    body = _int_field(_TENSOR_TYPE, dtype) + _len_field(_TENSOR_NAME, name.encode())
    return _len_field(_GRAPH_INITIALIZER, body + _len_field(_TENSOR_RAW, raw))


# --- the rewrite ---------------------------------------------------------------


class _Node:
    def __init__(self, raw: bytes | memoryview) -> None:
        self.raw = raw
        self.inputs: list[str] = []
        self.outputs: list[str] = []
        self.op = ""
        self.attrs: dict[str, int | None] = {}  # name -> value of an integer attribute
        for field, wire, value, _, _ in _fields(raw):
            if wire != 2:
                continue
            if field == _NODE_ATTR:
                attr = {f: v for f, _, v, _, _ in _fields(value)}  # type: ignore[arg-type]
                name = bytes(attr.get(_ATTR_NAME, b"")).decode()  # type: ignore[arg-type]
                self.attrs[name] = attr.get(_ATTR_I) if attr.get(_ATTR_TYPE) == _INT else None  # type: ignore[assignment]
            if field == _NODE_INPUT:
                self.inputs.append(bytes(value).decode())  # type: ignore[arg-type]
            elif field == _NODE_OUTPUT:
                self.outputs.append(bytes(value).decode())  # type: ignore[arg-type]
            elif field == _NODE_OP:
                self.op = bytes(value).decode()  # type: ignore[arg-type]


def _initializer_types(graph: memoryview) -> dict[str, int]:
    types: dict[str, int] = {}
    for field, wire, value, _, _ in _fields(graph):
        if field == _GRAPH_INITIALIZER and wire == 2:
            name, dtype = "", 0
            for f, w, v, _, _ in _fields(value):  # type: ignore[arg-type]
                if f == _TENSOR_NAME and w == 2:
                    name = bytes(v).decode()  # type: ignore[arg-type]
                elif f == _TENSOR_TYPE and w == 0:
                    dtype = v  # type: ignore[assignment]
            types[name] = dtype
    return types


def _quantise(x: str, p: str) -> list[bytes]:
    """Nodes that make ``p + "xq"`` (uint8) and ``p + "s"`` (each row's scale) from ``x``."""
    return [
        _node("Abs", [x], [p + "abs"]),
        _node("ReduceMax", [p + "abs"], [p + "amax"], axes=[-1], keepdims=1),
        _node("Max", [p + "amax", _C + "eps"], [p + "amax2"]),  # an all-zero row
        _node("Div", [_C + "127", p + "amax2"], [p + "inv"]),
        _node("Mul", [p + "amax2", _C + "inv127"], [p + "s"]),
        _node("Mul", [x, p + "inv"], [p + "xs"]),
        _node("QuantizeLinear", [p + "xs", _C + "one", _C + "zp"], [p + "xq"]),
        _node("DequantizeLinear", [p + "xq", _C + "one", _C + "zp"], [p + "q1"]),
        _node("Sub", [p + "xs", p + "q1"], [p + "r"]),
        _node("Mul", [p + "r", _C + "254"], [p + "r254"]),
        _node("QuantizeLinear", [p + "r254", _C + "one", _C + "zp"], [p + "xq2"]),
    ]


def _matmul(q: str, weight: str, scale: str, y: str, p: str) -> list[bytes]:
    return [
        _node("MatMulInteger", [q + "xq", weight, _C + "zp"], [p + "yi"]),
        _node("MatMulInteger", [q + "xq2", weight, _C + "zp"], [p + "yi2"]),
        _node("Cast", [p + "yi"], [p + "yf1"], to=_FLOAT),
        _node("Cast", [p + "yi2"], [p + "yf2"], to=_FLOAT),
        _node("Mul", [p + "yf2", _C + "inv254"], [p + "yf2s"]),
        _node("Add", [p + "yf1", p + "yf2s"], [p + "yf"]),
        _node("Mul", [p + "yf", q + "s"], [p + "y1"]),
        _node("Mul", [p + "y1", scale], [y]),
    ]


def _constants() -> bytes:
    f32 = struct.Struct("<f").pack
    return b"".join(
        (
            _scalar(_C + "zp", _UINT8, bytes([128])),
            _scalar(_C + "one", _FLOAT, f32(1.0)),
            _scalar(_C + "127", _FLOAT, f32(127.0)),
            _scalar(_C + "inv127", _FLOAT, f32(1 / 127)),
            _scalar(_C + "eps", _FLOAT, f32(1e-12)),
            _scalar(_C + "254", _FLOAT, f32(254.0)),
            _scalar(_C + "inv254", _FLOAT, f32(1 / 254)),
        )
    )


def _int8_tables(
    nodes: list, made: dict[str, _Node], uses: Counter[str], types: dict[str, int]
) -> dict[_Node, tuple[str, str]]:
    """Gather(Mul(Cast(int8 table), float row scale), ids) -> the table and its scale.

    ONNX Runtime folds such a table into float32 once, when the session is
    built: the word table became 47 MB of the saved graph's 58 MB and of the
    session's memory. Gathered first, the rows are the same products
    ``float(q) * scale`` of the same two numbers, bit for bit."""
    found: dict[_Node, tuple[str, str]] = {}
    for _, _, n in nodes:
        if n.op != "Gather" or n.attrs not in ({}, {"axis": 0}) or len(n.inputs) != 2:
            continue
        mul = made.get(n.inputs[0])
        if mul is None or mul.op != "Mul" or uses[mul.outputs[0]] != 1:
            continue
        cast = made.get(mul.inputs[0])
        if cast is None or cast.op != "Cast" or uses[cast.outputs[0]] != 1:
            continue
        if types.get(cast.inputs[0]) == _INT8 and types.get(mul.inputs[1]) == _FLOAT:
            found[n] = (cast.inputs[0], mul.inputs[1])
    return found


def _gather_rows(n: _Node, table: str, scale: str, p: str) -> list[bytes]:
    """The rows of an int8 table with a scale per row, made float after gathering."""
    ids = n.inputs[1]
    return [
        _node("Gather", [table, ids], [p + "q"]),
        _node("Cast", [p + "q"], [p + "f"], to=_FLOAT),
        _node("Gather", [scale, ids], [p + "s"]),
        _node("Mul", [p + "f", p + "s"], [n.outputs[0]]),
    ]


def _rewrite_graph(graph: memoryview, int8_tables: bool = True) -> list[bytes | memoryview]:
    """The rewritten graph's bytes, in pieces (views of ``graph`` among them)."""
    types = _initializer_types(graph)
    nodes = [(s, e, _Node(v)) for f, w, v, s, e in _fields(graph) if f == _GRAPH_NODE and w == 2]
    made = {o: n for _, _, n in nodes for o in n.outputs}
    uses = Counter(i for _, _, n in nodes for i in n.inputs)
    # MatMul(x, Mul(Cast(int8 weight), float scale)) -> the weight and its scale
    plan: dict[int, tuple[str, str]] = {}
    dead: set[int] = set()
    for _, _, n in nodes:
        mul = made.get(n.inputs[1]) if n.op == "MatMul" and len(n.inputs) == 2 else None
        if mul is None or mul.op != "Mul" or uses[mul.outputs[0]] != 1:
            continue
        cast = made.get(mul.inputs[0])
        if cast is None or cast.op != "Cast" or uses[cast.outputs[0]] != 1:
            continue
        if types.get(cast.inputs[0]) != _INT8 or types.get(mul.inputs[1]) != _FLOAT:
            continue
        plan[id(n)] = (cast.inputs[0], mul.inputs[1])
        dead |= {id(mul), id(cast)}
    if len(plan) != WEIGHT_MATMULS:
        raise GraphError(f"expected {WEIGHT_MATMULS} int8 weight products, found {len(plan)}")
    tables = _int8_tables(nodes, made, uses, types) if int8_tables else {}
    for n in tables:
        dead |= {id(made[n.inputs[0]]), id(made[made[n.inputs[0]].inputs[0]])}
    # Slices of the graph are kept as views and copied once, by the caller's
    # join: each copy of the 22 MB of weights held the GIL for 10-40 ms on a
    # shared machine, and a window's GUI thread waited for them (session 16).
    out: list[bytes | memoryview] = []
    pos = 0
    quantised: dict[str, str] = {}  # query, key and value share their input's quantisation
    for k, (start, end, n) in enumerate(nodes):
        out.append(graph[pos:start])
        pos = end
        if id(n) in dead:
            continue
        if n in tables:
            out += _gather_rows(n, *tables[n], f"{_C}g{k}_")
            continue
        if id(n) not in plan:
            out.append(graph[start:end])
            continue
        x = n.inputs[0]
        if x not in quantised:
            quantised[x] = f"{_C}x{len(quantised)}_"
            out += _quantise(x, quantised[x])
        out += _matmul(quantised[x], *plan[id(n)], n.outputs[0], f"{_C}m{k}_")
    out.append(graph[pos:])
    out.append(_constants())
    return out


def rewrite(model: bytes, int8_tables: bool = True) -> bytes:
    """``model.onnx``'s bytes with its int8 weight products run as integer
    products and (unless ``int8_tables`` is False, as before: a test compares)
    its int8 embedding tables kept int8 until their rows are gathered."""
    data = memoryview(model)
    graphs = [(s, e, v) for f, w, v, s, e in _fields(data) if f == _MODEL_GRAPH and w == 2]
    if len(graphs) != 1:
        raise GraphError("no graph in the model")
    start, end, graph = graphs[0]
    pieces = _rewrite_graph(graph, int8_tables)  # type: ignore[arg-type]
    size = sum(len(p) for p in pieces)
    head = _enc_varint(_MODEL_GRAPH << 3 | 2) + _enc_varint(size)
    return b"".join([data[:start], head, *pieces, data[end:]])


def model_bytes(source: str | bytes, sha256: str) -> bytes:
    """The rewritten graph of ``source`` (a path, or the model's bytes), whose
    bytes must have the pinned ``sha256``: the checked bytes are the ones rewritten."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    got = hashlib.sha256(data).hexdigest()
    if got != sha256:
        raise GraphError(f"refusing embedding model: sha256 {got} is not the pinned {sha256}")
    return rewrite(data)
