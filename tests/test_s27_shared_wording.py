"""Two articles sharing a distinctive run of a common source's words outside
quotes are copies of that source, not independent (session 27, ECB+ 42_ecb:
ten articles, several carrying one T-Mobile release in sentences of their own,
were "10 independent sources among 10"). Formula wording every reporter writes
alike — a job title, a list of charges, a speaker's attribution, a police
appeal — and quoted words are no such run. Cases made up: a phone, a warehouse
fire, a vaccine, a transfer, a drought, a court case, a ferry, a museum.
"""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.cli_findings import copy_reasons
from workbench.findings import independent_sources
from workbench.findings.copies import SHARED_WORDING


def _copies(tmp_path, a: str, b: str):
    paths = []
    for name, outlet, text in (("a.md", "Courier", a), ("b.md", "Gazette", b)):
        p = tmp_path / name
        p.write_text(f"---\ntitle: T\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(p))
    analysis = analyze(load_articles(paths))
    return analysis.copies


SHARED = [
    (  # a press release's spec list, each outlet cutting its sentence differently
        "The phone goes on sale in March. Its camera records video, and the handset has a "
        "hot-swappable microSD memory card slot with a preloaded 4GB card and a week of "
        "standby time.",
        "Reviewers liked the screen. The carrier said the handset comes with a hot-swappable "
        "microSD memory card slot with a preloaded 4GB card, though no price was given.",
        "hot-swappable microSD memory card slot with a preloaded 4GB card",
    ),
    (  # a fire brigade's statement retold by two papers
        "Firefighters spent the night at the warehouse. The alarm was raised after a "
        "security guard noticed thick smoke pouring from the loading bay, the brigade said.",
        "Nobody was hurt in the blaze on Dock Road, which began shortly after midnight when "
        "a security guard noticed thick smoke pouring from the loading bay.",
        "security guard noticed thick smoke pouring from the loading bay",
    ),
    (  # two shorter runs of one health agency release
        "The vaccine will be offered first to care home residents. Appointments open on "
        "Monday for those with underlying heart conditions, officials added.",
        "Care home staff come next. The agency said appointments open on Monday for those "
        "with underlying heart conditions, and walk-in clinics follow in the spring.",
        "open on Monday for those with underlying heart conditions",
    ),
]


@pytest.mark.parametrize(("a", "b", "words"), SHARED)
def test_a_distinctive_run_of_one_source_makes_copies(tmp_path, a, b, words):
    (link,) = _copies(tmp_path, a, b)
    assert SHARED_WORDING in link.credit
    assert words in link.credit
    assert copy_reasons(link).startswith("both carry the wording '")
    assert independent_sources([link.left, link.right], [link]) == 1


APART = [
    (  # a job title only
        "The club confirmed the signing on Friday. Maria Lopez, senior vice president and "
        "assistant general manager, said the fee was undisclosed.",
        "Anders Berg has joined on a three-year deal, senior vice president and assistant "
        "general manager Maria Lopez told the local radio station.",
    ),
    (  # a list of charges, as a prosecutor's office words it
        "The driver was charged with vehicular manslaughter, criminally negligent homicide "
        "and leaving the scene of an accident resulting in death after the crash in Leeds.",
        "Prosecutors say the man, 31, fled on foot. He was charged with vehicular "
        "manslaughter, criminally negligent homicide and leaving the scene of an accident "
        "resulting in death.",
    ),
    (  # the same words inside quotation marks: two reporters quoting one speaker
        '"Reservoir levels are lower than at any point since records began in the dry '
        'summer of 1976," the water company said.',
        'A spokesman warned: "Reservoir levels are lower than at any point since records '
        'began in the dry summer of 1976," and asked customers to save water.',
    ),
    (  # a speaker's title copied from one hand-out, in the quotation's attribution
        '"The ferry will stay in port until the storm passes," Ian Reid, an official at '
        "the operator's marine safety and navigation division, said on Tuesday.",
        'Sailings were cancelled. "Crews are ready to resume as soon as it is safe," said '
        "Ian Reid, an official at the operator's marine safety and navigation division.",
    ),
    (  # common phrases and a name: no wording of a source
        "According to the company, the Galaxy Fold Ultra Max will cost $1,999. The company "
        "said it expects strong demand in the first quarter.",
        "The Galaxy Fold Ultra Max is the company's most expensive phone. According to the "
        "company, it expects strong demand this year, analysts said.",
    ),
    (  # a police appeal for witnesses, as every report of a crime closes
        "A 43-year-old man was arrested at the museum. Anyone with information is asked to "
        "call detectives on the incident line or contact Crimestoppers anonymously.",
        "Two paintings were recovered from a van. Anyone with information is asked to call "
        "detectives on the incident line or contact Crimestoppers anonymously.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_formula_wording_quotes_and_names_make_no_copies(tmp_path, a, b):
    assert _copies(tmp_path, a, b) == ()


def test_the_check_names_the_wording_two_sources_share(tmp_path, capsys):
    from workbench.cli import main

    a, b, words = SHARED[1]
    paths = []
    for name, outlet, text in (("a.md", "Courier", a), ("b.md", "Gazette", b)):
        p = tmp_path / name
        p.write_text(f"---\ntitle: T\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(p))
    assert main(["check", *paths, "--db", str(tmp_path / "log.sqlite"), "--independence"]) == 0
    out = capsys.readouterr().out
    assert "Independence: 1 independent source among 2" in out
    assert "both carry the wording '" in out and words in out
