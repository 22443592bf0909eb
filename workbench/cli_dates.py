"""``check --published``: an article's publication date given by file
(``PATH=YYYY-MM-DD``, matched to the files checked by path, name or the
start of a name), or one date given alone (``YYYY-MM-DD``) for every article
whose file gives none — a new user's trial dated six articles of one day with
six ``--published X=DATE``. A file dated both ways with two dates is refused."""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from pathlib import Path
from string import ascii_letters

from .cli_args import CliError, UsageError
from .model import Article

_DATED = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _looks_dated(value: str) -> bool:
    """A value that is a date alone (no file named): "2021-06-23"."""
    return bool(_DATED.fullmatch(value.strip().strip("\"'")))


def parse_published(values: list[str]) -> tuple[dict[str, date], date | None]:
    """The dates given by file (``PATH=YYYY-MM-DD``), and the one given alone
    (``YYYY-MM-DD``) for every article whose file gives none."""
    from .articles import ArticleError, parse_date

    out: dict[str, date] = {}
    every: date | None = None
    for v in values:
        path, sep, d = v.rpartition("=")
        if not sep and _looks_dated(v):
            try:
                day = parse_date(v, "--published: ")
            except ArticleError as exc:
                raise CliError(str(exc)) from None
            if every is not None and day != every:
                raise CliError(
                    f"--published given two dates alone ({every} and {day}): give one date for "
                    "every undated article, or PATH=YYYY-MM-DD for each"
                )
            every = day
            continue
        if not sep or not path:
            raise UsageError(f"--published {v!r}: expected PATH=YYYY-MM-DD or YYYY-MM-DD")
        if any(os.path.realpath(path) == os.path.realpath(seen) for seen in out):
            raise UsageError(f"--published {path}: given twice; give one date per article")
        try:
            out[path] = parse_date(d, f"--published {path}: ")
        except ArticleError as exc:
            raise CliError(str(exc)) from None
    return out, every


def published_files(published: dict[str, date], files: list[str]) -> dict[str, date]:
    """--published keyed by the files checked: a path, or a file's name or
    name without its extension when one file has it (fresh CLI trial:
    '42_1ecbplus=2013-04-24' was "not one of the files being checked"), or the
    start of one file's name (4+ characters), as ids may be shortened."""
    known = {str(Path(os.path.realpath(f))): f for f in files}
    out: dict[str, date] = {}
    for path, day in published.items():
        if str(Path(os.path.realpath(path))) in known:
            out[path] = day
            continue
        named = [f for f in files if path in (Path(f).name, Path(f).stem)]
        if not named and len(path) >= 4 and os.sep not in path:
            named = [f for f in files if Path(f).name.startswith(path)]
        if len(named) != 1:
            starts = [f for f in files if os.sep not in path and Path(f).name.startswith(path)]
            why = (
                several(path, named)
                if named
                else f"begins {len(starts)} of the files' names: give more of one name"
                if starts  # "18_" of ten files (trial 22: "not one of the files")
                else "not one of the files being checked"
            )
            raise CliError(f"--published {path}: {why}")
        if named[0] in out:
            raise UsageError(f"--published {path}: given twice; give one date per article")
        out[named[0]] = day
    return out


def several(given: str, named: list[str], shown: int = 4) -> str:
    """What a name fitting several files says: which (up to ``shown``), and
    how to be exact (trial 50: "43_1" read "names several of them", naming
    none of 43_1ecbplus and 43_10 ... 43_15)."""
    names = sorted({Path(f).name for f in named}, key=_natural)
    example = names[0]
    if len(names) < len(named):  # one name in several folders: the paths tell them apart
        names = sorted(named, key=_natural)
        example = names[0]
    else:
        exact = [Path(f).stem for f in named if Path(f).stem.rstrip(ascii_letters) == given]
        example = exact[0] if len(exact) == 1 else Path(example).stem
    listed = ", ".join(names[:shown])
    if len(names) > shown:
        listed += f" and {len(names) - shown} more"
    return (
        f"names {len(named)} of them ({listed}): give the full name of one, "
        f"e.g. --published {example}=DATE"
    )


def _natural(name: str) -> list:
    """43_2 before 43_10."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]


def dated_by_default(
    articles: list[Article], every: date | None, published: dict[str, date]
) -> list[Article]:
    """Every article whose file gives no date (and none given by file) dated
    ``every``, as an editor's date; ``published`` gets their paths (a date
    given on this command line wins over one the log kept). A file given a
    date by name too, another one, while its own text gives none, is refused:
    both forms mean it."""
    if every is None:
        return articles
    named = {_real(p): (p, day) for p, day in published.items()}
    out = []
    for a in articles:
        if (given := named.get(_real(a.path or ""))) is not None:
            path, day = given
            if day != every and _own_date(a) is None:
                raise CliError(
                    f"--published {path}={day} and --published {every} both date {a.path}, "
                    "which gives no date of its own: give one of them"
                )
        elif a.published is None:
            a = dataclasses.replace(a, published=every, date_given=True)
            if a.path:
                published[a.path] = every
        out.append(a)
    return out


def _own_date(article: Article) -> date | None:
    """The date the article's own file gives (read again without the one given)."""
    from .articles import ArticleError, load_article

    try:
        return load_article(article.path, None, article.id).published
    except (ArticleError, OSError):
        return None


def _real(path: str) -> str:
    return os.path.realpath(path) if path else ""
