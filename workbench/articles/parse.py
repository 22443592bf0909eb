"""An article from bytes: what a file on disk and a fetched web page share.

The bytes are read by their type (``.html``, ``.pdf``, ``.docx``, ``.md``,
``.txt``) into text and metadata, and made into an :class:`Article`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from ..model import Article
from . import typography
from .dateline import Dateline, dateline
from .dates import parse_date, url_date
from .decoding import bom_contradicted, decode, decode_as, not_utf8
from .documents import read_docx, read_pdf
from .errors import ArticleError, EmptyArticle, OwnOutput
from .frontmatter import split_front_matter
from .ids import readable_id
from .markdown import markdown_text
from .webpage import read_page

# a page that names its own encoding other than UTF-8 (<meta charset="windows-1252">)
# is read in it: its bytes beyond ASCII are no stray ones
_DECLARED = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?(?!utf-?8)[\w-]+", re.IGNORECASE)

DOCUMENTS = {".pdf": read_pdf, ".docx": read_docx}


# what ``check`` prints first, and the line every report opens with
_OUR_OUTPUT = re.compile(
    # a check's summary, also saved with its notes and progress (``> out.txt 2>&1``:
    # a fresh CLI trial's were read as articles), and a Markdown or HTML report
    r"\A\s*(?:(?:workbench: |Reading |Analys|Comparing |Fetching )[^\n]*\n\s*)*"
    r"Checked \d+ articles?: \d+ claims|Generated \S+ by Claim Workbench \S+ from "
)
# a check's or a report's JSON, a report's CSV, a ClaimReview export
_OUR_DATA = re.compile(
    r'\A\s*[{\[]\s*"(?:version|generated|@context)"\s*:|\A\s*finding,id,kind,verdict,'
)


def article_from_bytes(
    data: bytes,
    suffix: str,
    name: str,
    path: str,
    published: date | None = None,
    ident: str = "article",
    url: str = "",
    charset: str = "",
) -> Article:
    """An article from the bytes of a file of type ``suffix`` (".html", ".pdf"
    …), named ``name`` in messages: what a file on disk and a fetched web page
    (``fetch``, with the URL and the charset its server gave) share."""
    if not data.strip():
        raise EmptyArticle(f"{name}: empty file, left out")
    warnings: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    if suffix in DOCUMENTS:
        meta, body, pages = DOCUMENTS[suffix](data, name)
    elif suffix in (".html", ".htm"):
        page = read_page(decode_as(data, charset, name) if charset else decode(data, name))
        meta, body, warnings = page.meta, page.text, page.warnings
    else:
        meta, body = split_front_matter(decode(data, name), name)
        if suffix in (".md", ".markdown"):
            body = markdown_text(body)  # shown as text, not markup
    if suffix not in DOCUMENTS and bom_contradicted(data):
        warnings = (
            *warnings,
            "starts with the two bytes of a UTF-16 byte order mark, but its text is not "
            "UTF-16: read as ordinary text without them",
        )
    declared = suffix in (".html", ".htm") and _DECLARED.search(data[:4096]) is not None
    if suffix not in DOCUMENTS and not charset and not declared and (how := not_utf8(data)):
        warnings = (*warnings, how)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    # a report page's extracted text may drop its header: its markup is read too
    page = suffix in (".html", ".htm")
    if (
        meta.get("creator") == "Claim Workbench"  # the window's PDF report (fresh trial)
        or _OUR_OUTPUT.search(body[:2000])
        or _OUR_DATA.search(body[:200])
        or (page and _OUR_OUTPUT.search(data[:4096].decode("utf-8", "replace")))
    ):
        raise OwnOutput(
            f"{name}: this is Claim Workbench's own output (a check summary or a "
            "report), not an article; left out"
        )
    identity = hashlib.sha256(body.encode("utf-8")).hexdigest()  # before cleaning: logs keep it
    body, pages = typography.clean(body, pages)
    if not body.strip():
        raise EmptyArticle(f"{name}: no article text found; left out")
    date_text = meta.get("published") or meta.get("date")
    pub = published
    found = dateline(body) if not date_text or not meta.get("title") else None
    if pub is None:
        pub, said = _publication_date(date_text, body, found, url or meta.get("url", ""))
        warnings = (*warnings, *said)
    words = len(body.split())
    if words < FEW_WORDS and not any(" word" in w for w in warnings):  # a page's reader may say it
        # kept (a headline alone can be compared), but said: a fresh trial's
        # "just some words" file went in as an article without a word
        warnings = (*warnings, f"only {words} word{'s' if words != 1 else ''}: is this an article?")
    lead = body.strip()
    if found is not None and lead.startswith(found.line) and "\n" in lead:
        lead = lead.split("\n", 1)[1]  # a dateline on a line of its own is not the title
    title = meta.get("title") or _first_line_title(lead)
    return Article(
        id=readable_id(ident),
        path=path,
        title=title,
        outlet=meta.get("outlet") or meta.get("source") or "",
        published=pub,
        url=url or meta.get("url", ""),
        text=body,
        sha256=identity,
        warnings=tuple(f"{name}: {w}" for w in warnings),
        pages=pages,
    )


FEW_WORDS = 6  # fewer words than a short headline


def _publication_date(
    date_text: str | None, body: str, found: Dateline | None, url: str
) -> tuple[date | None, tuple[str, ...]]:
    """The date an article states, and what to say about where it was read:
    its header, else its dateline (pasted copy: relative dates need it), else
    the day its web address states; --published, given, wins over all. A
    dateline in figures whose order is not stated ("02.03.12") is no date: the
    web address may settle it, else the article stays undated and says so."""
    if date_text:
        return _header_date(date_text, body, url)
    if found is not None and found.day is not None:
        return found.day, (
            f"publication date {found.day.isoformat()} read from its dateline "
            f"“{_shown(found.line)}”; to change it, give --published or type it in its column",
        )
    day = url_date(url)
    if found is not None:
        if day in found.readings:
            return day, (
                f"publication date {day.isoformat()} read from its dateline "
                f"“{_shown(found.line)}”, day and month in the order its web address states; "
                "to change it, give "
                "--published or type it in its column",
            )
        unsure = f"its dateline “{_shown(found.line)}” {_either(found.readings)}"
        if day is None:
            return None, (
                f"{unsure}: read without a publication date; give one with "
                "--published PATH=YYYY-MM-DD or type it in its column",
            )
        return day, (
            f"{unsure}; publication date {day.isoformat()} read from its web address instead; "
            "to change it, give --published or type it in its column",
        )
    if day is not None:
        return day, (
            f"publication date {day.isoformat()} read from its web address; "
            "to change it, give --published or type it in its column",
        )
    return None, ()


def _shown(line: str) -> str:
    return line if len(line) <= 80 else line[:77].rstrip() + "…"


def _either(readings: tuple[date, ...], why: bool = True) -> str:
    """'can be 3 February or 2 March 2012 (the order of day and month is not stated)'."""
    a, b = (f"{d.day} {d.strftime('%B')} {d.year}" for d in readings)
    if readings[0].year == readings[1].year:
        a = a.rsplit(" ", 1)[0]
    return f"can be {a} or {b}" + (" (the order of day and month is not stated)" if why else "")


def _header_date(text: str, body: str, url: str) -> tuple[date | None, tuple[str, ...]]:
    """The publication date a header states, and what to say about it. A date
    written out ("November 19, 2019", "Tue, 19 Nov 2019") or in figures whose
    order is certain ("29/02/2012") is read as the dateline reader reads it;
    one that is no date ("2021-02-30", "9/8/2011": which day?) leaves the
    article undated, said in one line, rather than leaving the whole article
    out: one typo in one header stopped a check of ten files, and the window
    can take the date in the article's column."""
    try:
        return parse_date(text), ()
    except ArticleError as exc:
        spelled = dateline(text.strip().strip("\"'"))
        if spelled is not None and spelled.day is not None:
            return spelled.day, ()
        reason = str(exc).rpartition(": ")[2]
        if spelled is not None:
            reason += f"; it {_either(spelled.readings, why=False)}"
        why = f"its header's date {text.strip()!r} is not a date ({reason})"
        found = dateline(body)  # the text's own dateline, or its address, still dates it
        for day, where in ((found and found.day, "dateline"), (url_date(url), "web address")):
            if day:
                return day, (
                    f"{why}; publication date {day.isoformat()} read from its {where} "
                    "instead; to change it, give --published or type it in its column",
                )
        return None, (
            f"{why}: read without a publication date; "
            "give one with --published PATH=YYYY-MM-DD or type it in its column",
        )


def _first_line_title(body: str) -> str:
    """The first line, whole: the window elides it to the space it has and
    reports show all of it. Only a line longer than any paragraph (a text
    without line breaks) is cut, between words, before 1000 characters."""
    line = body.strip().split("\n", 1)[0].strip()
    if len(line) <= 1000:
        return line
    cut = line.rfind(" ", 0, 1000)
    return line[: cut if cut > 400 else 1000].rstrip(" ,;:") + "…"
