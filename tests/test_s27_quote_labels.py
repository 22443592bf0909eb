"""Trial 36 (item 1): quote findings on the command line.

- Every version's label was the quotation's first 70 characters: all three
  versions of one finding read '‘The shock was tremendous but all the other
  people in the business -…’'. A label shows where the versions differ.
- A missing word was shown as '—' ("18_2ecb has 'were' where 18_3ecb has
  '—'"): it is said as dropped.
- The explanation quoted each whole quotation twice or three times: once
  per version at most.
"""

from __future__ import annotations

import pytest

from workbench.analysis import analyze_paths
from workbench.cli import main
from workbench.facts.quote.dropped import changed_words
from workbench.naming import where_they_differ


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


SHARED = (
    "The damage was severe but all the staff in the warehouse and the drivers "
    "who were waiting outside for their loads "
)


@pytest.mark.parametrize(
    ("values", "shows"),
    [
        (  # one word changed late in a long quotation
            [SHARED + "got out safely, he said.", SHARED + "got out quickly, he said."],
            ["safely", "quickly"],
        ),
        (  # a word missing in one of three, another word changed in a second
            [
                "We saw the river rise and there were another dozen families on the roof "
                "waiting for the boats to come.",
                "We saw the river rise and there another dozen families on the roof "
                "waiting for the boats to come.",
                "We saw the river rise and a dozen families on the roof waiting for the "
                "boats to come.",
            ],
            ["there were another", "there another", "and a dozen"],
        ),
        (  # a quotation cut short: the cut is where the labels end
            [
                "The minister was giving them a hard time over the budget, he kept saying "
                "the cuts hurt, but he voted for them.",
                "The minister was giving them a hard time over the budget, he kept saying "
                "the cuts hurt.",
            ],
            ["but he voted for them", "the cuts hurt."],
        ),
    ],
)
def test_each_label_shows_where_its_version_differs(values, shows):
    got = where_they_differ(values)
    assert len(set(got)) == len(values), got
    for label, words, value in zip(got, shows, values, strict=True):
        assert words in label, got
        assert len(label) <= 72, label
        assert label.startswith("…") and not value.startswith(label.strip("…")[:20]), got


def test_versions_alike_in_words_keep_their_start():
    assert where_they_differ(["We won.", "We won!"]) == ["We won.", "We won!"]


@pytest.mark.parametrize(
    ("ta", "tb", "said"),
    [
        (["there", "were", "another", "dozen"], ["there", "another", "dozen"], "B drops 'were'"),
        (["the", "new", "wing"], ["the", "wing"], "B drops 'new'"),
        (["a", "sad", "time"], ["a", "very", "sad", "day"], "A drops 'very'"),
    ],
)
def test_a_missing_word_is_said_dropped(ta, tb, said):
    from difflib import SequenceMatcher

    core = [op for op in SequenceMatcher(None, ta, tb).get_opcodes() if op[0] != "equal"]
    text = changed_words(core, ta, tb, "A", "B")
    assert said in text and "—" not in text, text


THREE = (
    "“We saw the water come up the street and there were another dozen families on the "
    "roofs waiting for the boats,” said Mara Quint.",
    "“We saw the water come up the street and there another dozen families on the "
    "roofs waiting for the boats,” said Mara Quint.",
    "“We saw the water come up the street and a dozen families on the roofs waiting "
    "for the boats,” said Mara Quint.",
)


def _write(tmp_path):
    paths = []
    for k, quote in enumerate(THREE):
        p = tmp_path / f"q{k}.md"
        p.write_text(
            f"---\ntitle: Flood\noutlet: Desk {k}\npublished: 2024-05-0{k + 1}\n---\n"
            f"The river burst its banks in Elmford on Sunday.\n{quote}\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths


def test_a_quote_findings_explanation_quotes_each_version_once(tmp_path):
    quotes = [f for f in analyze_paths(_write(tmp_path)).findings if f.kind == "quote"]
    assert quotes
    for f in quotes:
        for v in f.versions:
            words = v.value.strip('“”"‘’ ,')
            assert f.explanation.count(words) <= 1, f.explanation
        assert "'—'" not in f.explanation, f.explanation


def test_check_labels_the_versions_apart(tmp_path, capsys):
    assert main(["check", *map(str, _write(tmp_path)), "--db", str(tmp_path / "l.db")]) == 0
    out = capsys.readouterr().out
    labels = [ln for ln in out.splitlines() if ln.startswith("  ‘…") and " — Desk" in ln]
    assert len(labels) >= 2, out
    assert len({ln.split(" — ")[0] for ln in labels}) == len(labels), out
