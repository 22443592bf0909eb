"""The key figures of a story across whole articles (issue 11, session 12).

Alignment pairs sentences; a toll stated as "the death toll had risen to 15"
in one report and "killing 12 people" in another is never compared when the
two sentences are worded too differently to align. This pass reads, per
article, the figure it gives for each key happening of a story (what
``facts/measure.py`` reads as killed, injured, arrested, evacuated, missing,
rescued, a magnitude or a depth) and compares the figures of two articles
whose sentences never met. It is conservative by construction:

- a figure counts only as the *level* of its happening (not a change, not an
  increment, not an age), with no period, place, year, owner or reference
  point of its own ("in 2004", "nationwide", "so far", "from Dunmore"), and
  in the lead of its article (``thresholds.judge.unmet_lead`` sentences); a
  day of the main event is one resolved to a single day (not a month or a
  year: "shooting for a 2011 release" / "shot to fame in 1999" are not it);
- an article that states two different figures of one happening (a toll
  updated in its own text, the dead of two incidents) gives none;
- two figures pair only when they count the same thing: both name one
  group ("soldiers" / "soldiers"), or each names none or anyone the
  happening befell ("people", "victims", "deaths"); a group among them
  ("4 soldiers") never pairs with the whole toll;
- pairs whose sentences were aligned are left to the aligned comparison;
- a named person's age ("Zurana Horton, 34" / "the 35-year-old Zurana
  Horton", judge/ages.py) is a key figure keyed by the surname; two first
  names that differ are two people of one family, never compared (session 13);
- the game clock a record fell at ("broke … record with 7:41 left in the 1st
  half", judge/clocks.py) is a key figure keyed by its period (session 26);
- gunfire is a key figure by what its counted noun tells (shots fired, bullets
  that hit, rounds seized: facts/counted_happening.py), pairing only with the
  same counted noun ("13 shots in Horton's death" / "12 shots were fired").

The rows of ``unmet.UNMET_ROWS`` then decide what is shown.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import NamedTuple

from ..facts.measure_basis import marked as basis_marked
from ..model import Claim, Comparison, Fact, Side, Verdict
from ..thresholds import JudgeThresholds
from . import cases, rules
from .ages import age_of
from .began import began_key, moment_words
from .clocks import CLOCK, record_clock
from .family_helpers import (
    QUANTITY_KINDS,
    compare_counting_apart,
    compare_facts,
    counted_key,
    counts_people,
    different_scale,
    dimension_of,
    family_kind,
    one_day,
    same_value,
)
from .pairing import around, measure_in
from .partitive import told_as_a_part
from .stages import UNMET
from .thing_ages import thing_age
from .timeline import Stamped, stale, stamped, update_told
from .undercut import undercut
from .unmet import never_met_note

# The happenings whose figure is a key fact of a story (facts/happenings.EVENTS names).
KEY_HAPPENINGS = frozenset(
    {"killed", "injured", "arrested", "evacuated", "missing", "rescued", "magnitude", "depth"}
    # stages read apart from the injured and the evacuated (facts/undergone.py, session 31)
    | {"hospitalised", "displaced"}
    | {"children"}  # "a mother of 12": a victim's family, told in other words (session 17)
    # gunfire, by what its counted noun tells (facts/counted_happening.py): shots fired,
    # bullets that hit, rounds seized; pairs only with the same counted noun (session 27)
    | {"fired", "hit", "seized"}
)
# Of these, the ones that count people: a counted noun must name people.
_PEOPLE = frozenset(
    {"killed", "injured", "arrested", "evacuated", "missing", "rescued"}
    | {"hospitalised", "displaced"}
)

_HAPPENING_WORDS = {
    "killed": "number killed",
    "injured": "number injured",
    "arrested": "number arrested",
    "evacuated": "number evacuated",
    "displaced": "number displaced or left homeless",
    "hospitalised": "number taken to hospital",
    "missing": "number missing",
    "rescued": "number rescued",
    "magnitude": "magnitude",
    "depth": "depth",
    "children": "number of children (a mother or father of …)",
    "fired": "number of shots fired",
    "hit": "number of shots that hit",
    "seized": "amount of ammunition seized",
    "incident": "day of the main event (an attack, shooting, crash, quake …)",
}


# Counted nouns that name anyone the happening befell, not a group among them:
# "15 people", "15 victims", "15 deaths" count one toll; "4 soldiers" do not.
_ANYONE = frozenset(
    {"person", "victim", "casualty", "death", "fatality", "life", "body", "individual"}
)


def _counted(f: Fact) -> str:
    noun = counted_key(f)
    return "" if noun in _ANYONE else noun


class Figure(NamedTuple):
    claim: Claim
    fact: Fact
    counted: str  # canonical counted noun, or ""


Key = tuple[str, str]  # (happening, dimension)
Add = Callable[[str, Verdict, str, tuple[Side, Side], str], None]


def _key(claim: Claim, f: Fact) -> Key | None:
    """The key happening a figure is the level of, or None when it is not one
    or its clause gives it a scope of its own; a named person's age is keyed
    by the surname ("Zurana Horton, 34" / "the 34-year-old Zurana Horton")."""
    if f.mention is None:
        return None
    if f.kind in QUANTITY_KINDS and (aged := _aged(claim, f)) is not None:
        return (f"{AGE}{aged[0]}", "age")  # by surname; first names checked when compared
    if f.kind == "duration" and (period := record_clock(claim, f)):
        return (f"{CLOCK}{period}", "clock")  # the game clock a record fell at (clocks.py)
    if f.kind == "time":
        verb = started(claim, f)
        # a named happening's start: "The walkout … began at 04:00 GMT" (began.py)
        key = f"{STARTED}{verb}" if verb else began_key(claim, f)
        return (key, "time") if key else None
    if f.kind == "date":
        m = measure_in(claim, f)
        day = m.event == "incident" and not m.venue and one_day(f) and not _since(f)
        return ("incident", "date") if day else None
    if f.kind not in QUANTITY_KINDS:
        return None
    m = measure_in(claim, f)
    if m.event != "children" and _whole_or_agent(claim, f):  # "a mother of 12" is no whole
        return None
    if m.event not in KEY_HAPPENINGS or m.role != "level":
        return None
    # a locality ('in the village', session 34) is the story's own place: still its toll
    place = m.place if m.place != "town" else ""
    if m.owner or m.listed or m.scope or m.year or place or m.venue or m.reference or m.inclusion:
        return None
    if basis_marked(claim.text, f.start - claim.start, f.end - claim.start):
        return None  # "1,180 excess deaths", "210 suspected cases": not the plain toll
    if m.event in _PEOPLE and (
        dimension_of(f) != "count" or (counted_key(f) and not counts_people(f))
    ):
        return None
    return (m.event, dimension_of(f))


def _since(f: Fact) -> bool:
    """A day a count or a state runs from ('19 have died since Monday', 'on the run
    since Tuesday'): the start of a period, never the day of the main event
    (session 40, opened heatwave: 'since Monday' against the day a firefighter died
    in another country, judged different events)."""
    return str(getattr(f.mention, "signal", "") or "").lower() == "since"


AGE = "age:"  # the key of a named person's age: "age:horton"
STARTED = "started:"  # the key of the time a happening began: "started:broke out"

# The verbs of a happening beginning, each as one key: the clock time a fire
# "broke out" (trial 25: "about 8.40pm" / "at 8.49pm" / "about 2045 GMT" in
# sentences never aligned); both articles must name the same verb.
# "began" and "started" are left out: anything begins ("they began returning at 10am").
# A call for help is such a moment too (a ship's or a plane's mayday: "sent a
# distress call at 21:47" / "radioed for help at 10:47 p.m."; authored ferry D11).
_STARTED = re.compile(
    r"\b(?:(br(?:oke|eaks?|eaking|oken))[ \u00a0]+out|(erupt(?:ed|s|ing)?)"
    r"|(distress[ \u00a0]+(?:calls?|signals?|messages?|beacons?)|maydays?|SOS"
    r"|(?:radio(?:ed|s)?|call(?:ed|s)?|signall?ed)[ \u00a0]+for[ \u00a0]+help))\b[^,;:]*$",
    re.IGNORECASE,
)
_VERBS = ("broke out", "erupted", "called for help")


def started(claim: Claim, f: Fact) -> str:
    """The verb of a happening beginning that the clause of a clock time names
    before it ("the blaze broke out about 8.40pm"), as one word, or ""."""
    s = f.start - claim.start
    m = _STARTED.search(claim.text, max(0, s - 80), s)
    if m is None:
        return ""
    return next(v for v, g in zip(_VERBS, m.groups(), strict=True) if g)


def _named_in_full(key: Key, claim: Claim, f: Fact, before: Sequence[Figure]) -> bool:
    """An age past the lead counts when its sentence names the person in full
    ("Eirik Lund, 74," in a report's eighteenth sentence; session 40): a person's
    age is no figure a story updates, told anywhere in a report. One of another
    first name than an age read ``before`` is a relative's ("Paul Kessler, 45,
    the defendant's brother" after "Martin Kessler, 41"): left out, not taken
    for a second age of the person."""
    aged = _aged(claim, f) if key[0].startswith(AGE) else None
    if aged is None or not aged[1]:
        return False
    firsts = {a[1] for g in before if (a := _aged(g.claim, g.fact)) is not None}
    return not firsts - {"", aged[1]}


def _aged(claim: Claim, f: Fact) -> tuple[str, str, int] | None:
    s, e = f.start - claim.start, f.end - claim.start
    # a person's, or the story's vessel's ("the 23-year-old vessel", thing_ages.py)
    return age_of(claim.text, s, e) or thing_age(claim.text, s, e)


def _same(key: Key, a: Figure, b: Figure) -> bool:
    if key[0].startswith(AGE):
        return _aged(a.claim, a.fact) == _aged(b.claim, b.fact)
    return same_value(a.fact, b.fact)


def _around(key: Key, f: Figure) -> str:
    """The value with the words around it; an age with the name it follows or
    precedes ("Yvonne Hiller, 44" rather than "44")."""
    if not key[0].startswith(AGE):
        return around(f.claim, f.fact)
    text, s, e = f.claim.text, f.fact.start - f.claim.start, f.fact.end - f.claim.start
    words = text[max(0, s - 30) : e + 30].split()
    return " ".join(words[1:-1] if len(words) > 2 else words).strip(" ,.;:")


def compare_ages(x: Figure, y: Figure, names: tuple[str, str]) -> Comparison | None:
    """Two ages of one named person, as an editor reads them ("34" / "35")."""
    a, b = _aged(x.claim, x.fact), _aged(y.claim, y.fact)
    if a is None or b is None or (a[1] and b[1] and a[1] != b[1]):
        return None  # "Katie Jenkin, 20" / "John Jenkin, 23": two people of one family
    left, right = f"{a[2]} years old", f"{b[2]} years old"
    if a[2] == b[2]:
        same = f"{left} vs {right}: the same age — identical"
        return Comparison(Verdict.IDENTICAL, same, left, right)
    who = (
        a[0]
        if a[0].startswith("the ")
        else " ".join(w.capitalize() for w in (a[1] or b[1], a[0]) if w)
    )
    return Comparison(
        Verdict.CONFLICT,
        f"{names[0]} gives {a[2]}, {names[1]} gives {b[2]} as the age of {who} — conflict",
        left,
        right,
    )


# "two of the three victims died": the three are the whole, not the dead; "the two
# men accused of murdering": the two are who did it, not whom it was done to.
_WHOLE = re.compile(r"\b(?:\d[\d,.]*|\w+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
_AGENT = re.compile(
    r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:who|accused|charged|suspected|convicted|"
    r"alleged|arrested[ \u00a0]+for|responsible)\b",
    re.IGNORECASE,
)


def _whole_or_agent(claim: Claim, f: Fact) -> bool:
    s, e = f.start - claim.start, f.end - claim.start
    if told_as_a_part(claim.text, e):  # "A dozen of the dead were children" (partitive.py)
        return True
    return bool(_WHOLE.search(claim.text[max(0, s - 30) : s]) or _AGENT.match(claim.text, e))


def key_figures(
    claims: Sequence[Claim],
    facts_by_claim: dict[str, list[Fact]],
    lead: int,
    key_of: Callable[[Claim, Fact], Key | None] = _key,
) -> dict[str, dict[Key, Figure]]:
    """Per article, the one figure it states for each key happening in its
    lead (a named person's age anywhere, ``_named_in_full``); an article stating
    two different figures of one happening gives none.
    ``key_of`` reads what a figure is the key figure of (judge/deal.py reads
    the price of a deal)."""
    seen: dict[str, dict[Key, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    position: dict[str, int] = defaultdict(int)
    for claim in sorted(claims, key=lambda c: (c.article, c.start)):
        position[claim.article] += 1
        beyond = position[claim.article] > lead
        for f in facts_by_claim.get(claim.id, ()):
            key = key_of(claim, f)
            if key is not None and (
                not beyond or _named_in_full(key, claim, f, seen[claim.article].get(key, ()))
            ):
                # "her 12 children" and "a mother of 13" count the children both; an
                # age counts nothing ("Price, aged 34," read "34 ages": session 32)
                counted = "" if key[0] == "children" or key[0].startswith(AGE) else _counted(f)
                seen[claim.article][key].append(Figure(claim, f, counted))
    out: dict[str, dict[Key, Figure]] = {}
    for article, keys in seen.items():
        out[article] = {}
        for key, figures in keys.items():
            first = figures[0]
            nouns = {g.counted for g in figures if g.counted}
            if len(nouns) <= 1 and all(_same(key, first, g) for g in figures[1:]):
                out[article][key] = first._replace(counted=next(iter(nouns), ""))
    return out


class Run(NamedTuple):
    """What the pass reads of the judging run (engine._Run and its results)."""

    claims: Sequence[Claim]
    facts_by_claim: dict[str, list[Fact]]
    names: dict[str, str]
    days_apart: Callable[[str, str], int]
    related: dict[tuple[str, str], float]
    compared: set[frozenset[str]]  # claim-id pairs the aligned comparison judged
    t: JudgeThresholds
    published: dict[str, date | None]  # each article's publication date


def figures_never_met(run: Run, add: Add) -> None:
    """Compare the key figures of every two articles whose sentences never met."""
    figures = key_figures(run.claims, run.facts_by_claim, run.t.unmet_lead)
    lines: dict[Key, list[Stamped]] = defaultdict(list)  # each key's figures with their times
    for article, keys in sorted(figures.items()):
        for key, g in keys.items():
            lines[key].append(stamped(g.fact, g.claim.text, article, run.published.get(article)))
    for a, b in itertools.combinations(sorted(figures), 2):
        for key in sorted(set(figures[a]) & set(figures[b])):
            x, y = figures[a][key], figures[b][key]
            if x.counted != y.counted:  # a group among them pairs only with that group
                continue
            # an age is compared here even in aligned sentences, where "Hiller, 43" and
            # "the 44-year-old Yvonne Hiller" are values of two kinds that never pair
            met = frozenset((x.claim.id, y.claim.id)) in run.compared
            if met and not key[0].startswith(AGE):
                continue
            _judge(run, add, key, x, y, lines[key])


def _judge(run: Run, add: Add, key: Key, x: Figure, y: Figure, line: list[Stamped]) -> None:
    names = (run.names[x.fact.article], run.names[y.fact.article])
    # '6 victims' / '8 people': nouns the family keeps apart, one toll here (_ANYONE)
    if key[0].startswith(AGE):
        cmp = compare_ages(x, y, names)
        whose = key[0][len(AGE) :]
        happening = f"age of {whose if whose.startswith('the ') else whose.capitalize()}"
    else:
        cmp = compare_facts(x.fact, y.fact, *names) or compare_counting_apart(
            x.fact, y.fact, *names
        )
        happening = _HAPPENING_WORDS.get(key[0]) or _moment(key[0])
    if cmp is not None:
        sx, sy = (
            stamped(f.fact, f.claim.text, a, run.published.get(a))
            for f, a in ((x, x.fact.article), (y, y.fact.article))
        )
        past = stale(sx, sy, line, run.names)
        told = (not past and update_told(sx, sy), past, undercut(sx, sy, run.names))
        if key[0].startswith(AGE):  # an age is no count a later time updates (session 40)
            told = (False, "", "")
        words = (_around(key, x), _around(key, y))
        judge_figures(run, add, happening, (x, y), cmp, words, told=told)


def _moment(key: str) -> str:
    if key.startswith(CLOCK):
        moment, period = key[len(CLOCK) :].split(", ", 1)
        return f"game clock when the record was {moment} ({period})"
    if not key.startswith(STARTED):
        return moment_words(key)  # began.py: "time the strike began"
    return f"time it {key[len(STARTED) :]}"


def judge_figures(
    run: Run,
    add: Add,
    happening: str,
    figures: tuple[Figure, Figure],
    cmp: Comparison,
    words: tuple[str, str],
    moments: str = "",
    owner: str = "",
    account: bool = False,
    told: tuple[bool, str] | tuple[bool, str, str] = (False, ""),
) -> None:
    """Let the UNMET rows decide on two articles' figures of one happening and
    add the flag they decide on (judge/deal.py compares deal prices so too;
    ``moments``, ``owner``: judge/owned.py's two moments of one named owner's
    figure, and that owner; ``account``: the moments are later accounts of one
    figure, not changes of it; ``told``: whether the times each figure is given
    at tell an update, and why one figure is stale, judge/timeline.py)."""
    x, y = figures
    names = (run.names[x.fact.article], run.names[y.fact.article])
    case = cases.UnmetCase(
        x.fact,
        y.fact,
        cmp,
        happening,
        names,
        words,
        run.related.get(tuple(sorted((x.fact.article, y.fact.article))), 0.0),  # type: ignore[arg-type]
        run.days_apart(x.fact.article, y.fact.article),
        different_scale(x.fact, y.fact),
        run.t,
        (x.claim, y.claim),
        moments,
        owner,
        account,
        *told,
    )
    rule = rules.decide(UNMET, case)
    if rule is None or rule.outcome == rules.Outcome.SKIP:
        return
    # a conflict row keeps no note of its own (rules.py): the pass names what it compared
    explanation = (rule.explain or never_met_note)(case)
    sides = (
        Side(x.fact.article, x.claim.id, x.fact.start, x.fact.end, x.fact.text, cmp.left),
        Side(y.fact.article, y.claim.id, y.fact.start, y.fact.end, y.fact.text, cmp.right),
    )
    kind = family_kind(x.fact.kind, y.fact.kind)
    add(kind, Verdict(rule.outcome), explanation, sides, rule.name)
