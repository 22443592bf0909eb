"""A quotation printed one sentence to a line over many paragraphs (issue 11,
session 37).

Real copy split one sentence to a line (ECB+ 01_ecb, 1_5ecb: "'I've done it.
/ Trust me. / … / I don't need to do anything anymore,' she told the
magazine.", nine lines) printed a remark longer than the four mark-less
paragraphs a quotation may run through: none of it was read as a quotation,
and another source's version was never compared. Past that limit a run is read
when its speaker is credited at one of its marks (an attribution after the
closing mark, a colon before the opening one); a mark left open over prose
stays a slip. Cases made up: a singer, a coach, a mayor, a council.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote import find_quotes

SENTENCES = [
    "I have done it.",
    "Trust me.",
    "I have toured for twenty years.",
    "I have played every stadium there is.",
    "I have had a great time.",
    "I loved it.",
    "I am so happy with where I am right now.",
]


def _lines(open_mark: str, close_mark: str, before: str, after: str, n: int) -> str:
    body = SENTENCES[:n]
    last = body[-1].rstrip(".")
    closing = f"{last},{close_mark}{after}" if after else f"{last}.{close_mark}"
    return "\n".join([before, open_mark + body[0], *body[1:-1], closing, "Then she left."])


CREDITED = [
    # single marks, credited after the closing mark
    _lines("'", "'", "The singer spoke to Rolling Stone.", " she told the magazine.", 7),
    # curly single marks, 'said' and a name after the closing mark
    _lines("‘", "’", "Mara Lind had the last word.", " said Lind.", 7),
    # double marks, introduced by a colon, closed with no credit after
    _lines("“", "”", "Lind told reporters she was done with touring:", "", 7),
    # straight double marks, six lines between, credited after
    _lines('"', '"', "The coach was asked about retiring.", " Coach Tom Reyes said.", 7),
]


@pytest.mark.parametrize("text", CREDITED)
def test_a_credited_quotation_over_many_lines_is_one_quotation(text):
    quotes = [q for q in find_quotes(text) if "trust me" in q.words]
    assert len(quotes) == 1, [q.words for q in find_quotes(text)]
    (q,) = quotes
    assert q.words.startswith("i have done it") and "where i am right now" in q.words


def test_four_lines_between_need_no_credit_as_before():
    text = _lines("“", "”", "The singer spoke.", "", 6)
    (q,) = [q for q in find_quotes(text) if "trust me" in q.words]
    assert "where i am" not in q.words and "i loved it" in q.words


UNCREDITED = [
    # a stray opening mark, prose after it, a closing mark with no credit
    _lines("“", "”", "The council said the report was complete.", "", 7),
    # a stray opening mark, and a later paragraph that opens a quotation of its own
    "\n".join(
        [
            "The council called the report “complete and fair.",
            *SENTENCES,
            "“We will appeal,” said the residents' group.",
        ]
    ),
]


@pytest.mark.parametrize("text", UNCREDITED)
def test_a_long_run_credited_at_neither_mark_is_no_quotation(text):
    assert not [q for q in find_quotes(text) if "trust me" in q.words]
