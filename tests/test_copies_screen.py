"""Articles naming no agency skip the credit patterns (issue 14): the
screen must never hide a credit the patterns would find."""

import pytest

from workbench.findings import copies
from workbench.model import Article


def _art(text: str) -> Article:
    return Article("x", "x.txt", "x", "", None, "", text, "x")


def _names() -> list[str]:
    """Every way of writing every agency that the patterns accept, spelled out."""
    out = []
    for pattern in copies._AGENCIES.values():
        for alt in copies._with_capitals(pattern).split("|"):
            plain = alt.replace("(?: ", " ").replace(")?", "").replace("[- ]", "-")
            out.append(plain)
    return out


@pytest.mark.parametrize("name", _names())
def test_every_agency_name_passes_the_screen(name):
    texts = [
        f"LISBON ({name}) - The port reopened on Monday.",
        f"The port reopened.\n\n{name} contributed to this report.",
        f"The port reopened.\n\nCopyright 2024 {name}",
        f"The port reopened.\n\n— {name}",
    ]
    for text in texts:
        screened = copies.credits(_art(text))
        assert screened, text  # each of these is a credit
        saved = copies._SCREEN
        copies._SCREEN = ()
        try:
            assert copies.credits(_art(text)) == screened
        finally:
            copies._SCREEN = saved


def test_a_text_without_agency_names_is_screened_out():
    text = "Officials said the bridge (built in 1932) - now closed - would reopen in May."
    assert not any(p in text for p in copies._SCREEN)
    assert copies.credits(_art(text)) == ()
