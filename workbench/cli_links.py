"""``workbench link``, ``unlink`` and ``links``: an editor's manual alignment.

A sentence is named as an editor reads it: ``ARTICLE:N``, the article's id
(its id without the letters that end it, "11_1" for 11_1ecb, or an
unambiguous prefix of four or more characters) and the sentence's
number counted from 1 (``workbench links LOG ARTICLE`` prints them), or
``ARTICLE:words`` for the one sentence containing those words. The log keeps
it by content (see ``workbench.manual_links``), so the number is only how
it is typed. Each change re-runs the analysis on the articles the log
keeps, so the next report already compares (or no longer compares) the pair.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from . import raised
from .cli_args import CliError, default_reviewer
from .cli_counts import many
from .cli_naming import by_stem
from .manual_links import WITHDRAWN, Applied, resolve
from .model import Analysis, Article, Claim
from .naming import clip, norm
from .terminal import one_line


def _open(path: str):
    from .store import ReviewLog, StoreError

    try:
        return ReviewLog(path, create=False)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def _sentences(log) -> dict[str, list[tuple[str, str]]]:
    """Article id → its sentences (claim id, text) in order, from the latest analysis."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    for cid, text in log.claim_texts().items():
        article, _, n = cid.rpartition(":")
        out.setdefault(article, []).append((int(n), cid, text))
    return {a: [(cid, t) for _, cid, t in sorted(rows)] for a, rows in out.items()}


def _article(ident: str, known: list[str]) -> str:
    if ident in known:
        return ident
    if len(stem := by_stem(ident, known)) == 1:  # "11_1" is 11_1ecb, not 11_10ecb
        return stem[0]
    hits = [a for a in known if a.startswith(ident)] if len(ident) >= 4 else []
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise CliError(f"ambiguous article {ident!r}: matches {', '.join(hits)}")
    raise CliError(
        f"unknown article {ident!r} in this review log (its articles: {', '.join(known)})"
    )


def sentence(spec: str, sentences: dict[str, list[tuple[str, str]]]) -> str:
    """The claim id an ``ARTICLE:N`` or ``ARTICLE:words`` names, or a one-line error."""
    article, sep, which = spec.partition(":")  # article ids never hold ":"
    if not sep or not article or not which.strip():
        raise CliError(
            f"{spec!r}: name a sentence as ARTICLE:N (see 'workbench links LOG ARTICLE')"
        )
    article = _article(article, sorted(sentences))
    rows = sentences[article]
    if which.strip().isdigit():
        n = int(which)
        if not 1 <= n <= len(rows):
            raise CliError(f"{article} has no sentence {n}: it has {len(rows)} (1 to {len(rows)})")
        return rows[n - 1][0]
    words = norm(which)
    hits = [i for i, (_, text) in enumerate(rows) if words in norm(text)]
    if len(hits) != 1:
        found = ", ".join(str(i + 1) for i in hits[:8]) if hits else "none"
        raise CliError(
            f"{spec!r}: {len(hits)} sentences of {article} contain those words ({found}); "
            "give the sentence's number"
        )
    return rows[hits[0]][0]


def cmd_link(args: argparse.Namespace) -> int:
    """``link`` and ``unlink``: record the editor's decision, then re-analyse."""
    from .store import StoreError

    kind = args.command
    log = _open(args.log)
    try:
        sentences = _sentences(log)
        if not sentences:
            raise CliError(f"{args.log}: no analysis to link in yet; run 'workbench check' first")
        left, right = sentence(args.left, sentences), sentence(args.right, sentences)
        score = log.alignment_score(left, right)
        differs = getattr(args, "differs", None)
        was = log.link_between(left, right)
        link, before = log.set_link(kind, left, right, default_reviewer(args.reviewer), "", differs)
        what = "linked" if kind == "link" else "unlinked"
        same = before == kind and (was is None or was.differs == link.differs)
        again = f" (it was already {what})" if same else ""
        print(
            one_line(
                f"{link.id}: {what} {_name(left, sentences)} and {_name(right, sentences)}{again}"
            )
        )
        if before != kind and not link.raises:
            said = what_it_changes(kind, score)
            if said:
                print(said)
        if not args.no_check:
            _reanalyse(log, (left, right) if kind == "link" and not link.raises else None)
        fid = log.raised_finding(link.id) or raised.finding_id(link.id)
        for line in raised_lines(link, was, fid, args.log):
            print(one_line(line))
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        log.close()
    return 0


def what_it_changes(kind: str, score: float | None) -> str:
    """What a new link or unlink adds when the engine had already decided the
    pair the same way ("" when it had not): a trial's editor linked two
    sentences already compared and was told nothing of it."""
    if kind == "link" and score is not None:
        return (
            f"These two sentences were already compared as a pair (the engine aligned them, "
            f"score {score:.2f}). The link records your judgement that they state the same "
            "claim: they stay compared in every later check whatever the engine decides, "
            "and are judged as a sure match."
        )
    if kind == "unlink" and score is None:
        return (
            "These two sentences were not compared as a pair. The unlink records your "
            "judgement that they state different claims: the engine never pairs them in "
            "a later check."
        )
    return ""


def _name(cid: str, sentences: dict[str, list[tuple[str, str]]]) -> str:
    article = cid.rpartition(":")[0]
    n = next(i for i, (c, _) in enumerate(sentences[article]) if c == cid) + 1
    return f"{article}:{n}"


def record_article(r) -> Article:
    """An article as the log keeps it (its full text), to analyse again."""
    published = date.fromisoformat(r.published) if r.published else None
    pages = tuple(json.loads(r.pages or "[]"))
    return Article(r.id, r.path or "", r.title or "", r.outlet or "", published, r.url or "",
                   r.text, r.sha256 or "", pages=pages)  # fmt: skip


def _reanalyse(log, linked: tuple[str, str] | None = None) -> None:
    """The log's articles analysed again with its manual links, and saved;
    for a new link, whether it brought a flag (the window says so too)."""
    from . import service
    from .store.reviews import decided_ids, known_ids

    articles = [record_article(r) for r in log.articles()]
    if len(articles) < 2:
        return
    loaded = service.analyse(
        articles, manual=log.manual_links(), decided=decided_ids(log.db), known=known_ids(log.db)
    )
    try:
        changes = service.save(log, loaded).changes
    except service.SaveFailed as exc:
        raise CliError(f"{log.path}: the link is recorded, but the analysis was not saved "
                       f"({exc.cause}); run 'workbench check' again") from None  # fmt: skip
    manual = sum(1 for a in loaded.analysis.alignments if a.manual)
    print(
        one_line(
            "Analysed again: "
            + many(len(loaded.analysis.discrepancies), "discrepancy", "discrepancies")
            + f" ({changes.new} new, {changes.gone} no longer found), {manual} alignment"
            f"{'s' if manual != 1 else ''} made by hand, "
            f"{many(changes.orphaned, 'orphaned review')} kept."
        )
    )
    pair = set(linked or ())
    if pair and not any(pair <= {s.claim for s in d.sides} for d in loaded.analysis.discrepancies):
        print(
            "Linked and compared: no flag between these two sentences (their values agree, "
            "none is of one kind, or the words around them say they measure different things). "
            "If they do differ, say what and it becomes a finding to decide: "
            "workbench link LOG A:N B:N --differs 'what differs'"
        )


def cmd_links(args: argparse.Namespace) -> int:
    """``links``: list the manual links (or an article's numbered sentences),
    undo the latest change, or withdraw one link."""
    from .store import StoreError

    log = _open(args.log)
    try:
        if args.undo or args.withdraw:
            return _change(log, args)
        sentences = _sentences(log)
        if args.article:
            _print_sentences(log, _article(args.article, sorted(sentences)), sentences)
        elif args.history:
            for h in log.link_history():
                extra = f" — {h.event}" if h.event else ""
                print(
                    one_line(
                        f"#{h.id}  {h.at}  {h.link}  {h.kind or 'withdrawn':9s} "
                        f"{h.editor or '—'}{extra}"
                    )
                )
        else:
            _print_links(log, sentences)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        log.close()
    return 0


def _change(log, args: argparse.Namespace) -> int:
    editor = default_reviewer(args.reviewer)
    if args.withdraw:
        ident = log.resolve_link(args.withdraw)
        fid = log.raised_finding(ident) or raised.finding_id(ident)
        link = log.restore_link(ident, WITHDRAWN, editor, "withdrawn")
        print(one_line(f"{link.id}: withdrawn; the engine decides that pair again"))
        if link.differs:
            print(
                one_line(f"{fid}: the editor's finding is withdrawn; its reviews stay in the log.")
            )
    else:
        step = last_change(log.link_history())
        if step is None:
            raise CliError(f"{args.log}: no manual link change to undo")
        entry, previous, differs = step
        link = log.restore_link(entry.link, previous, editor, f"undo of #{entry.id}", differs)
        shown = previous or "no manual link"
        print(
            one_line(f"{link.id}: undid #{entry.id} ({entry.kind or 'withdrawn'}); back to {shown}")
        )
    if not args.no_check:
        _reanalyse(log)
    return 0


def last_change(history) -> tuple[object, str, str] | None:
    """The latest change not yet undone (undos themselves are not undone
    again: link the pair anew), the kind its link had before it and what it
    said differs then."""
    undone = {int(h.event.split("#")[1]) for h in history if h.event.startswith("undo of #")}
    for k in range(len(history) - 1, -1, -1):
        h = history[k]
        if h.id in undone or h.event.startswith("undo of #"):
            continue
        before = [p for p in history[:k] if p.link == h.link]
        if not before:
            return h, WITHDRAWN, ""
        return h, before[-1].kind, before[-1].differs
    return None


def raised_lines(link, was, fid: str, path: str) -> list[str]:
    """What a link's "differs" made of it: an editor's finding, changed or withdrawn."""
    said = was.differs if was is not None and was.kind == "link" else ""
    if link.raises and link.differs != said:
        return [
            f"{fid}: an editor's finding, raised by {link.editor or 'an editor'} — "
            f"{raised.explanation(link.differs)}",
            f"Decide it like any finding: workbench review {fid} --db {path} --status "
            "needs-correction --correction '...' --article ARTICLE (or --note, --status …)",
        ]
    if said and not link.raises:
        return [f"{fid}: the editor's finding is withdrawn; its reviews stay in the log."]
    return []


def applied_in_log(log) -> tuple[Applied, ...]:
    """The log's links with the sentences they name in its latest analysis."""
    claims = []
    for cid, text in log.claim_texts().items():
        article, _, n = cid.rpartition(":")
        claims.append(Claim(cid, article, int(n), 0, 0, text))
    articles = [record_article(r) for r in log.articles()]
    return resolve(log.manual_links(), claims, articles)


def _print_links(log, sentences) -> None:
    applied = applied_in_log(log)
    if not applied:
        print(one_line(f"{log.path}: no manual links (add one with 'workbench link LOG A:N B:N')"))
    for a in applied:
        link = a.link
        if a.claims:
            where = " ↔ ".join(_name(c, sentences) for c in a.claims)
        else:
            where = f"{link.left.article} ↔ {link.right.article} — ORPHANED: a sentence is gone"
        print(one_line(f"{link.id}  {link.kind:6s} {where}  by {link.editor or '—'} at {link.at}"))
        if link.raises:
            fid = log.raised_finding(link.id) or raised.finding_id(link.id)
            print(one_line(f"      {fid}: these differ: {link.differs}"))
        for ref in (link.left, link.right):
            print(one_line(f"      {ref.article}: {clip(ref.text)}"))


def _print_sentences(log, article: str, sentences) -> None:
    partners: dict[str, list[str]] = {}
    for left, right in log.aligned_pairs():
        partners.setdefault(left, []).append(right)
        partners.setdefault(right, []).append(left)
    for n, (cid, text) in enumerate(sentences[article], start=1):
        with_ = ", ".join(_name(p, sentences) for p in partners.get(cid, []))
        print(one_line(f"{article}:{n}  {clip(text, 80)}" + (f"  ↔ {with_}" if with_ else "")))


def summary_line(analysis: Analysis) -> str:
    """What the editors' links did in this check ("" when there are none)."""
    if not analysis.manual:
        return ""
    links = sum(1 for a in analysis.manual if a.claims and a.link.kind == "link")
    unlinks = sum(1 for a in analysis.manual if a.claims and a.link.kind == "unlink")
    orphans = sum(1 for a in analysis.manual if a.orphaned)
    return (
        f"Manual links: {links} link{'s' if links != 1 else ''} and {unlinks} unlink"
        f"{'s' if unlinks != 1 else ''} applied"
        + (f"; {orphans} orphaned (a sentence is gone; see 'workbench links')" if orphans else "")
        + "."
    )
