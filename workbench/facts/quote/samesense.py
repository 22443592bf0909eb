"""Changes inside one quotation that keep what it says: the same word in
another form ("we are accelerating …" / he would "accelerate …", the form
the reporter's own sentence needs), a small word added or dropped ("an
agile, disruptive innovator" / "an agile and disruptive innovator"), the
speaker's organisation named for "our" ("AMD's transformation" / "our
transformation"), even with the pronoun misprinted a letter off ("out").

Two uses. Matching: a fragment of a longer quotation so changed shares no
run of five words with it, and was never compared (session 22, a real
fragment against the press release it was cut from). Comparing: a quotation
changed only so keeps its meaning; it is worth a question ("at most one is
verbatim"), not a conflict — an altered quotation of other words stays one.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from ...text import stem
from .mention import spelling_key
from .sentencewise import edges_harmless

# Words whose presence or absence does not change what a quote says
# (paraphrase.minor reads them so): dropped before a fragment is matched.
_SMALL = frozenset(["and", "the", "a", "an", "so", "also", "just"])

# Possessive pronouns a speaker uses for what a reporter names ("our" for
# "AMD's", "its" for "the council's").
_POSSESSIVE = frozenset(["our", "its", "their", "his", "her", "my", "your"])


def loose(tokens: list[str]) -> list[str]:
    """A quote's words for matching a reworded fragment: each by its stem,
    small words dropped."""
    return list(_loose(tuple(tokens)))


@lru_cache(maxsize=4096)
def _loose(tokens: tuple[str, ...]) -> tuple[str, ...]:
    # one quotation is met against every other: its stems are read once
    return tuple(stem(spelling_key(w)) for w in tokens if w not in _SMALL)


def _one_letter_off(x: str, y: str) -> bool:
    """Same length, one letter changed ("out" / "our")."""
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def named_for_pronoun(x: str, y: str) -> bool:
    """One side names an owner ("amd's") where the other has a possessive
    pronoun, or a word one letter from one ("our", "out")."""
    for name, other in ((x, y), (y, x)):
        if not name.endswith("'s") or other.endswith("'s") or len(name) < 4:
            continue
        if other in _POSSESSIVE or any(_one_letter_off(other, p) for p in _POSSESSIVE):
            return True
    return False


# The speaker's own possessives, which a reporter puts in the third person
# inside the marks ('the club "takes its reputation very seriously"').
_OWN = frozenset(["our", "my"])
_THIRD = frozenset(["its", "their", "his", "her"])


def _owner(x: str, y: str) -> str:
    """Why ``x`` and ``y`` name one owner ("" when they need not): the owner
    named for a pronoun, or the speaker's own pronoun put in the third person."""
    if named_for_pronoun(x, y):
        slip = "" if {x, y} & _POSSESSIVE else ", a letter off a pronoun"
        return f"the owner named for a pronoun{slip}"
    if {x, y} & _OWN and {x, y} & _THIRD:
        return "the speaker's own pronoun put in the third person"
    return ""


def _kept(tokens: list[str]) -> list[str]:
    return [w for w in tokens if w not in _SMALL]


def meaning_kept(ta: list[str], tb: list[str]) -> list[str] | None:
    """Each change between two versions named ("'accelerating' /
    'accelerate': one word in another form") when every one keeps the
    meaning: a word in another form, the owner named for a pronoun, a small
    word added or dropped, or words one version quotes past the other's ends
    that turn nothing (:func:`.sentencewise.edges_harmless`). None when a
    word is changed or added inside the stretch both quote, or when nothing
    but small words and cut ends differ (nothing to say)."""
    ka, kb = _kept(ta), _kept(tb)
    la, lb = loose(ka), loose(kb)
    said = []
    sm = SequenceMatcher(None, la, lb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            said.extend(
                f"'{x}' / '{y}': one word in another form"
                for x, y in zip(ka[i1:i2], kb[j1:j2], strict=True)
                if x != y and spelling_key(x) != spelling_key(y)
            )
        elif tag != "replace" and ((i1 == j1 == 0) or (i2 == len(la) and j2 == len(lb))):
            if not edges_harmless([*ka[i1:i2], *kb[j1:j2]]):
                return None  # a negation or condition cut off: the meaning may turn
        elif tag == "replace" and i2 - i1 == j2 - j1 == 1 and (why := _owner(ka[i1], kb[j1])):
            said.append(f"'{ka[i1]}' / '{kb[j1]}': {why}")
        else:
            return None
    return said or None
