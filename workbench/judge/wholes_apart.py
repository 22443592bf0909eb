"""Whether two shares are of wholes their sentences name apart (issue 11, eng71).

A percentage measures nothing until one knows what it is a share of. The
fact module compares two percentages of aligned claims by their values; the
VALUE rows then let a difference stand as a conflict unless a row names a
difference between them. On fresh ECB+ copy (30_ecb, the undersea cable cuts,
never tuned on) every false conflict between percentages was two shares of
different wholes told in look-alike sentences: "up to 70 per cent of web
services in Egypt" against "Up to 80 percent of Internet services and call
centers in Egypt", "52 percent [of voice traffic] in Egypt" against
"International telephone and internet services in Egypt were down by 80
percent". Each sentence names its whole; the other sentence never names it.

The whole is read as all the words of its noun phrase ("web services",
"Internet services and call centers", "voice traffic"), not only its head
(shares.whole_of reads "service" in both and "traffic" for "voice traffic").
Two shares are of wholes named apart when one names a whole with a word the
other sentence never uses (stemmed content words): nothing then shows both
figures measure one thing, and a difference between them is a question, not
a conflict. Shares of one whole ("turnout was almost 90%" / "turnout reached
93.87 percent") and shares neither of which names a whole are left alone.
"""

from __future__ import annotations

import re

from ..facts.quantity.compare import counts_people
from ..model import Verdict
from ..text import content_tokens, value_at
from .cases import ValueCase
from .own_part import one_owned_whole
from .shares import list_head, whole_of
from .stages import VALUE, Outcome, Rule

_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# words that end the noun phrase after "of": prepositions, verbs, relatives
_STOPS = frozenset(
    re.findall(
        r"\w+",
        "in to from for at on between across among with by was were is are had has have "
        "went who that which or but while as than over under during after before since "
        "until said says would will could can may might be been being not",
    )
)
_DETERMINERS = frozenset(
    re.findall(r"\w+", "the all its their his her our a an this that these those some")
)
_MOST = 6  # words of a noun phrase: longer is a clause read as one


def _phrase_after_of(text: str, end: int) -> str:
    """The noun phrase of "of [the] ... NOUN [and NOUN]" right after a share,
    as written ("web services", "Internet services and call centers"), or ""."""
    m = _OF.match(text, end)
    if m is None:
        return ""
    words: list[str] = []
    at = m.end()
    for w in _WORD.finditer(text, at):
        if text[at : w.start()].strip(" \u00a0"):
            break  # punctuation between: the noun phrase has ended
        at = w.end()
        word, low = w.group(), w.group().lower()
        if low in _STOPS or len(words) >= _MOST:
            break
        if words and low.endswith(("ed", "ing")) and words[-1].lower() != "and":
            break  # a verb: "of participants developed a rash"
        if low in _DETERMINERS and not words:
            continue
        words.append(word)
    while words and words[-1].lower() in ("and", *_DETERMINERS):
        words.pop()
    return " ".join(words)


def named_whole(text: str, start: int, end: int) -> str:
    """The whole the share at ``text[start:end]`` is of, as its sentence names
    it: the noun phrase after "of", or the one word before "was" / "reached"
    (shares.whole_of), or, for a figure of a list of shares by place, the whole
    of the list's first figure ("55 percent of voice traffic in Saudi Arabia,
    52 percent in Egypt"); "" when the sentence names none."""
    if phrase := _phrase_after_of(text, end):
        return phrase
    if head := list_head(text, start):
        return named_whole(text, *head)
    return whole_of(text, start, end)


def _words(phrase: str) -> frozenset[str]:
    return frozenset(t for t in content_tokens(phrase) if not t[0].isdigit())


def wholes_named_apart(sa: str, fa: str, sb: str, fb: str) -> tuple[str, str] | None:
    """The wholes two shares are of (``fa`` in sentence ``sa``, ``fb`` in
    ``sb``) when one names a whole with a word the other sentence never uses;
    else None. Either may be "" (its sentence names no whole)."""
    ia, ib = value_at(sa, fa), value_at(sb, fb)
    if ia < 0 or ib < 0:
        return None
    wa, wb = named_whole(sa, ia, ia + len(fa)), named_whole(sb, ib, ib + len(fb))
    ka, kb = _words(wa), _words(wb)
    if ka == kb:  # one whole, or none named on either side
        return None
    ta, tb = frozenset(content_tokens(sa)), frozenset(content_tokens(sb))
    if ka <= tb and kb <= ta:
        return None  # each sentence uses every word of the other's whole
    return wa, wb


def _applies(c: ValueCase) -> bool:
    if c.cmp.verdict != Verdict.CONFLICT or not c.x.kind == c.y.kind == "percent":
        return False
    if c.one_value:
        return False
    found = wholes_named_apart(c.texts[0], c.x.text, c.texts[1], c.y.text)
    if found is None:
        return False
    if _one_owned(c.texts[0], c.x.text, c.texts[1], c.y.text, found):
        return False  # "5% contained" / "15% of its perimeter was contained"
    # one word each, both naming people, is one group in other words, as the
    # quantity family reads it ("15% of participants" / "18% of volunteers",
    # counted_nouns_differ); a whole with words of its own ("web services" /
    # "Internet services and call centers") is not made one by its head noun
    return not all(len(w.split()) == 1 and counts_people(w) for w in found)


def _one_owned(sa: str, fa: str, sb: str, fb: str, wholes: tuple[str, str]) -> bool:
    ia, ib = value_at(sa, fa), value_at(sb, fb)
    return one_owned_whole(
        sa, (ia, ia + len(fa)), wholes[0], sb, (ib, ib + len(fb)), wholes[1]
    )  # fmt: skip


def _shown(whole: str) -> str:
    return f"of '{whole}'" if whole else "of a whole its sentence does not name"


def explain(c: ValueCase) -> str:
    found = wholes_named_apart(c.texts[0], c.x.text, c.texts[1], c.y.text)
    assert found is not None
    wa, wb = found
    said = c.cmp.explanation.removesuffix(" — conflict")
    return (
        f"{said}; but the shares are of wholes named apart (one {_shown(wa)}, the other "
        f"{_shown(wb)}): nothing shows both measure one thing — check whether they are "
        "shares of the same whole before calling it a conflict — unresolved"
    )


# Asked after every VALUE row that keeps a conflict for a reason (two shares of
# one whole below the floor: floor.MEASURED_ALIKE_BELOW_THE_FLOOR) or drops it.
SHARES_OF_WHOLES_NAMED_APART = Rule(
    "shares_of_wholes_named_apart",
    VALUE,
    _applies,
    Outcome.UNRESOLVED,
    "two percentages that differ are a conflict only when both are shares of one whole: "
    "'up to 70 per cent of web services' against 'up to 80 percent of Internet services "
    "and call centers', or '52 percent of voice traffic' against 'telephone and internet "
    "services were down by 80 percent', name wholes the other sentence never names — a "
    "question, not a conflict",
    "tests/test_s26_wholes_apart.py::test_shares_of_wholes_named_apart_are_a_question; "
    "fresh ECB+ copy outside the halves (30_ecb: four "
    "false conflicts between shares of web services, voice traffic, Internet services and "
    "call centers, telephone and internet services)",
    explain,
)
