"""The clock time a named happening began, compared across whole articles
(issue 11, session 40; judge/began.py).

Authored transit_strike D7: "The walkout … began at 04:00 GMT" / "a 48-hour
strike that began at 03:00 on March 10", in sentences never aligned, were never
compared: "began" was no key of the story, as anything begins. It is one when
its subject is a happening's noun, read as one class ("walkout", "stoppage",
"strike"). Cases written for this test."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.began import began_key
from workbench.model import Claim, Fact, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


_SHARED = (
    "Thousands of people were affected across the city on Monday.\n"
    "Officials urged residents to check for updates before travelling.\n"
    "The mayor said the city would publish a full account next week.\n"
)


def _times(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, _SHARED + a, _SHARED + b))
    return [d for d in analysis.discrepancies if d.kind == "time"]


def _key(text: str, clock: str) -> str:
    at = text.index(clock)
    claim = Claim("a:1", "a", 1, 0, len(text), text)
    return began_key(claim, Fact("f", "a:1", "a", "time", at, at + len(clock), clock, {}))


@pytest.mark.parametrize(
    ("text", "clock", "key"),
    [
        ("The walkout by members of the drivers' union (UDU) began at 04:00.", "04:00", "strike"),
        ("The stoppage, which began at 4am yesterday, ends tonight.", "4am", "strike"),
        (
            "It was day two of the stoppage, a 48-hour strike that started at 05:00.",
            "05:00",
            "strike",
        ),
        (
            "The raids, codenamed Operation Nightjar, began at 05:00 in three towns.",
            "05:00",
            "raid",
        ),
        ("The blackout began shortly after 6pm, the grid operator said.", "6pm", "outage"),
        (
            "When the demonstration started at 2.30pm, police closed the square.",
            "2.30pm",
            "protest",
        ),
        # no named happening begins: another subject, or the noun is an object
        ("Talks to end the strike began at 10am on Monday.", "10am", ""),
        ("They began returning at 10am after the strike.", "10am", ""),
        ("The search began at 9am.", "9am", ""),
        ("The strike ended at 4am, and buses ran again by 6am.", "4am", ""),
        # officers going in are a raid beginning (authored police_raids D7)
        ("When officers went through the doors at 6.30am, they found guns.", "6.30am", "raid"),
        ("Armed police burst in at 4am, neighbours said.", "4am", "raid"),
        ("Detectives went home at 6pm after the search.", "6pm", ""),
        # a decision told at a clock time (authored rate_cut D9)
        ("The central bank's rate decision, announced at 1pm, surprised few.", "1pm", "decision"),
        ("The board voted 4-3 for the hike, which was announced at 15:00.", "15:00", "decision"),
        ("The company announced at 9am that it would cut 300 jobs.", "9am", ""),
    ],
)
def test_which_happening_a_clock_tells_the_start_of(text, clock, key):
    verb = "announced" if "announced" in text else "began"
    assert _key(text, clock) == (f"{verb}:{key}" if key else "")


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "The walkout by members of the drivers' union began at 05:00, closing every depot.\n",
            "Commuters who arrived before dawn found the gates shut: the stoppage, which "
            "started at 6am, caught many by surprise.\n",
            {"05:00", "6am"},
        ),
        (
            "Students gathered outside parliament, and the demonstration began at 2pm.\n",
            "Police estimated the crowd at 3,000 after the rally started at 3.30pm in the "
            "central square.\n",
            {"2pm", "3.30pm"},
        ),
    ],
)
def test_the_time_a_named_happening_began_is_compared(tmp_path, a, b, shown):
    (d,) = _times(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == shown
    assert "began" in d.explanation


def test_the_time_a_decision_was_announced_is_compared(tmp_path):
    (d,) = _times(
        tmp_path,
        "The council voted 5-2 for the cut, which was announced at 14:00 on Thursday.\n",
        "Markets barely moved after the bank's decision, announced at 3pm, reached traders.\n",
    )
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {"14:00", "3pm"}
    assert "decision was announced" in d.explanation


def test_officers_going_in_against_the_raid_s_start(tmp_path):
    (d,) = _times(
        tmp_path,
        "The raids, codenamed Operation Kestrel, began at 05:00 in four towns.\n",
        "When officers forced entry at 7am, most of the suspects were still asleep.\n",
    )
    assert d.verdict == Verdict.CONFLICT
    assert {s.text for s in d.sides} == {"05:00", "7am"}


def test_one_start_told_alike_is_not_shown(tmp_path):
    found = _times(
        tmp_path,
        "The walkout by members of the drivers' union began at 05:00, closing every depot.\n",
        "Commuters found the gates shut: the stoppage, which started at 5am, caught many.\n",
    )
    assert found == []


def test_the_starts_of_two_happenings_are_not_compared(tmp_path):
    found = _times(
        tmp_path,
        "The walkout by members of the drivers' union began at 05:00, closing every depot.\n",
        "Commuters found the gates shut, and talks to end the strike began at 11am.\n",
    )
    assert found == []
    found = _times(
        tmp_path,
        "The walkout by members of the drivers' union began at 05:00, closing every depot.\n",
        "Across the river the blackout began at 7pm as the substation failed.\n",
    )
    assert found == []
