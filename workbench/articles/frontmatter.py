"""Front matter at the top of a text or Markdown article, and its dateline."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

from .errors import ArticleError
from .header_lines import header_lines

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_TOML = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_DATE_LINE = re.compile(
    r"\A[ \t]*(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE
)


def _scalar(value: str) -> str:
    """A front-matter value as YAML reads a one-line scalar: quotes around it
    removed, with the escapes of its quoting style (\\" in double quotes,
    '' in single quotes) turned into the characters they stand for."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\/])', r"\1", value[1:-1]).replace("\\t", " ")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value.strip("\"'")


def _bare_header(lines: list[tuple[str, str]]) -> dict[str, str]:
    """The keys of a header without '---' lines; a value is unquoted only when
    a quote closes it ("'He loved that line': tributes" keeps its quote)."""
    meta = {}
    for key, value in lines:
        quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"
        meta["title" if key == "headline" else key] = _scalar(value) if quoted else value
    return meta


def split_front_matter(raw: str, name: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body). Body keeps the original characters exactly."""
    meta: dict[str, str] = {}
    body = raw
    if raw.lstrip("\ufeff").startswith("+++"):
        return _toml_front_matter(raw.lstrip("\ufeff"), name)
    if raw.lstrip("\ufeff").startswith("---"):
        raw = raw.lstrip("\ufeff")
        m = _FRONT.match(raw)
        if not m:
            raise ArticleError(f"{name}: malformed front matter: no closing '---' line")
        for lineno, line in enumerate(m.group(1).splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or not re.fullmatch(r"[a-z_][a-z0-9_-]*", key):
                raise ArticleError(
                    f"{name}: malformed front matter at line {lineno}: expected 'key: value'"
                )
            meta[key] = _scalar(value.strip())
        body = raw[m.end() :]
    elif found := header_lines(raw.lstrip("\ufeff")):
        lines, end = found
        if len(lines) == 1 and (m := _DATE_LINE.match(raw)):
            # a lone date line is cut where it always was: logs keep articles by their text
            meta["published"] = m.group(1)
            body = raw[m.end() :]
        else:
            meta = _bare_header(lines)
            body = raw.lstrip("\ufeff")[end:]
    elif m := _DATE_LINE.match(raw):
        meta["published"] = m.group(1)
        body = raw[m.end() :]
    return meta, body


def _toml_front_matter(raw: str, name: str) -> tuple[dict[str, str], str]:
    """Hugo's and Zola's TOML front matter between ``+++`` lines: its
    top-level values as text (a TOML date or date-time in ISO form)."""
    m = _TOML.match(raw)
    if not m:
        raise ArticleError(f"{name}: malformed front matter: no closing '+++' line")
    try:
        table = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise ArticleError(f"{name}: malformed TOML front matter: {exc}") from None
    meta = {}
    for key, value in table.items():
        if isinstance(value, dt.date | dt.datetime):
            meta[key.lower()] = value.isoformat()
        elif isinstance(value, str | int | float):
            meta[key.lower()] = str(value)
    return meta, raw[m.end() :]
