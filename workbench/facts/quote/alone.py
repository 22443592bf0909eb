"""Which surnames an article credits with words on their own ("Armstead said",
"testified Armstead", "Armstead quietly answered"), read with patterns
compiled once (issue 14, session 41).

It was one pattern an article, its surnames joined into two copies of the
speech-verb alternation::

    (?<![\\w'’-])(?P<who>NAMES)(?:GAP[a-z]+ly)?GAP(?:VERBS)\\b
    |\\b(?:VERBS)GAP(?:FULL_NAME GAP)?(?P<who2>NAMES)\\b

and ``finditer`` over it: 158 compiles at 200 ECB+ articles, a new pattern
for every new article (the pattern cache only keeps patterns met before);
the quote finder's reading of titled people took 0.54 s of CPU there, 0.18 s
with the scan (load 18). A fixed pattern with the names checked afterwards is
not the same: a word that is no surname would take text a later match needs.
:func:`speaking_alone` finds the same matches as that ``finditer``, match
for match, in the same order:

- A match starts where a surname or a speech verb starts; those places are
  tried from left to right, each only once the match before has ended.
- At one place the first branch is tried first, its surnames in sorted order
  (the order of the alternation), each with the rest of the branch (a fixed
  pattern: the regex engine backtracks into the surnames only when the rest
  fails); then the second branch, each verb in the alternation's order
  ("told" before "told reporters").
- In the second branch nothing else can give way: the gap after a verb is
  followed by a capital or a surname, neither a space, so it is all the
  spaces there; a full name and its gap match one way or not at all; so the
  optional full name is tried first and then left out, each time with the
  surnames in sorted order.

tests/test_speed45_speaking_alone.py checks it against the one-pattern
version on varied texts and on real articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .speakers import SPEECH_VERBS

# A given name or surname as the quote finder reads one (find._IN_FULL).
FULL_NAME = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_GAP = r"[ \u00a0]+"
_NOT_AFTER_A_WORD = re.compile(r"(?<![\w'’-])")
_EDGE = re.compile(r"\b")
# the first branch after its surname
_ADVERB_AND_VERB = re.compile(rf"(?:{_GAP}[a-z]+ly)?{_GAP}(?:{SPEECH_VERBS})\b")
# the second branch: each verb of the alternation with its gap, in its order
_VERBS = tuple(re.compile(rf"(?:{verb}){_GAP}") for verb in SPEECH_VERBS.split("|"))
_FULL_NAME_GAP = re.compile(rf"{FULL_NAME}{_GAP}")
_VERB_STARTS = re.compile(rf"\b(?=(?:{SPEECH_VERBS}){_GAP})")


def speaking_alone(text: str, surnames: Iterable[str]) -> set[str]:
    """Those of ``surnames`` credited with words on their own in ``text``."""
    names = sorted(surnames)
    if not names:
        return set()
    starts = {m.start() for m in _VERB_STARTS.finditer(text)}
    for name in names:
        starts.update(_places(text, name))
    found: set[str] = set()
    end = 0
    for at in sorted(starts):
        if at < end:
            continue  # inside the last match: finditer goes on after it
        got = _match_at(text, at, names)
        if got is not None:
            found.add(got[0])
            end = got[1]
    return found


def _places(text: str, word: str) -> Iterable[int]:
    """Every place ``word`` starts in ``text``, overlapping ones too."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _match_at(text: str, at: int, names: list[str]) -> tuple[str, int] | None:
    """The surname and end of the one-pattern version's match at ``at``."""
    if _NOT_AFTER_A_WORD.match(text, at):
        for name in names:
            if text.startswith(name, at):
                rest = _ADVERB_AND_VERB.match(text, at + len(name))
                if rest is not None:
                    return name, rest.end()
    if not _EDGE.match(text, at):
        return None
    for verb in _VERBS:
        said = verb.match(text, at)
        if said is None:
            continue
        full = _FULL_NAME_GAP.match(text, said.end())
        for start in (said.end(),) if full is None else (full.end(), said.end()):
            for name in names:
                if text.startswith(name, start) and _EDGE.match(text, start + len(name)):
                    return name, start + len(name)
    return None
