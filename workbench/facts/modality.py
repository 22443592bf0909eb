"""Whether a figure is stated as what happened or as something else.

"He could be sentenced to up to 119 years" states a ceiling; "he was
sentenced to life plus 20 years" states what happened. "Prosecutors sought
30 years", "forecasters expect 20 inches", "if approved, the plan would cost
$2bn" and "aims to hire 500" state a demand, a forecast, a condition and a
plan. Each is a different fact from the figure that came to pass, so two
figures of different modality are never one claim told twice; two of the
same modality ("faces up to 20 years" / "could get 25 years") still are.

The modality is read from the verb group that governs the value in its
clause (whose.clause_bounds), walking back from the value to the nearest
cue word; a finite verb stated as fact ("reported 60 dead", "was sentenced
to") ends the walk, so a modal of another clause ("Police, who said the toll
could rise, reported 60 dead") is not the figure's. When the value opens its
clause or follows a speech verb ("said up to 20 inches could fall"), the
words after it are read instead: the figure is the subject of its verb.

- ``actual`` (the default): what happened or stands;
- ``possible``: a possibility or a ceiling ("could", "may", "might", "can",
  "faces", "a maximum sentence of");
- ``sought``: a demand or request ("prosecutors sought", "asked for",
  "recommended", "demanded", "proposed"); not an offer, which news of a
  deal reports as the figure itself ("the Orioles (seven years, $140m)");
- ``expected``: a forecast or a plan ("expected to", "forecast", "projected",
  "plans to", "aims to", "will"; "would" in reported speech: "said it would
  invest €40m");
- ``conditional``: a figure that holds only if something else does ("if
  approved, the plan would cost $2bn", "… 20 years if convicted");
- ``judged``: a figure given as a view, a worry or a reluctance ("eight years
  seems reasonable", "expressed concern about a contract of eight years or
  more", "are reluctant to go past seven years", "wary of paying $50m"): what
  someone thinks of a figure, not one that was offered or happened (issue 11,
  session 21).

Figures are not one fact told twice when their modalities differ, with two
exceptions read from how each is stated: a bare future or a capability
("Apple will ask $1,099", "the battery can run for eight hours") is the same
fact as a figure that stands ("starts at $1,199"; it differs only from one
stated in the past: "14 inches fell"), and two ceilings ("could receive up to
£8m" / "add-ons of up to £8m") are compared whatever verb carries them. An
age or a size ("a 12-year-old girl", "the 13-inch model") describes a thing,
not what happened to it, and is read as actual.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .modality_words import (
    ACTUAL,
    AGE_AFTER,
    BARE_FUTURE,
    CEILING,
    CEILING_BEFORE,
    CHAIN,
    CHARGES_AFTER,
    CONDITIONAL,
    CUES,
    CUES_AFTER_BE,
    CUES_BEFORE_FOR,
    CUES_BEFORE_TO,
    DETERMINERS,
    ED_NOT_VERBS,
    EVIDENCE,
    EXPECTED,
    FINITE,
    FORWARD_STOP,
    HEDGES,
    IF_IN,
    IF_OPENING,
    IF_WORDS,
    IRREGULAR,
    JUDGED,
    JUDGED_AFTER,
    LIGHT,
    MAX_GAP,
    NEEDED,
    NOT_AFTER,
    PERCEIVED,
    POSSIBLE,
    PRESENT,
    REACH_BACK,
    REACH_ON,
    SIZE,
    SIZE_AFTER,
    SOUGHT,
    SPEECH,
    SUBJECT_CUES,
    TO_AFTER,
    WORD,
    word_set,
)
from .whose import clause_bounds


def _ceiling(text: str, start: int, end: int) -> bool:
    """The figure is stated as a ceiling in its own words ("up to £8m")."""
    return bool(
        CEILING.match(text, start, end) or CEILING_BEFORE.search(text, max(0, start - 20), start)
    )


def _cue(words: list[str], i: int) -> str:
    """The modality word ``words[i]`` marks in its place, or ""."""
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if before in NOT_AFTER:
        return ""
    if w == "sought" and after == "out":
        return ""  # "sought out the three coworkers"
    if after == "to" and w in CUES_BEFORE_TO:
        return CUES_BEFORE_TO[w]
    if after == "to" and w in CUES_AFTER_BE and before in FINITE | CHAIN:
        return EXPECTED
    if w == "could" and words[i + 2 : i + 3] and after == "be" and words[i + 2] in PERCEIVED:
        return ""  # "could be seen 10 miles away": a past ability, stated as fact
    if after == "for" and w in CUES_BEFORE_FOR:
        return CUES_BEFORE_FOR[w]
    if w in ("maximum", "max") and after not in ("of", "penalty", "sentence", "term", "fine"):
        return ""  # "the maximum wind speed was 120 mph" states a measurement
    for kind, cues in CUES:
        if w in cues:
            return kind
    return ""


def _states_fact(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a finite verb stated as fact, which ends the walk."""
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    if w in FINITE:
        return True
    if before in CHAIN or (i > 0 and _cue(words, i - 1)):
        return False  # "could be sentenced", "would cost", "to hire"
    if before in DETERMINERS or _possessive(before):
        return False  # "the updated machine", "Norvale's planned takeover": an adjective
    if w in IRREGULAR:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in ED_NOT_VERBS


# "he's", "it's": a pronoun and "is" or "has", no possessive
_CONTRACTED = word_set("he's she's it's that's there's what's who's here's where's let's")


def _possessive(word: str) -> bool:
    """Whether a lower-cased word is a possessive ("norvale's"), not a contraction."""
    word = word.replace("’", "'")
    return word.endswith("'s") and word not in _CONTRACTED


# Modal verbs that are also names or months when capitalised ("in May", "Will Smith").
_CASED = word_set("may will can")


def _clause_words(text: str, lo: int, hi: int) -> list[str]:
    """The words of ``text[lo:hi]``, lower-cased, "he'll" read as "he will";
    "May" and "Will" with a capital are left as names, not modals."""
    out = []
    for m in WORD.finditer(text, lo, hi):
        w = m.group().replace("’", "'")
        low = w.lower()
        if w[0].isdigit():
            out.append("#")
        elif low.endswith("'ll"):
            out += [low[:-3], "will"]
        elif low in _CASED and w[0].isupper():
            out.append(w)
        else:
            out.append(low)
    return out


def _tense(words: list[str], i: int) -> str:
    """ "past" when the finite verb ``words[i]`` that ended a walk states the
    past ("was", "fell", "killed", "has risen"; "is designed" takes its
    tense from "is"), "" when it states what stands ("is", "starts")."""
    w = words[i]
    if w not in FINITE and i == 0:
        return ""  # "…, priced at $1,799": a participle opening its clause
    if w not in FINITE and words[i - 1] in FINITE:
        w = words[i - 1]
    if w in ("has", "have") and not _participle(words[i + 1 : i + 2]):
        return ""  # "has a range of 8,000 miles": a possession, not a perfect
    return "" if w in PRESENT else "past"


def _participle(words: list[str]) -> bool:
    """Whether the word (a list of one or none) is a past participle ("been",
    "risen", "killed"): after "has" it makes a perfect, a report of the past."""
    w = words[0] if words else ""
    return w in IRREGULAR or w.endswith(("ed", "en", "wn")) or w in ("been", "had", "got")


def _cue_read(words: list[str], i: int, kind: str) -> tuple[str, str]:
    """A cue as (modality, how): "open" marks a bare future or a capability,
    and so does a "would" of reported speech ("said it would invest €40m");
    "would" is a condition only where the sentence states one (:func:`reading`)."""
    w = words[i]
    if w in HEDGES and words[i + 1 : i + 2] == ["have"]:
        return ACTUAL, ""  # "may have been exposed": a hedged report of what happened
    if w in BARE_FUTURE or kind == CONDITIONAL:
        return kind, "open"
    return kind, ""


def _walk_back(words: list[str]) -> tuple[str, str] | None:
    """(modality, how) from the words before a value, nearest first; ``how``
    is "open" for a bare future or a capability, "past" for a figure stated
    in the past tense. None when the walk met no cue and no finite verb, or met a speech verb:
    then the words after the value decide."""
    lo = max(0, len(words) - REACH_BACK)
    gap = 0  # content words between the value and the word the walk has reached
    for i in range(len(words) - 1, lo - 1, -1):
        w = words[i]
        kind = _cue(words, i)
        if kind:
            # "is expected to be arraigned today in Bedford District Court on two
            # counts": the forecast is of the hearing, the figure counts charges
            return _cue_read(words, i, kind) if gap <= MAX_GAP else (ACTUAL, "")
        gap += w not in LIGHT
        said = w in SPEECH or (w in EVIDENCE and words[i + 1 : i + 2] == ["that"])
        if said and not (i > 0 and words[i - 1] in CHAIN):
            return None
        if w in FINITE:
            # a copula: "the maximum penalty is 20 years" takes its subject's cue
            for j in range(i - 1, max(-1, i - 7), -1):
                cue = words[j]
                if cue in SUBJECT_CUES and (cue not in ("maximum", "max") or _cue(words, j)):
                    return SUBJECT_CUES[cue], ""
            return ACTUAL, _tense(words, i)
        if _states_fact(words, i):
            return ACTUAL, _tense(words, i)
    return None


def _walk_on(words: list[str]) -> tuple[str, str]:
    """The modality from the words after a value that is the subject of its
    verb ("up to 20 inches could fall", "60 people were killed")."""
    for i, w in enumerate(words[:REACH_ON]):
        if w in FORWARD_STOP:
            break
        kind = JUDGED if w in JUDGED_AFTER else _cue(words, i)
        if kind:
            return _cue_read(words, i, kind)
        if w in FINITE:  # "20 inches are expected", "60 people were killed"
            kind = _cue(words, i + 1) if i + 1 < len(words) else ""
            return (kind, "") if kind else (ACTUAL, _tense(words, i))
        if _states_fact(words, i):
            return ACTUAL, _tense(words, i)
    return ACTUAL, ""


def _if_follows(words: list[str]) -> bool:
    """An "if" or "unless" that governs the value's own verb: "20 years in
    prison if convicted", not "weighs 3.6kg and can exceed 150C if a cell fails"."""
    for i, w in enumerate(words):
        if w in IF_WORDS:
            return True
        if w in FORWARD_STOP or w in FINITE or _cue(words, i) or _states_fact(words, i):
            return False
    return False


# "the $13 billion acquisition", "its 60 delegates": a figure inside a definite
# noun phrase, its head noun right after it
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|its|their|his|her|our)\s+$", re.IGNORECASE)
# ... or a possessive, one adjective between: "Hewlett-Packard's forthcoming $13.9
# billion acquisition" (not a contraction: "he's paid $5m", "it's worth $5m")
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:the|this|its|their|his|her|our)|(?<![\w'’])(?!(?:he|she|it|that|there|what|who|"
    r"here|where|let)['’]s\b)[A-Za-z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
# a sum: a currency sign or word in the value ("$13.9 billion", "€40m", "40 euros")
_SUM = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|francs?)\b", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\s+[a-z][\w-]*")
# "will help", "will give": a future of what the thing does, not of its size
_WILL_DO = re.compile(r"\b(?:will|'ll)\s+(?!be\b|not\b|have\b|cost\b)[a-z]+")


def _sizes_a_named_thing(text: str, at: tuple[int, int, int, int], how: str) -> bool:
    """The figure sizes a thing the sentence names as known (``at``: the
    clause's start, the value's start and end, the clause's end), and the
    verb after it tells what that thing does or did, not what the figure is:

    - a future ("open"): "the $13 billion acquisition of EDS will help HP
      build" states the price of an agreed deal, not a forecast of it (ECB+
      dev2, 44_ecb: set against "$13.9 billion" it was never compared). "A
      $2bn bridge will be built" and "60 people will attend" stay forecasts;
    - a past ("past"), of a sum only: "Hewlett-Packard's forthcoming $13.9
      billion acquisition of EDS, announced on May 13" states the price as it
      stands, not a sum paid then: set against "HP will pay $13 billion" it is
      one price (session 24). "Its 60 delegates were elected" stays a count of
      what happened, "the firm's $5m was paid back" a sum that was."""
    lo, start, end, hi = at
    if not (m := _HEAD_AFTER.match(text, end)):
        return False
    if how == "past":
        named = _NAMED_BEFORE.search(text[lo:start]) and _SUM.search(text, start, end)
        return bool(named) and not _verb_or_stop(m.group().strip().lower())
    if how != "open" or not _DEFINITE_BEFORE.search(text[lo:start]):
        return False
    return _WILL_DO.search(text, end, hi) is not None


def _verb_or_stop(word: str) -> bool:
    """Whether the word right after a sum is no head noun it sizes: a verb
    ("$5m was paid", "$5m fell") or a function word ("$5m to", "$5m in")."""
    return word in FINITE or word in FORWARD_STOP or word in LIGHT or _states_fact([word], 0)


@lru_cache(maxsize=1 << 14)
def reading(text: str, start: int, end: int) -> tuple[str, str]:
    """The modality of the value at ``text[start:end]`` (text: its sentence)
    and how it is stated: "open" (a bare future or a capability: "Apple will
    ask $1,099"), "past" (an actual figure in the past tense: "14 inches
    fell") or "". Remembered: the judge asks it of a value for every value it
    is held against, each time walking its clause (issue 14: hostile text)."""
    if (
        AGE_AFTER.match(text, end)
        or SIZE.fullmatch(text, start, end)
        or SIZE_AFTER.match(text, end)
    ):
        return ACTUAL, ""
    if NEEDED.search(text, max(0, start - 30), start) and TO_AFTER.match(text, end):
        return SOUGHT, ""  # "needed nine points to pass Ford": what it takes, not what was
    lo, hi = clause_bounds(text, start, end)
    found = _walk_back(_clause_words(text, lo, start))
    kind, how = found if found is not None else _walk_on(_clause_words(text, end, hi))
    if found is None and how and _sizes_a_named_thing(text, (lo, start, end, hi), how):
        return ACTUAL, ""
    opening = IF_OPENING.match(text)
    conditional = _if_follows(_clause_words(text, end, hi)) or (
        opening is not None and opening.end() == lo
    )
    if kind == CONDITIONAL:  # "would": a condition, or the future of reported speech
        return (CONDITIONAL, "") if conditional or IF_IN.search(text) else (EXPECTED, how)
    if kind == POSSIBLE and CHARGES_AFTER.match(text, end):
        return ACTUAL, ""  # "faces two counts of murder": charges brought, not a risk
    if kind == ACTUAL and conditional:
        return CONDITIONAL, ""  # "… 20 years in prison if convicted"; "If approved, it costs"
    return kind, how


def modality_of(text: str, start: int, end: int) -> str:
    """How the value at ``text[start:end]`` (text: its sentence) is stated:
    ``actual``, ``possible``, ``sought``, ``expected``, ``conditional`` or ``judged``."""
    return reading(text, start, end)[0]


def modalities_differ(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two values stated in different modalities: a ceiling and a sentence, a
    demand and a verdict, a forecast and what fell are different facts.

    A bare future ("Apple will ask $1,099 for the base model") differs from a
    figure stated in the past ("14 inches fell"), not from one that stands
    ("the line starts at $1,199"): a price or a size told in the future tense
    is the same fact as the one told in the present."""
    a, b = reading(text_a, *span_a), reading(text_b, *span_b)
    if a[0] == b[0]:
        return False
    if _ceiling(text_a, *span_a) and _ceiling(text_b, *span_b):
        return False  # two ceilings: "could receive up to £8m" / "add-ons of up to £8m"
    if a[1] == b[1] == "open":
        return False  # "will deliver eight hours" / "can run for up to eight hours"
    for (_, how_a), (kb, how_b) in ((a, b), (b, a)):
        if how_a == "open" and kb == ACTUAL and how_b != "past":
            return False
    return True


def judged_apart(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Exactly one of two values is given as a view, a worry or a reluctance
    (``judged``): a different fact from a figure reported, even one of the same
    value ("eight years seems reasonable" / "an offer of at least eight years")."""
    return (reading(text_a, *span_a)[0] == JUDGED) != (reading(text_b, *span_b)[0] == JUDGED)
