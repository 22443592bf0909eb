"""Formulaic daily reports are marked by words counted from each report's day (session 33).

The article-pair row ``formulaic_daily_reports`` sets two articles aside when a
look-alike sentence pair gives the same time words two different days ("shares fell
today" in two daily market reports). It also fired on a bare weekday or a clock time
read as two days ("the closing price on Friday" read once as the Friday ahead; "since
2pm" read as two days a week apart): one misreading then hid every comparison of the
two articles (29 of an authored acquisition event's 77 differences, an authored cyclone
pair's toll of homes). Only words counted from the report's own day mark daily reports.
"""

from __future__ import annotations

import pytest

from workbench import judge
from workbench.analysis import analyze_paths


def _pair(tmp_path, text_a: str, text_b: str, pub_a: str, pub_b: str) -> list[str]:
    paths = []
    for name, text, pub in (("a.txt", text_a, pub_a), ("b.txt", text_b, pub_b)):
        p = tmp_path / name
        p.write_text(f"title: report {name}\npublished: {pub}\n\n{text}", encoding="utf-8")
        paths.append(str(p))
    return paths


FIGURES_A = (
    "The board met on Friday to approve the sale of the sensor maker.\n\n"
    "The buyer will pay £1.2bn for the whole of the company, its chairman said.\n"
)
FIGURES_B = (
    "The board met on Friday to approve the sale of the sensor maker.\n\n"
    "The buyer will pay £1.5bn for the whole of the company, its chairman said.\n"
)


@pytest.mark.parametrize(
    "words",
    ["on Friday", "on 14 March", "at 2pm"],
)
def test_a_bare_day_read_twice_does_not_set_the_articles_aside(tmp_path, words: str) -> None:
    a = FIGURES_A.replace("on Friday", words)
    b = FIGURES_B.replace("on Friday", words)
    with judge.tracing() as decided:
        analysis = analyze_paths(_pair(tmp_path, a, b, "2025-03-11", "2025-03-18"))
    assert ("formulaic_daily_reports", "skip") not in decided
    money = [d for d in analysis.discrepancies if "1.2" in d.explanation and "1.5" in d.explanation]
    assert [str(d.verdict) for d in money] == ["conflict"], analysis.discrepancies


@pytest.mark.parametrize(
    "words",
    ["today", "this morning", "yesterday"],
)
def test_words_counted_from_each_report_still_mark_daily_reports(tmp_path, words: str) -> None:
    a = (
        f"Shares in the bank fell sharply {words} after the results were published.\n\n"
        "The bank's profit rose to £1.2bn in the year, the chairman said.\n"
    )
    b = a.replace("£1.2bn", "£1.5bn")
    with judge.tracing() as decided:
        analysis = analyze_paths(_pair(tmp_path, a, b, "2024-03-13", "2024-03-14"))
    assert ("formulaic_daily_reports", "skip") in decided
    assert analysis.discrepancies == ()
