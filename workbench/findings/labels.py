"""What a claim group reads as wherever coverage shows it: the command
line's ``coverage`` and ``check`` summary, the report, the window and
``check --json``.

A group was named by the first sentence of its first member. That sentence
can hold no word at all: a quotation mark, a dash or a list number the
splitter left on a line of its own (web pages print a pull quote's opening
mark apart: '“' / 'We are an 80-employee startup,” she said.'), or characters
nothing shows (a zero-width space, a soft hyphen). When it opened a passage
of two sentences, or its source was the first, an editor's trial (align32)
read a coverage row with an empty label. The label is now the first member's
whole passage without its wordless sentences, else the next member's, else
a restatement's: never empty while any member has a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import ClaimGroup

# format and joining characters nothing shows (zero-width space and joiners,
# marks of direction, word joiner, byte-order mark, soft hyphen)
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
NO_WORDS = "(no sentence with words)"  # a group none of whose members has a word


def readable(text: str | None) -> str:
    """``text`` on one line without characters nothing shows; '' when it holds
    no letter (a mark, a dash, a list number alone)."""
    text = " ".join(_INVISIBLE.sub("", text or "").split())
    return text if _LETTER.search(text) else ""


def group_label(group: ClaimGroup, text_of: Callable[[str], str | None]) -> str:
    """The first member's passage (its sentences with words, in order), else
    the next member's, else the first restatement with words; ``text_of``
    gives a claim's text by id (None when unknown)."""
    for m in group.members:
        said = " ".join(t for c in m.claims if (t := readable(text_of(c))))
        if said:
            return said
    for m in group.members:
        for c in m.restated:
            if said := readable(text_of(c)):
                return said
    return NO_WORDS
