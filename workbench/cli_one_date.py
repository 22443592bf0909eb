"""``check``'s notes on one ``--published`` date given to many undated
articles, and on date lines an undated article carries (user trial 47).

``--published 2008-12-13`` alone dates every article whose file gives no
date; for 16 undated reports of one event it went on all of them without a
word, and every "Friday" and "yesterday" in them was then resolved against
it. One line says so. Where an article carries a line that looks like its
date line but was not read as a date ("Jul. 7 5:59 PM EDT" names no year;
a title "Article posted on 08.07.2012"), a line names it: the editor may
date that article by it with ``--published FILE=YYYY-MM-DD``. Nothing
analysed changes without the editor's say."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .articles.date_lines import date_lines
from .model import Article

SHOWN = 4  # articles whose date line is named before "and N more"


def one_date_notes(
    before: Sequence[Article], after: Sequence[Article], every: date | None
) -> list[str]:
    """The notes (without ``workbench: note:``): one when a date given alone
    went on two or more undated articles; one per article (up to ``SHOWN``)
    dated that way, or left undated, that carries a date line."""
    was = {a.id: a.published for a in before}
    dated = [
        a for a in after if every is not None and was.get(a.id) is None and a.published == every
    ]
    notes = []
    if len(dated) > 1:
        notes.append(
            f"one date ({every}) for {len(dated)} undated articles: their relative dates now "
            "depend on it (give one its own with --published FILE=YYYY-MM-DD)"
        )
    looked = dated if every is not None else [a for a in after if a.published is None]
    lines = [(a, found[0]) for a in looked if (found := date_lines(a.title, a.text))]
    for a, (where, line, has_year) in lines[:SHOWN]:
        which = "its title is" if where == "title" else "its text opens with"
        year = "" if has_year else ", no year"
        used = f"dated {every} by --published" if every is not None else "undated"
        notes.append(
            f"{a.id} ({used}): {which} a date line, “{line}”{year}: it may date it "
            f"(--published {a.id}=YYYY-MM-DD)"
        )
    if len(lines) > SHOWN:
        notes.append(f"{len(lines) - SHOWN} more of them carry a date line too")
    return notes
