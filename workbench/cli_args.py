"""The ``workbench`` command line's arguments: one parser, one function
per command. Usage mistakes are one line on stderr, like every other error."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from . import __version__
from .cli_corrections import CorrectionFor
from .terminal import one_line

EXIT_ERROR = 2
Commands = argparse._SubParsersAction  # the subcommands of the parser


class CliError(Exception):
    """An expected failure; the message is shown as it is."""


class UsageError(CliError):
    """A mistake in how an option was given that argparse cannot see (a
    status not known, a report's suffix, a date's form): shown with a pointer
    to the command's own help, as argparse's own mistakes are."""


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_ERROR,
            f"workbench: error: {one_line(message)}{_command_meant(message)} "
            f"(see '{self.prog} --help')\n",
        )

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """An unknown option close to one of its command's is named: "did you
        mean --report?" (argparse's suggest_on_error is Python 3.14's only)."""
        got, extras = self.parse_known_args(args, namespace)
        if extras:
            # the command's own parser says it, so the line points to its help:
            # "see 'workbench check --help'", not the list of commands (trial 39)
            command = self._commands().get(getattr(got, "command", None) or "", self)
            command.error(f"unrecognized arguments: {' '.join(extras)}{meant(extras, command)}")
        return got

    def _commands(self) -> dict[str, argparse.ArgumentParser]:
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}


def meant(extras: list[str], command: argparse.ArgumentParser) -> str:
    """ "; did you mean --report?" for the first unknown option one of the
    command's own option strings is close to ("" when none is)."""
    import difflib

    options = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
    for extra in extras:
        word = extra.split("=", 1)[0]
        if not word.startswith("--"):
            continue
        if close := difflib.get_close_matches(word, options, n=1, cutoff=0.7):
            return f"; did you mean {close[0]}?"
    return ""


def _command_meant(message: str) -> str:
    """ "; did you mean review?" after argparse's "invalid choice: 'reveiw'
    (choose from ...)" when one choice is close (trial 41: a mistyped command
    got no suggestion, a mistyped option did)."""
    import difflib
    import re

    m = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if not m:
        return ""
    choices = re.findall(r"'([^']*)'", m.group(2)) or [c.strip() for c in m.group(2).split(",")]
    close = difflib.get_close_matches(m.group(1), choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


CARRIES, NEAR, LEAVES_OUT = "●", "◌", "∅"  # coverage cells, as the window draws them


def parser() -> argparse.ArgumentParser:
    """The command line: check, review, report and open."""
    p = _Parser(
        prog="workbench",
        description="Claim Workbench: compare news reports of the same event claim by claim, "
        "flag discrepancies and keep a review log.",
    )
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    _add_check(sub)
    _add_review(sub)
    _add_report(sub)
    _add_coverage(sub)
    _add_open(sub)
    _add_serve(sub)
    _add_links(sub)
    for command in sub.choices.values():
        for action in command._actions:  # argparse has no public walk
            if type(action) is argparse._StoreAction and action.option_strings:
                action.__class__ = _Once
    return p


class _Once(argparse._StoreAction):
    """An option that takes one value refuses a second: ``--db A --db B``
    silently used B (fresh CLI trial), a decision or a report may then go to
    a log the editor did not mean."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        given = namespace.__dict__.setdefault("_given_once", {})
        if self.dest in given and given[self.dest] != values:
            parser.error(
                f"{option_string} given twice ({given[self.dest]} and {values}): give it once"
            )
        given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


def _add_check(sub: Commands) -> None:
    """``check``: analyse articles into the review log."""
    c = sub.add_parser(
        "check",
        help="analyse articles and write the review log",
        description="Analyse 2 or more articles (.txt, .md, .html, .pdf, .docx, or http(s) "
        "addresses of web pages and PDFs, fetched and kept in snapshots/ beside the log): "
        "align their claims, flag discrepancies and write them to the review log.",
    )
    c.add_argument(
        "files", nargs="+", metavar="FILE|URL", help="article files or http(s) addresses"
    )
    c.add_argument(
        "--db",
        default="review.sqlite",
        help="review log to create or update (default: review.sqlite)",
    )
    c.add_argument(
        "--json",
        metavar="PATH",
        help="also write the analysis as JSON (format: docs/json-format.md)",
    )
    c.add_argument(
        "--report",
        metavar="PATH",
        help="also write a correction report (.md, .html, .csv or .json)",
    )
    c.add_argument(
        "--published",
        metavar="[PATH=]YYYY-MM-DD",
        action="append",
        default=[],
        help="publication date of an article whose file does not give one or gives a wrong "
        "one; PATH may be the file's name, with or without its extension (repeatable). A date "
        "alone dates every article whose file gives none (one whose file gives a date keeps it)",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="print only the summary counts")
    c.add_argument(
        "--independence",
        action="store_true",
        help="under Independence, every pair of sources counted as one and why (the wording "
        "they share); without it, who counts once with whom in one line",
    )
    c.add_argument(
        "--leave-out",
        action="store_true",
        help="check fewer articles than the review holds, though decisions rest on those "
        "left out (refused without it; their decisions stay as orphaned reviews)",
    )
    c.add_argument(
        "--keep-unmatched",
        action="store_true",
        help="save an article that shares no claim with the others (refused without it: "
        "a file that is no report of this story)",
    )
    c.add_argument(
        "--replace-story",
        action="store_true",
        help="check these articles into a review log that holds another story's decided "
        "review (refused without it; its decisions stay as orphaned reviews)",
    )


def _add_review(sub: Commands) -> None:
    """``review``: record a decision on one discrepancy."""
    r = sub.add_parser(
        "review",
        help="record a decision on a finding or a discrepancy",
        description="Set the review status, note, proposed correction or "
        "reviewer of one finding (all its discrepancies) or one discrepancy. "
        "Every change is kept in the history.",
    )
    r.add_argument(
        "id",
        metavar="ID",
        help="finding id (F…) or discrepancy id, or an unambiguous prefix; a decision on "
        "a finding is recorded on each discrepancy it contains",
    )
    r.add_argument("--db", default="review.sqlite", help="review log (default: review.sqlite)")
    r.add_argument("--status", help="open, verified, disputed, needs-correction or dismissed")
    r.add_argument("--note", help="a note for other editors")
    r.add_argument(
        "--correction",
        action=CorrectionFor,
        help="the proposed correction; on a finding, give it after the --article it is for "
        "(--article A --correction TEXT --article B --correction TEXT): each article is "
        "proposed its own wording, or none",
    )
    r.add_argument("--reviewer", help="who decided (default: your user name)")
    r.add_argument(
        "--undo",
        action="store_true",
        help="take back the last change of this decision still in force (recorded in the "
        "history; undo again to step back further)",
    )
    r.add_argument(
        "--redo",
        action="store_true",
        help="put back the change undone last (a new change ends what can be redone)",
    )
    r.add_argument(
        "--history",
        action="store_true",
        help="print every recorded change of this discrepancy's review (changes "
        "nothing unless other options are given)",
    )
    r.add_argument(
        "--article",
        metavar="ARTICLE",
        action="append",
        help="the article that needs the correction (its id as 'check' prints it); "
        "the report then lists the correction under that article only. For a finding, "
        "repeat it for several articles; 'needs-correction' on a finding of more than one "
        "version requires it (never guessed). Named again on a finding that owes "
        "corrections, the articles are added to those owed",
    )
    r.add_argument(
        "--withdraw",
        metavar="ARTICLE",
        action="append",
        help="for a finding: take back the correction asked of this article (repeat it for "
        "several); the others stay owed, the history keeps it",
    )


def _add_report(sub: Commands) -> None:
    """``report``: write the correction report."""
    o = sub.add_parser(
        "report",
        help="write the correction report",
        description="Write the correction report from a review log.",
    )
    o.add_argument("--db", default="review.sqlite", help="review log (default: review.sqlite)")
    o.add_argument(
        "--format",
        choices=("md", "html", "csv", "json", "claimreview"),
        help="report format (default: from -o's suffix, else md); claimreview: schema.org "
        "ClaimReview JSON-LD of the verified or disputed findings chosen with --publish",
    )
    o.add_argument(
        "-o", "--output", metavar="PATH", help="write here instead of to stdout (- is stdout)"
    )
    for option, what in (
        ("--publisher", "the organisation publishing the fact-checks"),
        ("--publisher-url", "its web site"),
        ("--review-url", "the page the fact-checks are published on (each gets #finding-ID)"),
    ):
        o.add_argument(
            option,
            metavar="NAME" if option == "--publisher" else "URL",
            help=f"for --format claimreview: {what}",
        )
    o.add_argument(
        "--publish",
        nargs="+",
        action="extend",
        metavar="F…",
        help="for --format claimreview (required there): the findings to publish, by id or "
        "prefix, each verified or disputed; a finding marked verified is not published unless "
        "chosen here",
    )
    o.add_argument(
        "--with-notes",
        action="store_true",
        help="for --format claimreview: publish each decision's note as the review's text "
        "(notes are internal and left out by default)",
    )


def _add_coverage(sub: Commands) -> None:
    """``coverage``: the claims x sources matrix of a review log."""
    c = sub.add_parser(
        "coverage",
        help="which sources state each claim and which leave it out",
        description="Print the claims x sources matrix of a review log's latest check: one "
        f"row per claim two or more sources state, one column per source ({CARRIES} states "
        f"it, {NEAR} a similar sentence not compared, {LEAVES_OUT} leaves it out). Claims "
        "most independent sources carry come first.",
    )
    c.add_argument("--db", default="review.sqlite", help="review log (default: review.sqlite)")
    c.add_argument(
        "--omitted",
        action="store_true",
        help="only the claims most independent sources carry that some leave out",
    )
    c.add_argument(
        "--sort",
        choices=("omitted", "position", "sources"),
        default="omitted",
        help="row order: claims some sources leave out first (default), reading order "
        "(position: g1, g2, … g10), or most sources first",
    )


def _add_open(sub: Commands) -> None:
    """``open``: the window."""
    w = sub.add_parser(
        "open",
        help="open the window",
        description="Open the workbench window with articles or a review log.",
    )
    w.add_argument(
        "paths",
        nargs="*",
        metavar="FILE|LOG",
        help="article files to compare, or a review log (.sqlite) to reopen",
    )
    w.add_argument(
        "--db",
        metavar="LOG",
        help="review log for the articles (created if missing; default: the log "
        "that already holds exactly these files, found among the recent logs and the "
        "*.sqlite here and beside them, else a new log in the workbench's data folder, "
        "shown in the status bar)",
    )


def _add_serve(sub: Commands) -> None:
    """``serve``: the review log in Datasette, read-only (the ``serve`` extra)."""
    s = sub.add_parser(
        "serve",
        help="show the review log read-only in Datasette, for the team",
        description="Open the review log read-only in Datasette, with canned queries: open "
        "flags, corrections per article, decisions per reviewer, one flag's history. Needs "
        "pip install 'claim-workbench[serve]'.",
    )
    s.add_argument("log", metavar="LOG", help="the review log (.sqlite)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("-p", "--port", type=int, default=8001, help="port (default: 8001)")


SENTENCE_HELP = (
    "a sentence: ARTICLE:N (the article's id, or a prefix of 4+ characters, and the sentence's "
    "number from 1, as 'workbench links LOG ARTICLE' prints them) or ARTICLE:WORDS (the one "
    "sentence containing those words)"
)


def _add_links(sub: Commands) -> None:
    """``link``, ``unlink`` and ``links``: manual alignment by an editor."""
    for kind, what in (
        ("link", "state the same claim (the engine missed them): they are compared"),
        ("unlink", "do not state the same claim (the engine paired them): not compared"),
    ):
        c = sub.add_parser(
            kind,
            help=f"{kind} two sentences of different articles by hand",
            description=f"Record that two sentences of different articles {what}. Kept in "
            "the review log with who and when, across re-analysis; the analysis is re-run.",
        )
        c.add_argument("log", metavar="LOG", help="the review log (.sqlite)")
        c.add_argument("left", metavar="ARTICLE:SENTENCE", help=SENTENCE_HELP)
        c.add_argument("right", metavar="ARTICLE:SENTENCE", help="the other sentence, likewise")
        if kind == "link":
            c.add_argument(
                "--differs",
                metavar="WHAT",
                help='they state it differently: what differs ("where the victim died"). '
                "Makes an editor's finding, decided like any other ('workbench review F…'); "
                "--differs '' says nothing differs (the finding is withdrawn, its reviews kept)",
            )
        _link_options(c)
    s = sub.add_parser(
        "links",
        help="list, undo or withdraw manual links",
        description="List the manual links of a review log (orphaned ones say so), an "
        "article's numbered sentences, or the history; undo the latest change or withdraw "
        "one link.",
    )
    s.add_argument("log", metavar="LOG", help="the review log (.sqlite)")
    s.add_argument(
        "article", nargs="?", metavar="ARTICLE", help="print this article's sentences, numbered"
    )
    s.add_argument("--history", action="store_true", help="every change, oldest first")
    s.add_argument("--undo", action="store_true", help="undo the latest change not yet undone")
    s.add_argument("--withdraw", metavar="ID", help="withdraw this link (L…): the engine decides")
    _link_options(s)


def _link_options(c: argparse.ArgumentParser) -> None:
    c.add_argument("--reviewer", help="who decided (default: your user name)")
    c.add_argument(
        "--no-check", action="store_true", help="record only; do not re-run the analysis"
    )


def display_problem(env: Mapping[str, str] | None = None) -> str:
    """Why the window cannot open on this machine, in one line, or "".

    Without it Qt aborts the process with a page about platform plugins."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "'workbench check', 'review' and 'report' work without one"
        )
    import ctypes.util  # here: it imports subprocess and tempfile, which a check never needs

    if not env.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the window needs the X11 cursor library libxcb-cursor0 (Debian/Ubuntu: "
            "apt install libxcb-cursor0); 'workbench check', 'review' and 'report' work without it"
        )
    return ""


REVIEWER_ENV = "WORKBENCH_REVIEWER"


def default_reviewer(given: str | None) -> str:
    """Who decides: ``--reviewer``, else $WORKBENCH_REVIEWER, else this
    system's user name ("" when it has none). An empty ``--reviewer`` is
    refused: it left a decision with nobody to answer for it."""
    if given is not None:
        if not given.strip():
            raise CliError(
                "--reviewer is empty: give who decides (or leave it out for your user name)"
            )
        return given.strip()
    if os.environ.get(REVIEWER_ENV, "").strip():
        return os.environ[REVIEWER_ENV].strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        return ""


def unfold(args: list[str]) -> tuple[list[str], list[str]]:
    """Each folder among ``args`` as the article files in it (not in its
    subfolders; hidden files left out), in name order, and one note per
    folder (fresh CLI trial: ``check ../sams`` said "need at least two
    different articles", as if the folder were one; trial 24: ``open`` refused
    the folder ``check`` took). A folder with no article file raises CliError."""
    from .articles import SUFFIXES, kinds_named
    from .articles.address import is_url

    out, notes = [], []
    for arg in args:
        if is_url(arg) or not os.path.isdir(arg):
            out.append(arg)
            continue
        files = sorted(p for p in Path(arg).iterdir() if p.is_file() and not p.name.startswith("."))
        found = [str(p) for p in files if p.suffix.lower() in SUFFIXES]
        if not found:
            raise CliError(f"{arg} is a folder with no {kinds_named()} file to compare")
        # the other files are named, never passed over in silence (trial 47: a '.bin'
        # in a folder was left out without a word)
        other = [p.name for p in files if p.suffix.lower() not in SUFFIXES]
        left = ""
        if other:
            shown = ", ".join(other[:3]) + (f" and {len(other) - 3} more" if len(other) > 3 else "")
            left = f" ({len(other)} other file{'s' if len(other) > 1 else ''} left out: {shown})"
        notes.append(f"{arg}: a folder; comparing its {len(found)} article files{left}")
        out.extend(found)
    return out, notes
