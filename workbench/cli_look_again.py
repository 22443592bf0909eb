"""check's closing lines: decided findings to look at again, and corrections
asked - made, not made yet, or to check (``workbench check``)."""

from __future__ import annotations

from .cli_findings import stray_words
from .store.findings import standing
from .terminal import one_line

_CORRECTION_LINES = (
    (
        "corrected",
        "Corrections that look made: edited since an editor asked for a correction, "
        "no longer differing or no longer found (confirm with workbench review ID --status "
        "verified):",
    ),
    (
        "edited_unmade",
        "Corrections not made yet: edited since an editor asked for a correction, "
        "still differing (see workbench review ID --history):",
    ),
    (
        "asked_unconfirmed",
        "Corrections to check: asked, and their discrepancy is no longer found "
        "(confirm with workbench review ID --status verified, or decide again):",
    ),
)


def _by_article(found: list, attr: str, heading: str, log=None) -> list[str]:
    """A heading, then one line per article: the findings whose ``attr`` names it
    (and, for a correction not made or to check, where the article still states
    the value decided on: trial 24 saw the fix called made while another sentence
    kept it)."""
    by: dict[str, list[str]] = {}
    still: dict[str, str] = {}
    for f in found:
        for article in getattr(f, attr):
            by.setdefault(article, []).append(f.id)
            # a finding edited away (no longer found) is asked about too: trial
            # 33 read only "no longer found" while line 9 still said "two"
            if attr in ("edited_unmade", "asked_unconfirmed") and article in f.still_says:
                still.setdefault(article, f.still_says[article])
    lines = [heading] if by else []
    for a, ids in by.items():
        lines.append(f"  {a}: {', '.join(ids)}")
        if a in still:
            lines.append(one_line(f"    it still says {still[a]}"))
        if attr == "corrected" and log is not None:  # what "made" was checked against
            lines += [one_line(f"    {f.id}: {said}") for f, said in _unchecked(log, found, a)]
    return lines


def _unchecked(log, found: list, article: str) -> list[tuple]:
    from .store.made_scope import compared_words, not_compared

    made = [f for f in found if article in f.corrected]
    said = [(f, compared_words(f, article, not_compared(log.db, f))) for f in made]
    return [(f, words) for f, words in said if words]


def verdicts_changed(log) -> list[str]:
    """check's closing lines: decided findings whose verdict a check changed
    since the decision (until an editor decides again, even alike)."""
    every = log.findings()
    found = [f for f in every if f.active and f.decided_under]
    out = []
    if found:
        out.append(
            f"Look again: {len(found)} decided finding{'s' if len(found) != 1 else ''} "
            "changed verdict since the decision (confirm with workbench review ID --status …):"
        )
    for f in found:
        out.append(f"  {f.id}: {standing(f)[0]} when it was {f.decided_under}, now {f.verdict}")
    strays = [f for f in every if f.strays]
    if strays:
        out.append(
            f"Look again: {len(strays)} decided "
            f"finding{'s name' if len(strays) != 1 else ' names'} "
            "an article to correct that states none of its versions (regrouped since the "
            "decision; it is not listed as that article's correction):"
        )
    for f in strays:
        out.append(f"  {f.id}: {standing(f)[0]} — {stray_words(f.strays)}")
    for attr, heading in _CORRECTION_LINES:
        out += _by_article(every, attr, heading, log)
    gone = [f for f in every if f.uncompared and standing(f)[0] != "open"]
    if gone:
        out.append(
            f"Look again: {len(gone)} decided finding{'s' if len(gone) != 1 else ''} "
            "no longer compared, though the articles are unchanged (a publication date "
            "given or changed can take a comparison away; the decision is kept):"
        )
    for f in gone:
        out.append(f"  {f.id}: {standing(f)[0]} — {f.explanation}")
    return out
