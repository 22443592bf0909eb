"""The correction report as a desk reads it (user trial 48, problem 8): no
machine line under a quotation's source (its words lower-cased), no engine
word for a pair of sources, the article named in the line about findings
disputed without an article (it read as a stray line of the finding above),
and the "All findings" table's quotations cut around their change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from workbench.report import build_report, render
from workbench.report.desk import scope_words, shows_reading, table_values
from workbench.store import ReviewLog

KEPT = Path(__file__).parent / "fixtures" / "reports" / "decided.sqlite"


@pytest.fixture
def log(tmp_path):
    db = tmp_path / "review.sqlite"
    shutil.copyfile(KEPT, db)
    store = ReviewLog(db, create=False)
    yield store
    store.close()


def test_the_report_says_it_in_the_desks_words(log):
    md = render(log, "md")
    page = render(log, "html")
    data = build_report(log)
    (quote,) = [f for f in data["findings"] if f["kind"] == "quote"]
    lowered = quote["discrepancies"][0]["sides"][0]["normalized"]
    assert lowered and lowered not in md and lowered.replace("'", "&#x27;") not in page
    row = next(x for x in md.splitlines() if x.startswith(f"| `{quote['id']}`"))
    cells = [c for c in re.split(r"\(\d+\);?", row.split(" | ")[4]) if c.strip()]
    assert cells and all(len(c.strip()) <= 72 for c in cells), cells
    assert "every single day" in row  # around the change, not the shared start
    said = next(x for x in md.splitlines() if "also a source of 1 finding disputed" in x)
    assert said.startswith("001\\_5b6645cec48d2afd is also a source")


@pytest.mark.parametrize(("count", "total", "said"), [
    (2, 3, " (for 2 of its 3 pairs of sources)"),
    (1, 4, " (for 1 of its 4 pairs of sources)"),
    (3, 3, ""),
])  # fmt: skip
def test_a_decision_on_some_pairs_says_pairs_of_sources(count, total, said):
    assert scope_words(count, total) == said
    assert "discrepanc" not in scope_words(count, total)


def test_a_quotations_reading_is_no_line_but_a_dates_is():
    src = {"normalized": "i wish my successor all the best"}
    assert not shows_reading({"kind": "quote"}, src)
    assert shows_reading({"kind": "date"}, {"normalized": "on Friday = Fri 2 Aug 2013"})
    item = {
        "kind": "quote",
        "versions": [
            {"value": "I just want to wish my successor all the best and say good luck to him"},
            {"value": "I wish my successor all the best and say good luck to him"},
        ],
    }
    shown = table_values(item)
    assert len(shown) == 2 and shown[0] != shown[1] and "just want" in shown[0]
    item["kind"] = "number"
    assert table_values(item) == [v["value"] for v in item["versions"]]
