"""How values and articles are named to an editor, shared by the judge
(pair-level explanations) and the findings (versions across all sources)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .model import Article

QUOTE_MARKS = "\"“‘'«"


CLOSING_MARKS = '"”»'


def quoted(text: str, opening: str = "“", closing: str = "”") -> str:
    """``text`` in quotation marks unless it is itself a quotation; a text
    that ends a quotation ("…comfort for her,”") takes no second closing
    mark (trial 26 read '“…comfort for her,””')."""
    if text[:1] in QUOTE_MARKS:
        return text
    ends = text.rstrip("…")[-1:] in CLOSING_MARKS
    return f"{opening}{text}" if ends else f"{opening}{text}{closing}"


def unquoted(text: str) -> str:
    """A quotation's words without the marks that enclose it, on either end
    (a quotation spanning two sentences has its opening mark on the first)."""
    text = " ".join(text.split())
    if text[:1] == "‘" and text[-1:] == "’":  # a quotation in single marks, both ends
        text = text[1:-1]
    return text.lstrip('"“«„').rstrip('"”»').strip() or text


def shorten(text: str, n: int) -> str:
    """``text`` on one line in at most ``n`` characters, cut between words
    with an ellipsis ('…comfort for…', never '…comfort for he…': trial 26)."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    if text[n - 1] != " " and " " in cut[n // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def clip(text: str, n: int = 90) -> str:
    """One line, shortened to ``n`` characters, in quotation marks unless it has its own."""
    return quoted(shorten(text, n))


def surface(s: str) -> str:
    """A value's wording, ignoring case, spacing and quote style ("50 km" = "50km")."""
    return re.sub(r"\s+", "", norm(s))


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def labels(articles: Sequence[Article]) -> dict[str, str]:
    """How explanations name an article: its outlet when unique, else its id."""
    outlets = defaultdict(int)
    for a in articles:
        if a.outlet:
            outlets[a.outlet] += 1
    return {a.id: a.outlet if a.outlet and outlets[a.outlet] == 1 else a.id for a in articles}


def outlet_holds_id(article_id: str, outlet: str) -> bool:
    """An outlet name that holds the article's id as a word ("ECB+ 18_2ecb"):
    the outlet alone names the article (trial 22 read "18_2ecb, ECB+ 18_2ecb")."""
    return bool(outlet) and re.search(rf"(?<!\w){re.escape(article_id)}(?!\w)", outlet) is not None


def stated_twice(versions: Iterable[tuple[str, Iterable[str]]]) -> dict[str, list[str]]:
    """Each source stating more than one of a finding's versions (two of its
    sentences, each read as the compared thing), with those values in order:
    said with the finding, never left for an editor to notice (trial 31: one
    source listed under 'today' and under 'mid-February')."""
    out: dict[str, list[str]] = {}
    for value, sources in versions:
        for a in dict.fromkeys(sources):
            out.setdefault(a, []).append(value)
    return {a: values for a, values in out.items() if len(values) > 1}


def twice_line(versions: Iterable[tuple[str, Iterable[str]]], name=lambda a: a) -> str:
    """One sentence naming the sources that state several versions, or ""."""
    twice = stated_twice(versions)
    if not twice:
        return ""
    said = "; ".join(
        f"{name(a)} states {' and '.join(quoted(v, '‘', '’') for v in values)}"
        for a, values in twice.items()
    )
    # "which is meant?" whether in two sentences or a figure and its own wrong
    # conversion in one ("520 nautical miles (837km)", judge/own_conversion.py)
    return f"One source, several versions: {said} (which is meant?)"


_KEY = re.compile(r"[^\w]+")
_BEFORE, _AFTER = 3, 2  # words of shared context either side of where versions differ


def where_they_differ(
    values: Sequence[str], n: int = 70, around: tuple[int, int] = (_BEFORE, _AFTER)
) -> list[str]:
    """A label for each version of a quotation, at most ``n`` characters,
    showing where it differs from the others: the shared start elided ("…"),
    the differing words kept with a few words either side. Trial 36: every
    label was the quotation's first 70 characters, the same for all three
    versions ('… We're constantly taking a look at this, every sin…'). Words
    are compared ignoring case and punctuation; versions alike in words keep
    their start. Labels still alike are made again against each other only
    (trial 44: three of five versions read 'By acquiring SeaMicro, we are
    accelerating AMD’s transformation…' because a fourth differed in its
    first words; they differ where one runs on past another). ``around``:
    the words of shared context kept before and after (the window's list
    keeps fewer, session 41)."""
    toks = [" ".join(v.split()).split(" ") for v in values]
    keyed = [[(k, t) for t, w in enumerate(ws) if (k := _KEY.sub("", w.lower()))] for ws in toks]
    every = range(len(values))
    out = [_differ_label(i, toks, keyed, every, n, around) or shorten(values[i], n) for i in every]
    for _ in range(len(values)):  # each round tells apart a group that still reads alike
        first = list(out)
        for i in every:
            alike = [j for j in every if first[j] == first[i]]
            if len(alike) > 1 and len({" ".join(k for k, _ in keyed[j]) for j in alike}) > 1:
                out[i] = _differ_label(i, toks, keyed, alike, n, around) or out[i]
        if out == first:
            break
    return out


def _differ_label(
    i: int,
    toks: list[list[str]],
    keyed: list[list[tuple[str, int]]],
    among: Sequence[int],
    n: int,
    around: tuple[int, int] = (_BEFORE, _AFTER),
) -> str:
    """Version ``i``'s label where it differs from the versions ``among``; ''
    when its words are those of every one of them."""
    mine = keyed[i]
    keys = [k for k, _ in mine]
    starts, ends = [], []
    for j in among:
        theirs = [k for k, _ in keyed[j]]
        if j == i or theirs == keys:
            continue
        pairs = enumerate(zip(keys, theirs, strict=False))
        p = next((x for x, (a, b) in pairs if a != b), None)
        p = min(len(keys), len(theirs)) if p is None else p
        s = 0
        while s < min(len(keys), len(theirs)) - p and keys[-1 - s] == theirs[-1 - s]:
            s += 1
        starts.append(p)
        ends.append(len(keys) - s)
    if not starts or not keys:
        return ""
    before, after = around
    lo, hi = max(min(starts) - before, 0), min(max(max(ends), min(starts)) + after, len(keys))
    lo = min(lo, max(len(keys) - 1, 0))  # a version that stops where another runs on: its end
    t_lo, t_hi = mine[lo][1] if lo else 0, mine[hi - 1][1] + 1
    body = " ".join(toks[i][t_lo:t_hi])
    label = f"{'…' if t_lo else ''}{shorten(body, n - 2)}"
    return label + ("…" if t_hi < len(toks[i]) and not label.endswith("…") else "")


# What an attribution side's value says after the speaker's name when the side
# cites the sentence holding the shared words, not the one naming the speaker
# (judge/quote_flags.credit_side); findings read the name back (credited_name).
ELSEWHERE = " (credited in another sentence of the quotation)"


def credited_name(text: str, normalized: str) -> str:
    """The speaker an attribution side credits: its words (``text``), or the
    name its value gives when the side cites the quoted words instead."""
    return normalized.removesuffix(ELSEWHERE) if normalized.endswith(ELSEWHERE) else text
