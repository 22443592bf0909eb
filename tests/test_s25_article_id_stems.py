"""Trial 33: ``workbench links LOG 11_1`` was refused as ambiguous between
11_1ecb, 11_10ecb and 11_11ecb, although 11_1ecb is 11_1 with its suffix. An
id without the letters that end it names its one article (``links``, ``link``,
``review --article``); a beginning of several ids stays ambiguous."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog


def _articles(tmp_path, names):
    paths = []
    for n, name in enumerate(names):
        body = f"Turnout reached {80 + n} percent in the election on Sunday.\n"
        paths.append(_write(tmp_path, f"{name}.txt", "2008-12-14", body))
    return paths


@pytest.mark.parametrize(
    ("names", "typed", "meant"),
    [
        (["11_1ecb", "11_10ecb", "11_11ecb"], "11_1", "11_1ecb"),
        (["11_1ecb", "11_10ecb", "11_11ecb"], "11_10", "11_10ecb"),
        (["22_1ecbplus", "22_13ecbplus", "22_2ecbplus"], "22_1", "22_1ecbplus"),
        (["report3a", "report31a", "report32a"], "report3", "report3a"),
    ],
)
def test_an_id_without_its_ending_letters_names_its_article(
    tmp_path, monkeypatch, capsys, names, typed, meant
):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *_articles(tmp_path, names), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["links", db, typed]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{meant}:1 ")


def test_a_beginning_of_several_ids_is_still_ambiguous(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    db = str(tmp_path / "log.sqlite")
    names = ["11_1ecb", "11_1ecbplus", "11_10ecb"]  # two ids of one stem
    assert main(["check", *_articles(tmp_path, names), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["links", db, "11_1"]) != 0
    err = capsys.readouterr().err
    assert "ambiguous article '11_1'" in err


def test_review_article_takes_an_id_without_its_ending_letters(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    db = str(tmp_path / "log.sqlite")
    paths = _articles(tmp_path, ["22_1ecbplus", "22_13ecbplus"])
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.active]
    finally:
        log.close()
    args = ["review", f.id, "--status", "needs-correction", "--article", "22_1", "--db", db]
    assert main(args) == 0
    assert "(in 22_1ecbplus)" in capsys.readouterr().out
