"""Issue 12, session 25 (time32): "the end of the decade", "the middle of the decade" in a
past clause after a date of an earlier decade are that decade, as "the end of the
month" and "later in the year" already were (:mod:`workbench.facts.time.narrative`):
"In 1985, the firm was small. By the end of the decade, it had 500 workers" is the
1980s; they were read as publication's decade. Told ahead, they stay publication's."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values

JAN00 = date(2000, 1, 4)
JUN98 = date(1998, 6, 1)


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (JUN98, ("In 1985, the firm was small.", "By the end of the decade, it had 500 workers."),
         "the end of the decade", "198"),
        (JAN00, ("In the 1990s, growth was strong.", "By the end of the decade, the surplus grew."),
         "the end of the decade", "199"),
        (JAN00, ("The economy boomed in the late 1990s, and by the end of the decade "
                 "unemployment had fallen to 4 percent.",), "the end of the decade", "199"),
        (JUN98, ("The dam was begun in March 1972.", "By the middle of the decade, it had burst."),
         "the middle of the decade", "197"),
    ],
)  # fmt: skip
def test_the_decade_of_the_story(pub, sentences, expr, want):
    assert doc_values(pub, *sentences)[-1].get(expr) == want


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (JAN00, ("By the end of the decade, the surplus will grow.",),
         "the end of the decade", "200"),
        (JUN98, ("In 1995, he joined.", "By the end of the decade, he hopes to lead it."),
         "the end of the decade", "199"),
    ],
)  # fmt: skip
def test_ahead_or_in_publications_decade(pub, sentences, expr, want):
    assert doc_values(pub, *sentences)[-1].get(expr) == want
