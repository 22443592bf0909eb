"""Session 39, trial 45 P9 + P11: one predictable rule for articles the check
cannot use.

P9: a one-sentence brief of the story (ITV's "The site manager at the
Waitrose supermarket in Wellington …") aligned with nothing and refused the
whole check. A short article that writes a name the story's other articles
write is kept with a one-line warning; an article about another story is
refused as before, and so are two unrelated articles alone.
P11: a binary file refused the whole check, an empty one was skipped and the
window loaded the others around both. Both have no text in them, so both are
skipped with one line and the others saved, as the window does; a file that
holds an article it could not read (an old Word file under a .txt name)
still stops the save."""

from __future__ import annotations

import sqlite3

import pytest
from test_window import make_window, wait_analysis

from workbench.analysis import analyze_paths
from workbench.cli import main
from workbench.findings.briefs import on_topic_briefs
from workbench.findings.offtopic import left_alone

FIRE = (
    "Firefighters from across Somerset tackled a blaze at the Waitrose supermarket in "
    "Wellington on Sunday morning.\n\n"
    "About 60 firefighters were at the scene at the height of the fire, which started in "
    "the roof.\n\n"
    "The store on the High Street will stay closed while investigators look for the cause.\n"
)
CHARGE = (
    "A man has been charged with arson after a fire at the Waitrose supermarket in "
    "Wellington.\n\n"
    "The 38-year-old appeared before magistrates in Taunton on Tuesday.\n\n"
    "He is due to appear at Taunton Crown Court next month.\n"
)
BRIEFS = (  # one story's briefs, in other words than the reports: nothing aligns
    "Staff at the Waitrose store in Wellington say it could take a couple of days to "
    "assess the work needed.\n",
    "Shoppers in Wellington will have to travel to Taunton until repairs at Waitrose are "
    "finished, the company said.\n",
    "The manager said on Monday that Waitrose hoped to reopen part of the Wellington shop "
    "within 14 days.\n",
)
ELSEWHERE = (  # short, and about another story: no name of the fire's
    "A council in Leeds voted on Thursday to close the Kirkgate library.\n",
    "Shares in Advanced Micro Devices rose 3% after the ATI deal was announced.\n",
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def files(tmp_path, *texts) -> list[str]:
    out = []
    for i, text in enumerate(texts):
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(str(p))
    return out


def saved(db) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("select count(*) from articles").fetchone()[0]


# -- P9: a short article of this story is kept --------------------------------------
@pytest.mark.parametrize("brief", BRIEFS)
@pytest.mark.parametrize("reports", [(FIRE,), (FIRE, CHARGE)], ids=["alone", "with-two"])
def test_a_short_article_naming_the_story_is_kept_with_one_warning(
    tmp_path, capsys, brief, reports
):
    paths = files(tmp_path, *reports, brief)
    analysis = analyze_paths(paths)
    assert list(left_alone(analysis)[1]) == [analysis.articles[-1].id]  # it aligns with nothing
    db = tmp_path / "log.sqlite"
    assert main(["check", *paths, "--db", str(db), "-q"]) == 0
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if "short article" in x]
    assert line.startswith("workbench: warning: ")
    assert "names this story (" in line and "Waitrose" in line and "Wellington" in line
    assert "kept, compared with nothing" in line and "error" not in err
    assert saved(db) == len(paths)


@pytest.mark.parametrize("other", ELSEWHERE)
@pytest.mark.parametrize("reports", [(FIRE,), (FIRE, CHARGE)], ids=["alone", "with-two"])
def test_a_short_article_of_another_story_is_still_refused(tmp_path, capsys, other, reports):
    paths = files(tmp_path, *reports, other)
    db = tmp_path / "log.sqlite"
    assert main(["check", *paths, "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert "workbench: error: " in err and "short article" not in err
    assert not db.exists()


def test_two_short_unrelated_articles_are_refused(tmp_path, capsys):
    paths = files(tmp_path, BRIEFS[0], ELSEWHERE[0])
    assert main(["check", *paths, "--db", str(tmp_path / "l.sqlite"), "-q"]) == 2
    assert "share no aligned sentence" in capsys.readouterr().err


def test_a_long_article_that_aligns_with_nothing_is_no_brief(tmp_path):
    """Three sentences naming the story, none aligned: another story's long
    article may well name a town too, so only a short one is kept."""
    long = BRIEFS[0] + "\n" + BRIEFS[1] + "\n" + BRIEFS[2]
    analysis = analyze_paths(files(tmp_path, FIRE, CHARGE, long))
    assert on_topic_briefs(analysis) == {}
    assert analysis.articles[-1].id in left_alone(analysis)[0]


def test_weekdays_months_and_opening_words_are_no_names(tmp_path):
    texts = (FIRE, "On Sunday in May the Town Hall said nothing at all about it.\n")
    analysis = analyze_paths(files(tmp_path, *texts))
    assert on_topic_briefs(analysis) == {}


def test_the_window_keeps_it_with_the_same_words(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths(files(tmp_path, FIRE, CHARGE, BRIEFS[0]))
    wait_analysis(qtbot, w)
    assert len(w.session.articles) == 3
    qtbot.waitUntil(lambda: "short article that names" in w.messages.text(), timeout=20000)


# -- P11: a binary file and an empty file, one rule ----------------------------------
NO_TEXT = {
    "empty.txt": b"",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "garbage.txt": b"\x00\x01garbage\x00" * 50,
    "controls.md": bytes(range(1, 32)) * 10,
}


@pytest.mark.parametrize("name", NO_TEXT)
def test_a_file_with_no_text_is_skipped_and_the_others_saved(tmp_path, capsys, name):
    paths = files(tmp_path, FIRE, CHARGE)
    bad = tmp_path / name
    bad.write_bytes(NO_TEXT[name])
    db = tmp_path / "log.sqlite"
    assert main(["check", paths[0], str(bad), paths[1], "--db", str(db), "-q"]) == 0
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if str(bad) in x]
    assert line.startswith(f"workbench: skipped: {bad}: ")
    assert line.endswith("(nothing in it to compare; the others are saved)")
    assert saved(db) == 2


def test_binary_and_empty_together_say_the_same_rule(tmp_path, capsys):
    paths = files(tmp_path, FIRE, CHARGE)
    for name in ("empty.txt", "image.txt"):
        (tmp_path / name).write_bytes(NO_TEXT[name])
    db = tmp_path / "log.sqlite"
    given = [*paths, str(tmp_path / "empty.txt"), str(tmp_path / "image.txt")]
    assert main(["check", *given, "--db", str(db), "-q"]) == 0
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == (  # said again last, under the summary
        f"Left out, nothing in them to compare: {given[2]} (empty file), {given[3]} (binary "
        "file); the other 2 articles were checked and saved."
    )
    lines = [x for x in err.splitlines() if "workbench: skipped: " in x]
    assert [x.split(": ")[2].rsplit("/", 1)[-1] for x in lines] == ["empty.txt", "image.txt"]
    assert all(x.endswith("(nothing in it to compare; the others are saved)") for x in lines)


def test_an_old_word_file_under_a_text_name_still_stops_the_save(tmp_path, capsys):
    """It holds an article the check cannot read: leaving it out would hide it."""
    paths = files(tmp_path, FIRE, CHARGE)
    doc = tmp_path / "story.txt"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    db = tmp_path / "log.sqlite"
    assert main(["check", *paths, str(doc), "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert f"workbench: not read: {doc}: an old Word (.doc) file" in err
    assert not db.exists()


def test_the_window_leaves_both_out_and_loads_the_others(qtbot, tmp_path):
    paths = files(tmp_path, FIRE, CHARGE)
    for name in ("empty.txt", "image.txt"):
        (tmp_path / name).write_bytes(NO_TEXT[name])
    w = make_window(qtbot)
    w.open_paths([*paths, str(tmp_path / "empty.txt"), str(tmp_path / "image.txt")])
    wait_analysis(qtbot, w)
    assert len(w.session.articles) == 2

    def said() -> str:
        return w.messages.text() + w.messages.toolTip()

    qtbot.waitUntil(lambda: "image.txt" in said() and "empty.txt" in said(), timeout=20000)
