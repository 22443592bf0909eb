"""Figures that never met (issue 11, session 12): rows of the rule table for
the key facts of a story compared across whole articles, when the sentences
stating them were never aligned.

Two outlets often state the toll, the number injured or arrested, or a
quake's magnitude in sentences worded too differently for alignment to pair
("Officials said the death toll had risen to 15" / "The quake struck at
dawn, killing 12 people"). ``judge/story.py`` finds, per article, the figure
of each key happening it states (one value only, with no period, place, year,
owner or reference point of its own) and hands each such pair of articles'
figures to these rows. They are conservative: an editor would rather miss a
discrepancy than read two false alarms.
"""

from __future__ import annotations

from ..model import Verdict
from .ages import one_person_named_in_full
from .cases import UnmetCase
from .family_helpers import TIME_KINDS
from .fixed_figures import set_once
from .scopes import UNMET_OTHER_PLACES, UNMET_WIDER_SCOPE
from .stages import UNMET, Outcome, Rule
from .time_parts import UNMET_TIME_PART
from .undercut import FLOOR_UNDERCUT_NEVER_MET

_CONFLICT, _UNRESOLVED = Verdict.CONFLICT, Verdict.UNRESOLVED


def _found(c: UnmetCase) -> str:
    return c.cmp.explanation.rsplit(" — ", 1)[0]


def _what(c: UnmetCase) -> str:
    if c.happening.startswith(("age of", "year of the")):  # compared in aligned sentences too
        return (
            f"the {c.happening} each article states once ({c.names[0]}: '{c.around[0]}' / "
            f"{c.names[1]}: '{c.around[1]}')"
        )
    where = (
        "in sentences whose figures were never compared"  # judge/owned.py
        if c.owner
        else "in sentences that differ and were never aligned"
    )
    return (
        f"the {c.happening} each article states once, {where} "
        f"({c.names[0]}: '{c.around[0]}' / {c.names[1]}: '{c.around[1]}')"
    )


def _family_within_weeks(c: UnmetCase) -> bool:
    """A person's children ("a mother of 12") as two reports weeks apart state
    them: no count updated from day to day, as an age is not."""
    return c.happening.startswith("number of children") and c.days_apart <= c.t.age_days


def _does_not_run(c: UnmetCase) -> bool:
    """A figure set once, an agreed deal's price or a signed contract's sum or length: no
    update in between to ask about (judge/fixed_figures.py; an offer or an ask
    moves in a negotiation, a quake's depth is revised as its magnitude is)."""
    sentences = (c.claims[0].text, c.claims[1].text) if c.claims else ("", "")
    return set_once(c.happening, sentences)


def _named_in_full(c: UnmetCase) -> bool:
    if not c.happening.startswith("age of") or c.claims is None:
        return False
    (a, b), (x, y) = c.claims, (c.x, c.y)
    spans = ((x.start - a.start, x.end - a.start), (y.start - b.start, y.end - b.start))
    return one_person_named_in_full(a.text, spans[0], b.text, spans[1])


def never_met_note(c: UnmetCase) -> str:
    return f"{_found(c)}; compared: {_what(c)} — {c.cmp.verdict.value}"


def updated_note(c: UnmetCase) -> str:
    return (
        f"{_found(c)}; compared: {_what(c)}; the reports appeared {c.days_apart} day(s) "
        "apart and a count like this is often updated — check which is current — unresolved"
    )


def moments_note(c: UnmetCase) -> str:
    return (
        f"{_found(c)}; compared: the {c.happening}, the latest each article states "
        f"({c.moments}): the other figure may be of the earlier moment — check which is "
        "current — unresolved"
    )


def later_account_note(c: UnmetCase) -> str:
    return (
        f"{_found(c)}; compared: the {c.happening}, the latest each article states "
        f"({c.moments}): a later account of one figure, not a change of it — conflict"
    )


UNMET_ROWS: tuple[Rule, ...] = (
    Rule(
        "unmet_different_modalities",
        UNMET,
        lambda c: c.modalities_differ,
        Outcome.SKIP,
        "as different_modalities, for the key figures of two articles whose sentences "
        "never met: 'the toll could rise to 100' is a forecast, not the toll another "
        "article gives as 'at least 60 dead'",
        "tests/test_modality.py::test_a_possible_toll_is_not_held_against_a_reported_one",
    ),
    Rule(
        "unmet_in_loosely_related_articles",
        UNMET,
        lambda c: c.related < c.t.unmet_related and not c.owner and not _named_in_full(c),
        Outcome.SKIP,
        "two articles that share few aligned sentences may report different events: "
        "their key figures are compared only when the articles report one story; a "
        "figure of one named owner (an offer, funding: judge/owned.py) is that owner's "
        "whatever the story, and so is the age of one person both name in full, first "
        "name and surname (session 40: 'Eirik Lund, 71' / 'Eirik Lund, 74' left out)",
        "tests/test_s12_unmet.py::test_unrelated_articles_compare_no_key_figures; "
        "tests/test_s40_apposed_ages.py::test_a_full_name_s_age_in_loosely_related_reports",
    ),
    UNMET_OTHER_PLACES,
    UNMET_WIDER_SCOPE,
    UNMET_TIME_PART,
    Rule(
        "owned_later_account",
        UNMET,
        lambda c: bool(c.moments) and c.account and c.cmp.verdict == _CONFLICT,
        Outcome.CONFLICT,
        "an article tells of a named owner's figure in two accounts ('reports pegged the "
        "Boston offer to be as high as $184 million, though subsequent rumors suggested … "
        "between $165 million and $180 million'): a later account changes no offer, so "
        "another article's figure that differs from it is a conflict both accounts name "
        "(session 24, ECB+ test half: the question judged borderline, 'a real disagreement')",
        "tests/test_s24_settled_moments.py::test_a_later_account_against_a_figure_is_a_conflict",
        later_account_note,
    ),
    Rule(
        "owned_moments",
        UNMET,
        lambda c: bool(c.moments),
        Outcome.UNRESOLVED,
        "an article tells of a named owner's figure at two moments ('upgraded their "
        "initial offer … to'): another article's figure that is none of its moments may "
        "be a third, so the difference is a question naming both moments; one of its "
        "earlier moments is settled by the article and not shown (judge/owned.py)",
        "tests/test_s23_owned.py::test_an_upgraded_offer_another_names_first_is_settled; "
        "tests/test_s24_settled_moments.py",
        moments_note,
    ),
    Rule(
        "update_told_by_its_times_never_met",
        UNMET,
        lambda c: c.update_told and c.cmp.verdict in (_CONFLICT, _UNRESOLVED),
        Outcome.SKIP,
        "as update_told_by_its_times, for key figures whose sentences never met ('As of 8 "
        "a.m. on Wednesday, 215 people had been rescued' / 'By Wednesday evening 221 people "
        "had been rescued'): the times settle it as an update, and an agreement of sentences "
        "that never met is not shown (unmet_agreement). One figure with no time of its own "
        "holds at its report's date (timeline.by_report_date, session 29)",
        "tests/test_s24_running_settled.py::test_an_update_never_met_is_not_shown; "
        "tests/test_s29_moments_told.py::test_a_figure_at_its_report_s_date_against_a_stamped_one",
    ),
    FLOOR_UNDERCUT_NEVER_MET,  # 'at least 30' on Friday / 26 the next week (session 36)
    Rule(
        "stale_figure",
        UNMET,
        lambda c: bool(c.stale) and c.cmp.verdict == _CONFLICT,
        Outcome.CONFLICT,
        "a report published after another's stamped figure gives, with no time of its own, "
        "the figure a third report stamped earlier still ('19 people remain missing' on "
        "Friday; 19 was Wednesday morning's count, eight Wednesday night's): it repeats a "
        "figure the story had moved past, a conflict that says so (session 24: readers "
        "judged 'a count like this is often updated' too soft on the authored ferry "
        "cluster)",
        "tests/test_s24_running_settled.py::test_a_stale_figure_is_a_conflict_that_says_so",
        lambda c: f"{_found(c)}; compared: {_what(c)}; {c.stale} — conflict",
    ),
    Rule(
        "ages_far_apart_in_time",
        UNMET,
        lambda c: c.happening.startswith("age of") and c.days_apart > c.t.age_days,
        Outcome.SKIP,
        "a person's age in reports published months apart may have moved on a birthday "
        "in between: not compared",
        "tests/test_s13_unmet_ages.py::test_ages_in_reports_months_apart_are_not_compared",
    ),
    Rule(
        "ages_never_met",
        UNMET,
        lambda c: c.happening.startswith("age of") and c.cmp.verdict == _CONFLICT,
        Outcome.CONFLICT,
        "the age two articles give one named person ('Zurana Horton, 34' / 'the 35-year-old "
        "Zurana Horton'), in sentences never aligned, differs: an age is no count updated "
        "from day to day, so within weeks it is a conflict",
        "tests/test_s13_unmet_ages.py::test_two_ages_of_one_named_person_are_a_conflict",
    ),
    Rule(
        "unmet_agreement",
        UNMET,
        lambda c: c.cmp.verdict not in (_CONFLICT, _UNRESOLVED),
        Outcome.SKIP,
        "key figures of sentences that never met and agree are not shown: the editor "
        "gains nothing from them, and every flag costs reading",
        "tests/test_s12_unmet.py::test_agreeing_key_figures_are_not_shown",
    ),
    Rule(
        "unmet_far_apart",
        UNMET,
        lambda c: c.off_scale,
        Outcome.SKIP,
        "'killed 12' / 'killed 2,300': figures far apart with different leading digits "
        "are rather two happenings (this one and an earlier disaster) than one misreported",
        "tests/test_s12_unmet.py::test_key_figures_far_apart_are_not_compared",
    ),
    Rule(
        "unmet_updated_count",
        UNMET,
        lambda c: (
            c.days_apart > 0
            and c.cmp.verdict == _CONFLICT
            and (c.x.kind not in TIME_KINDS or bool(c.owner))
            and not _family_within_weeks(c)
            and not _does_not_run(c)
        ),
        Outcome.UNRESOLVED,
        "a toll or count stated by reports published on different days may have been "
        "updated in between: the difference is shown as a question, both figures named; "
        "a person's children stated by reports weeks apart are no such count; a named "
        "owner's offer or ask, its length too, moves in a negotiation (judge/owned.py). "
        "A figure that does not run (a deal's price, a signed contract's sum or length: "
        "judge/fixed_figures.py) is compared plainly (session 34: readers judged the question "
        "wrong or borderline, 'the sum is fixed')",
        "tests/test_s12_unmet.py::test_key_figures_of_different_days_are_a_question; "
        "tests/test_s17_anchored.py::test_children_of_one_mother_never_met_are_compared; "
        "tests/test_s23_owned.py::test_an_ask_of_different_days_is_a_question; "
        "tests/test_s34_fixed_figures.py",
        updated_note,
    ),
    Rule(
        "owned_figures_never_met",
        UNMET,
        lambda c: bool(c.owner) and c.cmp.verdict == _CONFLICT,
        Outcome.CONFLICT,
        "the one figure of a named owner's offer, ask or funding (a sum, a sum per season, "
        "a length) two articles each state, published the same day, differs: a conflict "
        "even though the sentences stating it were never aligned (judge/owned.py); so too "
        "a deal's price or a signed contract of any two days (unmet_updated_count)",
        "tests/test_s23_owned.py::test_funding_of_one_company_stated_apart_is_compared",
    ),
    Rule(
        "figures_never_met",
        UNMET,
        lambda c: c.cmp.verdict == _CONFLICT,
        Outcome.CONFLICT,
        "the one figure of a key happening (killed, injured, arrested, evacuated, "
        "missing, rescued; a quake's magnitude or depth) two articles each state, "
        "counting one thing with no scope of its own, differs: a conflict even though "
        "the sentences stating it were never aligned",
        "tests/test_s12_unmet.py::test_a_toll_stated_in_other_words_is_compared",
    ),
    Rule(
        "figures_never_met_question",
        UNMET,
        lambda c: c.cmp.verdict == _UNRESOLVED,
        Outcome.UNRESOLVED,
        "as figures_never_met, when the family cannot settle the two (a bound against a "
        "figure far beyond it, a vague amount)",
        "tests/test_s12_unmet.py::test_a_bound_against_a_far_figure_is_a_question",
        never_met_note,
    ),
)
