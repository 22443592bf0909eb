"""A finding decided pair by pair is decided (user trial 48, problem 3).

"needs correction" naming one article leaves the pairs of two other versions
open, and the tool advises deciding those on their own. Once every pair
carries a decision the finding is decided, though the decisions differ: its
status says what was decided, it leaves the count to review (status bar,
report's "Still to review", check's next command), and the report lists it
as decided. It stayed "mixed" and "1 to review" for ever. The history keeps
every decision as it was made."""

from __future__ import annotations

import pytest
from test_report_once import _hub

from workbench.cli_findings import finding_history, finding_statuses, show_finding
from workbench.report import build_report, render
from workbench.store import Change, ReviewLog
from workbench.store.pair_by_pair import decided_pair_by_pair, status_words
from workbench.ui.rows import counts_text, finding_rows


@pytest.fixture
def log(tmp_path):
    store = ReviewLog(tmp_path / "log.sqlite")
    yield store
    store.close()


@pytest.mark.parametrize(("values", "named", "rest"), [
    ({"a": "24", "b": "30"}, "a", "verified"),  # three versions: 24, 30 and the hub's 5
    ({"a": "7", "c": "9"}, "c", "dismissed"),
    ({"b": "31", "c": "24"}, "b", "disputed"),
])  # fmt: skip
def test_every_pair_decided_leaves_nothing_to_review(log, values, named, rest):
    members = "".join(sorted(values))
    log.save_analysis(_hub(members, values))
    (f,) = log.findings()
    log.decide(f.id, Change("needs-correction", correction="fix it"), articles=(named,))
    (f,) = log.findings()
    left = [m for m in f.members if m.status == "open"]
    assert len(left) == 1  # the tool's "partly decided: 1 left open"
    assert build_report(log)["summary"]["to_review"] == 1  # still to review: one pair open
    log.set_review(left[0].id, status=rest, note="two remarks")  # decided on its own, as advised
    (f,) = log.findings()
    assert decided_pair_by_pair(f)
    words = status_words(f, "mixed")
    assert words == (
        f"decided pair by pair: needs correction in {named}; "
        f"{rest} for {left[0].left_article} vs {left[0].right_article}"
    )
    data = build_report(log)
    assert data["summary"]["to_review"] == 0
    md = render(log, "md")
    assert "Still to review (open, partly decided, or to look at again): 0" in md
    assert "1 decided pair by pair" in md and " mixed" not in md
    assert f"### {words}".replace("_", "\\_") in md
    assert finding_statuses(log) == {f.id: words}
    assert show_finding(log, f.id)[0].endswith(f"sources; {words}")
    history = finding_history(log, f.id)
    assert history[0].startswith(f"{f.id}: {words} (2 discrepancies)")
    assert len(history) == 3  # both decisions kept, as made
    (row,) = finding_rows(log.findings())
    assert not row.needs_review
    assert "· 0 to review" in counts_text([row], 5, 1)


def test_a_pair_still_open_stays_to_review(log):
    """Decided differently with a pair open: to review, and it says so."""
    log.save_analysis(_hub("abc", {"a": "24", "b": "30", "c": "31"}))
    (f,) = log.findings()
    first, second, _ = sorted(f.members, key=lambda m: m.id)
    log.set_review(first.id, status="verified")
    log.set_review(second.id, status="disputed")
    (f,) = log.findings()
    assert not decided_pair_by_pair(f)
    assert status_words(f, "mixed").endswith("; 1 not decided yet")
    assert build_report(log)["summary"]["to_review"] == 1
    (row,) = finding_rows(log.findings())
    assert row.needs_review
