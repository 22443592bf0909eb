"""A quote finding's versions: which quotation a side is part of, the words
a version is told by, the wording it is named by, and how each version
differs from the others.

A version of a quote is its words after normalisation, never how a source cut
or punctuated them (align32: one quotation in three sources showed as three
versions because one source's attribution interrupted it — '"We're ready," he
said, "to start on Monday."' / '"We're ready to start on Monday," he said.' —
or the sources differed only in quote marks, a dash, the spacing of an
ellipsis, case or a closing full stop). A quote that is really shorter or
altered stays its own version, and the finding's explanation says how each
version differs, not only the two its verdict stands on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from ..house_style import house_words
from ..model import Discrepancy, Fact, Relation, Side, Version
from ..naming import unquoted
from .quote_run import quote_run


def quote_holding(side: Side, quotes: Iterable[Fact]) -> Fact | None:
    """The quotation (of ``quotes``, its article's) that holds ``side``'s span."""
    return next((f for f in quotes if f.start <= side.start <= side.end <= f.end), None)


_APOSTROPHES = re.compile(r"['’‘`]")
_WORD = re.compile(r"[^\W_]+")
# an editor's marks no version is told by (trial 50): '[sic]', and a letter
# whose case the editor changed ('[T]he' is 'The')
_EDITORS_MARKS = re.compile(r"\[sic\]|\[(\w)\](?=\w)")


def quote_words_key(fact: Fact) -> str:
    """A quotation's words as a version is told by: the quote's normalised
    words (``value['quote']``, else its text) in lower case, its apostrophes
    dropped ('we’re' = 'we're', as the quote family reads 'can't' = 'cant'),
    every mark, dash, ellipsis and stop left out; the runs the attribution
    cut it into are joined; the house style outlets print one quotation in
    taken out (``house_words``: 'metres' / 'meters', 'per cent' / 'percent',
    'three' / '3': two wire copies of one quotation, sub-edited to two house
    styles, were two versions of it, session 26)."""
    words = str(fact.value.get("quote") or unquoted(fact.text)).casefold()
    if "[" in fact.text:  # the words as printed, the editor's marks read (trial 50)
        words = _EDITORS_MARKS.sub(lambda m: m.group(1) or "", quoted_words(fact).casefold())
    return " ".join(house_words(_WORD.findall(_APOSTROPHES.sub("", words))))


def quote_labels(sides: list[Side], quotes_of: Callable[[str], Iterable[Fact]]) -> list[Side]:
    """One side per source to name a quote's version: the source's whole
    quotation, its enclosing quotation marks left out (``naming.quoted`` adds
    them). Never the words where one pair differs: trial 26 read ‘her,’ and
    ‘there was any more I could give you,’ (its "If" and "I would" gone) as
    versions, and an editor copies a version into a correction. Only the
    quoted words: a quotation its attribution interrupts ('“A,” said Rory Read,
    president and CEO, AMD. “B”') is 'A, … B' (trial 31 read the attribution
    as the version). A quotation that runs whole comes first: one version
    stated in several cuts is named 'We're ready to start', not 'We're ready,
    … to start'."""
    best: dict[str, Side] = {}
    for side in sides:
        whole = quote_holding(side, quotes_of(side.article))
        if whole is not None:  # the run compared, not the quotation's next sentences
            whole = quote_run(whole, side.start, side.end)
        text = quoted_words(whole, side.start) if whole is not None else side.text
        if side.article not in best or len(text) > len(best[side.article].text):
            best[side.article] = replace(side, text=text)
    return sorted(best.values(), key=lambda s: "…" in s.text)


# the attribution between two parts ends a sentence ('," he said. "'), not
# 'said Mr. Lang, "and …' (only its last stop counts)
_SENTENCE_ENDS = re.compile(r"[.!?]\s*[\"“‘']?\s*$|\n")


def quoted_words(fact: Fact, compared: int | None = None) -> str:
    """A quotation's words (its ``parts``), an ellipsis where words outside
    the marks stood between two parts (the attribution: '“A,” said X. “B”' is
    'A, … B'); parts apart only by marks run on (a quotation carried over two
    paragraphs, each opening with a mark). Without parts, its text unquoted.
    From ``compared`` on, when the words compared start in a later part: the
    seeds' first finding was labelled by the start of a quotation the next
    paragraph continues ('If there needs to be changes…') while the words
    compared were the next paragraph's ('We’re constantly…'); it opens with
    '… ' so it is never taken for the whole quotation."""
    parts = [(s, e) for s, e in fact.value.get("parts") or () if fact.start <= s < e <= fact.end]
    if not parts:
        return unquoted(fact.text)
    before = sum(1 for _, e in parts if compared is not None and e <= compared)
    if 0 < before < len(parts) and _SENTENCE_ENDS.search(
        fact.text[parts[before - 1][1] - fact.start : parts[before][0] - fact.start]
    ):  # a new sentence: '“A,” he said. / “B”', not '“A,” said X, “and B”'
        return "… " + quoted_words(replace(fact, value={**fact.value, "parts": parts[before:]}))
    out = fact.text[parts[0][0] - fact.start : parts[0][1] - fact.start]
    for (_, end), (start, stop) in pairwise(parts):
        between = fact.text[end - fact.start : start - fact.start]
        out += " … " if re.search(r"\w", between) else " "
        out += fact.text[start - fact.start : stop - fact.start]
    return " ".join(out.split())


def how_others_differ(
    ds: Sequence[Discrepancy],
    versions: Sequence[Version],
    relations: Sequence[Relation],
    why: Mapping[tuple[int, int], str],
    shown: frozenset[int],
) -> str:
    """For a quote finding of three versions or more: how each version the
    verdict's reason does not speak of (``shown``: the two it does) differs,
    by its relation to the most stated version it was compared with ('‘…
    pool open.’: Herald stops the quote after …'), one sentence each; '' when
    every version is spoken of. Trial align32: a shorter quote stood as its
    own version and nothing said it was shorter."""
    said = {d.id: d.explanation for d in ds}
    out = []
    for k in range(len(versions)):
        if k in shown:
            continue
        with_k = sorted(
            (r for r in relations if k in (r.left, r.right) and r.left != r.right),
            key=lambda r: (r.left + r.right - k, r.discrepancy == ""),
        )
        for r in with_k:
            reason = said.get(r.discrepancy) if r.discrepancy else why.get((r.left, r.right))
            if reason:
                out.append(reason)  # it names the sources; the quotation is said once
                break
    return "; ".join(out)
