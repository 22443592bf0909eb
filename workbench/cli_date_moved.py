"""``check``'s line on what a date change moved, in the summary's words.

User trial 47: after a date change ``check`` said "Review log: … (0 new
findings, …)" and then "The date change moved what is compared: 4 new flags"
- one thing (what is new) in two words, and the second count looked like a
contradiction. The summary counts findings, and calls the pairs
"differences between pairs of articles" (its counts line); this line says
both the same way: "The date change moved what is compared: 0 new findings,
0 no longer found (between pairs of articles: 4 new differences, in findings
already listed)". The window keeps ``service.date_change_note``,
which speaks of the flags it shows."""

from __future__ import annotations

from .cli_counts import many


def date_moved_line(before, checked) -> str:
    """ "" unless the check's only change was a publication date and it moved
    what is compared (``service.date_change_note`` decides); else the line."""
    from .service import date_change_note

    said = date_change_note(before, checked)
    changes = checked.changes
    if not said or changes.new_findings < 0:  # no findings counted: the pairs' line as it is
        return said
    n, gone = changes.new_findings, changes.gone_findings
    pairs = [many(changes.new, "new difference")] if changes.new else []
    pairs += [f"{changes.gone} no longer compared"] if changes.gone else []
    if changes.new and not n:  # "0 new findings", and yet something new: where it went
        pairs[0] += ", in findings already listed"
    return (
        f"The date change moved what is compared: {many(n, 'new finding')}, "
        f"{gone} no longer found (between pairs of articles: {'; '.join(pairs)})"
    )
