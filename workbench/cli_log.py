"""What ``check`` takes from the review log it saves into: the ids and the
dates an editor gave for the same articles, the decided findings before the
check (to name their new ids after it), and whether the log holds another
story's review (refused unless the editor says so: a fresh CLI trial checked
one story into another's log without noticing, and its report came out
empty)."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date

from .cli_args import CliError
from .terminal import one_line


def as_the_log_knows_them(
    log, articles: list, published: dict[str, date], args: argparse.Namespace
) -> tuple[list, dict[str, set[str]]]:
    """The articles with the ids and the dates an editor gave that the log's
    last check had for them, and one note for each date to look at again;
    and the decided findings before this check, with their discrepancies."""
    from . import service
    from .store.saving import given_dates

    before = log.articles()  # the last check's, with their texts: read once
    articles = service.ids_from_log(before, articles)
    given = given_dates(log.db)
    articles, kept = service.dates_from_log(before, articles, list(published), given)
    switched = service.other_story(log, before, articles)
    if switched and not args.replace_story:
        raise CliError(
            f"{args.db} holds the review of {len(before)} other articles, with decisions; none "
            "of them is in this check. Give --db a new log for this story, or --replace-story "
            "to check these articles into it (its decisions stay as orphaned reviews)"
        )
    found = log.findings()
    if (
        not switched
        and not args.leave_out
        and (held := _decisions_left_out(before, articles, found))
    ):
        raise CliError(
            f"this check leaves out {held} of the review's articles that decisions rest on; "
            "give all of its files, or --leave-out to check without them (their decisions stay "
            "as orphaned reviews)"
        )
    doubts = [*service.size_doubts(articles), *service.date_doubts(articles)]
    for line in [*kept, *doubts, *([switched] if switched else [])]:
        print(one_line(f"workbench: note: {line}"), file=sys.stderr)
    # only the decided discrepancies: a pair a decision left open did not move it
    decided = {f.id: {m.id for m in f.members if m.status != "open"} for f in found}
    decided = {fid: members for fid, members in decided.items() if members}
    return articles, decided


def _decisions_left_out(before, now, found) -> str:
    """The articles of the review's last check missing from this one that a
    live decision names or rests on ("3 (30_12, 30_2, 30_5)"); "" if none.
    A fresh trial's colleague checked 3 of 14 files into the shared log: a
    correction still owed went from the report's list unnoticed."""
    if len(now) >= len(before):  # as many or more: a file renamed and edited, not a subset
        return ""
    gone = set(_missing(before, now))
    held = sorted(
        {
            name
            for f in found
            if f.active and f.status != "open"
            for m in f.members
            if m.status != "open"
            for name in (m.correct_article, m.left_article, m.right_article)
            if name in gone
        }
    )
    if not held:
        return ""
    shown = ", ".join(held[:4]) + (f" and {len(held) - 4} more" if len(held) > 4 else "")
    return f"{len(held)} ({shown})"


def regrouped(decided: dict[str, set[str]], now) -> list[str]:
    """One line for each decided finding whose id this check changed (an
    article added, a date fixed: its discrepancies now group differently),
    naming the findings that hold its decisions now. The ids an editor wrote
    down went stale silently (fresh CLI trial)."""
    ids = {f.id for f in now}
    out = []
    for old, members in decided.items():
        if old in ids:
            continue
        holders = [f.id for f in now if members & {m.id for m in f.members}]
        if holders:
            out.append(f"Decided finding {old} is now {', '.join(holders)} (regrouped).")
    return out


class Interrupted(KeyboardInterrupt):
    """Ctrl+C, with what it left behind, said in one line."""


@contextlib.contextmanager
def interruptible() -> Iterator[Callable[[], bool]]:
    """Ctrl+C during the analysis asks it to stop at its next step instead
    of raising inside the embedding model's threads (a fresh CLI trial saw
    "terminate called without an active exception" and a SIGABRT); a second
    Ctrl+C stops at once. Either way the analysis ends as interrupted."""
    from .analysis import Cancelled

    stop = threading.Event()

    def on_sigint(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        # said at once: one step of a big analysis (a long article's
        # sentences through the model) can take a minute, and a silent
        # terminal read as a hang (fresh CLI trial)
        print(
            "workbench: stopping after the step under way; Ctrl+C again stops at once",
            file=sys.stderr,
            flush=True,
        )

    try:
        previous = signal.signal(signal.SIGINT, on_sigint)
    except ValueError:  # not the main thread: Ctrl+C is not ours to catch
        previous = None
    try:
        yield stop.is_set
    except (Cancelled, KeyboardInterrupt):
        raise KeyboardInterrupt from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


class Progress:
    """How far a check got: whether the review log holds its results."""

    saved = False


@contextlib.contextmanager
def guarded(log, fresh: bool, report: str | None) -> Iterator[Progress]:
    """Ctrl+C anywhere in a check says truly what it left: a review log this
    check created and never saved into is removed ("the review log is
    unchanged" left an empty one behind, also when Ctrl+C came while the
    log's ids were read or its save was under way: a fresh CLI trial), and
    once the results are saved the message says so and names the report
    that was not written."""
    done = Progress()
    try:
        yield done
    except CliError as exc:  # an output that could not be written, a source refused ...
        if done.saved:  # the results are in the log: say so, and how to get the report
            again = f"workbench report --db {log.path} -o FILE"
            saved = f"the review log {log.path} was saved ({again} writes it)"
            raise CliError(f"{exc}; {saved}") from None
        if fresh:  # a trial's "--report /sys/r.md" left an empty log nobody asked for
            _forget(log)
        raise
    except KeyboardInterrupt:
        if done.saved:
            rest = f"; {report} was not written" if report else ""
            raise Interrupted(f"interrupted after the review log was saved{rest}") from None
        if fresh:
            _forget(log)
        raise Interrupted("interrupted; the review log is unchanged") from None
    except Exception as exc:
        # a check that failed during its analysis (a bug, an input the readers
        # let through that the analysis could not take) left the log it had
        # just created empty, and the next command said "no check saved in it
        # yet" (trial 39): the log goes, and the error line says so
        if not done.saved and fresh:
            path = str(log.path)
            with contextlib.suppress(Exception):  # the error said is the first one
                _forget(log)
            if not os.path.exists(path):
                exc.add_note(f"nothing was saved ({path} was not created)")
        raise


def remove_fresh(path: str) -> None:
    """A review log whose creation was interrupted: nothing of it is kept."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(path + suffix)


def _forget(log) -> None:
    """Remove a review log this run created and saved nothing into."""
    path = str(log.path)
    try:
        empty = not log.articles()
    finally:
        log.close()
    if empty:
        remove_fresh(path)


def strays_refused(analysis, log, args: argparse.Namespace) -> str:
    """Why this check saves nothing when an article new to the log shares no
    claim with the others; "" to go on. Trial 40 checked a shopping list and a
    README with ten reports: both were saved with exit 0, the warning line 1
    of 180. One the log already holds was kept on purpose: it passes."""
    from .findings.offtopic import left_alone, nothing_shared
    from .naming import labels

    held = {a.id for a in log.articles()}
    names = labels(analysis.articles)
    files = {a.id: a.path or names.get(a.id, a.id) for a in analysis.articles}
    if args.keep_unmatched:
        return ""
    strays, _ = left_alone(analysis)  # a short article naming this story is kept (trial 45 P9)
    if nothing_shared(analysis) and strays and any(a not in held for a in strays):
        return apart([files[a.id] for a in analysis.articles], log.path)  # trial 45
    new = [a for a in strays if a not in held]
    if not new:
        return ""
    listed = ", ".join(files[a] for a in new)
    one = len(new) == 1
    others = len(analysis.articles) - len(new)
    return (
        f"{listed} share{'s' if one else ''} no claim with the other {others} articles (no "
        f"sentence aligned): {'is it' if one else 'are they'} about this story? Nothing was "
        f"saved to {log.path}: check again without {'it' if one else 'them'}, or add "
        "--keep-unmatched to compare it with nothing"
    )


def apart(files: list[str], db) -> str:
    """The refusal of a check none of whose articles shares a sentence with
    another: the same rule as for one stray among others (trial 45: two
    unrelated reports gave "0 findings" and exit 0)."""
    listed = " and ".join(files) if len(files) == 2 else ", ".join(files[:3])
    if len(files) > 3:
        listed += f" and {len(files) - 3} more"
    return (
        f"{listed} share no aligned sentence (not one claim of one matched in another): "
        f"they may be different stories. Nothing was saved to {db}: check them apart, "
        "or add --keep-unmatched to keep them"
    )


def not_saved(db: str, exc: BaseException) -> str:
    return f"{db}: could not save the analysis ({exc}); the previous review log is unchanged"


def left_out(before, now) -> str:
    """Said when a check of a review leaves out articles its last check had
    (a fresh trial checked 10 of 11 files by mistake; only "4 no longer
    found" said so): their findings go, their decisions are kept."""
    gone = _missing(before, now)
    if not gone:
        return ""
    names = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
    return (
        f"Note: {len(gone)} article{'s' if len(gone) != 1 else ''} of this review "
        f"{'was' if len(gone) == 1 else 'were'} not in this check ({names}): "
        f"{'its' if len(gone) == 1 else 'their'} findings are no longer compared and the "
        "decisions on them are kept; give the file again to compare it"
    )


def _missing(before, now) -> list[str]:
    """The ids of the review's articles that this check has under neither
    their id nor their text."""
    here = {a.id for a in now} | {a.sha256 for a in now}
    return [a.id for a in before if a.id not in here and a.sha256 not in here]


def orphans_kept(orphaned: int, log) -> str:
    """The orphaned reviews kept, those of a correction that looks made apart:
    listed below as such, as the report lists them (trial 31 read them under
    both headings, and "11 orphaned reviews" here)."""
    every = log.findings()
    kept = [f for f in every if f.orphaned]
    made = sum(1 for f in kept if f.corrected)  # by finding, not pair (trial 35)
    # pairs no longer found that their finding, still found, holds are no orphans
    held = sum(1 for f in every if f.active for m in f.members if not m.active)
    n = len(kept) - made if kept else max(orphaned - held, 0)
    rest = f"{n} orphaned review{'s' if n != 1 else ''} kept"
    return rest + (f"; {made} of a correction that looks made, below)." if made else ").")


def counted(changes) -> str:
    """Say "5 new findings, 1 no longer found": what a check changed in the log,
    by finding (trial 35 read "4 no longer found" for one finding of four
    pairs); by pair only where findings were not counted."""
    if changes.new_findings < 0:
        return f"{changes.new} new, {changes.gone} no longer found"
    n = changes.new_findings
    return f"{n} new finding{'s' if n != 1 else ''}, {changes.gone_findings} no longer found"
