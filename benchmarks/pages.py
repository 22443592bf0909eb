"""How well readers find a news page's article text and publication date.

    python -m benchmarks.pages [--pages DIR] [--show]

Scores each reader on the saved pages in ``tests/fixtures/pages`` (every
``NAME.html`` beside a ``NAME.json`` holding the expected paragraphs, the
expected date or null, and whether the page has an article at all). The
metric is the one of the public article-extraction benchmarks: the words of
the text in 4-word shingles, counted as a multiset, precision and recall per
page, F1 from them; a page with an article that a reader refuses scores 0.
Dates count on the pages with an article that state one. Pages with no
article (a section front, a login wall, an empty app shell) should be refused
or warned about.

The workbench's own reader runs first (the baseline), then trafilatura with
its default, precision- and recall-oriented settings, then readability-lxml;
a library that is not installed is skipped with a note. Everything is read
from disk: nothing is fetched.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    paragraphs: tuple[str, ...]
    date: str | None
    article: bool


@dataclass(frozen=True)
class Read:
    """What a reader made of one page: text (None when it refused the page),
    an ISO date or None, and a warning when it gave one."""

    text: str | None
    date: str | None = None
    warning: str = ""


Reader = Callable[[Path], Read]


def cases(folder: Path = PAGES) -> list[Case]:
    out = []
    for html in sorted(folder.glob("*.html")):
        want = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        out.append(Case(html.stem, html, tuple(want["text"]), want["date"], bool(want["article"])))
    return out


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def prf(got: str, want: str) -> tuple[float, float, float]:
    g, w = shingles(got), shingles(want)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- readers ---------------------------------------------------------------------------


def handwritten_reader(path: Path) -> Read:
    """The reader the workbench had before trafilatura (``articles/html.py``),
    which still reads metadata and backs the library up."""
    from workbench.articles import html_main_text

    meta, text = html_main_text(_decoded(path))
    return Read(text or None, meta.get("published"))


def workbench_reader(path: Path) -> Read:
    from workbench.articles import ArticleError, load_article

    try:
        a = load_article(path)
    except ArticleError:
        return Read(None)
    warning = "; ".join(getattr(a, "warnings", ()) or ())
    return Read(a.text, a.published.isoformat() if a.published else None, warning)


def _decoded(path: Path) -> str:
    from workbench.articles import decode

    return decode(path.read_bytes(), path.name)


def trafilatura_reader(**settings) -> Reader:
    def read(path: Path) -> Read:
        import trafilatura

        doc = trafilatura.bare_extraction(
            _decoded(path), with_metadata=True, include_comments=False, **settings
        )
        if doc is None or not (doc.text or "").strip():
            return Read(None, doc.date if doc else None)
        return Read(doc.text, doc.date)

    return read


def readability_reader(path: Path) -> Read:
    import lxml.html
    from readability import Document

    summary = Document(_decoded(path)).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    blocks = []
    for el in root.iter("p", "li", "h1", "h2", "h3", "h4", "td", "dd", "dt", "pre", "blockquote"):
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(text)
    text = "\n\n".join(blocks) or " ".join(root.text_content().split())
    return Read(text or None)


def readers() -> dict[str, Reader | str]:
    """Each reader by name, or why it cannot run here."""
    out: dict[str, Reader | str] = {
        "workbench (current reader: load_article)": workbench_reader,
        "hand-written reader alone (articles/html.py)": handwritten_reader,
    }
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        out["trafilatura"] = "not installed (pip install trafilatura)"
    else:
        out["trafilatura (default)"] = trafilatura_reader()
        out["trafilatura (favor_precision)"] = trafilatura_reader(favor_precision=True)
        out["trafilatura (favor_recall)"] = trafilatura_reader(favor_recall=True)
        out["trafilatura (precision, fast: no fallback extractors)"] = trafilatura_reader(
            favor_precision=True, fast=True
        )
    try:
        import readability  # noqa: F401
    except ImportError:
        out["readability-lxml"] = "not installed (pip install readability-lxml)"
    else:
        out["readability-lxml"] = readability_reader
    return out


# -- scoring ---------------------------------------------------------------------------


@dataclass
class Score:
    name: str
    f1: list[float]
    precision: list[float]
    recall: list[float]
    refused: list[str]  # pages with an article that the reader refused
    dates_right: int
    dates_total: int
    dates_wrong: list[str]
    no_article_caught: int  # pages without an article refused or warned about
    no_article_total: int
    warned: list[str]  # pages with an article that the reader warned about
    invented: list[str]  # pages that state no date, given one
    seconds: float
    low: list[tuple[str, float]]


def score(name: str, reader: Reader, items: list[Case]) -> Score:
    s = Score(name, [], [], [], [], 0, 0, [], 0, 0, [], [], 0.0, [])
    if items:
        reader(items[0].path)  # imports and caches are not the reader's time per page
    for case in items:
        t0 = time.perf_counter()
        got = reader(case.path)
        s.seconds += time.perf_counter() - t0
        if not case.article:
            s.no_article_total += 1
            s.no_article_caught += got.text is None or bool(got.warning)
            continue
        if got.warning:
            s.warned.append(case.name)
        if got.date and not case.date:
            s.invented.append(f"{case.name} ({got.date})")
        if got.text is None:
            s.refused.append(case.name)
            p = r = f = 0.0
        else:
            p, r, f = prf(got.text, "\n\n".join(case.paragraphs))
        s.precision.append(p)
        s.recall.append(r)
        s.f1.append(f)
        if f < 0.9:
            s.low.append((case.name, f))
        if case.date:
            s.dates_total += 1
            if got.date == case.date:
                s.dates_right += 1
            else:
                s.dates_wrong.append(f"{case.name} ({got.date} for {case.date})")
    return s


def report(s: Score, show: bool) -> None:
    mean = statistics.fmean
    print(f"\n{s.name}")
    print(
        f"  F1 {mean(s.f1):.3f}  precision {mean(s.precision):.3f}  "
        f"recall {mean(s.recall):.3f}  (mean over {len(s.f1)} pages with an article)"
    )
    print(f"  refused pages with an article: {len(s.refused)} {' '.join(s.refused)}")
    if s.dates_total:
        print(
            f"  date right: {s.dates_right}/{s.dates_total} "
            f"({100 * s.dates_right / s.dates_total:.1f} %)"
        )
    print(f"  dates given to pages that state none: {len(s.invented)} {' '.join(s.invented)}")
    print(
        f"  pages without an article refused or warned: {s.no_article_caught}/{s.no_article_total}"
    )
    print(f"  pages with an article warned about: {len(s.warned)} {' '.join(s.warned)}")
    print(f"  time: {1000 * s.seconds / max(1, len(s.f1) + s.no_article_total):.1f} ms a page")
    if show:
        for name, f in s.low:
            print(f"    F1 {f:.3f}  {name}")
        for wrong in s.dates_wrong:
            print(f"    date wrong: {wrong}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=PAGES, help="folder of NAME.html + NAME.json")
    ap.add_argument("--show", action="store_true", help="list weak pages and wrong dates")
    args = ap.parse_args(argv)
    items = cases(args.pages)
    print(f"{len(items)} pages, {sum(c.article for c in items)} with an article")
    for name, reader in readers().items():
        if isinstance(reader, str):
            print(f"\n{name}: skipped, {reader}")
            continue
        report(score(name, reader, items), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
