#!/usr/bin/env python3
"""Validate the labelled article pairs in tests/pairs/NN_slug/.

Plain Python, no engine imports. Usage:

    python tests/pairs/check_fixtures.py [--strict] [PAIR_DIR ...]

Checks, per pair folder:
  * a.md and b.md exist and start with front matter (title, outlet, url required;
    published optional but, when present, a valid ISO date YYYY-MM-DD);
  * each body has 4-9 sentences (by the simple splitter below);
  * expected.json has description / alignments / discrepancies of the right shape;
  * every alignment substring occurs exactly once in its article body and inside a
    single sentence; no alignment is listed twice;
  * every discrepancy has a valid kind and verdict, and its a/b substrings occur at
    least once in their article bodies, inside sentences that are listed as aligned
    with each other (facts are only compared between aligned claims).
  * a discrepancy substring that starts or ends with a digit must not be part of a
    longer number ('9%' inside '29%').
Warnings (errors with --strict): a discrepancy whose substrings fit more than one
aligned sentence pair, the same discrepancy listed twice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = {
    "quantity",
    "number",
    "money",
    "percent",
    "date",
    "time",
    "duration",
    "quote",
    "attribution",
    "name",
}
VERDICTS = {"conflict", "consistent", "unresolved"}
REQUIRED_META = ("title", "outlet", "url")
KNOWN_META = set(REQUIRED_META) | {"published"}
MIN_SENTENCES, MAX_SENTENCES = 4, 9

# Abbreviations that end with a full stop but do not end a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "prof",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "no",
    "vs",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "u.s",
    "u.k",
    "u.n",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
}
CLOSERS = "\"'”’)]"
OPENERS = "\"'“‘(["


def parse_article(path: Path) -> tuple[dict[str, str], str]:
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---\n"):
        raise ValueError("does not start with '---' front matter")
    end = raw.find("\n---\n", 4)
    if end < 0:
        raise ValueError("front matter is not closed by '---'")
    meta: dict[str, str] = {}
    for n, line in enumerate(raw[4:end].splitlines(), start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key != key.strip():
            raise ValueError(f"front matter line {n} is not 'key: value': {line!r}")
        value = value.strip()
        if ": " in value or value.startswith(("'", '"', "[", "{", "&", "*", "!", "|", ">")):
            raise ValueError(f"front matter value on line {n} would need YAML quoting: {line!r}")
        meta[key.strip()] = value
    body = raw[end + 5 :]
    return meta, body


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of sentences in body.

    Paragraphs (blank-line separated) never share a sentence. Inside a paragraph a
    sentence ends at . ! or ? (plus any closing quotes/brackets) followed by
    whitespace and an upper-case letter, digit or opening quote, unless the word
    before the full stop is a known abbreviation.
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        p_start, text = para.start(), para.group(0)
        start = 0
        for m in re.finditer(
            r"[.!?][" + re.escape(CLOSERS) + r"]*(?=\s+[A-Z0-9" + re.escape(OPENERS) + r"£$€])",
            text,
        ):
            if text[m.start()] == ".":
                word = re.search(r"([A-Za-z.]+)$", text[start : m.start()])
                if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                    continue
            spans.append((p_start + start, p_start + m.end()))
            start = m.end()
            while start < len(text) and text[start].isspace():
                start += 1
        if text[start:].strip():
            spans.append((p_start + start, p_start + len(text.rstrip())))
    return spans


def occurrences(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def cuts_number(text: str, start: int, end: int) -> bool:
    """True if text[start:end] begins or ends inside a longer number ('9%' in '29%')."""
    sub = text[start:end]
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if sub[:1].isdigit() and (before[-1:].isdigit() or re.fullmatch(r"\d[.,]", before)):
        return True
    return bool(sub[-1:].isdigit() and (after[:1].isdigit() or re.fullmatch(r"[.,]\d", after)))


def sentence_index(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    for i, (s, e) in enumerate(spans):
        if s <= start and end <= e:
            return i
    return None


def check_pair(folder: Path, strict: bool) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warnings: list[str] = []
    bodies: dict[str, str] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    stats: dict = {}

    for side in ("a", "b"):
        path = folder / f"{side}.md"
        if not path.exists():
            errors.append(f"{side}.md missing")
            continue
        try:
            meta, body = parse_article(path)
        except ValueError as exc:
            errors.append(f"{side}.md: {exc}")
            continue
        for key in REQUIRED_META:
            if not meta.get(key):
                errors.append(f"{side}.md: front matter lacks {key!r}")
        for key in meta:
            if key not in KNOWN_META:
                warnings.append(f"{side}.md: unknown front matter key {key!r}")
        if "published" in meta:
            try:
                dt.date.fromisoformat(meta["published"])
            except ValueError:
                errors.append(f"{side}.md: published {meta['published']!r} is not a valid date")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                errors.append(f"{side}.md: published must be exactly YYYY-MM-DD")
        if not re.match(r"https?://", meta.get("url", "")):
            errors.append(f"{side}.md: url should start with http(s)://")
        if not body.strip():
            errors.append(f"{side}.md: empty body")
        bodies[side] = body
        spans[side] = split_sentences(body)
        n = len(spans[side])
        stats[f"sentences_{side}"] = n
        stats[f"published_{side}"] = meta.get("published")
        if not MIN_SENTENCES <= n <= MAX_SENTENCES:
            errors.append(f"{side}.md: {n} sentences, expected {MIN_SENTENCES}-{MAX_SENTENCES}")

    exp_path = folder / "expected.json"
    if not exp_path.exists():
        errors.append("expected.json missing")
        return errors, warnings, stats
    try:
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        errors.append(f"expected.json: invalid JSON: {exc}")
        return errors, warnings, stats
    if set(expected) != {"description", "alignments", "discrepancies"}:
        errors.append(
            f"expected.json: keys must be description/alignments/discrepancies, "
            f"got {sorted(expected)}"
        )
    if not isinstance(expected.get("description"), str) or not expected["description"].strip():
        errors.append("expected.json: description must be a non-empty string")
    if len(bodies) < 2:
        return errors, warnings, stats

    def locate(side: str, sub: str, label: str) -> int | None:
        found = occurrences(bodies[side], sub)
        if len(found) != 1:
            errors.append(
                f"{label}: {side}-substring {sub!r} occurs {len(found)} times "
                f"in {side}.md (must be exactly once)"
            )
            return None
        idx = sentence_index(spans[side], found[0], found[0] + len(sub))
        if idx is None:
            errors.append(f"{label}: {side}-substring {sub!r} crosses a sentence boundary")
        return idx

    aligned: set[tuple[int, int]] = set()
    alignments = expected.get("alignments", [])
    if not isinstance(alignments, list):
        errors.append("alignments must be a list")
        alignments = []
    for n, pair in enumerate(alignments):
        label = f"alignment #{n}"
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(s, str) and s for s in pair)
        ):
            errors.append(f"{label}: must be [a_substring, b_substring]")
            continue
        ia, ib = locate("a", pair[0], label), locate("b", pair[1], label)
        if ia is None or ib is None:
            continue
        if (ia, ib) in aligned:
            errors.append(f"{label}: sentence pair a#{ia} / b#{ib} listed twice")
        aligned.add((ia, ib))
    stats["alignments"] = len(aligned)

    discrepancies = expected.get("discrepancies", [])
    if not isinstance(discrepancies, list):
        errors.append("discrepancies must be a list")
        discrepancies = []
    seen: set[tuple[str, str, str]] = set()
    verdicts = {v: 0 for v in sorted(VERDICTS)}
    for n, d in enumerate(discrepancies):
        label = f"discrepancy #{n}"
        if not isinstance(d, dict) or set(d) != {"kind", "a", "b", "verdict"}:
            errors.append(f"{label}: must have exactly kind, a, b, verdict")
            continue
        if d["kind"] not in KINDS:
            errors.append(f"{label}: unknown kind {d['kind']!r}")
        if d["verdict"] not in VERDICTS:
            errors.append(f"{label}: unknown verdict {d['verdict']!r}")
        else:
            verdicts[d["verdict"]] += 1
        key = (d["kind"], d["a"], d["b"])
        if key in seen:
            (errors if strict else warnings).append(f"{label}: listed twice")
        seen.add(key)
        sent: dict[str, set[int]] = {}
        for side in ("a", "b"):
            sub = d[side]
            if not isinstance(sub, str) or not sub:
                errors.append(f"{label}: {side} must be a non-empty string")
                sent[side] = set()
                continue
            found = occurrences(bodies[side], sub)
            if not found:
                errors.append(f"{label}: {side}-substring {sub!r} not found in {side}.md")
            for f in found:
                if cuts_number(bodies[side], f, f + len(sub)):
                    errors.append(
                        f"{label}: {side}-substring {sub!r} at offset {f} is part of "
                        f"a longer number; it would match the wrong value"
                    )
            sent[side] = {
                i
                for i in (sentence_index(spans[side], f, f + len(sub)) for f in found)
                if i is not None
            }
            if found and not sent[side]:
                errors.append(f"{label}: {side}-substring {sub!r} crosses a sentence boundary")
        if sent.get("a") and sent.get("b"):
            homes = [(ia, ib) for ia in sent["a"] for ib in sent["b"] if (ia, ib) in aligned]
            if not homes:
                errors.append(
                    f"{label}: {d['a']!r} / {d['b']!r} are not in sentences listed as aligned"
                )
            elif len(homes) > 1:
                (errors if strict else warnings).append(
                    f"{label}: {d['a']!r} / {d['b']!r} fit {len(homes)} aligned sentence pairs "
                    f"{homes}; make the substrings more specific"
                )
    stats["discrepancies"] = verdicts
    return errors, warnings, stats


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    args = [a for a in argv if a != "--strict"]
    folders = (
        [Path(a) for a in args]
        if args
        else sorted(p for p in HERE.iterdir() if p.is_dir() and re.match(r"\d\d_", p.name))
    )
    if not folders:
        print("no pair folders found")
        return 1
    failed = 0
    for folder in folders:
        errors, warnings, stats = check_pair(folder, strict)
        v = stats.get("discrepancies", {})
        summary = (
            f"{stats.get('sentences_a', '?')}+{stats.get('sentences_b', '?')} sentences, "
            f"{stats.get('alignments', '?')} alignments, "
            + ", ".join(f"{k} {n}" for k, n in v.items())
        )
        print(f"{'FAIL' if errors else 'ok  '} {folder.name}: {summary}")
        for e in errors:
            print(f"     error: {e}")
        for w in warnings:
            print(f"     warning: {w}")
        failed += bool(errors)
    print(f"{len(folders) - failed}/{len(folders)} pairs valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
