"""Invisible characters and typographic spaces, read as a reader sees them.

Copy pasted from a content system or typeset with care carries characters a
reader never sees: a zero-width space or a soft hyphen inside a number or a
word ("3\u200b0 miles" reads as "30 miles"), a combining mark left on a digit,
and the thin, narrow no-break, figure and ideographic spaces of French, SI and
East Asian typography between a number and its unit ("30\u202fmiles"). Left in,
they split "30" into "3" and "0" (a false conflict: "0 miles vs about 50 km")
or hide the unit (a discrepancy silently lost; fresh user trial).

:func:`clean` removes the invisible characters and turns every other kind of
space into a plain one, before anything reads the text, so every offset of
the analysis is into the cleaned text; page starts move with it. Zero-width
(non-)joiners shape Arabic, Persian and Indic script and emoji: they are
removed only next to a digit or a Latin letter. The article's identity (its ``sha256``) is
taken before, so a log made before this cleaning still knows the text.
"""

from __future__ import annotations

import bisect
import re

# U+200B zero-width space, U+2060 word joiner, U+FEFF (a BOM inside the text),
# U+00AD soft hyphen, U+180E Mongolian vowel separator (a space until Unicode 6.3)
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"
_DROP = re.compile(
    f"[{_INVISIBLE}]"
    r"|(?<=[0-9A-Za-z])[\u200c\u200d]|[\u200c\u200d](?=[0-9A-Za-z])"  # beside Latin or digits
    r"|(?<=[0-9])[\u0300-\u036f\u20d0-\u20ff]+"  # combining marks left on a digit
)
# every space separator but the plain and the no-break space (which the
# readers handle and which keeps a figure beside its unit on screen): en/em,
# thin, hair, figure, punctuation, narrow no-break, mathematical, ideographic, Ogham
_SPACES = str.maketrans(
    dict.fromkeys(
        "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u202f\u205f\u3000",
        " ",
    )
)


# A decimal written without its leading zero (".308 average", ".357 Magnum")
# whose point a tokenised text put against the word before ("hit. 308 with",
# "her. 357 Magnum", "line:. 290 average,. 919 OPS"): the sentence splitter
# then cut at the point and 308 became a count. Put back: ". 308" -> " .308",
# one character for one. After a comma or colon no sentence ends, so that form
# always is one; after a word, only when what follows is what such a figure is
# of (a batting or pitching figure, a calibre) or three digits and a comma
# ("hit. 308, with"); two digits only before a calibre word, as a date after
# "Nov." has two. So "the workers. 300 were" and "Nov. 12 with" are left alone.
_CALIBRE = r"(?:Magnum|calibre|caliber|Special|handgun|pistol|revolver|rifle|bullets?)"
_LOST_POINT = re.compile(
    r"(?<=[,:])\. (?=\d{2,3}\b(?![.,]\d))"
    r"|(?<=[A-Za-z])\. (?=\d{3}\s+(?:with|average|avg|hitter|batting|batter|clip|mark|OPS"
    rf"|OBP|SLG|ERA|on-base|slugging|winning|percentage|{_CALIBRE})\b|\d{{3}},)"
    rf"|(?<=[A-Za-z])\. (?=\d{{2}}\s+{_CALIBRE}\b)"  # ".38 Special"; "Nov. 12 with" stays
)


def clean(text: str, pages: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
    """``text`` with invisible characters removed and typographic spaces made
    plain, a decimal's lost leading point put back, and ``pages`` (offsets
    into ``text``) moved to match."""
    text = text.translate(_SPACES)  # one character for one: offsets unchanged
    text = _LOST_POINT.sub(" .", text)  # two characters for two: offsets unchanged
    dropped = [m.start() + k for m in _DROP.finditer(text) for k in range(len(m.group()))]
    if not dropped:
        return text, pages
    out = _DROP.sub("", text)
    moved = tuple(p - bisect.bisect_left(dropped, p) for p in pages)
    return out, moved
