"""The command line's outputs: writing files safely (never over the review
log, an input or an article), and ``workbench report``."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from . import files
from .cli_args import CliError
from .terminal import flat, one_line


def atomic_write(path: str | Path, text: str) -> None:
    try:
        files.atomic_write(path, text)
    except files.WriteError as exc:
        raise CliError(str(exc)) from None


def check_writable(
    path: str | Path, protected: dict[str, str | Path] | None = None, suffix: str = ""
) -> None:
    """An output path that can be written, is none of ``protected`` and does
    not replace an article (``suffix``: the one the output's name must have)."""
    try:
        files.check_not_overwriting(path, protected or {})
        files.check_writable(path)
        files.check_not_an_article(path, suffix)
    except files.WriteError as exc:
        raise CliError(str(exc)) from None


def logged_articles(db: str | Path) -> dict[str, str | Path]:
    """The article files a review log was made from: a report must not
    replace one of them (the log does not exist yet: nothing to protect)."""
    from .store import ReviewLog, StoreError

    try:
        log = ReviewLog(db, create=False)
    except StoreError:
        return {}
    try:
        return {f"the article {a.path}": a.path for a in log.articles() if a.path}
    finally:
        log.close()


def format_from_suffix(path: str) -> str | None:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {
        "md": "md",
        "markdown": "md",
        "html": "html",
        "htm": "html",
        "csv": "csv",
        "json": "json",
    }.get(suffix)


def cmd_report(args: argparse.Namespace) -> int:
    from .claimreview import report_text as render  # md, html, csv, json and claimreview
    from .cli_publish import asked, chosen
    from .store import ReviewLog, StoreError, log_files

    if args.output in ("-", "/dev/stdout"):  # stdout, also when it is a pipe
        args.output = None
    fmt = args.format
    if fmt is None and args.output:
        fmt = format_from_suffix(args.output)
        if fmt is None and Path(args.output).suffix:
            raise CliError(
                f"-o {args.output}: use a .md, .html, .csv or .json file name, or give --format"
            )
    fmt = fmt or "md"
    asked(args, fmt)  # --publish: for claimreview only
    if args.output:
        suffix_fmt = format_from_suffix(args.output) if args.format != "claimreview" else None
        if args.format and suffix_fmt and suffix_fmt != args.format:
            raise CliError(
                f"-o {args.output}: the file name says {suffix_fmt} but --format is {args.format}"
            )
        check_writable(args.output, log_files(args.db) | logged_articles(args.db))
    try:
        log = ReviewLog(args.db, create=False)
        try:
            with log.snapshot():  # one committed state, even while others write
                if fmt == "claimreview":  # the findings an editor chose to publish (trial 47)
                    args.published = chosen(log, args)
                text = render(log, fmt, args)
                unchecked = not log.articles()
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if unchecked:  # "Findings: 0" would read as "nothing differs"
        print(
            one_line(
                f"workbench: note: {args.db} holds no checked articles yet (did the check "
                "that created it stop before saving?): this report says nothing about them"
            ),
            file=sys.stderr,
        )
    if args.output:
        atomic_write(args.output, text)
        print(one_line(f"Report written to {args.output}"), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def signed(decider: str, by: str) -> str:
    """Who is named after what a change wrote: the reviewer recorded for it
    (``by``), and the one whose decision stands when that is someone else
    (trial 26: a note by "CLI Colleague" on a finding decided by root printed
    "… by root", while the history recorded CLI Colleague)."""
    if not by or by == decider:
        return f" by {decider}" if decider else ""
    return f" (decided by {decider}; this change by {by})" if decider else f" by {by}"


def db_hint(message: str, args) -> str:
    """ " (give the log with --db PATH)" after "review.sqlite: no such review
    log" when the command looked for its default log, no --db given (a new
    user's trial ran ``report`` in another folder and did not know how to
    name the log)."""
    given = getattr(args, "_given_once", {})
    if message.endswith("no such review log") and hasattr(args, "db") and "db" not in given:
        return " (give the log with --db PATH)"
    return ""


def typed_back(args) -> str:
    """A refused decision's note and correction, printed back so they can be
    given again: trial 46 typed a note, was refused for a missing --article,
    and had to type the note again."""
    typed = [
        f"--{field} {_quoted(flat(text))}"
        for field in ("note", "correction")
        if (text := getattr(args, field, None) or "").strip() and _printable(text)
    ]
    return f" (not saved; give again: {' '.join(typed)})" if typed else ""


def _printable(text: str) -> bool:
    """Text that is no valid UTF-8 (undecodable bytes of an argument) is
    refused for that; printed back it would break the refusal itself."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _quoted(text: str) -> str:
    """As a shell takes it back: 'text', or "text" for an apostrophe."""
    if "'" in text and not any(c in text for c in '"$`\\!'):
        return f'"{text}"'
    return shlex.quote(text) if "'" in text else f"'{text}'"
