"""What the window's notices are news of.

A notice about the same thing as one already up replaces it in the message
bar instead of piling on (window41's trial: several notices stacked and pushed
the columns up). These are the things several notices speak of; a notice
without one is news only of its own text.
"""

from __future__ import annotations

ELSEWHERE = "the log changed elsewhere"  # another window or the command line wrote to it
REVIEW_LOG = "the review log open"  # which log is open, reopened, closed
BOTH_KEPT = "a text changed elsewhere while typed"  # both versions kept
REPLACED = "a decision replaced"  # another editor's decision decided over
LINK = "a link made by hand"
RECENT = "the recent logs"
UNDO_HISTORY = "the undo history"
DATE_MOVED = "what a date change moved"  # in findings, which the window can select


def date_of(article: str) -> str:
    """An article's publication date: a typo refused, a date questioned."""
    return f"the date of {article}"


CHANGED_ELSEWHERE = (
    "This review log was changed elsewhere (another window or the command line); the list "
    "shows the latest decisions"
)
# ... said in the status bar, shorter (user trial 48: a line-wide bar for 45 s)
ELSEWHERE_SAID = (
    "Brought up to date: the log was changed elsewhere (another window or the command line)"
)


def about_failure(text: str) -> str:
    """What a failure is news of: a save refused because another writer
    changed the log is news of that change (the "changed elsewhere" notice
    that follows it says less, and must not cover it)."""
    return ELSEWHERE if "changed elsewhere" in text else ""
