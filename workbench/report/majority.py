"""Which version of a finding the report sums up rather than quotes.

Trial 35: a misspelt name ("BlackBery", one sentence) quoted every correct
"BlackBerry" sentence of the nine other articles (30 lines, some twice)
before the one sentence to correct. A version that many sentences state,
and that more sources state than any other version, reads as a count with one
example; every other version is quoted in full.
"""

from __future__ import annotations

from typing import Any

MANY = 4  # sentences of one version beyond which it is summed up


def sentences(version: dict[str, Any]) -> int:
    """The distinct sentences a version is quoted from."""
    return sum(1 + len(src.get("also", ())) for src in version["sources"])


def summed_up(item: dict[str, Any]) -> int | None:
    """The index of the version to sum up, if any: stated in more than MANY
    sentences by more sources than every other version."""
    versions = item["versions"]
    counts = [len(v["sources"]) for v in versions]
    for k, v in enumerate(versions):
        if sums_up(counts, k, sentences(v)):
            return k
    return None


def sums_up(counts: list[int], k: int, said: int) -> bool:
    """Version ``k`` of versions stated by ``counts`` sources each, quoted
    from ``said`` sentences, reads as a count and one example."""
    others = counts[:k] + counts[k + 1 :]
    return bool(others) and counts[k] > max(others) and said > MANY


def example(version: dict[str, Any], aid: str | None) -> dict[str, Any]:
    """The one sentence quoted for a summed-up version: another source's
    than the article the section is about (that this article also writes it
    is said by the line on a source stating several versions)."""
    others = [src for src in version["sources"] if src["article"] != aid]
    return (others or version["sources"])[0]


def tally(version: dict[str, Any]) -> str:
    """The count of a summed-up version: "9 articles, 28 times"."""
    n = len(version["sources"])
    times = version.get("times", sentences(version))
    return f"{n} article{'s' if n != 1 else ''}, {times} time{'s' if times != 1 else ''}"


SENTENCE_END = (".", "!", "?", ".”", '."', "!”", "?”")


def heading(title: str, aid: str, text: str) -> str:
    """An article's section heading: its headline, or, when it has none and
    its title is only its first sentence, its id with a neutral lead (trial
    35: 42_10's section was headed by the sentence holding the typo). A first
    line that reads as a headline (no closing full stop) stays the heading."""
    first = title.strip()
    lead = text.lstrip()
    cut = first.endswith("…") and len(first) > 400 and lead.startswith(first[:-1])  # a text cut
    if first and not cut and not (lead.startswith(first) and first.endswith(SENTENCE_END)):
        return first
    return f"Article {aid} (no headline)"
