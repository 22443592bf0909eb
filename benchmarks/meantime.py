"""Read MEANTIME (NewsReader, CC BY 4.0) articles from ../shared/eval.

The corpus stores tokens, not text, so the text is rebuilt with ordinary
detokenisation rules; every token's character span is kept so annotated
spans (TIMEX3, VALUE) can be mapped onto the rebuilt text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "eval" / "meantime_en" / "intra_cross-doc_annotation"

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "'s",
    "'",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "”",
    "’",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "“", "‘", "#"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class MeantimeDoc:
    doc_id: str
    name: str
    corpus: str
    title: str
    published: str | None  # YYYY-MM-DD from the CREATION_TIME timex
    text: str  # body: sentences after the title and the dateline
    body_offset: int  # where the body starts in the full rebuilt text
    timexes: tuple[Timex, ...]  # in-text TIMEX3 spans (body offsets)
    values: tuple[Timex, ...]  # QUANTITY/MONEY/PERCENT VALUE spans (body offsets)
    title_timexes: tuple[Timex, ...] = ()  # TIMEX3 spans in the title (title offsets)
    dateline_date: str | None = None  # YYYY-MM-DD of the dateline, when ``published`` is missing


def available() -> bool:
    return CORPUS.is_dir()


def files() -> list[Path]:
    return sorted(CORPUS.glob("*/*.xml"))


def load(path: Path) -> MeantimeDoc:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    spans: dict[str, tuple[int, int]] = {}
    sentence_start: dict[int, int] = {}
    parts: list[str] = []
    pos = 0
    prev_text = ""
    prev_sentence = -1
    quote_open = False
    for tok in tokens:
        t = tok.text or ""
        t = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")"}.get(t, t)
        sent = int(tok.get("sentence", "0"))
        if sent != prev_sentence:
            sep = "\n\n" if parts else ""
            quote_open = False
        elif t == '"':
            sep = "" if quote_open else " "
        elif (prev_text == '"' and quote_open) or (
            t in _NO_SPACE_BEFORE
            or prev_text in _NO_SPACE_AFTER
            or t.startswith("'")
            or prev_text.endswith("$")
        ):
            sep = ""
        else:
            sep = " "
        if t == '"':
            quote_open = not quote_open
        parts.append(sep)
        pos += len(sep)
        if sent != prev_sentence:
            sentence_start[sent] = pos
        spans[tok.get("t_id")] = (pos, pos + len(t))
        parts.append(t)
        pos += len(t)
        prev_text, prev_sentence = t, sent
    full = "".join(parts)
    body_offset = sentence_start.get(2, 0)
    title = full[: sentence_start.get(1, len(full))].strip()

    published = None
    dateline = None
    title_end = sentence_start.get(1, len(full))
    markables = root.find("Markables")
    timexes, values, title_timexes = [], [], []
    if markables is not None:
        for tx in markables.findall("TIMEX3"):
            v = tx.get("value", "")
            span = _span(tx, spans)
            if span is not None and title_end <= span[0] < body_offset:
                dateline = dateline or _iso_day(v)  # the dateline under the title
            if tx.get("functionInDocument") == "CREATION_TIME":
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    published = v
                continue
            if span is not None and span[1] <= title_end:
                title_timexes.append(
                    Timex(span[0], span[1], full[span[0] : span[1]], tx.get("type", ""), v)
                )
                continue
            if span is None or span[0] < body_offset:
                continue
            timexes.append(
                Timex(
                    span[0] - body_offset,
                    span[1] - body_offset,
                    full[span[0] : span[1]],
                    tx.get("type", ""),
                    tx.get("value", ""),
                )
            )
        for vx in markables.findall("VALUE"):
            span = _span(vx, spans)
            if span is None or span[0] < body_offset:
                continue
            values.append(
                Timex(
                    span[0] - body_offset,
                    span[1] - body_offset,
                    full[span[0] : span[1]],
                    vx.get("type", ""),
                    vx.get("value", ""),
                )
            )
    return MeantimeDoc(
        root.get("doc_id", ""),
        root.get("doc_name", path.stem),
        path.parent.name,
        title,
        published,
        full[body_offset:],
        body_offset,
        tuple(sorted(timexes, key=lambda t: t.start)),
        tuple(sorted(values, key=lambda t: t.start)),
        tuple(sorted(title_timexes, key=lambda t: t.start)),
        None if published else dateline,
    )


def _iso_day(value: str) -> str | None:
    """'2009-06-01', '2005-04-27T08:30Z' -> the day; '03-02-2009' (day first) -> '2009-02-03'."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


def _span(markable: ET.Element, spans: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    ids = [a.get("t_id") for a in markable.findall("token_anchor")]
    pts = [spans[i] for i in ids if i in spans]
    if not pts:
        return None
    return min(p[0] for p in pts), max(p[1] for p in pts)


def write_articles(docs: list[MeantimeDoc], folder: Path) -> list[Path]:
    """Write docs as .md articles with front matter; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for d in docs:
        p = folder / f"{d.doc_id}.md"
        front = ["---", f"title: {d.title.replace(chr(10), ' ')}", "outlet: Wikinews"]
        if d.published:
            front.append(f"published: {d.published}")
        front.append("---")
        p.write_text("\n".join(front) + "\n" + d.text + "\n", encoding="utf-8")
        out.append(p)
    return out
