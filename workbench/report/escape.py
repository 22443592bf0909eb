"""Keeping untrusted text inert in every report format (see the package's
docstring for the guarantees). All escaping lives here, in one place."""

from __future__ import annotations

import html
import re
from typing import Any

from ..naming import quoted as quoted_text
from ..terminal import BIDI_CONTROLS, LINE_SEPARATORS, visible_controls
from ..text import value_at


def quoted(value: str) -> str:
    """Wrap a value in quotation marks unless it is itself a quotation."""
    return quoted_text(md(value))


# Line breaks of every kind; in a one-line field they become spaces.
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
# Characters that open Markdown or HTML syntax inside a line: code, emphasis,
# links and images ([ ] ( ) !), raw HTML and autolinks (< >), entities (&),
# table cells (|), headings (#), strikethrough (~) and the escape itself (\).
# A backslash before ASCII punctuation always shows that character as text
# (CommonMark 2.4). "-", "+", "." and "=" act only at the start of a line,
# which untrusted text never is: every line begins with the report's own words.
_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]()#!|<>~&])")


def md(s: str | None) -> str:
    """Untrusted text as inert Markdown on one line: shown as written, never
    a link, image, tag, heading, table cell or escape sequence."""
    s = visible_controls(_BREAKS.sub(" ", s or ""), keep="\t")
    return _MD_ACTIVE.sub(r"\\\1", s)


def md_code(s: str | None) -> str:
    """Untrusted text as a Markdown code span (nothing inside one is parsed);
    the fence is longer than any run of backticks in the text."""
    s = visible_controls(_BREAKS.sub(" ", s or ""), keep="\t")
    fence = "`" * (max((len(r) for r in re.findall("`+", s)), default=0) + 1)
    pad = " " if s[:1] in ("`", " ") or s[-1:] in ("`", " ") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


# CR and CRLF (and the Unicode separators) inside a cell become LF. Python's
# writer quotes a cell only for the characters of its line terminator, here
# "\n": a bare CR went out unquoted, and Excel, LibreOffice and Python's own
# reader all end the row there, so the rest of a note started a new row,
# formula and all. With every break an LF, each multi-line cell is quoted
# and its lines stay inside it.
CSV_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")
# What spreadsheets read as the start of a formula (or of a DDE payload), also
# after leading spaces, which LibreOffice's import can trim. A leading TAB or
# line break is neutralised too: some importers strip it and then see "=".
_FORMULA_START = ("=", "+", "-", "@")


def csv_safe(v: Any) -> Any:
    """A text cell a spreadsheet shows as text (CSV injection, OWASP's advice:
    prefix a ``'``). The cost: a cell that is really a negative number, such
    as a normalised value "-3", is prefixed too and reads as text "'-3". Data
    meant for analysis should come from the JSON report, which is exact."""
    if not isinstance(v, str):
        return v
    v = visible_controls(CSV_BREAKS.sub("\n", v), keep="\n\t")
    if v[:1] in ("\t", "\n") or v.lstrip()[:1] in _FORMULA_START:
        return "'" + v
    return v


def html_text(s: object) -> str:
    """Untrusted text before HTML escaping: line breaks as LF (HTML shows any
    break as a space), control characters (ESC, NUL, C1) and bidi overrides
    as visible escapes, so neither a browser nor ``cat`` acts on them."""
    return visible_controls(CSV_BREAKS.sub("\n", "" if s is None else str(s)), keep="\n\t")


def e(s: object) -> str:
    """Untrusted text for HTML text or a quoted attribute value: ``& < > " '``
    escaped (``html.escape`` with ``quote=True``), controls made visible."""
    return html.escape(html_text(s), quote=True)


def highlight(claim: str, value: str) -> str:
    """Escape the claim and mark the value inside it when present (as whole
    words when it stands so: value_at)."""
    claim, value = html_text(claim), html_text(value)
    i = value_at(claim, value)
    if i >= 0:
        return (
            html.escape(claim[:i])
            + "<mark>"
            + html.escape(value)
            + "</mark>"
            + html.escape(claim[i + len(value) :])
        )
    return html.escape(claim)


# json.dumps escapes C0 controls itself; with ensure_ascii=False it leaves DEL,
# C1, bidi overrides and U+2028/2029 raw. They can only occur inside strings,
# so writing them as \uXXXX keeps the JSON valid and the decoded data equal.
JSON_RAW = re.compile("[\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS | LINE_SEPARATORS)) + "]")
