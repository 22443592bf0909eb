"""The ``workbench`` command line.

``check``, ``review`` and ``report`` never import PySide6, so they run on
servers and in CI; only ``open`` touches the window. Every expected failure
is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import cli_counts, cli_links
from .cli_args import (
    EXIT_ERROR,
    CliError,
    UsageError,
    default_reviewer,
    display_problem,
    unfold,
)
from .cli_args import parser as _parser
from .cli_counts import many
from .cli_dates import dated_by_default, parse_published
from .cli_dates import published_files as _published_files
from .cli_log import Interrupted, left_out
from .cli_one_date import one_date_notes
from .cli_open import refuse_before_window
from .cli_output import (
    atomic_write,
    check_writable,
    cmd_report,
    db_hint,
    format_from_suffix,
    typed_back,
)
from .terminal import flat, one_line


def _require_text(what: str, value: str | None) -> None:
    """Arguments the shell passed as bytes that are not UTF-8 arrive with
    lone surrogates, which cannot be stored: say so instead of failing later."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(
            f"{what} is not valid UTF-8 text ({value.encode('utf-8', 'backslashreplace')!r}); "
            "check your terminal's encoding or rename the file"
        ) from None


def _outputs_writable(args: argparse.Namespace, files: list[str]) -> str | None:
    """Refuse --report and --json paths before any work; the report's format."""
    from .files import same_path
    from .store import log_files

    report_fmt = None
    protected = log_files(args.db) | {f"the input article {f}": f for f in files}
    if args.report:
        report_fmt = format_from_suffix(args.report)
        if report_fmt is None:
            raise UsageError(f"--report {args.report}: use a .md, .html, .csv or .json file name")
        check_writable(args.report, protected)
    if args.json:
        check_writable(args.json, protected, suffix=".json")
        if args.report and same_path(args.json, args.report):
            raise UsageError(f"--json and --report name the same file ({args.json})")
    return report_fmt


def cmd_check(args: argparse.Namespace) -> int:
    from .cli_log import guarded, remove_fresh
    from .cli_sources import Sources, once_each
    from .service import shell_order
    from .store import ReviewLog, StoreError

    for f in args.files:
        _require_text(f"file name {f.encode('utf-8', 'surrogateescape')!r}", f)
    published, every = parse_published(args.published)  # every: --published DATE alone
    files, unfolded = unfold(args.files)
    for line in unfolded:
        print(one_line(f"workbench: note: {line}"), file=sys.stderr)
    files = once_each(args.files, shell_order(files))  # a file named twice: compared once, said
    published = _published_files(published, files)
    unread: list[str] = []
    sources = Sources(files, published, unread, args.db)  # files, and URLs fetched
    articles = dated_by_default(sources.articles, every, published)
    for line in one_date_notes(sources.articles, articles, every):  # trial 47
        print(one_line(f"workbench: note: {line}"), file=sys.stderr)
    if len(articles) < 2:
        for message in unread[:-1]:
            print(one_line(f"workbench: error: {message}"), file=sys.stderr)
        # one line that says why nothing is compared (trial 25 read only "empty file,
        # left out" when one good article was left)
        left = "; only one article left to compare" if articles else "; nothing left to compare"
        raise CliError(f"{unread[-1]}{left}" if unread else "fewer than two articles could be read")
    from .articles import LeftOut
    from .cli_left_out import left_out_again

    for message in unread:  # one line each, and the others are still compared
        # left out on purpose (an empty file): skipped, the rest saved; a file that
        # could not be read stops the save, so it is "not read" (trial 23 read
        # "skipped" and then "nothing was saved"); the line says the rule (trial 43 read
        # an empty file skipped and a missing one refusing the check as two rules)
        said = "skipped" if isinstance(message, LeftOut) else "not read"
        why = " (nothing in it to compare; the others are saved)" if said == "skipped" else ""
        print(one_line(f"workbench: {said}: {message}{why}"), file=sys.stderr)
    for article in articles:
        for warning in article.warnings:
            print(one_line(f"workbench: warning: {warning}"), file=sys.stderr)

    failed = [m for m in unread if not isinstance(m, LeftOut)]  # left out on purpose: saved
    if failed:
        return _check_without_saving(articles, failed, len(files), args)
    report_fmt = _outputs_writable(args, files)
    fresh = not os.path.exists(args.db)
    try:
        log = ReviewLog(args.db)  # refuse a bad log before spending time on analysis
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        if fresh:
            remove_fresh(args.db)
        raise Interrupted("interrupted; the review log is unchanged") from None
    try:
        with guarded(log, fresh, args.report) as progress:
            done = _check_into(log, articles, published, sources, report_fmt, args, progress)
        if skipped := [m for m in unread if isinstance(m, LeftOut)]:  # said again last (P11)
            print(one_line(left_out_again(skipped, len(articles))))
        return done
    finally:
        log.close()


def _check_into(log, articles, published, sources, report_fmt, args, progress) -> int:
    """Analyse, save into the log, write --json and --report, and say what was found."""
    from . import service
    from .align import embeddings_wanted
    from .cli_date_moved import date_moved_line
    from .cli_log import as_the_log_knows_them, interruptible, not_saved, strays_refused
    from .cli_story import StoryGuard
    from .date_suspect import suspect_line, suspects
    from .findings.offtopic import unmatched_note, weakly_matched_note
    from .store import StoreError
    from .store.reviews import decided_ids, known_ids

    articles, decided = as_the_log_knows_them(log, articles, published, args)
    guard = StoryGuard(log, articles, args)  # another story replaced: said, or refused if raced
    with interruptible() as stop:
        memory = decided_ids(log.db), known_ids(log.db)
        loaded = service.analyse(articles, _progress_printer(), stop, log.manual_links(), *memory)
    if "workbench.embed" in sys.modules and (why := sys.modules["workbench.embed"].load_failed()):
        print(one_line(f"workbench: warning: {why}; matched by wording only"), file=sys.stderr)
    if refused := strays_refused(loaded.analysis, log, args):  # a shopping list (trial 40)
        raise CliError(refused)
    if alone := unmatched_note(loaded.analysis):
        print(one_line(f"workbench: warning: {alone}"), file=sys.stderr)
    if weak := weakly_matched_note(loaded.analysis, embeddings_wanted()):  # another event (s35)
        print(one_line(f"workbench: warning: {weak}"), file=sys.stderr)
    for suspect in suspects(loaded.analysis):  # a date that looks wrong (trial 49)
        print(one_line(f"workbench: warning: {suspect_line(suspect)}"), file=sys.stderr)
    if problem := sources.keep():  # the pages compared, before the log names them
        raise CliError(problem)
    loaded = service.kept_ids(log, loaded)  # the ids the log knows its findings by
    before = log.articles()  # to say what a date change moved
    try:  # --json written inside the save, once the log took it: a refused check writes none
        checked = service.save(log, loaded, guard, _json_writer(args.json))
    except service.SaveFailed as exc:
        if isinstance(exc.cause, StoreError):  # says itself that nothing was changed
            raise CliError(str(exc.cause)) from None
        raise CliError(not_saved(args.db, exc.cause)) from None
    # a bug: the transaction was rolled back, the log is as it was
    except Exception as exc:  # noqa: BLE001
        raise CliError(not_saved(args.db, exc)) from None
    progress.saved = True
    if report_fmt:
        from .report import render

        atomic_write(args.report, render(log, report_fmt))
    _print_summary(checked.analysis, log, checked.changes, args, decided)
    replaced = guard.replaced
    if not replaced:  # another story replaced: its articles are no "left out" of this one
        replaced = left_out(before, checked.articles)
    for note in (date_moved_line(before, checked), replaced):
        if note:  # what a date change moved; articles of this review left out
            print(one_line(note))
    return 0


def _json_writer(path):
    """Write ``check --json`` from the analysis saved, inside the save's
    transaction: a check refused (a racing story, cli_story) leaves no JSON
    behind (session 37), and a JSON that cannot be written rolls the save back."""
    if not path:
        return None
    from . import files
    from .jsonformat import analysis_to_json
    from .store import StoreError

    def write(analysis) -> None:
        text = json.dumps(analysis_to_json(analysis), ensure_ascii=False, indent=1) + "\n"
        try:
            files.atomic_write(path, text)
        except files.WriteError as exc:
            raise StoreError(f"{exc}; nothing was saved, the review log is unchanged") from None

    return write


def _check_without_saving(articles, unread: list[str], total: int, args) -> int:
    """Some files could not be read: write nothing (review log, --json,
    --report stay as they were) and say so in one line; the exit status says
    it failed. No summary of the others: a whole analysis "for a look only"
    scrolled the error out of sight (trial 40: 130 lines above it)."""
    from . import service
    from .articles.unread import the_others

    for line in [*service.size_doubts(articles), *service.date_doubts(articles)]:
        print(one_line(f"workbench: note: {line}"), file=sys.stderr)  # dates to look at too
    why, saved = not_saved(unread, total, args.db)
    again = the_others("check", len(articles), len(unread))
    print(one_line(f"workbench: error: {why}; {saved} ({again})"), file=sys.stderr)
    return EXIT_ERROR


def not_saved(unread: list[str], total: int, db: str) -> tuple[str, str]:
    """Why a check that read only some files saved nothing, and that it saved
    nothing: said in one line before its summary and again after it."""
    from .articles.unread import could_not_read

    why = could_not_read(unread, total)
    kept = f"nothing was saved: {db} is unchanged" if os.path.exists(db) else ""
    return why, kept or f"nothing was saved ({db} was not created)"


def _progress_printer():
    """Progress on stderr for people at a terminal; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, message: str) -> None:
        if total <= 0:  # a stage of unknown length
            sys.stderr.write(f"\r\033[K[…] {one_line(message)}")
            sys.stderr.flush()
            return
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r\033[K[{done}/{total}] {one_line(message)}{end}")
        sys.stderr.flush()

    return show


def _named(article) -> str:
    """An article's id, with the file it came from when the id does not say
    it (two files named story.txt; "مقال ١.txt" is "مقال-١")."""
    from .articles.ids import readable_id

    given = article.path
    if not given or given == "-" or readable_id(Path(given).stem) == article.id:
        return article.id
    return f"{article.id} ({given})"


def _print_summary(analysis, log, changes, args, decided=None) -> None:
    from collections import Counter

    from . import cli_findings as cf
    from .cli_log import counted, orphans_kept

    out = sys.stdout
    verdicts = Counter(str(d.verdict) for d in analysis.discrepancies)
    print(
        f"Checked {many(len(analysis.articles), 'article')}: {many(len(analysis.claims), 'claim')}"
        f", {many(len(analysis.facts), 'fact')}, "
        f"{many(len(analysis.alignments), 'aligned claim pair')}.",
        file=out,
    )
    for a in [] if args.quiet else analysis.articles:
        when = a.published.isoformat() if a.published else "publication date unknown"
        print(
            one_line(f"  {_named(a)}  {when}  {a.outlet + ' — ' if a.outlet else ''}{a.title}"),
            file=out,
        )
    first_with: dict[str, str] = {}
    for a in analysis.articles:
        if a.sha256 in first_with and not args.quiet:
            print(
                one_line(
                    f"  Note: {a.id} has the same text as {first_with[a.sha256]}; "
                    "their flags are shown once, under the first."
                ),
                file=out,
            )
        first_with.setdefault(a.sha256, a.id)
    missing = [a for a in analysis.articles if a.published is None]
    if missing and not args.quiet:
        print(cli_counts.undated_note(len(missing)), file=out)
    # the findings are what an editor reviews; the pair count says what they hold
    # (trial 20 read "24 discrepancies" and "7 findings" and could not tell which mattered)
    agreed = cli_counts.agreed_ids(analysis, log)  # no items to review, listed short
    print(cli_counts.counts_line(analysis, verdicts, agreed), file=out)
    if manual := cli_links.summary_line(analysis):
        print(one_line(manual), file=out)
    pages = {a.id: a.pages for a in analysis.articles}
    if not args.quiet:
        statuses = cf.finding_statuses(log) if log is not None else None
        cf.print_findings(analysis, statuses, lambda side: cf.where(side, pages), out, agreed)
        cf.print_coverage(analysis, out, getattr(args, "independence", False))
    if changes is None:
        print("\n" + one_line(f"Review log: {args.db} not saved (see the errors)."), file=out)
        return
    print(
        "\n"
        + one_line(
            f"Review log: {args.db} ({counted(changes)}, "
            + (
                f"{changes.moved} review{'s' if changes.moved != 1 else ''} moved to a "
                "reworded or edited flag (see review --history), "
                if changes.moved
                else ""
            )
            + orphans_kept(changes.orphaned, log)
        ),
        file=out,
    )
    if args.json:
        print(one_line(f"JSON: {args.json}"), file=out)
    if args.report:
        print(one_line(f"Report: {args.report}"), file=out)
    from .cli_log import regrouped
    from .cli_look_again import verdicts_changed as look_again_lines

    for line in regrouped(decided or {}, log.findings()):
        print(one_line(line), file=out)
    for line in look_again_lines(log):
        print(one_line(line), file=out)
    if not args.quiet:
        todo = {f.id for f in log.findings() if cf.standing(f)[0] == "open" or cf.standing(f)[1]}
        print(one_line(cli_counts.next_line(analysis, agreed, args.db, todo)), file=out)


def cmd_review(args: argparse.Namespace) -> int:
    from . import cli_findings as cf
    from .cli_naming import id_as_meant, named_articles, say_who
    from .cli_output import signed
    from .cli_owed import with_owed
    from .cli_review import cleared, needs_an_article, print_history, replaced, set_aside, undo_cli
    from .store import STATUSES, Change, ReviewLog, StoreError
    from .store.scope import covers_now_said

    args.id = id_as_meant(args.db, args.id.strip())  # "fa82…" typed for "Fa82…"
    asked = ("status", "note", "correction", "article", "withdraw")
    changing = any(getattr(args, option) is not None for option in asked)
    if args.undo or args.redo:
        return undo_cli(args, changing)
    if not changing and args.history:
        return print_history(args)
    if not changing and cf.is_finding_id(args.id):  # 'review F…' alone shows the finding
        return cf.show_finding_cli(args)
    if not changing:
        raise UsageError(
            "nothing to change: give --status, --note, --correction or --article "
            "(or --history to see past decisions)"
        )
    if args.status is not None:  # 'Verified', 'NEEDS-CORRECTION' as typed
        args.status = args.status.strip().lower().replace("_", "-").replace(" ", "-")
    if args.status is not None and args.status not in STATUSES:
        raise UsageError(f"unknown status {args.status!r}: use one of {', '.join(STATUSES)}")
    for option in ("id", "note", "correction", "reviewer"):
        _require_text(f"--{option}" if option != "id" else "the id", getattr(args, option))
    for article in args.article or []:
        _require_text("--article", article)
    reviewer = default_reviewer(args.reviewer)
    if (len(args.article or []) > 1 or args.withdraw) and not cf.is_finding_id(args.id):
        raise UsageError("--article: a discrepancy has one article to correct; give it once")
    try:
        log = ReviewLog(args.db, create=False)
        try:
            args.article = named_articles(log, args.id, args.article)  # outlet, prefix, file
            said = cleared(log.review(args.id), args)  # a note emptied: said, before set_aside
            aside = set_aside(log, args)  # verified/dismissed: no correction pending
            aside += replaced(log.review(args.id).fields(), args.status, reviewer)
            if cf.is_finding_id(args.id):
                said = with_owed(log, args) + said  # named again: added to those owed
                if problem := needs_an_article(log, args.id, args.status, args.article):
                    raise CliError(problem)
                articles = () if aside else tuple(args.article) if args.article else None
                fields = (args.status, args.note, args.correction, reviewer)
                change = Change(*fields, whole=True, corrections=args.own_corrections)
                finding, reviews = log.decide(args.id, change, articles)
                said = covers_now_said(finding, change, reviews) + aside + said  # s37: again
                print(one_line(cf.describe_decision(finding, reviews, reviewer) + said))
                say_who(args, reviewer)
                return 0
            article = "" if aside else args.article[0] if args.article else None
            fields = (args.status, args.note, args.correction, reviewer, article)
            r = log.set_review(args.id, *fields, whole=True)
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    say_who(args, reviewer)
    if not r.changed:
        print(one_line(f"{r.discrepancy}: nothing changed; its decision is already {r.status}"))
        return 0
    print(
        one_line(
            f"{r.discrepancy}: {r.status}"
            + signed(r.reviewer, reviewer)
            + (f" — note: {flat(r.note)}" if r.note else "")
            + (f" — correction: {flat(r.correction)}" if r.correction else "")
            + (f" (in {r.article})" if r.article else "")
            + aside
            + said
        )
    )
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        raise CliError(problem)
    try:
        from .ui import app
    except ImportError as exc:
        raise CliError(
            f"cannot start the window ({exc}); 'workbench check', 'review' and "
            "'report' still work without it"
        ) from None
    paths, notes = unfold(args.paths)  # a folder opens its articles, as check compares them
    for line in notes:
        print(one_line(f"workbench: note: {line}"), file=sys.stderr)
    refuse_before_window(paths, args.db)  # as check refuses them: no window (trial 46 P9)
    return app.main(paths, args.db)  # pragma: no cover


def _coverage(args: argparse.Namespace) -> int:
    from .cli_coverage import cmd_coverage

    return cmd_coverage(args)


def _serve(args: argparse.Namespace) -> int:
    from . import serve  # with tempfile and sockets: only for this command

    return serve.command(args)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["open", *(argv or [])])
    handlers = {"check": cmd_check, "review": cmd_review, "report": cmd_report, "open": cmd_open}
    handlers["serve"] = _serve  # the log in Datasette (issue 13)
    handlers |= {"link": cli_links.cmd_link, "unlink": cli_links.cmd_link}
    handlers["links"] = cli_links.cmd_links
    handlers["coverage"] = _coverage
    try:
        return handlers[args.command](args)
    except CliError as exc:
        hint = f" (see 'workbench {args.command} --help')" if isinstance(exc, UsageError) else ""
        hint += typed_back(args)  # a refused decision's note, to give again (trial 46)
        print(one_line(f"workbench: error: {exc}{db_hint(str(exc), args)}{hint}"), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        said = str(exc) if isinstance(exc, Interrupted) else ""
        print(f"workbench: {said or 'interrupted; the review log is unchanged'}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    # A bug: still one line, and the review log is protected by its transaction.
    except Exception as exc:
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        said = "".join(f"; {note}" for note in getattr(exc, "__notes__", ()))
        print(
            one_line(
                f"workbench: internal error: {type(exc).__name__}: {exc}{said} "
                "(set WORKBENCH_DEBUG=1 for details)"
            ),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
