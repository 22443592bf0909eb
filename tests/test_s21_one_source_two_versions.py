"""A finding that lists one source under two versions says so (trial 31:
F9c24f30db listed 42_9 under 'today' and under 'mid-February', two of its
sentences, and nothing said it): the check summary, ``workbench review F…``
and the report name the source and both values."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from workbench.cli_findings import show_finding
from workbench.naming import stated_twice, twice_line


@pytest.mark.parametrize(
    ("versions", "twice"),
    [
        ([("today", "abc"), ("mid-February", "cd")], {"c": ["today", "mid-February"]}),
        # a source repeating one version in two sentences states one version
        ([("24", "aab"), ("5", "c")], {}),
        ([("1", "ab"), ("2", "bc"), ("3", "ba")], {"a": ["1", "3"], "b": ["1", "2", "3"]}),
        ([("only", "a")], {}),
    ],
)
def test_the_sources_stating_several_versions(versions, twice):
    assert stated_twice(versions) == twice
    line = twice_line(versions, str.upper)
    assert bool(line) == bool(twice)
    for a, values in twice.items():
        assert f"{a.upper()} states " + " and ".join(f"‘{v}’" for v in values) in line


def test_review_of_a_finding_says_which_source_states_two(monkeypatch):
    side = NS(article="x", claim_text="", text="", claim="", start=0, end=0)
    f = NS(
        id="F1",
        verdict="unresolved",
        kind="date",
        versions=(
            NS(value="today", sources=("p", "q"), independent=2, sides=(side,)),
            NS(value="mid-February", sources=("q", "r"), independent=2, sides=(side,)),
        ),
        sources=("p", "q", "r"),
        members=(),
        explanation="today vs mid-February",
        active=True,
        agreed=False,
        still_says={},  # no partial correction (store/still.py)
        scope=None,  # no record of what a decision covered (store/scope.py)
    )
    import workbench.cli_findings as cf
    import workbench.store.findings as sf

    monkeypatch.setattr(sf, "resolve_finding", lambda log, ident: f)
    monkeypatch.setattr(cf, "standing", lambda f: ("open", 0))
    monkeypatch.setattr(cf, "look_again", lambda f: "")
    log = NS(snapshot=lambda: __import__("contextlib").nullcontext())
    lines = show_finding(log, "F1")
    assert "  One source, several versions: q states ‘today’ and ‘mid-February’" in "\n".join(lines)


def test_the_window_panel_lists_a_source_stating_two_versions():
    from workbench.ui.panel_text import all_versions

    row = NS(versions=2, version_sources=(("today", ("p", "q")), ("mid-February", ("q",))))
    text = all_versions(row, {"q": "Outlet Q"})
    assert text.splitlines()[-1].startswith(
        "One source, several versions: Outlet Q states ‘today’ and ‘mid-February’"
    )
    single = NS(versions=2, version_sources=(("today", ("p",)), ("mid-February", ("q",))))
    assert "several versions" not in all_versions(single, {})
