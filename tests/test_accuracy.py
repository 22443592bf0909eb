"""CI floors for accuracy: a quick subset of the harness in benchmarks/.

Each floor sits just below the value measured when it was set (see
docs/accuracy.md for the full numbers); a change that makes accuracy worse
fails here. Sections needing ../shared/eval are skipped without it.
"""

from __future__ import annotations

import importlib

import pytest

from benchmarks.accuracy import EVAL, SECTIONS

# Keys ending in "?" are checked only when measured (the embedding path needs
# the optional extra). Values measured in quick mode when set, in brackets.
FLOORS: dict[str, dict[str, float]] = {
    "pairs": {
        "pairs.development.alignment_f1": 0.93,  # 0.950
        "pairs.development.discrepancy_recall": 0.90,  # 0.925
        "pairs.held_out.alignment_f1": 0.94,  # 0.966
        "pairs.held_out.discrepancy_recall": 0.90,  # 0.933
        "pairs.held_out.verdict_accuracy": 0.97,  # 1.0
        "pairs.embedding.development.alignment_f1?": 0.95,  # 0.976
        "pairs.embedding.held_out.discrepancy_recall?": 0.90,  # 0.933
    },
    "time": {
        "time.meantime.value_f1": 0.80,  # 0.824
        "time.meantime.relaxed_f1": 0.88,  # 0.908
        "time.recognizers.news": 0.80,  # 0.829
    },
    "quantity": {
        "quantity.quantulum3.news.value_unit": 0.95,  # 0.979
        "quantity.rt_currency.news.value_unit": 0.94,  # 0.963
        "quantity.rt_dimension.news.value_unit": 0.93,  # 0.955
        "quantity.rt_temperature.news.value_unit": 0.95,  # 1.0
        "quantity.news_money.value_unit": 0.97,  # 1.0
        "quantity.meantime.relaxed_f1": 0.91,  # 0.937
    },
    "sts": {
        "sts.headlines.lexical_spearman": 0.70,  # 0.719
        "sts.headlines.embedding_spearman?": 0.78,  # 0.798
        "sts.headlines.mixed_spearman?": 0.79,  # 0.813
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def section(request):
    name = request.param
    if name != "pairs" and not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside the project")
    rows = importlib.import_module(SECTIONS[name]).run(quick=True)
    return name, {r.key: r.value for r in rows}


def test_quick_accuracy_floors(section):
    name, values = section
    assert values, f"section {name} measured nothing"
    for key, floor in FLOORS[name].items():
        optional = key.endswith("?")
        key = key.rstrip("?")
        if optional and key not in values:
            continue
        assert key in values, f"{key} was not measured"
        assert values[key] >= floor, f"{key} fell to {values[key]:.3f} (floor {floor})"
