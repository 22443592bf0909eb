"""Sentence splitting with exact character offsets.

A small rule-based splitter tuned for news prose: it knows the abbreviations
newsrooms use (Mr, U.S., Gen., Jan.), keeps quotes that continue after an
attribution together ("...high," he told reporters.) and never rewrites the
text, so ``text[start:end]`` is always the sentence as printed.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "mt",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "pres",
    "supt",
    "insp",
    "det",
    "rev",
    "fr",
    "hon",
    # ranks and offices written before a name ("Cpl. Janice Leader told
    # reporters" was cut after "Cpl."); none of them ends a sentence
    "cpl",
    "pvt",
    "pfc",
    "spc",
    "cpt",
    "brig",
    "lieut",
    "cdr",
    "comdr",
    "cmdt",
    "msgr",
    "atty",
    "asst",
    "amb",
    "sens",
    "reps",
    "govs",
    "sgts",
    "dets",
    "gens",
    "messrs",
    "mme",
    "const",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "nos",
    "rs",
    "re",
    "tk",
    "vs",
    "v",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "plc",
    "llc",
    "approx",
    "est",
    "dept",
    "univ",
    "ave",
    "blvd",
    "rd",
    "fig",
    "al",
    "cf",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "u.s.a",
    "n.y",
    "l.a",
}
# Abbreviations only before a number ("No. 5", "Nos. 3 and 4"): the word "no"
# ends sentences too ("The council voted no."). A currency written before its
# sum ("Rs. 5,000", "Re. 1", "Tk. 500 crore") is one too.
_BEFORE_NUMBER = {"no", "nos", "rs", "re", "tk"}

# Abbreviations that can still end a sentence when a capitalised word follows.
SENTENCE_FINAL_OK = {"etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "a.m", "p.m"}
# After a clock time, a day, month or time zone continues the sentence
# ("around 7 p.m. Wednesday", "at 4:30 p.m. ET"); anything else starts one.
_CLOCK = {"a.m", "p.m"}
_CLOCK_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
    " fri sat sun january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec et est edt ct cst"
    " cdt mt mst mdt pt pst pdt gmt bst cet cest utc ist jst aest hkt sgt local eastern"
    " central mountain pacific atlantic"
)
_CONTINUES_CLOCK = frozenset(_CLOCK_WORDS.split())
_PLACE_TIME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? time\b")
# After a company or name suffix ("Apple Inc.", "Joseph Smith Jr.") a capital
# is usually a name that continues the sentence ("Ltd. Christmas party"); a
# new sentence starts with one of these words.
_AFTER_SUFFIX = {"inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr"}
_OPENER_WORDS = (
    "the a an he she it they we i you his her its their our my this that these those there"
    " here but and or so yet if when while as after before since although though because"
    " in on at for from by with to of under over during despite according also however"
    " meanwhile now then still today yesterday tomorrow earlier later last next police"
    " officials authorities what who why how where which no not one two three some many"
    " most all both each several other another such"
)
_OPENERS = frozenset(_OPENER_WORDS.split())

_CLOSERS = "\"'”’)]»"
# Possessive runs, and a boundary may only start where a punctuation run
# starts: otherwise "!!!!…" with no space after is rescanned from every "!"
# (quadratic in the run).
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++)([" + re.escape(_CLOSERS) + r"]*+)(\s++)")
_STARTER = re.compile(r"[\"'“‘(\[«]*+[A-Z0-9À-ÖØ-Þ]")
_COMPLETE_END = frozenset('.!?…:"”’)')
# Longer than any abbreviation or run of initials worth keeping together; a
# longer run of letters and dots before a '.' is scanned no further.
_WORD_SCAN = 40
# A "sentence" longer than this (no full stop in 100 KB of one line) is cut at
# a space so that no later stage ever works on one unbounded claim.
MAX_SENTENCE = 3000


def _word_char(c: str) -> bool:
    return c == "." or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _word_before(block: str, dot: int, letter_first: bool) -> str:
    """The run of ASCII letters and dots that ends at ``dot``, or "" when it is
    longer than _WORD_SCAN: scanned backwards so the cost per '.' is bounded."""
    i = dot
    while i > 0 and _word_char(block[i - 1]):
        i -= 1
        if dot - i > _WORD_SCAN:
            return ""
    if letter_first:
        while i < dot and block[i] == ".":
            i += 1
    return block[i:dot]


def _is_abbreviation(block: str, dot: int) -> bool:
    """Is the '.' at ``dot`` part of an abbreviation or an initial?"""
    raw = _word_before(block, dot, letter_first=True)
    if not raw:
        return False
    word = raw.lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and raw.isupper():
        return True  # an initial: "John F. Kennedy"
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # "u.s", "a.k.a"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines; single newlines split when a line is
    complete (ends in punctuation), short like a heading or caption, or in a
    block written one line per paragraph."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?![^\S\n]*+\n)[^\n]+)*", text):
        start = m.start()
        lines = list(re.finditer(r"[^\n]+", m.group(0)))
        # One line per paragraph (most lines end a sentence): a line without
        # final punctuation is a headline or a bullet, not a wrapped sentence.
        ended = sum(ln.group(0).rstrip()[-1:] in _COMPLETE_END for ln in lines[:-1])
        unwrapped = len(lines) >= 3 and ended * 2 >= len(lines) - 1
        for i, line in enumerate(lines):
            s = line.group(0).rstrip()
            is_last = i == len(lines) - 1
            nxt = lines[i + 1].group(0).lstrip() if not is_last else ""
            complete = (
                s[-1:] in _COMPLETE_END
                or len(s.split(maxsplit=8)) <= 8
                or (nxt[:1].isupper() and (len(s) < 60 or unwrapped))
            )
            if is_last or complete:
                spans.append((start, m.start() + line.end()))
                if not is_last:
                    start = m.start() + lines[i + 1].start()
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences; whitespace is never included.
    A sentence longer than MAX_SENTENCE characters is cut at a clause mark or
    a space (see ``_cut``), so no claim is unbounded."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        block = text[p_start:p_end]
        cur = 0
        for m in _BOUNDARY.finditer(block):
            end = m.end(2)
            if not _STARTER.match(block, m.end()):
                continue
            if m.group(1) == "." and _is_abbreviation(block, m.start(1)):
                w = _word_before(block, m.start(1), letter_first=False).lower().rstrip(".")
                if not _ends_after(w, block, m.end()):
                    continue
            # "clearly... if you look" stays one sentence; a capital after an
            # ellipsis usually starts a new one.
            if (
                m.group(1) in ("…", "...")
                and not m.group(2)
                and not block[m.end() : m.end() + 1].isupper()
            ):
                continue
            _add(out, text, p_start + cur, p_start + end)
            cur = m.end()
        _add(out, text, p_start + cur, p_end)
    return out


def _ends_after(abbrev: str, block: str, at: int) -> bool:
    """May the abbreviation ``abbrev`` end a sentence when ``block[at:]``
    follows? Never before a parenthesis ("Intel Corp. (NYSE: INTC)")."""
    if abbrev in _BEFORE_NUMBER:  # "No. 5" continues; "voted no. Reps. Ko …" ends
        return not re.match(r"[#\d]", block[at : at + 1])
    if abbrev not in SENTENCE_FINAL_OK or block[at : at + 1] == "(":
        return False
    nxt = re.match(r"[\"'“‘«]*+([A-Za-z]+)", block[at : at + _WORD_SCAN])
    word = nxt.group(1).lower() if nxt else ""
    if abbrev in _CLOCK:  # "at 10:30 a.m. Beijing time", "3 p.m. Hong Kong time"
        return word not in _CONTINUES_CLOCK and not _PLACE_TIME.match(block, at)
    if abbrev in _AFTER_SUFFIX:
        return word in _OPENERS or not nxt or nxt.group(0) != nxt.group(1)
    return True


def _add(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end an overlong sentence at or before ``limit``: after the last
    clause mark (";", ",", ":") or space in its final quarter, else at ``limit``."""
    floor = limit - MAX_SENTENCE // 4
    for marks in ("; ", ", ", ": ", " "):
        i = text.rfind(marks, floor, limit)
        if i > start:
            cut = i + len(marks.rstrip())
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            if cut > start:
                return cut
    return limit
