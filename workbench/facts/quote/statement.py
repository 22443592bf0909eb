"""Whether two versions of a quotation are one statement (session 42, user
trial 48): the test that pairs two articles' quotes before their wording is
compared, so that only one statement told two ways is ever an altered quote.

- Two versions credited to two speakers who are surely not one person or
  body (each credited by name, title or a resolved 'he'; :func:`speakers_apart`)
  are each one's own remark ("For decades, the Act has protected threatened
  species," said Locke / "For more than three decades, the Act has
  successfully protected our nation's most threatened wildlife," Obama said),
  unless the words are one quotation: one version inside the other word for
  word, or the two a word or two apart (``LIGHTLY_REWORDED``). Those stay a
  pair, and the attribution rows ask who said them.
- Where a speaker is not stated (or the credit is too vague to tell: a
  descriptor, an organisation against a person), shared boilerplate is no
  evidence of one statement: "the purposes of the [Endangered Species Act]"
  and "a departure from the spirit and the letter of the Endangered Species
  Act" share only the law's name. The versions must share content words
  outside names and titles (:func:`shared_content`).
- Two versions credited to one speaker keep the matcher's own test.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ...text import STOPWORDS, stem
from .joint import names_two
from .mention import QuoteMention, Speaker
from .names import TITLES
from .onespeaker import one_speaker
from .paraphrase import bracketed_tokens, expanded
from .sentences import sentence_breaks, word_offsets
from .speakers import PRONOUNS

# Share of words (SequenceMatcher ratio, contractions written out) at which two
# versions under two names are one quotation lightly reworded ("We will not rest
# until the last family is home" / "We won't rest until every family is home":
# 0.84), not each speaker's own remark (Locke / Obama on the Act: 0.6).
LIGHTLY_REWORDED = 0.8

# Content words outside names and titles two versions must share when their
# speakers are not one known speaker: at least this many ...
SHARED_CONTENT = 2
# ... and at least this share of the content words of the version with fewer.
SHARED_CONTENT_SHARE = 0.5

Span = tuple[int, int, int, int]


def _known(sp: Speaker | None) -> Speaker | None:
    """The speaker when the words are credited to someone; None otherwise. A
    'he' or 'she' read as the last person quoted, not named by the sentence
    right before (``near``), is a guess ('"… who died," he said' after another
    source's quote and a sentence naming the speaker: session 19)."""
    if sp is None or not sp.key or sp.is_outlet or not sp.key.split(":")[-1].strip():
        return None
    if sp.text.strip().lower() in PRONOUNS and not sp.near:
        return None
    return sp


def _one_word_org(sp: Speaker) -> bool:
    """A single capitalised word read as a body: a surname the article never
    introduced where the words are credited ('said Locke')."""
    return not sp.is_person and not sp.is_descriptor and " " not in sp.key.removeprefix("org:")


def speakers_apart(a: Speaker | None, b: Speaker | None) -> bool:
    """Both versions credited, to two speakers who are surely not one: two
    people whose names cannot be one person, a person and a surname read as a
    body that is not theirs, two bodies sharing no word. A descriptor ('a
    spokesman', 'officials') may be anyone, a body may speak through a person,
    and a joint credit ('Zadan and Meron') holds either: none is apart."""
    sa, sb = _known(a), _known(b)
    if sa is None or sb is None or one_speaker(sa, sb):
        return False
    if names_two(sa.text, sa.name) or names_two(sb.text, sb.name):
        return False
    if sa.is_descriptor or sb.is_descriptor:
        return False
    if sa.is_person and sb.is_person:
        return True
    if sa.is_person or sb.is_person:
        other = sb if sa.is_person else sa
        return _one_word_org(other)
    return fuzz.token_set_ratio(sa.key.removeprefix("org:"), sb.key.removeprefix("org:")) < 50


def _same_known(a: Speaker | None, b: Speaker | None) -> bool:
    sa, sb = _known(a), _known(b)
    return sa is not None and sb is not None and one_speaker(sa, sb)


def _is_sub(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def one_quotation(ta: list[str], tb: list[str]) -> bool:
    """The same words, one inside the other, or a word or two apart."""
    wa, wb = expanded(ta), expanded(tb)
    if wa == wb or _is_sub(wa, wb) or _is_sub(wb, wa):
        return True
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= LIGHTLY_REWORDED


def content_words(q: QuoteMention, t0: int = 0, t1: int | None = None) -> set[str]:
    """Stems of the content words of tokens t0..t1 of ``q``, without names (a
    capitalised word inside a sentence, or words in editorial brackets) and
    titles ('president', 'secretary')."""
    tokens = q.tokens
    t1 = len(tokens) if t1 is None else t1
    positions = [p for s, e in q.parts for p in word_offsets(q, s, e)]
    aligned = len(positions) == len(tokens)
    starts = sentence_breaks(q) if aligned else frozenset({0})
    bracketed = bracketed_tokens(q)
    out = set()
    for k in range(t0, t1):
        w = tokens[k]
        if w in STOPWORDS or w in TITLES or k in bracketed or not any(c.isalnum() for c in w):
            continue
        if aligned and k not in starts:
            s, e = positions[k]
            printed = q.text[s - q.start : e - q.start].lstrip("\"'“‘[(—-")
            if printed[:1].isupper():
                continue  # a name: 'the Endangered Species Act', 'Senator Obama'
        out.add(stem(w.replace("'s", "")))
    return out


def shared_content(a: QuoteMention, b: QuoteMention, span: Span | None = None) -> bool:
    """The two versions (the matched sentences ``span`` of each) share content
    words outside names and titles: ``SHARED_CONTENT`` or more, and
    ``SHARED_CONTENT_SHARE`` of the version with fewer."""
    a0, a1, b0, b1 = span or (0, len(a.tokens), 0, len(b.tokens))
    ca, cb = content_words(a, a0, a1), content_words(b, b0, b1)
    shared = len(ca & cb)
    return shared >= SHARED_CONTENT and shared >= SHARED_CONTENT_SHARE * min(len(ca), len(cb))


def two_statements(a: QuoteMention, b: QuoteMention, span: Span | None = None) -> bool:
    """Whether ``a`` and ``b``, which the matcher scored as one quotation, are
    two statements as far as the text shows (see the module's doc)."""
    a0, a1, b0, b1 = span or (0, len(a.tokens), 0, len(b.tokens))
    if one_quotation(a.tokens, b.tokens) or one_quotation(a.tokens[a0:a1], b.tokens[b0:b1]):
        return False
    if speakers_apart(a.speaker, b.speaker):
        return True
    if _same_known(a.speaker, b.speaker):
        return False
    return not shared_content(a, b, span)
