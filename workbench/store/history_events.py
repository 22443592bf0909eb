"""The events the review log writes in its history rows itself - an undo, a
redo, a verdict a later check changed, a decision the log carried - kept in a
module of their own so the schema's upgrades read them without the review
code (``store.reviews`` re-exports them)."""

from __future__ import annotations

UNDONE, REDONE = "undone by ", "redone by "  # history events of an undo and a redo
# written by the log itself when a later check changes the verdict of a decided
# flag: the decision stays, and the editor is asked to look again (fresh window
# trial: a flag verified as consistent became a conflict after a date edit and
# still read "verified")
VERDICT_CHANGED = "the verdict changed from "
# history rows the log wrote when it carried a decision (a review moved to a
# reworded flag, an article to correct renamed with its text, a pair an
# earlier upgrade had closed reopened: ``store.reopen_carried``)
BY_THE_LOG = ("moved from ", "article to correct follows", "reopened by the upgrade")
