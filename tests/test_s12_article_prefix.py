"""--article read as the beginning of an id looks at every article of the
review, not only the finding's sources (fresh CLI trial: "22_1" picked
22_13ecbplus, the finding's one source starting so, when 22_1ecbplus was
meant)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from workbench.cli_args import CliError
from workbench.cli_naming import _one


def _records(*ids: str, outlet: str = "") -> dict:
    return {a: SimpleNamespace(outlet=outlet or a.upper(), path=f"/news/{a}.txt") for a in ids}


def test_a_beginning_several_articles_share_is_refused_with_them_named():
    records = _records("22_1ecbplus", "22_13ecbplus", "22_5ecbplus")
    with pytest.raises(
        CliError, match=r"beginning of several articles \(22_13ecbplus, 22_1ecbplus\)"
    ):
        _one("22_1", ["22_13ecbplus", "22_5ecbplus"], records)


def test_a_beginning_only_one_article_has_still_names_it():
    records = _records("22_1ecbplus", "22_13ecbplus", "22_5ecbplus")
    assert _one("22_5", ["22_13ecbplus", "22_5ecbplus"], records) == "22_5ecbplus"
    assert _one("22_13", ["22_13ecbplus", "22_5ecbplus"], records) == "22_13ecbplus"
    assert _one("22_1ecbplus", ["22_1ecbplus", "22_5ecbplus"], records) == "22_1ecbplus"


def test_an_outlet_beginning_still_means_this_findings_source():
    records = {
        "story1": SimpleNamespace(outlet="BBC News", path="/n/story1.txt"),
        "story2": SimpleNamespace(outlet="BBC News", path="/n/story2.txt"),
        "afp": SimpleNamespace(outlet="AFP", path="/n/afp.txt"),
    }
    assert _one("BBC", ["story2", "afp"], records) == "story2"
