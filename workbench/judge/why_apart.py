"""Why two figures of aligned claims measure different things: the event, role,
scope, owner, reference, thing, place, verb or description their clauses give
them, or "" when nothing says so. pairing.py asks before it pairs two values
(as ``_apart``); split from pairing.py, session 36."""

from __future__ import annotations

from ..facts.happenings import one_by_day
from ..facts.measure import Measure, statement_dated
from ..facts.parts import marked
from ..facts.verbs import object_verbs_differ
from ..model import Claim, Fact
from .ages import ages_apart, described_apart
from .apart import (
    bound_subjects_differ,
    opponents_differ,
    owners_differ,
    places_differ,
    pronouns_differ,
    references_differ,
    share_of_one_place,
)
from .family_helpers import TIME_KINDS, counted_key, same_figure
from .games import games_apart
from .measures_apart import dated_apart, things_apart
from .namesakes import namesakes_apart
from .owners_listed import listed_owners_differ
from .parts import told_part
from .shares import listed_places_differ


def why_apart(
    ca: Claim,
    x: Fact,
    ma: Measure,
    cb: Claim,
    y: Fact,
    mb: Measure,
    taken: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> str:
    """Why two figures measure different things ("event", "role", "scope",
    "owner"), or "" when nothing says so (``taken``: the owners of each
    claim's other figures, apart.owners_differ)."""
    why = ma.differs(mb)
    if (
        why == "part"
        and not (marked(ma.part) and marked(mb.part))
        and (same_figure(x, y) or told_part(x, ma, y, mb))
    ):
        why = ""  # '€80m cash' / 'including €80m in cash': the part told without its words
    if why == "role" and {ma.role, mb.role} == {"member", "level"} and counted_alike_key(x, y):
        why = ""  # "including seven fires" / "seven fires were reported": the same group
    if why in ("role", "") and _increment(ma, mb) and counted_alike_key(x, y):
        why = "added"  # "20 additional monthly payments" / "24 monthly payments": a question
    if why == "event" and "time" not in (x.kind, y.kind) and one_by_day(ma.event, mb.event):
        why = ""  # "pulled over early Sunday" / "arrested last weekend": one night
    span_a, span_b = (x.start - ca.start, x.end - ca.start), (y.start - cb.start, y.end - cb.start)
    if not why and (
        owners_differ(ma, ca.text, mb, cb.text, taken)
        or bound_subjects_differ(ca.text, span_a, cb.text, span_b)
        or listed_owners_differ((ca.text, x.kind, span_a), (cb.text, y.kind, span_b))
        or namesakes_apart(ca.text, span_a, cb.text, span_b)  # two Jenkins: two people
    ):
        return "owner"
    if not why and references_differ(ma, ca.text, mb, cb.text, taken):
        return "reference"
    if not why and x.kind in TIME_KINDS and y.kind in TIME_KINDS and x.text != y.text:
        why = dated_apart(ma, ca.text, mb, cb.text, span_a, span_b)  # one date written alike pairs
    elif not why and things_apart(ma, ca.text, mb, cb.text, span_a, span_b):
        return "thing"
    if not why and (
        places_differ(ma, ca.text, mb, cb.text) or listed_places_differ((ca, x, ma), (cb, y, mb))
    ):
        return "scope"
    if (
        not why
        and TIME_KINDS.isdisjoint((x.kind, y.kind))  # figures; two games' days are dates' own
        and opponents_differ(ca.text, span_a, cb.text, span_b)
        and not games_apart(ca.text, cb.text)  # two results told: the different_games row's
    ):
        return "scope"  # "against the Chiefs" / "against the Broncos": two games
    if not why and x.kind == y.kind == "percent" and share_of_one_place(ma, ca.text, mb, cb.text):
        return "place"
    if not why and pronouns_differ(ca.text, cb.text):
        return "owner"
    if not why:  # two people's ages ("owner"), or one at another time ("then")
        why = ages_apart(
            ca.text,
            (x.start - ca.start, x.end - ca.start),
            cb.text,
            (y.start - cb.start, y.end - cb.start),
        )
    if not why and _statement_against_happening(ca, x, ma, cb, y, mb):
        return "event"
    if (
        not why
        and x.kind == y.kind == "number"  # counts: 'pledged' / 'promised' $12m is one pledge
        # verbs of one happening ('destroyed' / 'flattened' 300 homes) say nothing more
        and not (ma.event and ma.event == mb.event)
        and object_verbs_differ(ca.text, x.start - ca.start, cb.text, y.start - cb.start)
    ):
        return "verb"
    if not why and described_apart(
        ca.text,
        (x.start - ca.start, x.end - ca.start),
        cb.text,
        (y.start - cb.start, y.end - cb.start),
    ):
        return "described"
    return why


def _increment(ma: Measure, mb: Measure) -> bool:
    """One figure an increment ("a further 200 jobs"), the other a whole or a change."""
    return {ma.role, mb.role} in ({"added", "level"}, {"added", "change"})


def counted_alike_key(x: Fact, y: Fact) -> bool:
    """Both count one named noun ("seven fires" / "7 fires")."""
    key = counted_key(x)
    return bool(key) and key == counted_key(y)


def _statement_against_happening(
    ca: Claim, x: Fact, ma: Measure, cb: Claim, y: Fact, mb: Measure
) -> bool:
    """'police said Friday' dates what was said; 'the shooting Thursday night'
    or 'returned Thursday evening, gunned down two women' dates what happened:
    a day beside a speech verb is not held against a day that is not
    (session 9). Two statements' days, or a statement's against an
    announcement's ('announced Thursday'), still compare."""
    if x.kind not in TIME_KINDS or y.kind not in TIME_KINDS:
        return False
    said_a = statement_dated(ca.text, x.start - ca.start, x.end - ca.start)
    said_b = statement_dated(cb.text, y.start - cb.start, y.end - cb.start)
    if said_a == said_b:
        return False
    return (mb if said_a else ma).event != "announced"
