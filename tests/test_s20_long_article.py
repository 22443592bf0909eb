"""An article far longer than news copy is compared, but said first, in one
line (trial 29: a 5 MB text file was read as one article of 36,853 claims in
44 s without a word). The hard limits stay the file readers'."""

from __future__ import annotations

from workbench import service
from workbench.cli import main
from workbench.model import Article

SHORT = "The council approved the budget on Monday, officials said.\n"


def test_check_says_which_article_is_far_longer_than_news_copy(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(service, "LONG_ARTICLE", 2_000)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SHORT, encoding="utf-8")
    b.write_text(SHORT * 60, encoding="utf-8")  # 3,540 characters
    db = str(tmp_path / "log.sqlite")
    assert main(["check", str(a), str(b), "--db", db, "-q"]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "far longer than news copy" in line]
    assert len(said) == 1 and "b.txt: 3,5" in said[0] and "a.txt" not in said[0]
    assert "said above 2,000" in said[0]


def test_the_window_is_told_only_of_the_articles_coming_in():
    long_ = Article("l", "l.txt", "L", "", None, "", "x" * (service.LONG_ARTICLE + 1), "s1")
    short = Article("s", "s.txt", "S", "", None, "", SHORT, "s2")
    assert service.size_doubts([short]) == []
    assert len(service.size_doubts([long_, short])) == 1
    assert service.size_doubts([long_, short], about=[short]) == []
