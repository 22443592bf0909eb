"""A figure written as a variant's name is no measure to compare alone (session 33).

"The 11-inch models will start at $999 ..." against 'The 13" model will have ...'
(ECB+ 40_ecbplus, fourteen articles): each length the only one of its sentence, so the
same-thing gate (judge/shown_same.py) took being alone as evidence and called two
laptop models' sizes a conflict, which a second finding also showed as two versions.
A figure that names a model, version, variant or edition identifies the thing.
"""

from __future__ import annotations

import pytest

from workbench.analysis import analyze_paths
from workbench.judge.shown_same import _NAMES_A_VARIANT


@pytest.mark.parametrize(
    "text, figure",
    [
        ("13-inch models will start at $999", "13"),
        ('13" model will have', '13"'),
        ("15-inch MacBook model ships", "15"),
        ("2-litre versions ship in May", "2"),
        ("64GB edition", "64GB"),
    ],
)
def test_words_after_a_figure_that_name_a_variant(text: str, figure: str) -> None:
    assert _NAMES_A_VARIANT.match(text, len(figure))


@pytest.mark.parametrize(
    "after", [" of rain fell", " from the coast", " tall", " long, the model said"]
)
def test_words_after_a_measure_are_no_variant(after: str) -> None:
    text = "13 inches" + after
    assert not _NAMES_A_VARIANT.match(text, len("13 inches"))


def _pair(tmp_path, a: str, b: str) -> list[str]:
    paths = []
    for name, text in (("a.txt", a), ("b.txt", b)):
        p = tmp_path / name
        p.write_text(f"title: {name}\npublished: 2024-06-11\n\n{text}\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def test_two_models_sizes_are_not_a_conflict(tmp_path) -> None:
    a = "The 11-inch models will start at $999 with a faster processor and more storage."
    b = "The 13-inch model will start at $1,299 with a faster processor and more storage."
    analysis = analyze_paths(_pair(tmp_path, a, b))
    sizes = [d for d in analysis.discrepancies if " in vs " in d.explanation]
    assert sizes == [], [d.explanation for d in analysis.discrepancies]
