"""Where an article asked to correct a figure still states it, in another
sentence, after an edit (``store/reviews.py`` asks it of every decision
"needs correction" whose article was edited since).

Trial 24 and trial 33: "two undersea cables" corrected to three while "two
sub-sea cables went down" stood four lines below; the other sentence was
never part of the finding, so it is looked for among the facts the latest
analysis read in the article, not among the finding's sentences."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..naming import norm

# kinds of figure whose counted thing is read from the fact's own value
_MEASURED = ("number", "quantity")


def still_says(row: dict[str, Any], stored: list[dict[str, Any]], db: Any) -> str:
    """Where the edited article to correct still states the value decided on,
    of the same counted thing, in a sentence other than the one edited: "‘two’
    at line 9: “…”", or "" (counts of a named thing only: a bare "two" or "60
    per cent" says too little to hold a fix back). The same words, or the same
    exact amount ("2 sub-sea cables" after "two undersea cables")."""
    article = row["correct_article"] or ""
    mine = [s for s in stored if s.get("article") == article]
    other = [s for s in stored if s.get("article") != article]
    if len(mine) != 1 or len(other) != 1 or row["kind"] not in _MEASURED:
        return ""
    thing = _thing_at(db, other[0]) or _thing_at(db, mine[0])
    if not thing:
        return ""
    # the value decided on: the side's own on a flag no longer found; on one the
    # decision followed to, the value before the edit its history names
    if row["active"]:
        olds = [(v, _amount(v)) for v in _edited_from(db, row["id"], article)]
    else:
        olds = [(mine[0].get("text", ""), _amount_normalized(mine[0].get("normalized", "")))]
    if not olds:
        return ""
    for claim_id, text, start, fact_value, claim in db.execute(
        "SELECT f.claim, f.text, f.start, f.value, c.text FROM facts f "
        "JOIN claims c ON c.id = f.claim WHERE f.article = ? AND f.kind = ? ORDER BY f.start",
        [article, row["kind"]],
    ):
        if row["active"] and claim_id == mine[0].get("claim"):
            continue  # the sentence edited: it states what it states now
        value = _value(fact_value)
        if _thing(value) != thing or not any(_same(text, value, o) for o in olds):
            continue
        line = _line_of(db, article, claim, start)
        where = f" at line {line}" if line else ""
        return f"‘{text}’{where}: “{claim}”"
    return ""


def _same(text: str, value: dict[str, Any], old: tuple[str, float | None]) -> bool:
    """The same figure: the same words, or the same exact amount ("two" and "2")."""
    words, amount = old
    if _plain(text) == _plain(words):
        return True
    mine = value.get("amount")
    return (
        amount is not None
        and bool(value.get("exact"))
        and value.get("amount_high") is None
        and isinstance(mine, int | float)
        and float(mine) == amount
    )


def _edited_from(db: Any, did: str, article: str) -> list[str]:
    """The values an edit of ``article`` replaced, as the moves of this flag's
    decision recorded them (store/follow.py: "a was edited: ‘30’ now reads ‘25’")."""
    mark = f"{article} was edited: ‘"
    out = []
    for (event,) in db.execute(
        "SELECT event FROM review_history WHERE discrepancy = ? AND event LIKE ?",
        [did, f"%{mark}%"],
    ):
        out.append(event.split(mark, 1)[1].split("’ now reads", 1)[0])
    return out


def _thing_at(db: Any, side: dict[str, Any]) -> str:
    found = db.execute(
        'SELECT value FROM facts WHERE article = ? AND start = ? AND "end" = ?',
        [side.get("article", ""), side.get("start", -1), side.get("end", -1)],
    ).fetchone()
    return _thing(_value(found[0])) if found else ""


def _value(value_json: str) -> dict[str, Any]:
    try:
        value = json.loads(value_json or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _thing(value: dict[str, Any]) -> str:
    """What a figure counts ("cable"); "" for a bare count, a share or a
    measure: "30 miles" elsewhere in the article may be another distance, and a
    wrong "still says" would hold back a correction that was made."""
    return str(value.get("counted") or "")


def _amount(words: str) -> float | None:
    """A figure written in digits ("2", "1,200"), or None."""
    digits = words.replace(",", "").strip()
    try:
        return float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else None
    except ValueError:
        return None


def _amount_normalized(normalized: str) -> float | None:
    """The exact amount a count's normalised value ends with: "2 cables (2)"."""
    found = re.search(r"\((\d[\d,]*(?:\.\d+)?)\)\s*$", normalized or "")
    return _amount(found.group(1)) if found else None


def _line_of(db: Any, article: str, claim: str, start: int) -> int:
    """The line of the article's file the sentence starts on (as an editor
    opens it: front matter counted), or of its text when the file is not
    readable or no longer holds the sentence; 0 when neither does."""
    found = db.execute("SELECT path, text FROM articles WHERE id = ?", [article]).fetchone()
    if not found:
        return 0
    path, text = found
    try:
        raw = Path(path).read_text(encoding="utf-8") if path else ""
    except (OSError, UnicodeError):
        raw = ""
    head = claim.strip()[:60]
    at = raw.find(head) if head else -1
    if at >= 0:
        return raw.count("\n", 0, at) + 1
    text = text or ""
    return text.count("\n", 0, start) + 1 if 0 <= start <= len(text) else 0


def _plain(text: str) -> str:
    return norm(text or "").strip(" .…\"'")
