"""The files a check left out, said again under its summary.

A file with no text in it (empty, binary, the tool's own output) is skipped
with one line on stderr before the analysis, and the others are saved (trial
45 P11: one rule for a binary and an empty file). Above a summary of a hundred
lines that line scrolls out of sight (trial 40), so the summary ends by
naming them once more."""

from __future__ import annotations

from collections.abc import Sequence


def left_out_again(skipped: Sequence[str], checked: int) -> str:
    """'Left out, nothing in them to compare: a.txt (empty file), b.txt (binary file);
    the other 2 articles were checked and saved.'"""
    told = ", ".join(_short(m) for m in skipped)
    one = len(skipped) == 1
    return (
        f"Left out, nothing in {'it' if one else 'them'} to compare: {told}; "
        f"the other {checked} articles were checked and saved."
    )


def _short(message: str) -> str:
    """'ev/b.txt: binary file, not an article (contains NUL bytes)' ->
    'ev/b.txt (binary file)'."""
    name, _, why = message.partition(": ")
    return f"{name} ({why.split(',')[0].split(';')[0].strip()})" if why else message
