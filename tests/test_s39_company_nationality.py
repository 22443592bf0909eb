"""Session 39 (issue 11; user trial 45, P5): a company's nationality is not the
currency of an amount.

"… announced its intention to buy the Canadian graphics chip-maker for $5.4
billion" was read as a story from Canada, so its "$5.4 billion" became C$5.4
billion; checked with a report writing "US $5.4-billion" it was "the same
amount in two currencies — one of the currencies is wrong", checked with a
report writing a bare "$" it was consistent: the figure's currency changed with
the set of articles. The adjective of a company (or a place glued to "-based")
names no home; the people or the state of a country still do. Own cases: other
dollar countries, business nouns, word orders; the verdict of one pair the same
in a check of two articles and of three.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.home import home_of
from workbench.facts.quantity.family import QuantityFamily

QTY = QuantityFamily()


@pytest.mark.parametrize(
    "opening",
    [
        "Advanced Micro Devices agreed to buy the Canadian graphics chip-maker for $5.4 billion.",
        "A US fund bought the Australian miner in a $2.1 billion deal.",
        "Shares of the New Zealand dairy giant fell after it cut its forecast to $8 a share.",
        "Investors sold the Hong Kong property developer's bonds worth $600 million.",
        "The Singaporean chip packaging firm was bought for $1.3 billion.",
        "The Sydney-based lender raised $500 million from investors.",
        "Toronto-headquartered Brightline paid $75 million for the patents.",
        "The Canadian company will pay $40 million to settle the suit.",
    ],
)
def test_a_companys_nationality_is_no_home(opening):
    assert home_of([opening]) is None
    sums = [m for ms in QTY.find_each([opening], None) for m in ms if m.kind == "money"]
    assert sums and all(m.unit == "USD" and not m.home for m in sums), sums


@pytest.mark.parametrize(
    ("opening", "dollar"),
    [
        ("Canadian officials said the wildfire had cost $40 million to fight.", "CAD"),
        ("The Australian government pledged $2 million to the flood appeal.", "AUD"),
        ("Sydney residents were told the levy would rise to $120.", "AUD"),
        ("New Zealand police said the stolen paintings were worth $3 million.", "NZD"),
        ("SYDNEY - The Australian miner said profit rose to $2 billion.", "AUD"),
    ],
)
def test_a_countrys_people_state_or_dateline_is_still_a_home(opening, dollar):
    place = home_of([opening])
    assert place is not None and place.dollar == dollar


_REPORTS = {
    "a.txt": "Advanced Micro Devices announced on Monday its intention to buy graphics "
    "chip-maker ATI Technologies for about $5.4 billion.",
    "b.txt": "RBC downgraded ATI after AMD announced its intention to buy the Canadian "
    "graphics chip-maker for $5.4 billion on Monday.",
    "c.txt": "Advanced Micro Devices shook up the industry by buying ATI Technologies for "
    "US $5.4-billion yesterday.",
}


def _checked(tmp_path, names):
    paths = [write(tmp_path, n, f"---\npublished: 2006-07-25\n---\n{_REPORTS[n]}\n") for n in names]
    found = analyze_paths(paths)
    pairs = {
        frozenset(s.article for s in d.sides): (d.verdict.value, d.explanation)
        for d in found.discrepancies
        if d.kind == "money"
    }
    return pairs, [f for f in found.findings if "5.4" in f.explanation]


@pytest.mark.parametrize("third", [[], ["c.txt"]])
def test_one_sum_has_one_currency_whichever_articles_are_checked(tmp_path, third):
    pairs, findings = _checked(tmp_path, ["a.txt", "b.txt", *third])
    verdict, why = pairs[frozenset({"a", "b"})]
    assert verdict == "consistent" and "C$" not in why, why
    assert all(v == "consistent" and "C$" not in w for v, w in pairs.values()), pairs
    assert findings and all(f.verdict.value == "consistent" for f in findings), findings
