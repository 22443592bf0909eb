"""Whether two versions of a quotation are surely one speaker's words.

A version that shortens or dates another faithfully reads "consistent:
shortened; meaning kept" only when the remark is one: the same words credited
to two people who may differ ("will not be spared": the chief minister in one
source, the home minister in another), or printed by one source with no
speaker at all, are two remarks as far as the text shows. Fresh readers of
session 31 judged every such "consistent" wrong: the comparison treated a
quote with no speaker as anyone's. Such a pair is a question, and the
explanation says whose speaker is missing or which two are credited.

One speaker is: one person under any of their names (``names.same_person``:
"Secretary-General António Guterres", "Mr Guterres", "he" resolved to him);
one organisation or one descriptor written alike; a descriptor whose head is
the title the named person is credited under ("the mayor" / "Mayor Linda
Castellanos"). An agency or outlet that reported the words ("according to
AFP") names no speaker.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from ...model import Verdict
from .diff import QuoteDiff
from .mention import QuoteMention, Speaker
from .names import name_parts, plain, same_person

# the words a speaker question ends on (judge/attribution.py reads them)
NOT_ONE_REMARK = "the same words may not be the same remark"


def _known(sp: Speaker | None) -> Speaker | None:
    """The speaker when the words are credited to someone, None when to nobody."""
    if sp is None or not sp.key or sp.is_outlet or not sp.key.split(":")[-1].strip():
        return None
    return sp


def _shown(sp: Speaker) -> str:
    return sp.name or sp.text


def _words(sp: Speaker) -> set[str]:
    return {plain(w) for w in sp.key.split(":", 1)[-1].split()}


def _titled(desc: Speaker, person: Speaker) -> bool:
    """A descriptor whose head is a title the person's credit writes ("the
    mayor" / "Mayor Linda Castellanos", "a spokesman" / "spokesman John Kirby")."""
    head = desc.key.removeprefix("desc:").split()[-1:]
    written = {plain(w) for w in person.text.split()}
    return bool(head) and head[0] in written


def _spelt_apart(a: str, b: str) -> bool:
    """One name with its surname misspelled ("Segundo Yautibug" / "Segundo
    Yautibag"): the same given names, surnames a letter or two apart. The
    spelling rows flag the name; the speaker is one."""
    ga, sa = name_parts(a)
    gb, sb = name_parts(b)
    if not ga or [plain(g) for g in ga] != [plain(g) for g in gb] or min(len(sa), len(sb)) < 5:
        return False
    return Levenshtein.distance(sa, sb) <= (1 if min(len(sa), len(sb)) < 8 else 2)


def one_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two credited speakers are surely one person or body."""
    if a.is_person and b.is_person:
        x, y = a.name or a.key, b.name or b.key
        return same_person(x, y) or _spelt_apart(x, y)
    if a.key == b.key:
        return True
    if a.is_person != b.is_person:
        other, person = (b, a) if a.is_person else (a, b)
        if other.is_descriptor:
            return _titled(other, person)
        # a surname alone the article never introduced, read as an organisation
        return _words(other) == {person.key}
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def speaker_doubt(a: QuoteMention, b: QuoteMention, names: tuple[str, str]) -> str:
    """Why the two versions may not be one speaker's words; "" when they are."""
    sa, sb = _known(a.speaker), _known(b.speaker)
    a_name, b_name = names
    if sa is None and sb is None:
        return f"neither {a_name} nor {b_name} states who said it"
    if sa is None or sb is None:
        missing, other, sp = (a_name, b_name, sb) if sa is None else (b_name, a_name, sa)
        assert sp is not None
        return f"the speaker of the quote in {missing} is not stated ({other}: {_shown(sp)})"
    if one_speaker(sa, sb):
        return ""
    return (
        f"{a_name} credits it to {_shown(sa)} and {b_name} to {_shown(sb)}, who may not "
        "be one speaker"
    )


def kept_only_for_one_speaker(
    diff: QuoteDiff | None, a: QuoteMention, b: QuoteMention, names: tuple[str, str]
) -> QuoteDiff | None:
    """``diff`` as it is, unless it calls the versions consistent while their
    speakers could differ: then a question saying why (never "consistent")."""
    if diff is None or diff.verdict != Verdict.CONSISTENT:
        return diff
    doubt = speaker_doubt(a, b, names)
    if not doubt:
        return diff
    said = diff.explanation.removesuffix(" — consistent")
    return replace(
        diff,
        verdict=Verdict.UNRESOLVED,
        explanation=f"{said}; but {doubt}: {NOT_ONE_REMARK} — unresolved",
    )
