"""``workbench coverage``: the claims × sources matrix of a review log's
latest check, on the command line (it was the window's only; a fresh CLI
trial looked for it). Read from the log, nothing analysed again: which
sources state each claim that two or more state, which leave it out, which
have a similar sentence the grouping kept apart, and who copies whom.

A claim with findings shows, in its row, the letter of the version each
source states (A, B, …: the first finding's), and under the row each
finding's id, versions and the command that opens it (``workbench review
F…``): an editor goes from a row to the finding (fresh CLI trial: the grid
named no finding). ``--sort position`` lists the claims in reading order
(g1, g2, … g10, by number, never as text)."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from .cli_args import CARRIES, LEAVES_OUT, NEAR, CliError
from .cli_output import one_line
from .naming import outlet_holds_id, quoted, shorten
from .raised import verdict_of

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STRENGTH = {"conflict": 0, "unresolved": 1, "consistent": 2}
COMPARED = "+"  # a similar sentence compared in another of the claim's findings
UNKNOWN = "-"  # a cell of a finding no claim group holds: the source was not compared
SORTS = ("omitted", "position", "sources")  # the rows' orders; the first is the default


def cmd_coverage(args: argparse.Namespace) -> int:
    from .findings import compared_in, compared_sources, coverage_of
    from .store import ReviewLog, StoreError
    from .store.findings import aligned_articles

    try:
        log = ReviewLog(args.db, create=False)
        try:
            with log.snapshot():
                articles = log.articles()
                groups, copies, texts = log.groups(), log.copies(), log.claim_texts()
                pairs = aligned_articles(log)
                found = [f for f in log.findings() if f.active]
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if not articles:
        raise CliError(f"{args.db}: no check saved in it yet; run 'workbench check' first")
    # an article sharing no claim with the others is not counted as leaving
    # claims out (check's summary and the window already said so; trial 25)
    ids = compared_sources([a.id for a in articles], groups, pairs)
    apart = [a for a in articles if a.id not in ids]
    articles = [a for a in articles if a.id in ids]
    matrix = coverage_of(ids, groups, copies, compared_in(found))
    rows = _sorted(matrix, getattr(args, "sort", None) or SORTS[0])
    if args.omitted:
        rows = [c for c in rows if c.widely_carried and c.omitted]
    by_group: dict[str, list] = defaultdict(list)
    for f in sorted(found, key=lambda f: STRENGTH.get(f.verdict, 3)):
        by_group[f.group].append(f)
    # findings whose sentences no claim group holds (aligned too weakly to
    # group, or compared across articles without an alignment) get rows of
    # their own: trial 27 found three findings coverage never named
    loose = [] if args.omitted else by_group.pop("", [])
    out = sys.stdout
    _head(args, ids, rows, out, len(loose))
    width = len(str(len(ids)))
    number = {a: n for n, a in enumerate(ids, 1)}
    _key(articles, width, out)
    print(f"{_numbers_row(ids, width)}  claim" if rows else "(none)", file=out)
    for c in rows:
        mine = by_group.get(c.group.id, [])
        print(one_line(f"{_cells(c, ids, mine, width)}  {c.group.id}: {_text(c, texts)}"), file=out)
        for f in mine:
            print(one_line(" " * (len(ids) * (width + 1) + 1) + _finding(f, number)), file=out)
    _loose(loose, ids, number, width, out)
    if apart:
        print("", file=out)
    for a in apart:
        print(
            one_line(
                f"Not counted: {a.id} shares no claim with the other articles "
                "(no sentence aligned): is it about the same story?"
            ),
            file=out,
        )
    _independence(ids, copies, number, out)
    return 0


def _sorted(rows, how: str) -> list:
    """``omitted``: claims most sources carry that some leave out first, then
    the most widely carried; ``position``: reading order (the first sentence's
    article, then place; group numbers follow it); ``sources``: most sources
    first. Ties in reading order."""
    if how == "position":
        return sorted(rows, key=lambda c: _number(c.group.id))
    if how == "sources":
        return sorted(rows, key=lambda c: (-len(c.carried), _number(c.group.id)))
    return sorted(
        rows,
        key=lambda c: (not (c.widely_carried and c.omitted), -len(c.carried), _number(c.group.id)),
    )


def _loose(loose: list, ids: list[str], number: dict[str, int], width: int, out) -> None:
    """Findings on sentences no claim group holds, one row each: the version
    letter of each source stating it, "-" where nobody compared the
    source's sentences (not known to leave the claim out)."""
    if not loose:
        return
    print(
        one_line(
            f"Not in any claim group ({len(loose)}): sentences aligned too weakly to group, "
            f"or compared across articles; {UNKNOWN} = not compared, not known to leave it out"
        ),
        file=out,
    )
    for f in loose:
        letter = {
            a: LETTERS[n] for n, v in enumerate(f.versions[: len(LETTERS)]) for a in v.sources
        }
        cells = " ".join(letter.get(a, UNKNOWN).rjust(width) for a in ids)
        print(one_line(f"{cells}  {_finding(f, number)}"), file=out)


def _head(args, ids: list[str], rows: list, out, loose: int = 0) -> None:
    order = {"position": "in reading order", "sources": "most sources first"}.get(
        getattr(args, "sort", None) or "", "claims some sources leave out first"
    )
    print(
        one_line(
            f"Coverage of {len(ids)} sources in {args.db}: {len(rows)} claim"
            f"{'s' if len(rows) != 1 else ''} "
            + (
                "carried by most independent sources and left out by some"
                if args.omitted
                else "stated by two or more sources"
            )
            + (
                f" and {loose} finding{'s' if loose != 1 else ''} in no claim group"
                if loose
                else ""
            )
            + f", {order} ({CARRIES} states it, A B … the version of the claim's first "
            "finding it states, a b … that version in a similar sentence the grouping "
            f"kept apart, {COMPARED} a similar sentence another finding compared, "
            f"{NEAR} a similar sentence not compared, {LEAVES_OUT} leaves it out)"
        ),
        file=out,
    )
    print("", file=out)


def _key(articles, width: int, out) -> None:
    """Which file each column number is, before the table: the columns are
    #1..#6 while the files are named 36_1, 36_3 … (a new user's trial read the
    table before finding its key under it)."""
    for n, a in enumerate(articles, 1):
        told = outlet_holds_id(a.id, a.outlet)
        label = a.outlet if told else f"{a.id} ({a.outlet})" if a.outlet else a.id
        print(one_line(f"#{str(n).ljust(width)} = {label}"), file=out)
    print("", file=out)


def _numbers_row(ids: list[str], width: int) -> str:
    return " ".join(str(n).rjust(width) for n in range(1, len(ids) + 1))


def _cells(c, ids: list[str], findings: list, width: int) -> str:
    """One mark per source: the letter of the version of the first finding it
    states, else whether it states the claim, has a similar sentence or not.
    A letter only where the source states the claim: a finding compared across
    whole articles (a name spelled two ways) has versions in sentences of no
    part in it, and trial 30 saw a source credited with a claim it shares only
    a name with (the finding's own line names every source of each version)."""
    have, near = set(c.carried), set(c.aligned)
    letter: dict[str, str] = {}
    if findings:
        for n, v in enumerate(findings[0].versions[: len(LETTERS)]):
            for a in v.sources:
                if a in have:
                    letter.setdefault(a, LETTERS[n])
                elif a in near:  # compared, in a similar sentence the grouping kept
                    # apart: never "not compared" (trial 31: three of a finding's
                    # sources read ◌), nor credited with the claim (trial 30)
                    letter.setdefault(a, LETTERS[n].lower())
    for f in findings[1:]:
        for a in (a for v in f.versions for a in v.sources if a in near):
            letter.setdefault(a, COMPARED)
    return " ".join(
        (letter.get(a) or (CARRIES if a in have else NEAR if a in near else LEAVES_OUT)).rjust(
            width
        )
        for a in ids
    )


def _finding(f, number: dict[str, int]) -> str:
    """``F… conflict money: A ‘24’ (1, 3) · B ‘5’ (2) — workbench review F…``."""
    versions = " · ".join(
        f"{LETTERS[n]} {_quoted(v.value)} ({', '.join(_numbers(v.sources, number))})"
        for n, v in enumerate(f.versions[: len(LETTERS)])
    )
    # an agreement is "agreed" here as in check's summary, report and window
    # (a new user's trial read "agreed" there and "consistent" here for one finding)
    said = "agreed" if getattr(f, "agreed", False) else verdict_of(f)
    return f"{f.id} {said} {f.kind}: {versions} — workbench review {f.id}"


def _numbers(sources, number: dict[str, int]) -> list[str]:
    """The sources' column numbers in order (1, 4, 5), unknown ones by id last."""
    known = sorted(number[a] for a in sources if a in number)
    # "#9", never a bare 9: article names hold numbers too (trial 22 read "(9)" as 21_9)
    return [f"#{n}" for n in known] + [a for a in sources if a not in number]


def _quoted(value: str) -> str:
    return quoted(shorten(value, 40), "‘", "’")


def _text(c, texts: dict[str, str]) -> str:
    """The claim as its members word it (``findings.group_label``: never a
    sentence without words), shortened to the row."""
    from .findings import group_label

    text = group_label(c.group, texts.get)
    return text if len(text) <= 72 else text[:71] + "…"


def _independence(ids: list[str], copies, number: dict[str, int], out) -> None:
    from .cli_findings import copy_reasons
    from .findings import independent_sources
    from .findings.copy_words import is_newsroom

    independent = independent_sources(ids, copies)
    said = f"Independence: {independent} independent source{'s' if independent != 1 else ''}"
    print("\n" + one_line(f"{said} among {len(ids)}" + (":" if copies else ".")), file=out)
    for link in copies:
        pair = f"{link.left} and {link.right}"  # names: a column number read as an article's
        told = "are one newsroom" if is_newsroom(link) else "copy one story"  # trial 45 P8
        print(one_line(f"  {pair} {told}: {copy_reasons(link)}"), file=out)


def _number(group: str) -> tuple[int, str]:
    """g2 before g10."""
    digits = "".join(ch for ch in group if ch.isdigit())
    return (int(digits) if digits else 0, group)
