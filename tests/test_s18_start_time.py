"""The time a happening broke out, compared across whole articles (judge/story.py).

Trial 25 (14_ecb): "the blaze broke out about 8.40pm" in one report, "broke
out in the roof of the store at 8.49pm" in another, in sentences never
aligned, never compared. The clock time a clause says the main happening
broke out or erupted is a key figure of the story, keyed by that verb: both
articles must name it. Cases written for this test."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


_SHARED = (
    "A supermarket in the town centre was destroyed by fire on Friday night.\n"
    "More than 50 firefighters tackled the blaze at the store in the High Street.\n"
    "Residents of nearby flats were evacuated as a precaution, police said.\n"
)


def _times(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, _SHARED + a, _SHARED + b))
    return [d for d in analysis.discrepancies if d.kind == "time"]


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "Crews were first sent to the church after the blaze broke out about 8.40pm.\n",
            "The fire, which is being treated as suspicious, broke out in the roof of the "
            "store at 8.49pm and quickly spread.\n",
            {"8.40pm", "8.49pm"},
        ),
        (
            "Witnesses said the fire erupted at 9pm in a storeroom at the back.\n",
            "Flames erupted through the roof shortly after 10.30pm, a neighbour said.\n",
            {"9pm", "10.30pm"},
        ),
    ],
)
def test_the_time_it_broke_out_is_compared_in_sentences_never_aligned(tmp_path, a, b, shown):
    (d,) = _times(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == shown
    assert "broke out" in d.explanation or "erupted" in d.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the same time, one side hedged
            "Crews were first sent to the church after the blaze broke out about 8.45pm.\n",
            "The fire broke out in the roof of the store at 8.49pm and quickly spread.\n",
        ),
        (  # another happening: when the police were told
            "Crews were first sent to the church after the blaze broke out at 8.40pm.\n",
            "Police were alerted to a fire on the roof at 8.55pm, a spokeswoman said.\n",
        ),
        (  # "began" names anything beginning
            "Residents began returning to their homes at 10am on Saturday.\n",
            "The clean-up began at noon, the council said.\n",
        ),
    ],
)
def test_other_happenings_and_times_that_agree_stay_quiet(tmp_path, a, b):
    assert [d for d in _times(tmp_path, a, b) if d.verdict == Verdict.CONFLICT] == []
