"""A figure belongs to its own subject (issue 11, session 13): two players'
statistics in one sentence are never compared across owners, while the same
player's figure told differently still is. Made-up sentences."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def numbers(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found if d.kind == "number"
        ]

    return run


def _measure(text: str, figure: str):
    at = text.index(figure)
    return measure_of(text, at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "owner", "subject"),
    [
        ("Ortiz scored 31 points and Baker had 9 rebounds.", "31", (), ("ortiz",)),
        ("Ortiz scored 31 points and Baker had 9 rebounds.", "9", ("baker",), ()),
        ("Ortiz had 31 points and Baker 9 rebounds in the rout.", "9", ("baker",), ()),
        ("The Owls won easily, with Baker adding 9 assists.", "9", ("baker",), ()),
        ("Ortiz had 31 points and 9 rebounds in the rout.", "9", (), ("ortiz",)),
        ("Ortiz led the Owls with 31 points on Friday.", "31", (), ("ortiz",)),
    ],
)
def test_a_figure_is_bound_to_its_subject(text, figure, owner, subject):
    m = _measure(text, figure)
    assert (m.owner, m.subject) == (owner, subject)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers had 14 people out of the rubble by noon.",  # no name opens it
        "Gunmen had killed 12 villagers before dawn.",  # a verb after 'had': no having
        "Reuters reported 20 dead in the capital.",  # a speaker, not an owner
        "Police said 40 homes were flooded and 12 families were evacuated.",
    ],
)
def test_no_subject_is_read_where_none_has_the_figure(text):
    for figure in ("14", "12", "20", "40"):
        if figure in text:
            m = _measure(text, figure)
            assert m.subject == () and m.owner == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ortiz scored 31 points and Baker had 9 rebounds as the Owls beat Leeds.",
            "Baker scored 17 points and Ortiz had 9 rebounds as the Owls beat Leeds.",
        ),
        (
            "Ortiz had 31 points and 9 rebounds as the Owls beat Leeds on Friday.",
            "Ortiz scored 31 points and Baker grabbed 12 rebounds as the Owls beat Leeds.",
        ),
        (
            "Ortiz led the Owls with 31 points, and Baker had 9 rebounds.",
            "Baker led the Owls with 22 points, and Ortiz added 9 rebounds.",
        ),
    ],
)
def test_two_owners_figures_are_not_compared(numbers, a, b):
    assert [v for *_, v in numbers(a, b) if v == "conflict"] == []


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Ortiz scored 31 points and Baker had 9 rebounds as the Owls beat Leeds.",
            "Ortiz scored 28 points and Baker had 9 rebounds as the Owls beat Leeds.",
            ("31", "28"),
        ),
        (
            "Baker had 9 rebounds as the Owls beat Leeds on Friday night.",
            "Baker had 12 rebounds as the Owls beat Leeds on Friday night.",
            ("9", "12"),
        ),
    ],
)
def test_one_owners_figure_told_differently_is_still_a_conflict(numbers, a, b, pair):
    assert (*pair, "conflict") in numbers(a, b)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "The new Vireo X2's specs are strong: a 3GHz chip; up to 32GB of memory; "
            "up to ten hours of battery life.",
            "up to 32GB",
            ("vireo", "x2"),
        ),
        ("The specs are strong: a 3GHz chip and up to 32GB of memory.", "up to 32GB", ()),
        ("Police said: 12 people were hurt in the crash.", "12", ()),
    ],
)
def test_a_list_after_a_colon_belongs_to_the_name_before_it(text, figure, owner):
    assert _measure(text, figure).owner == owner


def test_a_far_bound_of_one_named_product_raises_no_question(tmp_path):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(
            tmp_path,
            "a.md",
            front.format("Courier") + "Flash storage starts at 64 GB in "
            "the cheapest models this year.\n",
        ),
        write(
            tmp_path,
            "b.md",
            front.format("Gazette") + "Flash storage in the Vireo X2's "
            "top model reaches up to 768GB this year.\n",
        ),
    ]
    found = analyze_paths(paths).discrepancies
    assert [d.verdict.value for d in found if d.kind == "quantity"] == []
    # session 43: 'starts at' and 'reaches up to' also read as two stages (eng159's
    # figure_stage: a start and a later level), which different_happenings keeps apart
    # too; without both rows the question returns, the owner row's own part
    with judge.rules.without("owner_on_one_side_in_other_words", "different_happenings"):
        found = analyze_paths(paths).discrepancies
    assert [d.verdict.value for d in found if d.kind == "quantity"] == ["unresolved"]


def _all_flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    found = analyze_paths(paths).discrepancies
    return [
        (d.sides[0].text, d.sides[1].text, d.verdict.value)
        for d in found
        if d.kind != "attribution"
    ]


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        (
            "They were fined 900 euros for the frauds, the court heard on Monday.",
            "She was fined 1,200 euros for the frauds, the court heard on Monday.",
            "He was fined 1,200 euros for the frauds, the court heard on Monday.",
        ),
        (
            "They were jailed for four years for the frauds, the court heard on Monday.",
            "He was jailed for six years for the frauds, the court heard on Monday.",
            "He was jailed for six years for the frauds, the court heard on Monday.",
        ),
    ],
)
def test_one_person_and_several_are_not_one_owner(tmp_path, a, b, other):
    assert [v for *_, v in _all_flags(tmp_path, a, b) if v != "consistent"] == []
    # one person in both is still compared
    same = a.replace("They were", "She was")
    assert [v for *_, v in _all_flags(tmp_path, same, other)] == ["conflict"]
