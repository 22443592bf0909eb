"""BERT uncased WordPiece tokenization in pure Python, for the embedding model.

Split out of :mod:`workbench.embed`, which pins and loads the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata

VOCAB_SIZE = 30522
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json), [CLS] and [SEP] included
MAX_WORD_CHARS = 100  # longer words become [UNK] (WordPiece max_input_chars_per_word)
SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


class VocabularyError(ValueError):
    """The vocabulary is not one the tokenizer can use."""


# --- Tokenizer -------------------------------------------------------------
#
# BERT uncased, as the ``tokenizers`` library runs it from all-MiniLM-L6-v2's
# tokenizer.json: special tokens matched verbatim in the raw text, then
# BertNormalizer (clean text, space around CJK ideographs, NFD and drop
# non-spacing marks, lower-case), BertPreTokenizer (split on whitespace, each
# punctuation character a word of its own), WordPiece (greedy longest match,
# "##" continuations, a word that cannot be matched or is over 100 characters
# is one [UNK]), then [CLS] … [SEP], truncated to MAX_TOKENS.
#
# Character classes come from Python's unicodedata. ``tokenizers`` uses older
# Unicode tables for "punctuation" and "non-spacing mark", so for a few
# hundred code points that Unicode assigned or re-classified since (marks of
# historic and Brahmic scripts, medieval punctuation) the two can differ.

_SPECIAL_RE = re.compile("(" + "|".join(re.escape(t) for t in SPECIAL) + ")")
_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B920, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)
# Dropped by the text cleaning ("other" except unassigned, which is kept); a
# surrogate cannot reach the Rust tokenizer at all, so it is dropped too.
_DROP_CATEGORIES = frozenset(("Cc", "Cf", "Co", "Cs"))
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _is_cjk(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _CJK)


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch)[0] == "P"


def normalize(text: str) -> str:
    """BertNormalizer(clean_text, handle_chinese_chars, strip_accents, lowercase)."""
    out: list[str] = []
    for ch in text:
        if ch in "\t\n\r":
            out.append(" ")
            continue
        if ch.isascii():
            if " " <= ch < "\x7f":
                out.append(ch)
            continue  # other ASCII characters are controls
        cp = ord(ch)
        if cp == 0xFFFD or unicodedata.category(ch) in _DROP_CATEGORIES:
            continue
        if ch.isspace():
            out.append(" ")
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    s = "".join(out)
    if not s.isascii():
        s = unicodedata.normalize("NFD", s)
        s = "".join(c for c in s if unicodedata.category(c) != "Mn")
        # Character by character, as the Rust tokenizer does: no final sigma.
        s = s.replace("Σ", "σ")
    return s.lower()


def pre_tokenize(normalized: str) -> list[str]:
    """BertPreTokenizer: whitespace-separated words, each punctuation character apart."""
    words: list[str] = []
    for chunk in normalized.split():
        start = 0
        for i, ch in enumerate(chunk):
            if _is_punct(ch):
                if i > start:
                    words.append(chunk[start:i])
                words.append(ch)
                start = i + 1
        if start < len(chunk):
            words.append(chunk[start:] if start else chunk)
    return words


class WordPieceTokenizer:
    """BERT uncased tokenizer over a WordPiece vocabulary (pure Python)."""

    def __init__(self, tokens: list[str]) -> None:
        vocab = dict(zip(tokens, range(len(tokens)), strict=True))
        if len(tokens) != VOCAB_SIZE or len(vocab) != VOCAB_SIZE:
            raise VocabularyError(
                f"tokenizer vocabulary has {len(tokens)} lines, {len(vocab)} distinct; "
                f"expected {VOCAB_SIZE}"
            )
        missing = [t for t in SPECIAL if t not in vocab]
        if missing:
            raise VocabularyError(f"tokenizer vocabulary lacks {', '.join(missing)}")
        self.vocab = vocab
        self.pad_id, self.unk_id, self.cls_id, self.sep_id = (
            vocab[t] for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]")
        )
        self.longest = max(map(len, tokens))
        self._cache: dict[str, list[int]] = {}

    def word_ids(self, word: str) -> list[int]:
        """WordPiece ids of one pre-tokenized word."""
        ids = self._cache.get(word)
        if ids is not None:
            return ids
        ids = self._wordpiece(word)
        if len(self._cache) >= 200_000:
            self._cache.clear()
        self._cache[word] = ids
        return ids

    def _wordpiece(self, word: str) -> list[int]:
        if len(word) > MAX_WORD_CHARS:
            return [self.unk_id]
        vocab, ids, start, n = self.vocab, [], 0, len(word)
        while start < n:
            end = min(n, start + self.longest)
            prefix = "##" if start else ""
            while end > start:
                i = vocab.get(prefix + word[start:end])
                if i is not None:
                    ids.append(i)
                    break
                end -= 1
            else:
                return [self.unk_id]
            start = end
        return ids

    def tokenize_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without [CLS]/[SEP] and without truncation."""
        ids: list[int] = []
        for part in _SPECIAL_RE.split(text) if "[" in text else (text,):
            if part in self.vocab and part in SPECIAL:
                ids.append(self.vocab[part])
                continue
            for word in pre_tokenize(normalize(part)):
                ids.extend(self.word_ids(word))
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """[CLS] + ids + [SEP], the ids cut so that the whole is at most ``max_tokens``."""
        return [self.cls_id, *self.tokenize_ids(text)[: max_tokens - 2], self.sep_id]
