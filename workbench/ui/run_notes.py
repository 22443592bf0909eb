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
from .moved_findings import moved_note
from .rows import FindingRow


class RunNotes:
    """``say``: shows a notice; ``withdraw``: takes one back; ``say_moved``:
    shows the notice of a date change (``moved_ids``: its findings)."""

    def __init__(
        self,
        say: Callable[[str], object],
        withdraw: Callable[[str], object],
        say_moved: Callable[[str], object] | None = None,
    ) -> None:
        self.said: tuple[str, ...] = ()  # the notices of the last run saved
        self._say, self._withdraw = say, withdraw
        self._say_moved = say_moved or say
        self.moved_ids: list[str] = []
        self._moved = ""
        self._moved_from: frozenset | None = None  # the dates before the change said

    def saved(
        self,
        before: Sequence[Article],
        checked: Checked,
        rows: tuple[Sequence[FindingRow], Sequence[FindingRow]] | None = None,
    ) -> None:
        """``checked`` is saved (``before``: the articles analysed before it;
        ``rows``: the list's findings before and after it): the last run's
        notices it does not say again go, its own are shown."""
        moved = self._moved_note(before, checked, rows)
        alone = unmatched_note(checked.analysis)
        weak = weakly_matched_note(checked.analysis, embeddings_wanted())
        dates = [suspect_line(s, "window") for s in suspects(checked.analysis)]  # trial 49
        notes = [n for n in (moved, alone, weak, *dates) if n]
        for gone in [n for n in self.said if n not in notes]:
            self._withdraw(gone)
        self.said = tuple(notes)
        for note in notes:
            (self._say_moved if note == self._moved else self._say)(note)

    def _moved_note(self, before, checked: Checked, rows) -> str:
        """What the date change moved, in findings when the rows are given
        (``moved_findings``); "" when nothing moved, or when the dates are
        back as they were before the change said (an undo: trial 50 read
        "19 new flags" after Ctrl+Z)."""
        said = date_change_note(before, checked)
        now = _dated(checked.articles)
        if said and now == self._moved_from:
            self._moved_from, said = None, ""
        elif said:
            self._moved_from = _dated(before)
        self.moved_ids = []
        if said and rows is not None:
            said, self.moved_ids = moved_note(*rows)
        self._moved = said
        return said


def _dated(articles) -> frozenset:
    return frozenset((a.sha256, str(a.published or "")) for a in articles)
