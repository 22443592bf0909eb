"""The items an editor reviews against the pair flags of the release issue 15
was filed against (``benchmarks.findings_release``): counts kept per event and
size, summed by verdict, and nothing made up for an event never counted."""

from __future__ import annotations

import json

import pytest

from benchmarks import findings_release


@pytest.fixture
def kept(tmp_path, monkeypatch):
    path = tmp_path / "release_flags.json"
    counts = {
        "e1": {"5": {"conflict": 2, "consistent": 5}, "14": {"consistent": 40}},
        "e2": {"5": {"unresolved": 1, "consistent": 3}},
    }
    path.write_text(json.dumps({"release": findings_release.RELEASE, "counts": counts}))
    monkeypatch.setattr(findings_release, "STORED", path)
    return path


def test_the_release_flags_are_summed_by_verdict_over_the_events(kept):
    assert findings_release.release_flags(5, ["e1", "e2"]) == {
        "conflict": 2,
        "consistent": 8,
        "unresolved": 1,
    }
    assert findings_release.release_flags(14, ["e1"]) == {"consistent": 40}


def test_an_event_or_size_never_counted_gives_no_total(kept):
    assert findings_release.release_flags(14, ["e1", "e2"]) is None
    assert findings_release.release_flags(5, ["e1", "e3"]) is None


def test_a_tree_without_its_own_venv_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="own venv"):
        findings_release.count_release(tmp_path, [5], [])


def test_the_stored_counts_cover_the_events_of_items():
    from benchmarks.findings import CORPUS, events

    if not CORPUS.is_dir():
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    names = [name for name, _ in events(12)]
    for size in (5, 14):
        assert findings_release.release_flags(size, names) is not None
