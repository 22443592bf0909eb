"""Boilerplate two independent reports both close with is no sign of copy
(align32, an editor's trial: two articles sharing only a company's "About"
blurb and a copyright line were called copies). Copy detection weighs the
passages that report the event; wire copy sharing them is still found."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.findings.boilerplate import boilerplate_claims, is_boilerplate_sentence


def _analyse(tmp_path, *bodies: str):
    articles = []
    for n, body in enumerate(bodies):
        p = tmp_path / f"{'abcd'[n]}.txt"
        front = f"---\ntitle: t{n}\noutlet: Outlet {n}\npublished: 2025-02-11\n---\n"
        p.write_text(front + body + "\n", encoding="utf-8")
        articles.append(load_article(p))
    return analyze(articles)


BLURB = (
    "About Brightloop\n"
    "Brightloop is an 80-employee startup that recovers lithium, cobalt and nickel from "
    "spent electric-vehicle batteries. Founded in 2019 and backed by Harbor Ventures, the "
    "company operates facilities in Texas and Nevada. For more information, visit "
    "www.brightloop.example.\n\n"
    "Copyright 2025 Brightloop Inc. All rights reserved."
)

LAYOFF_A = (
    "Brightloop, the Austin battery-recycling startup, told staff on Monday that it would "
    "close its pilot plant in Round Rock and let 23 workers go.\n\n"
    "Chief executive Priya Raman said in a memo seen by the Ledger that the company had "
    "failed to secure a second funding round before its cash ran low.\n\n"
    "Former employees said they were offered two weeks of severance pay."
)
LAYOFF_B = (
    "A battery recycler in Central Texas is shutting down its demonstration site after "
    "running short of money, the firm confirmed on Monday.\n\n"
    "Investors had hesitated to commit fresh capital as metal prices slumped over the "
    "winter, two people familiar with the talks said.\n\n"
    "The company did not say whether it would try to sell the equipment."
)


def test_a_shared_about_blurb_and_copyright_line_make_no_copy(tmp_path):
    analysis = _analyse(tmp_path, f"{LAYOFF_A}\n\n{BLURB}", f"{LAYOFF_B}\n\n{BLURB}")
    assert analysis.copies == ()


def test_a_press_release_closing_and_ticker_line_make_no_copy(tmp_path):
    closing = (
        "NASDAQ: KLVR 12.40 -0.35 (-2.7%)\n\n"
        "This press release contains forward-looking statements that involve risks and "
        "uncertainties, including the timing of regulatory approvals for the vessel.\n\n"
        "Media contact: Jo Park, press office, +1 555 0100.\n\n"
        "###\n\n"
        "Kelvar Shipping operates 14 container vessels between Busan, Rotterdam and Santos "
        "and employs 2,300 seafarers worldwide."
    )
    one = (
        "Kelvar Shipping said on Thursday that one of its container ships lost 40 boxes "
        "overboard in a storm off the coast of Brittany.\n\n"
        "The French coast guard said nobody was hurt and that a tug was escorting the "
        "vessel to Brest."
    )
    other = (
        "Dozens of containers fell from a cargo ship in heavy seas in the Bay of Biscay, "
        "maritime officials reported.\n\n"
        "Fishermen in Finistère were told to watch for floating debris over the weekend."
    )
    analysis = _analyse(tmp_path, f"{one}\n\n{closing}", f"{other}\n\n{closing}")
    assert analysis.copies == ()


def test_wire_copy_sharing_the_event_is_still_a_copy(tmp_path):
    wire = (
        "Firefighters in Porto spent six hours on Sunday bringing a blaze at a textile "
        "warehouse under control, the city's civil protection service said.\n\n"
        "The fire broke out shortly after 3 a.m. in the Campanhã district and sent a "
        "column of black smoke over the river, witnesses told local radio.\n\n"
        "About 80 firefighters and 25 engines were sent to the scene, and two nearby "
        "apartment blocks were evacuated as a precaution."
    )
    ending = (
        "About Porto Civil Protection\nThe service coordinates firefighting, rescue and "
        "flood response for the city's 230,000 residents across seven districts. It was "
        "created in 1985 and answers to the mayor's office.\n\n"
        "Copyright 2025 Porto Daily Media. All rights reserved."
    )
    analysis = _analyse(
        tmp_path,
        f"{wire}\n\nThe cause of the fire was not yet known.\n\n{ending}",
        f"{wire}\n\nPolice have opened an inquiry.\n\n{ending}",
    )
    (link,) = analysis.copies
    assert link.shared == 3  # the event's three sentences, not the blurb nor the copyright


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright 2025 Brightloop Inc. All rights reserved.",
        "© 2024 Acme Holdings Ltd",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "For more information, visit www.acme.example.",
        "To learn more about the programme, contact the press office.",
        "Media contact: Dana Cole, dana@example.com",
        "This release contains forward-looking statements within the meaning of the Act.",
        "NYSE: ACM 34.10 +0.22",
        "More information about Acme (NYSE: ACM) is available at www.acme.example.",
    ],
)
def test_boilerplate_sentences(sentence):
    assert is_boilerplate_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The copyright lawsuit filed in 2011 was dismissed on Friday.",
        "Brightloop (NASDAQ: BRLP) said on Monday it would close its Round Rock plant.",
        "About 100 people were at work at the plant, which makes cookies and crackers.",
        "For more than a decade the company has recycled batteries in Texas.",
        "Additional details, including pricing, will be shared at a later date.",
    ],
)
def test_event_sentences_are_not_boilerplate(sentence):
    assert not is_boilerplate_sentence(sentence)


def test_an_about_heading_opens_a_section_but_a_lead_does_not(tmp_path):
    analysis = _analyse(
        tmp_path,
        "About 200 Volunteers Clear Beach\n\n"
        "About 200 volunteers cleared plastic from Kaimana Beach on Saturday.\n\n"
        "The group collected 1.2 tonnes of waste in four hours, organisers said.\n\n"
        "About Ocean Keepers:\n"
        "Ocean Keepers is a charity founded in 2008 that organises coastal clean-ups.",
    )
    blurbs = boilerplate_claims(analysis.articles, analysis.claims)
    texts = sorted(c.text for c in analysis.claims if c.id in blurbs)
    assert any("charity founded in 2008" in t for t in texts)
    assert not any("1.2 tonnes" in t or "cleared plastic" in t for t in texts)
