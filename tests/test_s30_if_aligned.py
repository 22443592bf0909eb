"""`benchmarks.realcopy --if-aligned` (session 30, issue 11): the sentence pairs
of a missed item that the aligner scored but left apart are aligned at their own
score and the half scored again — the ceiling of any alignment rule that takes
them — and each such pair names the judge's row that still leaves its values
out. Made-up articles, not those of the real-copy events."""

import pytest
from conftest import write

from benchmarks import realcopy_why
from workbench import align
from workbench.analysis import analyze_paths

FRONT = "---\ntitle: T\noutlet: {}\npublished: 2024-11-15\n---\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _analysed(tmp_path, a: str, b: str, pairs=()):
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + b + "\n"),
    ]
    with realcopy_why.forcing(pairs), realcopy_why.tracing() as trace:
        analysis = analyze_paths(paths)
    return trace, analysis


def _claim(analysis, article: int, words: str) -> str:
    art = analysis.articles[article].id
    return next(c.id for c in analysis.claims if c.article == art and words in c.text)


FERRY = (
    "The harbour ferry Islay Star ran aground off Mull on Sunday with 212 passengers "
    "aboard. Coastguards said the rising tide lifted her clear within four hours.",
    "Passengers waited about six hours before the rising tide floated the stranded "
    "vessel, a spokesman said. The ship had struck rocks near Tobermory on Sunday morning.",
)


def test_a_pair_scored_below_accept_is_listed_with_its_score(tmp_path):
    trace, analysis = _analysed(tmp_path, *FERRY)
    a, b = _claim(analysis, 0, "tide"), _claim(analysis, 1, "tide")
    got = realcopy_why.left_apart(trace, analysis, [("A", a), ("B", b)])
    assert [(x, y) for x, y, _ in got] == [(a, b)]
    assert got[0][2] < trace.accept  # below accept: why it was left apart


def test_forcing_aligns_the_pair_at_its_score_as_left_apart(tmp_path):
    trace, analysis = _analysed(tmp_path, *FERRY)
    a, b = _claim(analysis, 0, "tide"), _claim(analysis, 1, "tide")
    assert not any({al.left, al.right} == {a, b} for al in analysis.alignments)
    pairs = realcopy_why.left_apart(trace, analysis, [("A", a), ("B", b)])
    _, forced = _analysed(tmp_path, *FERRY, pairs=pairs)
    got = [al for al in forced.alignments if {al.left, al.right} == {a, b}]
    assert len(got) == 1 and got[0].score == pairs[0][2] and got[0].opening


def test_an_aligned_pair_is_not_listed_nor_one_version_nor_one_article(tmp_path):
    trace, analysis = _analysed(
        tmp_path,
        "Rescuers pulled 14 residents from the flooded school in Rowan Vale on Tuesday. "
        "The school reopened in March.",
        "Rescuers pulled 16 residents from the flooded school in Rowan Vale on Tuesday.",
    )
    a, b = _claim(analysis, 0, "Rescuers"), _claim(analysis, 1, "Rescuers")
    other = _claim(analysis, 0, "reopened")
    assert any({al.left, al.right} == {a, b} for al in analysis.alignments)
    stated = [("A", a), ("B", b), ("B", other)]
    assert realcopy_why.left_apart(trace, analysis, stated) == []
    assert realcopy_why.left_apart(trace, analysis, [("A", a), ("A", b)]) == []


def test_a_forced_pair_shows_the_flag_it_makes(tmp_path):
    # aligned by force at 0.31 (under the conflict floor), the two lengths of
    # time are a question: the pair would have been found had it been aligned
    trace, analysis = _analysed(tmp_path, *FERRY)
    a, b = _claim(analysis, 0, "tide"), _claim(analysis, 1, "tide")
    pairs = realcopy_why.left_apart(trace, analysis, [("A", a), ("B", b)])
    trace, forced = _analysed(tmp_path, *FERRY, pairs=pairs)
    said = realcopy_why.if_aligned(trace, forced, a, b, pairs[0][2])
    assert said[0] == f"if aligned {a} ~ {b} at {pairs[0][2]:.2f}:"
    assert any(
        line.lstrip().startswith("flag ") and "four hours" in line and "six hours" in line
        for line in said[1:]
    ), said
    assert not realcopy_why.blocking_rows(trace, pairs)


def test_the_judges_row_in_the_way_is_named(tmp_path):
    # a sentence asking for a term and one passing it: once aligned, the row
    # that keeps an ask from a sentence apart is what stands in the way
    texts = (
        "Prosecutors had sought 30 years in prison for Marlow. The harbour fraud cost "
        "investors millions.",
        "A judge in Leeds sentenced the former broker to 20 years in prison on Friday, "
        "ending the Marlow case.",
    )
    _, analysis = _analysed(tmp_path, *texts)
    a, b = _claim(analysis, 0, "sought"), _claim(analysis, 1, "sentenced")
    pairs = [(a, b, 0.3)]
    trace, forced = _analysed(tmp_path, *texts, pairs=pairs)
    said = realcopy_why.if_aligned(trace, forced, a, b, 0.3)
    assert any("30 years | duration:20 years: left out by different_modalities" in x for x in said)
    assert realcopy_why.blocking_rows(trace, pairs)["different_modalities (candidate)"] == 1


def test_forcing_leaves_the_aligner_as_it_was():
    run = align.align
    with pytest.raises(RuntimeError), realcopy_why.forcing([("x:0", "y:0", 0.3)]):
        assert align.align is not run
        raise RuntimeError
    assert align.align is run


def test_a_forced_pair_of_claims_not_in_the_analysis_is_ignored(tmp_path):
    _, plain = _analysed(tmp_path, *FERRY)
    _, forced = _analysed(tmp_path, *FERRY, pairs=[("zz:0", "yy:1", 0.3)])
    assert forced.alignments == plain.alignments


def test_values_written_alike_are_no_row_in_the_way(tmp_path):
    texts = (
        "Forty-one miners were trapped when the Kestrel pit flooded on Monday; 12 were "
        "brought up by noon.",
        "Rescuers brought 12 men up from the Kestrel pit by noon, an official said.",
    )
    _, analysis = _analysed(tmp_path, *texts)
    a, b = _claim(analysis, 0, "Kestrel"), _claim(analysis, 1, "Kestrel")
    pairs = [(a, b, 0.3)]
    trace, _ = _analysed(tmp_path, *texts, pairs=pairs)
    fates = realcopy_why.value_fates(trace, a, b)
    rows = realcopy_why.blocking_rows(trace, pairs)
    assert any("left out by identical" in f for f in fates), fates  # 12 and 12
    assert "identical (value)" not in rows
    assert sum(rows.values()) <= len(fates)
