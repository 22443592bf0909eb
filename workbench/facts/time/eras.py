"""Rules for decades and centuries: "the 1990s", "the late '70s", "the 70s and 80s",
"the 20th century", "the early nineteenth century", "the second half of the 1990s".

A year of hundreds written as a plural ("the 1800s", "the late 1900s") is the
hundred years it opens (TimeML ``18``, ``19``), as news means it; "the 2000s" stays
the decade (the noughties).
"""

from __future__ import annotations

import re

from .base import PART_WORDS, Builder, Env, Val, rule, v_decade
from .base import with_part as _with_part
from .cal import year_iv

# "the second half of the 1990s", "the last half of the '80s": a half of the decade
# written in digits (the half was dropped, the whole decade read; session 31)
_HALF = r"(?P<{}>(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+)"


@rule(
    rf"\b(?:{_HALF.format('h1')})?(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?"
    r"(?P<dec>(?:1[0-9]|20)[0-9]0)['’]?s\b"
    rf"|(?:\b{_HALF.format('h2')})?(?:\bthe\s+)?(?:(?P<p1b>early|mid|late)[\s-]+)?['’](?P<d2>\d0)s\b"
    r"|(?P<bare>\bthe\s+(?:(?P<p1c>early|mid|late)[\s-]+)?|(?<=\d0s)\s+(?:and|or|to)\s+|(?<=\d0s),\s+)"
    r"(?P<d3>[2-9]0)s\b",
    2,
    keys="#",
)
def r_decade(m: re.Match, text: str) -> Builder | None:
    if m.group("d3"):
        if _NOT_DECADE_RE.search(text):
            return None  # "highs in the 70s", "a man in his 40s"
        return _bare_decade(m)
    part = PART_WORDS.get((m.group("p1") or m.group("p1b") or "").lower())
    half = (m.group("h1") or m.group("h2") or "").lower()
    if half:
        part = "first half" if "first" in half else "second half"
    if m.group("dec"):
        start = int(m.group("dec"))
        if start % 100 == 0 and start < 2000:
            # "the 1800s", "the late 1900s": the hundred years (TimeML "18"), as news
            # means them; "the 2000s" stays the decade of the 2000s
            v = Val("DATE", str(start // 100), year_iv(start, 100), "century", _hundreds(start))
            return lambda env: with_part(v, part, env)

        def build(env: Env) -> Val:
            return with_part(v_decade(start), part, env)

        return build
    d2 = int(m.group("d2"))

    def build2(env: Env) -> Val:
        limit = env.published.year if env.published else 2030
        start = 2000 + d2 if 2000 + d2 <= limit else 1900 + d2
        return with_part(v_decade(start), part, env)

    return build2


def with_part(v: Val, part: str | None, env: Env) -> Val:
    """The part of a decade or century; a half of one is its years exactly (1995-1999),
    where a fraction of its days was a day off at either end."""
    iv = v.interval
    v = _with_part(v, part, env)
    if part in ("first half", "second half") and iv is not None:
        lo, hi = iv[0].year, iv[1].year
        mid = lo + (hi - lo) // 2
        a, b = (lo, mid) if part == "first half" else (mid, hi)
        v.interval = (iv[0].replace(year=a), iv[0].replace(year=b))
    return v


def _hundreds(start: int) -> str:
    return f"the {start}s ({start}–{start + 99})"


# "the 70s" is a decade unless the sentence speaks of temperatures, ages or scores.
_NOT_DECADE_RE = re.compile(
    r"degree|temperature|°|\bhighs?\b|\blows?\b|fahrenheit|celsius|\b(?:his|her|their|my|your|its)"
    r"\s+(?:early\s+|mid\s+|late\s+)?\d0s|\baged?\b|\bscor|\bmph\b|\bpercent|%|\bpar\b",
    re.IGNORECASE,
)


def _bare_decade(m: re.Match) -> Builder:
    """'the 70s', '... 70s and 80s' (no apostrophe): the last such decade before 2000."""
    start = 1900 + int(m.group("d3"))
    part = PART_WORDS.get((m.group("p1c") or "").lower())
    s = m.start("d3") if not m.group("bare").startswith(("t", "T")) else m.start()

    def build(env: Env) -> Val:
        return with_part(v_decade(start), part, env)

    return build, (s, m.end())


_CENT = {
    "twentieth": 20,
    "twenty-first": 21,
    "nineteenth": 19,
    "eighteenth": 18,
    "twenty first": 21,
}


@rule(
    rf"\b(?:{_HALF.format('h')})?(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?"
    r"(?P<c>\d{1,2}(?:st|nd|rd|th)|twentieth"
    r"|twenty[-\s]first|nineteenth|eighteenth)[\s-]+century\b",
    2,
    keys="century",
)
def r_century(m: re.Match, text: str) -> Builder | None:
    c = m.group("c").lower()
    n = int(re.sub(r"\D", "", c)) if c[0].isdigit() else _CENT[c.replace(" ", "-")]
    if n < 1:
        return None  # "the 0th century"
    part = PART_WORDS.get((m.group("p1") or "").lower())
    if m.group("h"):
        part = "first half" if "first" in m.group("h").lower() else "second half"
    start = (n - 1) * 100
    v = Val(
        "DATE",
        f"{n - 1:02d}",
        year_iv(start, 100) if start >= 1 else None,  # the 1st century has no year 0
        "century",
        f"the {m.group('c')} century ({start}–{start + 99})",
    )
    return lambda env: with_part(v, part, env)
