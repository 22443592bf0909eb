"""One check: read articles, analyse them, save the analysis to the review
log and say what changed. ``workbench check`` and the window both run it.

Qt-free. Reading and analysing touch no review log, so the window runs them
on a worker (:func:`load_and_analyze`) and saves on its writer thread, the
log's single writer (:func:`save`, ``ui/tasks.py``); the command line runs the
same steps in a row.
Progress (``done, total, message``) and cancellation callbacks pass through
to the analysis. What the editor is told stays with each caller: the command
line and the window word their messages differently.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from .articles import ArticleError, distinct_id, load_articles, load_given
from .articles.ids import readable_id
from .articles.unread import refuse_unread, said
from .findings.keep import moved
from .manual_links import ManualLink
from .model import Analysis, Article
from .rereading import given_again, reread
from .store import ArticleRecord, ReviewLog, SaveResult, StoreError
from .store.findings import with_kept_ids
from .store.joined import finding_members

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclasses.dataclass(frozen=True)
class Loaded:
    """What reading and analysing hand back: the articles analysed, the
    analysis, and one line for every file that could not be read."""

    articles: tuple[Article, ...]
    analysis: Analysis
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # not errors: e.g. a file that is already open
    # text hash read before -> the article read again from its changed file
    newer: dict[str, Article] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Checked:
    """A saved check: its articles and analysis, and what changed in the log."""

    articles: tuple[Article, ...]
    analysis: Analysis
    changes: SaveResult


class SaveFailed(Exception):
    """The analysis was not saved and the review log is as it was;
    ``cause`` says why (a StoreError's message says so itself)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


def load(
    paths: Sequence[str | Path],
    published: dict[str, date] | None = None,
    errors: list[str] | None = None,
) -> list[Article]:
    """The articles that can be read. Without ``errors`` the first file that
    cannot be read raises ArticleError; with it, each such file adds its
    one-line message there and is left out (the command line's way)."""
    return load_articles(list(paths), published, errors)


def _same_source(a: Article, b: Article) -> bool:
    """The same text from the same outlet under the same title and address:
    one file saved twice. A trial's second paper running the same wire story
    (another outlet) was refused though check compares it."""
    return (a.outlet, a.title, a.url) == (b.outlet, b.title, b.url)


def add_files(
    articles: tuple[Article, ...],
    new_paths: tuple[str, ...],
    progress: Progress,
    cancelled: Cancel,
) -> tuple[tuple[Article, ...], tuple[str, ...], tuple[str, ...]]:
    """The articles with the new files added (the window's way): a bad or
    duplicate file is skipped with one line in errors or notes. Files in a
    shell's order (22_10 before 22_2) come as a file manager shows them (fresh
    trial 19); any other order is the editor's, kept."""
    new_paths = tuple(shell_order(new_paths))
    taken = {a.id for a in articles}
    known_paths = {str(Path(os.path.realpath(a.path))) for a in articles if a.path}
    known_texts = {a.sha256: a for a in articles}
    out = list(articles)
    errors: list[str] = []
    notes: list[str] = []
    already: list[str] = []
    for i, path in enumerate(new_paths):
        progress(i, len(new_paths) + 2, f"Reading {Path(path).name}")
        if cancelled():
            from .analysis import Cancelled

            raise Cancelled()
        if str(Path(os.path.realpath(path))) in known_paths:
            # adding it twice would compare it with itself
            already.append(path)
            continue
        try:
            article = load_given(path)  # as `open` read it a moment ago, if it did
        except ArticleError as exc:
            errors.append(said(exc))  # marked: not read (stops the batch) or left out
            continue
        twin = known_texts.get(article.sha256)
        if twin is not None and _same_source(twin, article):
            errors.append(f"{path}: same text as an article already open; not added twice")
            continue
        if twin is not None:  # another outlet running the same story, as check takes it
            notes.append(
                f"{path}: the same text as {twin.outlet or twin.id}, under another outlet: "
                "compared as a copy of one story (it counts once among independent sources)"
            )
        article = distinct_id(article, taken)
        notes.extend(article.warnings)  # the reader doubts what it found: say so
        known_paths.add(str(Path(os.path.realpath(path))))
        known_texts.setdefault(article.sha256, article)
        out.append(article)
    names = ", ".join(Path(p).name for p in already[:3]) + (", …" if len(already) > 3 else "")
    if already and len(already) == len(new_paths) == len(articles):
        # the review reopened with all its own files ('open FOLDER --db LOG'): nothing
        # was refused (trial 33 read "not added again" at every open as an error)
        notes.insert(0, f"Reopened this review with its {len(already)} files ({names})")
    elif len(already) > 2:
        # reopening a review with its files: one line, not one per file (fresh trial)
        notes.insert(
            0, f"{len(already)} files already open in this review ({names}): not added again"
        )
    else:
        notes[:0] = [f"{p}: already open in this review" for p in already]
    return tuple(out), tuple(errors), tuple(notes)


def analyse(
    articles: Sequence[Article],
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
    manual: Sequence[ManualLink] = (),
    decided: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> Loaded:
    """Analyse these articles (raises Cancelled when ``cancelled()`` says so)
    with the review log's manual links (``ReviewLog.manual_links()``), its
    decided flags (``store.decided_ids``: never left out) and every flag it
    holds (``store.known_ids``: each pair keeps its id)."""
    from .analysis import analyze  # the engine (issue 14: refusals come before it)

    analysis = analyze(
        articles,
        progress=progress,
        cancelled=cancelled,
        manual=manual,
        decided=decided,
        known=known,
    )
    return Loaded(tuple(articles), analysis)


def load_and_analyze(
    articles: tuple[Article, ...],
    new_paths: tuple[str, ...],
    progress: Progress,
    cancelled: Cancel,
    manual: Sequence[ManualLink] = (),
    decided: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
    reread_files: bool = False,
) -> Loaded:
    """Runs on a worker: read the new files (skipping bad or duplicate
    ones), then analyse everything with ``manual`` links, ``decided`` and
    ``known`` flags (read from the log beforehand); with ``reread_files``,
    first read again every article whose file changed on disk (without it,
    only those among ``new_paths``). Touches no Qt object and no log."""
    if reread_files:
        articles, newer, renotes = reread(articles)
    else:  # a file given again that changed on disk is read again, as check does
        articles, newer, renotes, new_paths = given_again(articles, new_paths)
    out, errors, notes = add_files(articles, new_paths, progress, cancelled)
    refuse_unread(errors, len(new_paths), len(out) - len(articles))  # as check refuses it
    notes = (*renotes, *notes)
    # the window says what check says of a date, once, when the file comes in
    # (a trial saw check doubt a date its web address contradicts; the window
    # was silent)
    fresh = [a for a in out if a not in articles]
    notes = (*notes, *size_doubts(out, about=fresh), *date_doubts(out, about=fresh))
    analysis = analyse(list(out), progress, cancelled, manual, decided, known).analysis
    return Loaded(out, analysis, errors, notes, newer)


def shell_order(paths: Sequence[str]) -> list[str]:
    """Paths given in a shell's order (sorted as text: 22_10 before 22_2) in
    the order a file manager shows them, numbers as numbers; any other order
    is the editor's, kept (fresh trials 19 and 20: columns read out of order,
    and a check's order is the order its log reopens in)."""
    paths = list(paths)
    return sorted(paths, key=_natural) if paths == sorted(paths) else paths


def _natural(path: str) -> list:
    """Sort key: a name's runs of digits compared as numbers, folders first."""
    parts = re.split(r"(\d+)", Path(path).name.lower())
    return [str(Path(path).parent), *((0, int(x)) if x.isdigit() else (1, x) for x in parts)]


def save(log: ReviewLog, loaded: Loaded, guard=None, then=None) -> Checked:
    """Save the analysis in one transaction and say what changed. Raises
    SaveFailed, with the log unchanged, when the log cannot take it.
    ``then(analysis)``: called with what was saved, inside the transaction
    before its commit (``check --json``): never for a refused save."""
    try:
        loaded = kept_ids(log, loaded)
        after = None if then is None else (lambda: then(loaded.analysis))
        changes = log.save_analysis(loaded.analysis, guard=guard, then=after)  # guard: cli_story
    except (StoreError, sqlite3.DatabaseError, OSError) as exc:
        raise SaveFailed(exc) from None
    return Checked(loaded.articles, loaded.analysis, changes)


def kept_ids(log: ReviewLog, loaded: Loaded) -> Loaded:
    """``loaded`` with each finding under the id the log's last run knew it by
    (``store.findings.with_kept_ids``): what is written (--json, the log) and
    shown names a finding as the editor decided it. When the analysis moved a
    pair from one of the last run's findings to another, or split one, the
    findings are grouped again keeping the last run's (``findings.keep.moved``):
    a decided finding is never re-opened by a pair moved in or out."""
    with log.snapshot():
        last = finding_members(log.db)
    analysis = loaded.analysis
    if moved(analysis.findings, last):  # the pairs of each of its findings kept together
        from .analysis import regroup

        analysis = regroup(analysis, kept=last)
    with log.snapshot():
        analysis = with_kept_ids(log.db, analysis)
    return loaded if analysis is loaded.analysis else dataclasses.replace(loaded, analysis=analysis)


def dates_from_log(
    before: Sequence[ArticleRecord],
    articles: Sequence[Article],
    given: Sequence[str] = (),
    given_before: dict[str, str] | None = None,
) -> tuple[list[Article], list[str]]:
    """An article whose file states no date keeps the date the log's last
    check had for the same text (``before``: an editor gave it, with
    --published or in the window), so checking again does not silently undo
    it; failing that, the date it had for the same file, whose text has
    changed since (a copy-edit must not drop the date every relative date
    hangs on). One note each, saying which.

    A file that states a date while an editor gave another for the very same
    text at the last check (``given_before``: --published or the window)
    keeps the editor's, with a note naming both dates (fresh CLI trial: a
    header's mistyped year came back at the next plain check and four flags
    went "no longer found"). ``given``: files dated on this command line,
    which win."""
    by_text = {**(given_before or {}), **{r.sha256: r.published for r in before if r.published}}
    by_file = {_real(r.path): r.published for r in before if r.published and r.path}
    # an editor's date for a file whose text was edited since (trial 23: a copy-edit
    # dropped the date typed for it, back to the header's, without a word)
    given_by_file = {
        _real(r.path): (given_before or {})[r.sha256]
        for r in before
        if r.path and r.sha256 in (given_before or {})
    }
    now = {_real(p) for p in given}
    out, notes = [], []
    for a in articles:
        if a.published is not None:
            kept, says = (given_before or {}).get(a.sha256), a.published.isoformat()
            kept = kept or given_by_file.get(_real(a.path or ""))
            if kept and kept != says and _real(a.path or "") not in now:
                try:
                    day = date.fromisoformat(kept)
                    a = dataclasses.replace(a, published=day, date_given=True)
                except ValueError:
                    pass  # a log edited by hand: the file's date stands
                else:
                    notes.append(
                        f"{a.path or a.id}: published {kept}, as given earlier (the file "
                        f"says {says}; --published sets another)"
                    )
            out.append(a)
            continue
        day, why = by_text.get(a.sha256), "given earlier"
        if not day and a.path:
            day, why = by_file.get(_real(a.path)), "given earlier for this file; its text changed"
        if day:
            try:
                # a file that states no date: whatever date it has, an editor gave
                a = dataclasses.replace(a, published=date.fromisoformat(day), date_given=True)
            except ValueError:
                pass  # a log edited by hand: the article stays undated
            else:
                notes.append(
                    f"{a.path or a.id}: published {day}, as the review log has it "
                    f"({why}; --published sets another)"
                )
        out.append(a)
    return out, notes


def ids_from_log(before: Sequence[ArticleRecord], articles: Sequence[Article]) -> list[Article]:
    """An article whose file name is shared with another (its id then ends in
    part of its content's hash) keeps the id the log's last check gave the
    same file: a copy-edit changes the hash, and a new id orphaned every
    decision on that article instead of moving it (fresh CLI trial: two
    ``story.txt`` in outlet folders). So does a file that had its name to
    itself until a namesake joined. Ids no other article has now only."""
    by_file = {_real(r.path): r.id for r in before if r.path}
    taken = {a.id for a in articles}
    out = []
    for a in articles:
        stem = readable_id(Path(a.path).stem) if a.path else ""
        old = by_file.get(_real(a.path)) if a.path else None
        if (
            old
            and old != a.id
            and old not in taken
            and (a.id == stem or a.id.startswith(f"{stem}-"))
            and (old == stem or old.startswith(f"{stem}-"))
        ):
            taken.discard(a.id)
            taken.add(old)
            a = dataclasses.replace(a, id=old)
        out.append(a)
    return out


def _real(path: str) -> str:
    return os.path.realpath(path)


# a year typed one off lands 364-366 days away ("2009-03-13" among "2008-03-14":
# a fresh CLI trial's was not pointed out when the line was "over 366 days")
LONG_ARTICLE = 200_000  # characters: news copy runs to 5,000-50,000; a long feature to 100,000


def size_doubts(articles: Sequence[Article], about: Sequence[Article] | None = None) -> list[str]:
    """One line for each article far longer than news copy (``LONG_ARTICLE``).
    It is still compared (a long report or transcript is a real source; the
    hard limits are the file readers'), but said before the wait: trial 29
    gave a 5 MB text file, read as one article of 36,853 claims in 44 s
    without a word. ``about``: only these articles."""
    return [
        f"{a.path or a.id}: {len(a.text):,} characters, far longer than news copy "
        f"(said above {LONG_ARTICLE:,}): compared as one article, which can take "
        "minutes; if it holds several articles, give each its own file"
        for a in articles
        if len(a.text) > LONG_ARTICLE and (about is None or a in about)
    ]


FAR_DAYS = 300


def date_doubts(
    articles: Sequence[Article], today: date | None = None, about: Sequence[Article] | None = None
) -> list[str]:
    """One line for each publication date an editor would want to look at
    again: in the future, or ten months or more from every other article's date
    when at least two others are dated (a mistyped year moves every relative
    date it anchors; with one other, which one is wrong cannot be told).
    ``about``: only these articles' dates (the others still count)."""
    today = today or date.today()
    dated = [a for a in articles if a.published is not None]
    out = []
    for a in dated:
        assert a.published is not None
        if about is not None and a not in about:
            continue
        others = [b.published for b in dated if b is not a and b.published is not None]
        swapped = _swapped_fits(a.published, others)
        if swapped is not None:
            out.append(
                f"{a.path or a.id}: published {a.published}; with day and month swapped "
                f"({swapped}) it would be within a week of the other articles' dates; check "
                "the date (a day and month swapped change every relative date)"
            )
        elif a.published > today:
            out.append(f"{a.path or a.id}: published {a.published} is in the future")
        elif len(others) >= 2 and all(abs((a.published - d).days) > FAR_DAYS for d in others):
            near = min(others, key=lambda d: abs((a.published - d).days))
            out.append(
                f"{a.path or a.id}: published {a.published}, ten months or more from the "
                f"other articles (nearest {near}); a mistyped year changes every relative date"
            )
        if said := _address_disagrees(a):
            out.append(said)
    return out


def _swapped_fits(published: date, others: Sequence[date]) -> date | None:
    """The date with day and month swapped, when that lands within a week of
    the other articles' middle date while the date given is a month or more
    from every one of them (a trial's 2007-12-04 for 2007-04-12, eight months
    from the rest, passed unremarked). Two others at least: with one, which of
    the two is wrong cannot be told."""
    if len(others) < 2 or published.day > 12 or published.day == published.month:
        return None
    try:
        swapped = published.replace(month=published.day, day=published.month)
    except ValueError:
        return None
    middle = sorted(others)[len(others) // 2]
    if abs((swapped - middle).days) > 7:
        return None
    if min(abs((published - d).days) for d in others) < 30:
        return None
    return swapped


_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/\-_.]|$)"
)


def _address_disagrees(a: Article) -> str:
    """A publication date its own web address contradicts (/2010/09/10/ for
    one dated 2010-11-09: day and month swapped, or the date of another
    page). A fresh trial's blog copy resolved "Thursday evening" two months
    late and was never compared. Days apart only count past a week (a page
    updated later keeps its address)."""
    m = _URL_DATE.search(a.url or "")
    if m is None or a.published is None:
        return ""
    year, month = int(m[1]), int(m[2])
    try:
        said = date(year, month, int(m[3])) if m[3] else None
    except ValueError:
        return ""
    if said is not None:
        if abs((a.published - said).days) <= 7:
            return ""
    elif (a.published.year, a.published.month) == (year, month):
        return ""
    where = m.group(0).strip("/")
    return (
        f"{a.path or a.id}: published {a.published}, but its web address says {where}; "
        "check the date (a day and month swapped change every relative date)"
    )


def date_change_note(before: Sequence[Article | ArticleRecord], checked: Checked) -> str:
    """One line when a publication date changed, and nothing else, and the
    comparison moved with it: "The date change moved what is compared: 2
    flags no longer compared, 1 new flag" (fresh window trial: a date edit made
    pairs disappear without a word). "" otherwise. ``before``: the articles
    analysed before, or the log's records of them (dates as ISO text)."""

    def dated(articles) -> set[tuple[str, str]]:
        return {(a.sha256, str(a.published or "")) for a in articles}

    was, now = dated(before), dated(checked.articles)
    if {sha for sha, _ in was} != {sha for sha, _ in now} or was == now:
        return ""
    new, gone = checked.changes.new, checked.changes.gone
    if not new and not gone:
        return ""
    parts = [f"{gone} flag{'s' if gone != 1 else ''} no longer compared"] if gone else []
    parts += [f"{new} new flag{'s' if new != 1 else ''}"] if new else []  # '...: 1 new' (trial 42)
    return "The date change moved what is compared: " + ", ".join(parts)


def other_story(
    log: ReviewLog, before: Sequence[ArticleRecord], articles: Sequence[Article]
) -> str | None:
    """One line when this log's last check (``before``, its articles)
    compared none of these articles and the log holds decisions: saving will
    keep those reviews only as orphans (a default ``review.sqlite`` reused
    for the next story)."""
    if not before:
        return None
    now = {a.sha256 for a in articles} | {str(a.path) for a in articles if a.path}
    if any(r.sha256 in now or (r.path and r.path in now) for r in before):
        return None
    decided = sum(
        1 for d in log.discrepancies(include_orphaned=False) if d.status and d.status != "open"
    )
    if not decided:
        return None
    return (
        f"{log.path}: its last check compared other articles; their {decided} decided "
        "flag(s) will be kept as orphans (give --db to keep one review log per story)"
    )
