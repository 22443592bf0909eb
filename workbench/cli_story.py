"""Whether a check replaces another story in its review log, asked again
inside the save's transaction (trial 43, item 6): two checks of different
stories on one log at once both exited 0, and the second silently replaced
the first; a story with no decisions yet is someone's work in progress too.

The rule, one for the check that starts with another story in the log and
for the one that finds it there only when it saves:
- another story with decisions is replaced only with ``--replace-story``;
- another story saved into the log by a check that ran while this one did
  (the log changed under it) is replaced only with ``--replace-story``: the
  later check is refused, nothing saved, and the earlier one's findings stay;
- so is this story saved by such a check with other articles or dates than
  this one's (trial 47: the last of two checks of one story silently won);
- any other replacement goes on, and says so in one line naming the story
  replaced, its findings and its decisions."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .store import StoreError
from .store.story import last_run, named, shares_an_article


class StoryGuard:
    """Called by the save inside its transaction, with the log as committed
    then: refuses (``StoreError``, the save rolled back) or goes on, keeping
    the line to say after the save in ``replaced``."""

    def __init__(self, log, articles: Sequence, args: argparse.Namespace) -> None:
        self.articles = list(articles)
        self.run = last_run(log)  # what this check read before its analysis
        self.replace = bool(getattr(args, "replace_story", False))
        self.replaced = ""

    def __call__(self, log) -> None:
        held = log.articles()
        raced = last_run(log) != self.run
        if raced and held and not self.replace:
            self._same_story_raced(log, held)
        if not held or shares_an_article(held, self.articles):
            return
        found = [f for f in log.findings() if f.active]
        decided = sum(1 for f in found if f.status != "open")
        if raced and not self.replace:
            raise StoreError(
                f"while this check ran, another check saved another story into {log.path} "
                f"({named(held)}; {len(found)} finding{'s' if len(found) != 1 else ''}); "
                "nothing was saved, so that one's findings stay. Give --db a new log for this "
                "story, or check again with --replace-story to replace it"
            )
        if decided and not self.replace:  # decided while this check ran
            raise StoreError(
                f"{log.path} holds the review of {len(held)} other articles, with decisions; "
                "nothing was saved. Give --db a new log for this story, or --replace-story"
            )
        held_decisions = (
            f"{decided} decided, kept as orphaned reviews" if decided else "no decisions"
        )
        self.replaced = (
            f"Replaced the story in {log.path} ({named(held)}; "
            f"{len(found)} finding{'s' if len(found) != 1 else ''}, {held_decisions})."
        )

    def _same_story_raced(self, log, held) -> None:
        """User trial 47: two checks of one story at once (one with a
        ``--published`` date, one without; or of other files of it) both
        exited 0 and the last one silently replaced what the first saved. A
        check that another check saved into the log while it ran, with other
        articles or dates than this one's, is refused; the same articles and
        dates save the same analysis, so nothing is lost and it goes on."""
        if not shares_an_article(held, self.articles):
            return  # another story: refused above in its own words
        if _inputs(held) == _inputs(self.articles):
            return
        found = sum(1 for f in log.findings() if f.active)
        raise StoreError(
            f"while this check ran, another check saved this story into {log.path} with other "
            f"articles or dates ({named(held)}; {found} finding{'s' if found != 1 else ''}); "
            "nothing was saved, so its findings stay: check again to build on them"
        )


def _inputs(articles) -> set[tuple[str, str]]:
    """What a check compared: each article's text and publication date."""
    return {(a.sha256, str(a.published or "")) for a in articles}
