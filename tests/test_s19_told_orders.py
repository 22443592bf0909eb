"""An order given in the story is no source's statement (issue 11, session 19):
'staff were told at 5:30 p.m. to leave' dates the order, so a time beside
'she said' is not compared with it as one statement's time, while two orders'
times still are. Made-up sentences."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.happenings import told_to_act
from workbench.facts.measure import statement_dated


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("sentence", "value", "said"),
    [
        ("Residents were told at 6 a.m. to leave their homes.", "6 a.m.", False),
        ("Police told shoppers on Friday to stay away from the mall.", "Friday", False),
        ("Jurors were told on Monday that deliberations would resume.", "Monday", False),
        ("The plant's workers were told Tuesday to stay home.", "Tuesday", False),
        ("The coach told reporters Sunday that he will stay.", "Sunday", True),
        ("The minister told parliament on Monday the deal was done.", "Monday", True),
        ("Officials said at 4 p.m. that the fire was contained.", "4 p.m.", True),
        ("She told police on Friday she was going to leave.", "Friday", True),
    ],
)
def test_an_order_is_not_a_statement(sentence, value, said):
    i = sentence.index(value)
    assert statement_dated(sentence, i, i + len(value)) is said


def test_a_told_beside_said_is_still_a_statement():
    assert told_to_act("staff were told to leave") is True
    assert told_to_act("staff were told to leave, the manager said at noon") is False


@pytest.fixture
def times(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        lead = "A chemical leak at the Harlow plant forced an evacuation.\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + lead + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + lead + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


def test_two_orders_times_still_compare(times):
    found = times(
        "Residents near the river were told at 6 p.m. to leave their homes, the mayor said.",
        "Residents near the river were told at 8 p.m. to leave their homes.",
    )
    assert any(v == "conflict" for _, _, v in found), found
