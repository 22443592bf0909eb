"""The model's int8 weights run as integer products (workbench/embed_int8.py).

What must hold: the rewrite finds every weight product of the pinned model;
the vectors it gives are those of the float graph to within rounding (so the
accuracy figures are the float graph's); a vector does not depend on its batch
(tests/test_embed.py checks that and the thread count on the default graph);
the two graphs never share cached vectors; a graph of another shape is refused.
"""

from __future__ import annotations

from collections import Counter

import pytest

from workbench import embed, embed_int8, embed_session

needs_model = pytest.mark.skipif(
    not embed.available(), reason="optional 'embeddings' extra not installed"
)

# Our own sentences, of the kinds the articles hold: numbers, names, quotes,
# accents, a very short one, a long one, one in capitals, one of digits only.
SENTENCES = [
    "Firefighters said 37 homes were destroyed before the wind dropped on Sunday evening.",
    "The council voted 9-4 to close the library, a decision residents called 'a disgrace'.",
    "Le préfet a annoncé la réouverture du pont à 6 h 30, après trois jours de travaux.",
    "Ok.",
    "THE STRIKE IS OVER, THE UNION SAID.",
    "2,400 2,500 12.5% 1999",
    " ".join(["Investigators were still questioning the driver of the second vehicle."] * 5),
    "Shares in the chipmaker rose 11 per cent to $88.40, their highest since March.",
]


def _ops(model: bytes) -> Counter[str]:
    data = memoryview(model)
    graph = next(v for f, w, v, _, _ in embed_int8._fields(data) if f == 7 and w == 2)
    return Counter(
        embed_int8._Node(v).op
        for f, w, v, _, _ in embed_int8._fields(graph)  # type: ignore[arg-type]
        if f == 1 and w == 2
    )


def test_varints_round_trip_negative_numbers_included():
    for value in (0, 1, 127, 128, 300, 2**31, -1):
        raw = embed_int8._enc_varint(value)
        got, end = embed_int8._varint(raw, 0)
        assert end == len(raw)
        assert got == value & (2**64 - 1)


def test_something_that_is_not_a_model_is_refused():
    with pytest.raises(embed_int8.GraphError):
        embed_int8.rewrite(b"")
    with pytest.raises(embed_int8.GraphError):
        embed_int8.rewrite(b"\x3a\x05ab")  # a graph field cut short
    with pytest.raises(embed_int8.GraphError):  # wrong bytes for the pinned hash
        embed_int8.model_bytes(b"not the model", embed.MODEL_SHA256)


@pytest.fixture(scope="module")
def model_bytes() -> bytes:
    if embed.model_dir() is None:
        pytest.skip("optional 'embeddings' extra not installed")
    return (embed.model_dir() / embed.MODEL_FILE).read_bytes()


def test_every_weight_product_of_the_pinned_model_is_rewritten(model_bytes):
    before = _ops(model_bytes)
    after = _ops(embed_int8.model_bytes(model_bytes, embed.MODEL_SHA256))
    # the 12 attention products (activations by activations) stay float
    assert before["MatMul"] == embed_int8.WEIGHT_MATMULS + 12
    assert after["MatMul"] == 12
    assert after["MatMulInteger"] == 2 * embed_int8.WEIGHT_MATMULS  # two levels
    # the int8 -> float32 casts of the weights are gone
    assert after["Cast"] == before["Cast"] - embed_int8.WEIGHT_MATMULS + 2 * 36
    # query, key and value share one quantisation of their input: 4 a layer, 6 layers
    assert after["ReduceMax"] == 24
    with pytest.raises(embed_int8.GraphError):  # rewritten already: nothing left to find
        embed_int8.rewrite(embed_int8.rewrite(model_bytes))


@pytest.fixture
def both_graphs(monkeypatch):
    """The model encoded with the float graph, then with the integer products."""
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    got = {}
    for flag in ("0", "1"):
        monkeypatch.setenv("WORKBENCH_ONNX_INT8", flag)
        embed._reset_for_tests()
        try:
            model = embed._get()
            got[flag] = (model, model._encode(SENTENCES))
        finally:
            embed._reset_for_tests()
    return got


@needs_model
def test_integer_products_give_the_float_graphs_vectors_to_within_rounding(both_graphs):
    (fmodel, fvec), (imodel, ivec) = both_graphs["0"], both_graphs["1"]
    assert fmodel.variant != imodel.variant
    assert fmodel.identity() != imodel.identity()  # never each other's cached vectors
    assert fmodel.graph_key() != imodel.graph_key()
    cos = (fvec * ivec).sum(1)
    assert cos.min() > 0.9995, cos
    pairs_f, pairs_i = fvec @ fvec.T, ivec @ ivec.T
    assert abs(pairs_f - pairs_i).max() < 2e-3
    assert (ivec != fvec).any()  # not the float graph under another name


@needs_model
def test_turned_off_runs_the_float_graph(monkeypatch):
    monkeypatch.setenv("WORKBENCH_ONNX_INT8", "0")
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    embed._reset_for_tests()
    try:
        model = embed._get()
        assert model.variant == "float32 products"
        assert isinstance(model.source(), str)  # model.onnx itself, by path
    finally:
        embed._reset_for_tests()
    monkeypatch.setenv("WORKBENCH_ONNX_INT8", "1")
    embed._reset_for_tests()
    try:
        assert embed._get().variant == embed_int8.VERSION
    finally:
        embed._reset_for_tests()


def test_the_int8_embedding_tables_are_gathered_before_they_are_made_float(model_bytes):
    folded = _ops(embed_int8.rewrite(model_bytes, int8_tables=False))
    kept = _ops(embed_int8.rewrite(model_bytes))
    # the word and position tables (the token-type one is float32 in the model):
    # a second Gather each, for the row scales
    assert kept["Gather"] == folded["Gather"] + 2
    assert kept["Cast"] == folded["Cast"] and kept["Mul"] == folded["Mul"]


@needs_model
def test_gathering_the_int8_tables_first_gives_the_same_vector_bits(tmp_path):
    """Also through a saved optimised graph, as a session is usually built,
    and for ids at both ends of the vocabulary (a batch padded with id 0)."""
    model = embed._get()
    raw = (embed.model_dir() / embed.MODEL_FILE).read_bytes()
    texts = [*SENTENCES, "zzzz ##ing [UNK] 丁 ～", "a"]
    got = []
    for tables in (False, True):
        saved = tmp_path / f"graph{tables}.onnx"
        src = embed_int8.rewrite(raw, int8_tables=tables)
        first = embed_session.new_session(model.ort, src, 1, save_to=saved)
        again = embed_session.new_session(model.ort, str(saved), 1, saved=True)
        model._check(first)
        got += [model._run(first, texts).tobytes(), model._run(again, texts).tobytes()]
    assert got[0] == got[1] == got[2] == got[3]
    # the float table is no longer part of the saved graph (58 MB before)
    assert (tmp_path / "graphTrue.onnx").stat().st_size < 30_000_000
    assert (tmp_path / "graphFalse.onnx").stat().st_size > 40_000_000


@needs_model
def test_the_saved_graphs_key_changes_with_the_rewrite_and_the_vector_identity_does_not():
    model = embed._get()
    if model.variant_key:  # the integer products (the default)
        key = model.graph_key()
        real = embed_int8.GRAPH_REVISION
        identity = model.identity()
        try:
            embed_int8.GRAPH_REVISION = "another rewrite"
            assert model.graph_key() != key
            assert model.identity() == identity  # the same bits: cached vectors stay valid
        finally:
            embed_int8.GRAPH_REVISION = real
