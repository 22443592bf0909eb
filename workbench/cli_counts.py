"""The ``check`` summary's count of findings, and the agreements it counts
apart: a consistent finding whose sources all state the same figure as
written (``findings.agree``) is kept and listed, one line each, but is no
item to review (trials 24 and 25: editors called them noise). A decision
already made on one keeps it an item (``FindingRecord.agreed``)."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from .model import Analysis
from .naming import quoted
from .terminal import one_line

# the order check lists findings in: conflicts (and an editor's) first, then
# unresolved, then consistent
ORDER = {"conflict": 0, "raised": 0, "unresolved": 1, "consistent": 2}


def listed(findings: list, agreed: set[str]) -> list:
    """The findings to review in the order check prints them (the agreed left
    out): the "Next:" line suggests the first of these (trial 46: it named a
    consistent finding while the list began with an unresolved one)."""
    items = [f for f in findings if f.id not in agreed]
    return sorted(items, key=lambda f: ORDER.get(str(f.verdict), len(ORDER)))


def agreed_ids(analysis: Analysis, log=None) -> set[str]:
    """The findings that are agreements nobody decided anything on (with a
    log: its word, ``FindingRecord.agreed``): listed short, not to review."""
    ids = {f.id for f in analysis.findings if f.agreement or f.settled}
    if ids and log is not None:
        ids &= {f.id for f in log.findings() if f.agreed}
    return ids


def counts_line(
    analysis: Analysis, pairs: Counter | None = None, agreed: set[str] | None = None
) -> str:
    """'7 findings across all sources: 1 conflict, ...; 3 more where every
    source agrees (agreed, not to review) (from 24
    differences between pairs of articles: 3 conflict, ...)'. ``agreed``:
    agreements nobody decided on, counted apart (``agreed_ids``)."""
    agreed = agreed or set()
    items = [f for f in analysis.findings if f.id not in agreed]
    verdicts = Counter(str(f.verdict) for f in items)
    n, by = len(analysis.discrepancies), pairs or Counter()
    held = (
        f" (from {n} difference{'s' if n != 1 else ''} between pairs of articles: "
        f"{by.get('conflict', 0)} conflict, {by.get('consistent', 0)} consistent, "
        f"{by.get('unresolved', 0)} unresolved"
        + (f", {by['raised']} raised by an editor" if by.get("raised") else "")
        + ")"
        if pairs is not None
        else ""
    )
    more = (
        f"; {len(agreed)} more where every source agrees (agreed, not to review)" if agreed else ""
    )
    # editors' findings (``workbench.raised``), counted only when there are any
    raised = verdicts.get("raised", 0)
    raised_said = f", {raised} raised by an editor" if raised else ""
    return (
        f"{len(items)} finding{'s' if len(items) != 1 else ''} "
        f"across all sources: {verdicts.get('conflict', 0)} conflict, "
        f"{verdicts.get('consistent', 0)} consistent, {verdicts.get('unresolved', 0)} "
        f"unresolved{raised_said}{more}{held}."
    )


def print_agreed(found, names: dict[str, str], out: TextIO, others=(), claims=None) -> None:
    """Agreements, one line each: the figure and the sources stating it; one
    that is a side of a conflict among ``others`` names it (trial 42); ratios
    of different things (``claims``: by id, to read each one's sentence) say
    which each is of, never '1/6 ≈ 1/4' (trial 44)."""
    from .findings.agreed_apart import disputed_words
    from .findings.agreed_measures import measured_labels

    if not found:
        return
    print(
        "\nAgreed (every source states the same figure as written, or figures that agree by "
        "conversion, bound or rounding, or one value in every source, or dates of one day or "
        "period, or one inside the other; not to review):",
        file=out,
    )
    for f in found:
        said = " ≈ ".join(quoted(v.value, "‘", "’") for v in f.versions)
        placed = [(v.value, [_place(s, claims) for s in v.sides]) for v in f.versions]
        if claims and (apart := measured_labels(placed)):
            said = f"{' and '.join(apart)}, each agreed among its sources"
        every = dict.fromkeys(s.article for v in f.versions for s in v.sides)
        sources = ", ".join(names.get(a, a) for a in every)
        apart = disputed_words(f, others, names)
        print(one_line(f"  [{f.id}] {f.kind} {said} — {sources}{apart}"), file=out)


def _place(side, claims) -> tuple[str, int, int]:
    """A side's sentence and its span in it ('', 0, 0 when unknown)."""
    claim = (claims or {}).get(side.claim)
    if claim is None:
        return "", 0, 0
    return claim.text, side.start - claim.start, side.end - claim.start


def many(n: int, noun: str, nouns: str = "") -> str:
    """``1 sentence``, ``2 sentences``: a count with its noun in agreement (a new
    user's trial read "1 near-verbatim sentences")."""
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"


def undated_note(n: int) -> str:
    """The check's note on articles with no publication date, in agreement."""
    which = "1 article has" if n == 1 else f"{n} articles have"
    them = "it stay" if n == 1 else "them stay"
    return (
        f"  Note: {which} no publication date; relative dates in {them} unresolved. Give "
        "one with --published PATH=YYYY-MM-DD (or --published YYYY-MM-DD for every undated one)."
    )


def next_line(analysis: Analysis, agreed: set[str], db: str, todo: set[str] | None = None) -> str:
    """What to do after a check, one line: decide, write the report, open the
    window (a new user's trial ended the summary not knowing the next command).
    ``todo``: the findings still to decide; the first of them is suggested,
    never one already decided (trial 42 was sent to a dismissed finding)."""
    import shlex

    given = "" if db == "review.sqlite" else f" --db {shlex.quote(db)}"
    items = [f.id for f in listed(analysis.findings, agreed)]
    if todo is not None:
        items = [i for i in items if i in todo]
    decide = (
        f"decide a finding with workbench review {items[0]} --status verified|disputed|"
        f"needs-correction|dismissed [--note TEXT]{given}; "
        if items
        else ""
    )
    return (
        f"Next: {decide}write the report with workbench report --format html -o report.html"
        f"{given}; or review in the window: workbench open {shlex.quote(db)}"
    )
