"""Vague amounts written as plural scale words: "thousands of pages", "billions of dollars".

They state a range, not a value (session 9): "thousands" is 2,000 to 9,999
(more is "tens of thousands"), "dozens" 24 to 144 (a dozen dozen), "hundreds"
200 to 999, "tens of thousands" 20,000 to 99,999, "millions" 2 million to
9,999,999 (more is "tens of millions"; session 43: it reached a billion). The
mention keeps the words (``written``), so "thousands of people" agrees with
"5,000 people" and conflicts with "800 people" or "60,000 people".
A vague amount just outside the other's figure is not a figure to correct: the
comparer leaves a miss within :data:`VAGUE_REACH` times unresolved
(:func:`vague_miss`). The money form needs the
currency after "of" ("billions of dollars"); otherwise the noun after "of" is
what is counted. Only the plural-before-"of" form is read ("thousands of"),
the plural opening a sentence ("Thousands gathered ..."), or the plural as the
object of a verb of what befell people or things ("injuring dozens", "killed
scores"), because "the thousands" and "in their thousands" are rarely claims
to compare.
"""

from __future__ import annotations

import re

from workbench.facts.quantity.context import counted_tail
from workbench.facts.quantity.decades import find_decade_ages
from workbench.facts.quantity.mention import QuantityMention
from workbench.facts.quantity.units import UNITS, Unit, lookup_unit

__all__ = ["find_vague"]

# a miss within twice a vague range may be the same amount: unresolved (as in time.lengths)
VAGUE_REACH = 2.0
# the top of each plural scale word, as a multiple of its scale: where the next word takes over
# ("millions" reached a thousand million, "millions of people" agreeing with 500 million
# and with "tens of millions": a tenfold miss read as agreement; session 43, issue 11:
# it stops where "tens of millions" takes over, as "thousands" does)
_CEILING = {"dozens": 12.0, "scores": 5.0, "tens": 10.0, "hundreds": 10.0, "thousands": 10.0,
            "millions": 10.0, "billions": 10.0, "trillions": 10.0}  # fmt: skip
_SCALES = {"dozens": 12.0, "scores": 20.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3,
           "millions": 1e6, "billions": 1e9, "trillions": 1e12}  # fmt: skip
_VAGUE_RE = re.compile(
    r"(?<![\w-])(?P<w>(?i:dozens|scores|tens|hundreds|thousands|millions|billions|trillions)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?i:thousands|millions|billions))?)"
    r"(?P<of>[ \u00a0]+of[ \u00a0]+)?"
)
_CURRENCY_AFTER_RE = re.compile(r"(?P<c>[A-Za-z.]+(?:[ \u00a0][A-Za-z]+)?)\b")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?][\"”’]?[ \u00a0]+)[\"“‘]?$")
# The object of a verb of what befell people or things: "injuring dozens", "killed
# scores", "damaged hundreds more", "leaving thousands homeless" (issue 11: real copy).
_HAPPENED_BEFORE_RE = re.compile(
    r"\b(?i:kill|injur|wound|hurt|evacuat|arrest|detain|rescu|damag|destroy|displac|strand"
    r"|sicken|infect|leav(?:e|es|ing)\b|left\b)\w*[ \u00a0]+$"
)


# "several hundred people", "a few thousand homes", "a couple of dozen": a few of a
# scale word, from its low to its high multiple ("several hundred": 300 to 900).
_FEW = {"a couple of": (2.0, 3.0), "a few": (2.0, 5.0), "several": (3.0, 9.0)}
_FEW_RE = re.compile(
    r"(?<![\w-])(?P<q>(?i:several|a[ \u00a0]+few|a[ \u00a0]+couple[ \u00a0]+of))[ \u00a0]+"
    r"(?P<s>(?i:dozen|hundred|thousand|million|billion))(?![\w-])(?P<of>[ \u00a0]+of[ \u00a0]+)?"
)


_TIME_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+)?(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?"
    r"|decades?|centur(?:y|ies))\b"
)


def _find_few(text: str) -> list[QuantityMention]:
    """A few of a scale word ("several hundred people", "a few dozen homes")."""
    out = []
    for m in _FEW_RE.finditer(text):
        if _TIME_AFTER_RE.match(text, m.end("s")):
            continue  # "several hundred years": a length of time, for the time family
        few = " ".join(m.group("q").lower().split())
        low, high = _FEW[few]
        scale = _SCALES[m.group("s").lower() + "s"]
        tail = m.end() if m.group("of") else m.end("s")
        space = re.match(r"[ \u00a0]*", text[tail:])
        found = _currency_after(text, tail + (space.end() if space else 0))
        unit, end = found if found else (None, m.end("s"))
        counted = None if unit else counted_tail(text, tail, False)
        kind, dimension = ("money", "currency") if unit else ("number", "count")
        written = f"{few} {m.group('s').lower()}"
        mention = QuantityMention(
            start=m.start(), end=end, text=text[m.start() : end], kind=kind,
            dimension=dimension, unit=unit.symbol if unit else None, value=low * scale,
            value_high=None, hedge=None, precision=scale, low=low * scale, high=high * scale,
            counted=counted, exact=False, form=written, written=written,
        )  # fmt: skip
        out.append(mention)
    return out


def find_vague(text: str) -> list[QuantityMention]:
    """Vague plural amounts in one sentence ("thousands of", "Dozens were hurt",
    "several hundred people"), and a person's decade of life ("in his thirties")."""
    out = _find_few(text) + find_decade_ages(text)
    for m in _VAGUE_RE.finditer(text):
        words = m.group("w").lower().split()
        happened = m.group("of") is None and bool(
            _HAPPENED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        )
        if (
            m.group("of") is None
            and not happened
            and not (_SENTENCE_START_RE.search(text, 0, m.start()) and m.group("w")[0].isupper())
        ):
            continue
        if words[0] == "tens" and len(words) == 1 and m.group("of") is None:
            continue  # "Tens" alone is not a number
        if words[0] == "scores" and len(words) == 1 and m.group("of") is None and not happened:
            continue  # "the team scores": a verb, not a number
        scale = _SCALES[words[0]] * (_SCALES[words[-1]] if len(words) > 1 else 1.0)
        low = 2 * scale
        high = _CEILING[words[0]] * scale
        high = high - 1 if high >= 100 and words[0] != "dozens" else high  # "hundreds": to 999
        unit = None
        end = m.end("w")
        counted = None
        if m.group("of"):
            found = _currency_after(text, m.end())
            if found:
                unit, end = found
            else:
                counted = counted_tail(text, m.end(), False)
        kind, dimension = ("money", "currency") if unit else ("number", "count")
        mention = QuantityMention(
            start=m.start(), end=end, text=text[m.start() : end], kind=kind,
            dimension=dimension, unit=unit.symbol if unit else None, value=low,
            value_high=None, hedge=None, precision=scale, low=low, high=high,
            counted=counted, exact=False, form=" ".join(words), written=" ".join(words),
        )  # fmt: skip
        out.append(mention)
    return out


def _currency_after(text: str, pos: int) -> tuple[Unit, int] | None:
    """ "dollars", "US dollars", "pounds" (money here, not weight) after "of"."""
    cur = _CURRENCY_AFTER_RE.match(text, pos)
    if not cur:
        return None
    words = cur.group("c").split()
    for k in (2, 1):
        phrase = " ".join(words[:k])
        if len(words) < k:
            continue
        u = UNITS["GBP"] if phrase.lower() == "pounds" else lookup_unit(phrase)
        if u is not None and u.dimension == "currency" and u.factor == 1:
            return u, pos + len(phrase)
    return None


def is_vague(m: QuantityMention) -> bool:
    """A plural scale word ("thousands of", "Dozens") or a few of one ("several
    hundred"), not a figure."""
    if not m.written:
        return False
    return m.written.split()[0] in _SCALES or m.written.startswith(tuple(_FEW))


def vague_miss(a: QuantityMention, b: QuantityMention) -> str:
    """Why two amounts that do not overlap are not a conflict when one is
    vague and the other lies within VAGUE_REACH times of its range ("dozens"
    / "150"); "" when that does not apply."""
    if not (is_vague(a) or is_vague(b)) or a.unit != b.unit:
        return ""
    short, long_ = (a, b) if a.high < b.low else (b, a)
    if short.high <= 0 or long_.low > VAGUE_REACH * short.high * 1.01:
        return ""
    which, other = (a, b) if is_vague(a) else (b, a)
    where = "above its upper" if other is long_ else "below its lower"
    return (
        f"'{which.text}' is a vague amount; '{other.text}' is {where} end by a factor of "
        f"only {long_.low / short.high:.1f} — not a figure to correct; check"
    )
