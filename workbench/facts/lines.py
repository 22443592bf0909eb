"""Which product line a figure owned only by a size is of (read for
``judge/apart.py``).

"the 13-inch" owns "$1,199" in both "Apple's new MacBook Pro line starts at
$1,199 for the 13-inch option" and "Though the 11-inch Air still starts at
$999, the 13-inch has dropped $100 to $1199": two products of one size, told
apart only by the line their sentence names elsewhere (issue 11: different
products sharing a value read as one figure). A size alone ("13-inch") names
a model of some line; the line is the name that stands after a size in the
sentence ("the 11-inch Air", "the 15-inch MacBook Pro") or before a word for a
line ("the MacBook Pro line", "its Galaxy range").
"""

from __future__ import annotations

import re

from .whose import named_in

# A size that names a model, as owner_of writes it ("13-inch").
_SIZE_WORD = re.compile(r"\d+(?:\.\d+)?-inch")
# A name right after a size: "the 11-inch Air", "a 15-inch MacBook Pro", "13in iPad".
_AFTER_SIZE = re.compile(
    r"\b\d+(?:\.\d+)?(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)?(?:inch|in\.?)[ \u00a0]+"
    r"((?:[A-Z][\w-]*|i[A-Z][\w-]*)(?:[ \u00a0]+(?:[A-Z][\w-]*|\d+[A-Za-z]*))*)"
)
# A name before a word for a product line: "the MacBook Pro line", "Galaxy range".
_BEFORE_LINE = re.compile(
    r"((?:(?:[A-Z][\w-]*|i[A-Z][\w-]*)[ \u00a0]+){0,2}(?:[A-Z][\w-]*|i[A-Z][\w-]*))"
    r"[ \u00a0]+(?:line|lineup|line-up|range|series|family)\b"
)
# Words that are no product line: generic model words and sentence openers.
_NOT_LINE = frozenset(
    (
        *("the", "a", "an", "its", "their", "our", "both", "all", "new", "base"),
        *("and", "but", "though", "while", "model", "models", "version", "versions"),
        *("option", "options"),
    )
)


def is_size_owner(owner: tuple[str, ...]) -> bool:
    """Whether an owner names a size of a model ("13-inch"), whatever else it names."""
    return any(_SIZE_WORD.fullmatch(w) for w in owner)


def product_lines(text: str) -> tuple[str, ...]:
    """The product-line name words a sentence names beside a size or before a
    word for a line, lower case ("the 11-inch Air" -> ("air",); "Apple's new
    MacBook Pro line" -> ("macbook", "pro")); () when it names none."""
    out: dict[str, None] = {}
    for pattern in (_AFTER_SIZE, _BEFORE_LINE):
        for m in pattern.finditer(text):
            for w in m.group(1).split():
                low = w.lower()
                if low not in _NOT_LINE and not low.isdigit():
                    out[low] = None
    return tuple(out)


def lines_apart(own_a: tuple[str, ...], text_a: str, own_b: tuple[str, ...], text_b: str) -> bool:
    """Two figures owned by a size whose sentences name different product
    lines: each line has a word the other sentence never names ("MacBook Pro"
    / "Air"; not "MacBook Air" / "Air", one line named shorter)."""
    if not is_size_owner(own_a) or not is_size_owner(own_b):
        return False
    line_a, line_b = product_lines(text_a), product_lines(text_b)
    only_a = [w for w in line_a if not named_in((w,), text_b)]
    only_b = [w for w in line_b if not named_in((w,), text_a)]
    return bool(only_a) and bool(only_b)
