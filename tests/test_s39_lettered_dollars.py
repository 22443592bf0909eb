"""Session 39 (lead): a dollar written with its country's letters before the sign.

Before, letters the currency table did not know ("MV$", "J$", "TT$") were passed over and
the "$" alone was read as US dollars, so "MV$2.5 billion" and "US$2.5 billion" were one
amount and a currency mix-up in a budget story went unflagged. Real lettered dollars are in
the table now (facts/quantity/currencies.py); letters it does not know are a dollar of
their own (facts/quantity/own_dollars.py), compared only with the same letters.
Also: a sum or a share after "would be" is no age (facts/aged.told_age), so a money
flag's explanation no longer says "what both measure: an age".
"""

from __future__ import annotations

import pytest

from workbench.facts.measure import measure_of
from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict


def one(text: str):
    found = [m for m in find_quantities(text) if m.dimension == "currency"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Jamaica will spend J$1.2 trillion this year", "JMD", 1.2e12),
        ("a TT$450 million overrun at the port", "TTD", 4.5e8),
        ("The island received EC$30 million in aid", "XCD", 3e7),
        ("Fiji set aside FJ$85m for repairs", "FJD", 8.5e7),
        ("Windhoek approved N$2 billion for roads", "NAD", 2e9),
        ("a fine of RD$500,000 was imposed", "DOP", 5e5),
        ("Barbados budgeted Bds$90 million", "BBD", 9e7),
        ("Harare printed Z$100 trillion notes", "ZWL", 1e14),
    ],
)
def test_known_lettered_dollars_are_their_country_s(text: str, unit: str, value: float) -> None:
    m = one(text)
    assert m.unit == unit
    assert m.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The deficit would be MV$2.5 billion next year.", "MV$"),
        ("The levy will raise KR$40m a year.", "KR$"),
        ("Officials quoted a cost of Qx$ 300 million.", "Qx$"),
    ],
)
def test_unknown_letters_make_a_dollar_of_their_own(text: str, form: str) -> None:
    m = one(text)
    assert m.unit == form
    assert m.unit != "USD"


@pytest.mark.parametrize(
    ("left", "right", "verdict"),
    [
        # the same amount in two currencies: one of them is wrong
        ("The deficit is MV$2.5 billion.", "The deficit is US$2.5 billion.", Verdict.CONFLICT),
        ("The plan costs J$900 million.", "The plan costs US$900 million.", Verdict.CONFLICT),
        ("Aid of TT$12m was pledged.", "Aid of $12m was pledged.", Verdict.CONFLICT),
        # the same letters on both sides agree, different amounts do not
        ("The deficit is MV$2.5 billion.", "The deficit is MV$2.5bn.", Verdict.CONSISTENT),
        ("The deficit is MV$2.5 billion.", "The deficit is MV$3.1 billion.", Verdict.CONFLICT),
    ],
)
def test_lettered_dollars_compare_by_their_letters(left: str, right: str, verdict: Verdict) -> None:
    c = compare(one(left), one(right), "a", "b")
    assert c is not None
    assert c.verdict == verdict


def test_us_dollars_written_with_letters_are_still_us_dollars() -> None:
    assert one("a US$2.5 billion loan").unit == "USD"
    assert one("an A$40m grant").unit == "AUD"
    assert one("costs $15 million").unit == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "The deficit would be $2.5 billion next year, the minister said.",
        "Unemployment will be 4.5 per cent next year, the bank said.",
        "Growth would be 3.2% this year.",
        "The fund will be worth €40m in April.",
    ],
)
def test_a_sum_or_a_share_after_would_be_is_no_age(text: str) -> None:
    m = next(m for m in find_quantities(text) if m.dimension in ("currency", "percent"))
    assert measure_of(text, m.start, m.end).role != "age"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Teixeira will be 29 in April, his agent said.", "29"),
        ("The singer, who turns 40 on Friday, said so.", "40"),
        ("Comeaux, 49, was in a wheelchair.", "49"),
        ("He died at the age of 91 on Saturday.", "91"),
    ],
)
def test_ages_after_a_verb_of_ageing_are_still_ages(text: str, figure: str) -> None:
    start = text.index(figure)
    assert measure_of(text, start, start + len(figure)).role == "age"


# --- a bare "$" in a story told in a lettered dollar the table does not know -------------
# Reports of one country's budget, one writing "KR$", the others a plain "$" for the same
# dollar (a local paper does not spell out its own currency). Read as US dollars, every
# plain sum was "the same amount in two currencies" (a fresh reader, session 39: 10 of
# 11 wrong flags on a held-out budget story). The plain "$" is read open in the story's
# lettered dollar (facts/quantity/story_dollar.py, local_dollars.py).


def _story(tmp_path, bodies: dict[str, str]):
    from conftest import write

    return [
        write(
            tmp_path,
            f"{name}.md",
            f"---\ntitle: T\noutlet: {name}\npublished: 2025-05-20\n---\n{body}",
        )
        for name, body in bodies.items()
    ]


def _money(tmp_path, bodies):
    from workbench.analysis import analyze_paths

    found = analyze_paths(_story(tmp_path, bodies))
    return sorted(
        (d.verdict.value, d.explanation) for d in found.discrepancies if d.kind == "money"
    )


@pytest.mark.parametrize(("form", "a", "b"), [("KR$", "1.9", "1.9"), ("Tv$", "640", "640")])
def test_a_plain_dollar_in_a_lettered_dollar_story_is_that_dollar(tmp_path, form, a, b) -> None:
    found = _money(
        tmp_path,
        {
            "Wire": f"The treasurer said the port would cost {form}{a} billion over five years.",
            "Herald": f"The treasurer said the port would cost ${b} billion over five years.",
        },
    )
    assert all(v != "conflict" and "two currencies" not in e for v, e in found), found


def test_a_plain_dollar_that_differs_in_such_a_story_is_still_shown(tmp_path) -> None:
    found = _money(
        tmp_path,
        {
            "Wire": "The treasurer said the port would cost KR$1.9 billion over five years.",
            "Herald": "The treasurer said the port would cost $1.9 billion over five years.",
            "Beacon": "The treasurer said the port would cost $2.6 billion over five years.",
        },
    )
    assert any(v == "conflict" for v, _ in found), found


def test_a_report_that_writes_its_lettered_dollar_reads_its_plain_dollar_in_it(tmp_path) -> None:
    found = _money(
        tmp_path,
        {
            "Wire": "Officials said the levy would raise KR$300 million next year. "
            "The scheme would cost KR$45 million to run.",
            "Post": "Officials said the levy would raise $300 million next year. "
            "The scheme would cost KR$45 million to run.",
        },
    )
    assert all(v != "conflict" for v, _ in found), found


def test_a_plain_dollar_against_us_dollars_in_a_lettered_story_is_no_agreement(tmp_path) -> None:
    # the letters name another dollar than the US one: the same figure is no agreement
    found = _money(
        tmp_path,
        {
            "Wire": "The treasurer said the port would cost KR$1.9 billion over five years.",
            "Monitor": "The treasurer said the port would cost US$1.9 billion over five years.",
        },
    )
    assert [v for v, _ in found] == ["conflict"], found
