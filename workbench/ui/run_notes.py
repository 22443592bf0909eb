"""What a saved run says of itself in the message bar, and when it stops.

A run may say that the date change moved what is compared, or that an article
shares nothing with the others (trial 24: a stray article), or that an
article's publication date looks wrong (trial 49: date_suspect.py). Such a notice is
news of that run: the next run takes it back unless it says it again (trial 31:
"The date change moved what is compared" stood after F5 re-analysed with no
date changed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..align import embeddings_wanted
from ..date_suspect import suspect_line, suspects
from ..findings.offtopic import unmatched_note, weakly_matched_note
from ..model import Article
from ..service import Checked, date_change_note


class RunNotes:
    """``say``: shows a notice; ``withdraw``: takes one back."""

    def __init__(self, say: Callable[[str], object], withdraw: Callable[[str], object]) -> None:
        self.said: tuple[str, ...] = ()  # the notices of the last run saved
        self._say, self._withdraw = say, withdraw

    def saved(self, before: Sequence[Article], checked: Checked) -> None:
        """``checked`` is saved (``before``: the articles analysed before it):
        the last run's notices it does not say again go, its own are shown."""
        moved = date_change_note(before, checked)
        alone = unmatched_note(checked.analysis)
        weak = weakly_matched_note(checked.analysis, embeddings_wanted())
        dates = [suspect_line(s, "window") for s in suspects(checked.analysis)]  # trial 49
        notes = [n for n in (moved, alone, weak, *dates) if n]
        for gone in [n for n in self.said if n not in notes]:
            self._withdraw(gone)
        self.said = tuple(notes)
        for note in notes:
            self._say(note)
