"""A sentence states a claim only in passing when the claim sits in a side part.

News sentences carry background in side parts: a bracket ("Ross is expecting a
raise (he was given $3 million upfront with his first deal)"), a passage between
dashes ("White told The Post after a hearing — where Heller said she was
'ensconced in the bosom' of the facility — that she was flying home"), a
non-restrictive relative clause or apposition (", who ...", ", the ...,"), or a
clause of circumstance ("after ...", "heading into ...", "because of ...").
The aligner scores the whole sentence, so such a sentence is aligned with one
that states its side detail as a main claim; readers judge it a member whose
claim is another one (three of reader G11's five impure groups).

A sentence joins a group only through its main claim: of the content words two
sentences share, when at most a third are in the main part of one of them (the
sentence without its side parts), that main part says something of its own
(``OWN`` content words or more) and half of them or more are in the other's main
part, the two never share a group. Nor do two sentences whose shared words sit
in side parts of both, each main part saying something else ("The recording was
seized when Jeffs was arrested in 2006." / "Prosecutors relied on what was found
in a traffic stop, when Jeffs was arrested in 2006.": a shared side detail,
``side_detail``). A claim both state as their main one, with side details or
without, keeps nothing apart: main parts that share their figure ("The firm cut
300 jobs after ..." / "The company shed 300 posts after ...") or whose words mean
nearly the same ("Ashfield had taken the lead after 23 minutes through a penalty"
/ "Ashfield had gone ahead after 23 minutes when Kirwan scored": ``NEAR`` on the
sentence embeddings' cosine, when the analysis hands in ``close``) state one
claim, its circumstance told in side parts on both sides. Their pair-level
discrepancies are kept in findings like any other pair's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..text import content_tokens

OWN = 3  # content words a main part needs to state a claim of its own
SHARED = 3  # content words two sentences share before the test applies
BESIDE = 2  # content words of its own each main part needs when both hold the shared words aside
# cosine of two main parts' sentence embeddings from which their predicates are one
# claim's told in other words ("had taken the lead" / "had gone ahead": 0.89; "grounded
# its fleet" / "halted all flights": 0.55); two claims sharing background sit lower
# ("was seized" / "relied on what was found in a traffic stop", readers G4/G5: 0.30)
NEAR = 0.5

# what opens a side part that runs to the next comma, dash, bracket, "and"
# or "but", or the end
_CIRCUMSTANCE = (
    r"after|before|ahead\s+of|heading\s+into|following|amid|because\s+of|despite|"
    r"although|though"
)
_RELATIVE = r"who|whom|whose|which|where"
# a phrase a relative pronoun opens with, a preposition's ("who as a senior official,"),
# whose comma need not close the clause (``_cut``)
_INTERJECTED = re.compile(
    r",\s+\w+\s+(?:as|in|at|on|during|despite|like|unlike|under|until|since|with|without|"
    r"for|from|after|before|according\s+to)\b",
    re.IGNORECASE,
)
_END = r"\s*[,;:—–(\[]|\s+-{1,2}\s|$"
_STOP = rf"(?={_END}|\s+(?:and|but)\s)"
# a clause of gerunds goes on over "and" another gerund ("after slipping and falling")
_GERUNDS = rf"(?={_END}|\s+(?:and|but)\s(?!\w+ing\b))"
# a setting: what the subject was doing at the moment of the main happening
# ("was hit while walking in the crosswalk around 7 p.m."). A side part, except
# in ``_only_aside`` against a sentence dating the same moment: the moment told
# the other way round ("was walking in the crosswalk when she was struck around
# 7 p.m.") or by its setting alone ("were walking out of the store about 7
# p.m.") is the same claim (reader G13, 21_ecb); "fell while climbing to a hut
# on Saturday" and "was one of four men trying to climb to the hut", no moment
# shared, are two (reader G9, 23_ecbplus). A happening before or after ("fell
# after the regulator opened an inquiry") is never a setting
_SETTING = re.compile(
    rf"(?:^|(?<=[\s,]))(?:while|when)\s+\w+ing\b[^,;—–()]*?{_GERUNDS}", re.IGNORECASE
)
# words (``content_tokens``) that date a moment: a clock time ("7 p.m."), a
# day or a part of one
_MOMENT = frozenset(
    {
        "pm", "am", "noon", "midnight", "morning", "afternoon", "evening", "night",
        "tonight", "yesterday", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
# a quotation set off by commas (held as a numbered mark, ``main_part``; "\x01,"
# when the comma sits inside its closing mark)
_SET_OFF = r",\s*\x00\d+\x00(?:\x01)?,"
# a relative clause closed by a comma ("X, who ..., did"), a quotation set off by
# commas inside it ("Felt, who leaked information under the moniker, 'Deep Throat,'
# about the break-in, died": reader G13, 28_ecb)
_RELATIVE_CLAUSE = re.compile(
    rf",\s+(?:{_RELATIVE})\b(?!,)(?:[^,;—–()]|{_SET_OFF})*,(?=\s)", re.IGNORECASE
)
# a restrictive relative clause on a noun past the sentence's verb, to the end:
# "Police arrested a man they believe to be the driver who killed a 66-year-old
# woman outside the store" tells the arrest; the killing names who was arrested
# (reader G15, 21_ecb). Not on a noun a copula predicates ("He is the first
# Australian who will host the Oscars": the clause is the news), nor "that" (a
# clause a verb of saying opens), nor a clause an auxiliary follows: the noun is
# then a subject ("Police said the man who shot him was arrested on Friday")
_AUX = r"\b(?:is|are|was|were|has|have|had|will|would)\b"
_OBJECT_CLAUSE = re.compile(
    r"(?<=[a-z])(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
    rf"(?P<keep>\s+(?:the|a|an)\s[^,;:—–()]{{0,60}}?\w)\s(?:who|which)\s"
    rf"(?:(?!{_AUX})[^,;:—–()])*$",
    re.IGNORECASE,
)
_SIDES = (
    # session 30: a subject told by a restrictive relative clause, the sentence
    # ending on its short predicate ("The former FBI second-in-command who
    # revealed himself as 'Deep Throat' ... has died."): the clause names who,
    # the predicate is the claim (reader G15, 28_ecb)
    re.compile(
        r"^(?P<keep>(?:The|A|An)\s[^,;:—–()]{1,60}?)\s(?:who|which|that)\s[^,;:—–()]*?"
        r"(?=\s(?:has|have|had|is|was|were|are)\s+(?:\w+\s+){0,2}\w+\W*$)"
    ),
    # "Those who knew Banky, 40, were still in shock": the people the subject
    # names by what they did; the predicate is the claim (reader G4, 18_ecb)
    re.compile(r"^(?P<keep>Those)\s+who\s[^;:—–()]*?(?=\s(?:were|are|have|had)\s)"),
    # "The mother of a girl killed by a stray bullet last year said ...": who
    # the speaker is, told by what befell her kin; what she said is the claim
    # (reader G12, 33_ecb)
    re.compile(
        r"^(?P<keep>(?:The|A|An)\s+\w+\s+of\s+(?:a|an|the)\s[^,;:—–()]{0,40}?\w)\s+"
        r"(?:\w+ed|shot|hit|struck|slain|held|taken)\s+(?:by|in|at|on|during|near)\s"
        r"[^,;:—–()]*?(?=\s(?:said|says|told|testified|recalled)\b)"
    ),
    re.compile(r"\([^()]*\)|\[[^\[\]]*\]"),  # brackets
    re.compile(r"\s(?:—|–|--?)\s?[^—–]*?\s?(?:—|–|--?)(?=\s)"),  # between two dashes
    # a clause of time inside a relative clause closing the sentence ("fired
    # O'Brien, who still has $8 million left on the contract he signed when he
    # was hired on April 21, 2004"): subordinate twice over, to the end
    re.compile(rf"(?P<keep>,\s+(?:{_RELATIVE})\b[^;—–()]*?)\s+when\b[^;—–()]*$", re.IGNORECASE),
    # a relative clause closed by a comma (``_RELATIVE_CLAUSE``); an apposition to
    # a name ("Cheeks, the popular former player, as ...", below). The pronoun may
    # open with a phrase set off by commas of its own ("Felt, who, as a senior FBI
    # official, served as the source, died"): the clause runs on past it; with no
    # comma closing the clause after it, the clause closes the sentence
    re.compile(rf",\s+(?:{_RELATIVE}),[^,;—–()]*,(?:[^,;—–()]|{_SET_OFF})*,(?=\s)", re.IGNORECASE),
    _RELATIVE_CLAUSE,
    # an apposition a relative clause goes on from tells of what the apposition
    # names, to the sentence's end ("the final mystery of Watergate, the subject of
    # the movie 'All the President's Men,' which inspired a generation ...")
    re.compile(
        rf"(?P<keep>\b[A-Z][\w'’.-]*),\s+(?:a|an|the)\s[^,;—–()]{{1,60}},\s+(?:{_RELATIVE})\b"
        r"[^;—–()]*$"
    ),
    re.compile(r"(?P<keep>\b[A-Z][\w'’.-]*),\s+(?:a|an|the)\s[^,;—–()]{1,60},(?=\s)"),
    # a concession closing the sentence ("..., though some fans bemoaned his age,
    # the age of Hartnell when he took the role"): subordinate to its end, its
    # own commas included; a clause (three words before any comma), not "though
    # tired"
    re.compile(
        r",\s+(?:even\s+)?(?:al)?though\s+(?=(?:[^\s,;—–()]+\s+){2}[^\s,;—–()]+)[^\n]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:^|(?<=[\s,]))(?:{_CIRCUMSTANCE})\s+\w+ing\b[^,;—–()]*?{_GERUNDS}",
        re.IGNORECASE,
    ),
    _SETTING,
    _OBJECT_CLAUSE,
    re.compile(rf"(?:^|(?<=[\s,]))(?:{_CIRCUMSTANCE})\b[^,;—–()]*?{_STOP}", re.IGNORECASE),
    # "While ..." opening the sentence; further on, ", while premises suffered
    # damage" may join a second main claim of equal weight
    re.compile(r"^\s*While\b[^,;—–()]*,"),
)
# and, when two sentences may share only a side detail (``side_detail``), a
# clause of time: "The recording was seized when he was arrested" tells the
# seizure; "Felt was deputy director in 1972 when he began supplying tips" may
# tell the tips, so a sentence is never held to state its claim in passing by it
_WHEN = re.compile(r"(?:^|(?<=[\s,]))when\b[^,;—–()]*?" + _STOP, re.IGNORECASE)
# the side parts that open with a word of circumstance or time (``_outer_predicate``)
_OPENERS = frozenset({_SIDES[-2], _SIDES[-4], _WHEN})
Close = Callable[[str, str], float]  # how near in meaning two texts are, 0..1
# a quotation is what was said, not the sentence's side parts: kept whole
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


@lru_cache(maxsize=16_384)
def main_part(text: str, wide: bool = False, settings: bool = True) -> str:
    """The sentence without its side parts (see the module); quotations are
    kept whole, or go with the side part that holds them. ``wide``: clauses of
    time ("when ...") are side parts too; ``settings``: so is a setting
    ("while walking home", ``_SETTING``)."""
    quoted: list[str] = []

    def hold(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        # a comma inside the closing mark still ends the clause around it
        return f"\x00{len(quoted) - 1}\x00" + ("\x01," if m.group(0)[-2:-1] == "," else "")

    out = _QUOTED.sub(hold, text)
    for rx in (*_SIDES, _WHEN) if wide else _SIDES:
        if settings or rx is not _SETTING:
            out = rx.sub(_cut, out)
    out = re.sub("\x00(\\d+)\x00(?:\x01,)?", lambda m: quoted[int(m.group(1))], out)
    return out.replace("\x01", "")


def _cut(m: re.Match[str]) -> str:
    if (
        m.re is _RELATIVE_CLAUSE
        and _INTERJECTED.match(m.group(0))
        and "," not in m.string[m.end() :]
    ):
        # "…the death of W. Mark Felt, who as a senior FBI official, served as the
        # source …": the comma closes the pronoun's phrase, not the clause, which runs
        # to the sentence's end; what follows it is no main claim
        return m.group(0)
    kept = m.group("keep") if "keep" in m.re.groupindex else ""
    if m.re in _OPENERS:
        return kept + " " + _outer_predicate(m)
    return kept + " "


# a clause of circumstance or time told inside the subject, within a relative
# clause the sentence's predicate follows ("The singer who shot to fame after
# she won a talent show has died at 41", "The official who ended the mystery
# when he named himself has died"): nothing ends it before that predicate, so it
# would run to the sentence's end and swallow the main claim. It ends where an
# auxiliary follows a word that is no pronoun ("a president has died"; "after he
# was arrested" is the clause's own verb)
_IN_SUBJECT = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:—–()]*$", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"(?<=\s)(?P<before>\S+)\s+(?=(?:has|have|had|is|was|were|are|will)\s)", re.IGNORECASE
)
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who", "which", "that"})


def _outer_predicate(m: re.Match[str]) -> str:
    """What of a side part is the sentence's own predicate (see ``_IN_SUBJECT``):
    the words from its auxiliary on, when the part opens inside a relative clause
    of the subject and runs to the sentence's end; "" otherwise."""
    text = m.string
    if text[m.end() :].strip() or not _IN_SUBJECT.search(text, 0, m.start()):
        return ""
    for aux in _AUXILIARY.finditer(text, m.start(), m.end()):
        if aux.group("before").lower().strip("\x00\x01") not in _PRONOUNS:
            return text[aux.end() : m.end()]
    return ""


def in_passing(a: str, b: str, close: Close | None = None) -> bool:
    """Does one of two sentences state what they share only in a side part,
    or do both hold it only in side parts (``side_detail``)? When both hold it
    aside in the wide reading, ``side_detail`` decides alone: "The plane landed
    after the pilot reported smoke" holds the smoke aside as much as "The
    aircraft touched down when the crew reported smoke" does; and without
    ``close`` (the lexical path) nothing tells reworded predicates from two
    claims, so the two are not kept apart."""
    if _beside(a, b) is not None:
        return close is not None and side_detail(a, b, close)
    return _only_aside(a, b) or _only_aside(b, a)


def side_detail(a: str, b: str, close: Close | None = None) -> bool:
    """Two sentences, each with a side part, share ``SHARED`` content words or
    more and at most one of them (a third at most) sits in both main parts, while
    each main part says something of its own (``BESIDE`` content words outside
    what they share): what they share is a background detail of two different
    claims. Not when that one word of both main parts is a figure, nor when
    ``close`` (how near in meaning two texts are) puts the main parts at ``NEAR``
    or more: one main claim in other words, its circumstance aside on both sides."""
    found = _beside(a, b)
    if found is None:
        return False
    main_a, main_b, figure = found
    return not figure and (close is None or close(main_a, main_b) < NEAR)


@lru_cache(maxsize=16_384)
def _beside(a: str, b: str) -> tuple[str, str, bool] | None:
    """When both sentences hold what they share in side parts (the wide
    reading; see ``side_detail``): their main parts and whether the one word
    both main parts hold is a figure. None otherwise."""
    main_a, main_b = main_part(a, wide=True), main_part(b, wide=True)
    if main_a == a or main_b == b:
        return None
    shared = set(content_tokens(a)) & set(content_tokens(b))
    if len(shared) < SHARED:
        return None
    own_a, own_b = set(content_tokens(main_a)), set(content_tokens(main_b))
    if min(len(own_a - shared), len(own_b - shared)) < BESIDE:
        return None
    # the two main parts may share their subject, not their predicate too
    # ("Rait died after falling 200 feet" / "An Australian climber died on
    # Friday after falling 150 metres": one death, its cause in a side part)
    both = own_a & own_b & shared
    if len(both) > 1 or 3 * len(both) > len(shared):
        return None
    # and each holds what they share aside: at most a third of it in its main
    # part ("An earlier attempt on Monday was abandoned because of winds" states
    # the attempt; "Liftoff came at 6:02, after an attempt on Monday was
    # scrubbed" mentions it in passing: ``_only_aside``)
    if 3 * max(len(own_a & shared), len(own_b & shared)) > len(shared):
        return None
    return main_a, main_b, any(ch.isdigit() for w in both for ch in w)


def _only_aside(text: str, other: str) -> bool:
    """``text`` holds what it shares with ``other`` in its side parts (at most
    a third of the shared words in its main part) while ``other`` states it in
    its main part (half of them or more there)."""
    shared = set(content_tokens(text)) & set(content_tokens(other))
    main = main_part(text, settings=not shared & _MOMENT)
    if main == text:
        return False
    own = set(content_tokens(main))
    if len(own) < OWN:
        return False
    if len(shared) < SHARED or 3 * len(own & shared) > len(shared):
        return False
    return 2 * len(set(content_tokens(main_part(other))) & shared) >= len(shared)
