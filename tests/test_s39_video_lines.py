"""Session 39 (lead): a picture's lines are no pence, and "NT $" is the New Taiwan dollar.
eng141 found "1080p HD" read as 1,080 pence on ECB+ dev2 40_ecb; eng140 found "NT $53.8"
(a space before the sign) read as US dollars in trial 45's cluster 43."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The phone records 1080p HD video at 60 frames a second.",
        "The service streams in 720p, with 4K for subscribers.",
        "Its 2160p display is brighter than last year's.",
        "The camera shoots 480p footage in low light.",
    ],
)
def test_a_video_resolution_is_no_pence(text: str) -> None:
    assert all(unit != "GBp" for _, unit in _units(text)), _units(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shares rose 10p to 720p in London trading.", "720p"),
        ("The levy rose to 144p a litre, the Treasury said.", "144p"),
        ("The bid values each share at 480p, the board said.", "480p"),
    ],
)
def test_pence_without_pictures_stay_pence(text: str, figure: str) -> None:
    assert (figure, "GBp") in _units(text), _units(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Foxconn agreed an NT $53.8 billion deal.", "TWD"),
        ("Foxconn agreed an NT$53.8 billion deal.", "TWD"),
        ("Acer booked US $2 billion in sales.", "USD"),
    ],
)
def test_a_new_taiwan_dollar_written_apart_is_one(text: str, unit: str) -> None:
    assert [u for _, u in _units(text)] == [unit], _units(text)
