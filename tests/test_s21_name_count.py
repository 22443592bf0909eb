"""A name one article spells unlike the others says how many others write the
usual spelling counted beside the article it names (trial 31 read "as 11
other articles write it" where 11 wrote it, the one named among them)."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_articles

TEXTS = [
    "Phone maker {} said on Monday it would cut 300 jobs at its Leeds plant.\n"
    "Unions called the decision a betrayal of the town.\n",
    "The company {} will shed 300 jobs in Leeds, it announced on Monday.\n"
    "The plant opened in 1998 and employs 1,200 people.\n",
    "Workers at the {} factory in Leeds learned on Monday that 300 posts would go.\n"
    "A spokesman blamed falling sales in Europe.\n",
    "On Monday {} confirmed plans to cut 300 jobs at its plant in Leeds.\n"
    "Shares in the firm rose 2 percent after the news.\n",
    "The Leeds site of {} is to lose 300 jobs, bosses said on Monday.\n"
    "Local MPs asked the government to step in.\n",
]


@pytest.mark.parametrize(
    ("usual", "said"),
    [(3, "as 2 other articles also write it"), (4, "as 3 other articles also write it")],
)
def test_the_usual_spelling_is_counted_beside_the_article_named(tmp_path, usual, said):
    paths = []
    for n in range(usual + 1):
        path = tmp_path / f"s{n}.txt"
        path.write_text(TEXTS[n].format("Corvalo" if n == 0 else "Corvallo"))
        paths.append(str(path))
    analysis = analyze(load_articles(paths))
    flags = [d for d in analysis.discrepancies if "The name is spelled" in d.explanation]
    assert flags  # the odd article against those that write it usually
    for d in flags:
        assert f"({said})" in d.explanation
