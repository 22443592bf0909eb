"""Session 41, user trial 47: a quote finding's values in the window read as
lone words ('a' against 'there another (+1)') in the findings list, and the
column headers named each version by the quotation's first words, cut before
the change. Both now show the words around the change."""

from __future__ import annotations

import pytest
from test_window import make_window, wait_analysis

from workbench.ui.quote_cells import fit_change, pair_cells, version_cells

REPORT = (
    "---\noutlet: {outlet}\npublished: 2024-05-02\n---\n"
    "A fire gutted a restaurant in Leeds on Wednesday night, the fire service said.\n\n"
    '"{quote}," fire officer Ann Rowe said.\n'
)
SAID = (
    "The smoke was terrible but all the other people in the kitchen - and {middle} other "
    "guests who were there for a birthday dinner - managed to get out safely"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        (  # a word replaced in the middle: the words around it, not 'a' / 'there another'
            SAID.format(middle="a dozen"),
            SAID.format(middle="there another dozen"),
            ("…kitchen - and a dozen…", "…kitchen - and there another dozen…"),
        ),
        (  # a quotation cut short: where it stops, and what the other goes on with
            "He was giving them some grief, saying his cuffs hurt, but he was following orders.",
            "He was giving them some grief, saying his cuffs hurt.",
            ("…cuffs hurt, but he was following orders.", "…cuffs hurt."),
        ),
        (  # one word changed near the end
            "We will rebuild every home that was lost in the flood before the winter comes.",
            "We will rebuild every home that was lost in the flood before the spring comes.",
            ("…before the winter comes.", "…before the spring comes."),
        ),
        (  # a short quotation is shown whole
            "The economy is strong.",
            "The economy is weak.",
            ("…economy is strong.", "…economy is weak."),
        ),
    ],
)
def test_the_two_values_show_the_change_with_its_words(first, second, want):
    assert pair_cells("quote", first, second) == want


def test_other_kinds_keep_their_values():
    assert pair_cells("quantity", "40 homes", "42 homes") == ()
    assert version_cells("date", ["Friday", "Saturday"]) == ["Friday", "Saturday"]


def test_each_version_is_told_against_the_others():
    values = [SAID.format(middle=m) for m in ("a dozen", "there another dozen", "some twelve")]
    assert version_cells("quote", values) == [
        "…kitchen - and a dozen other…",
        "…kitchen - and there another dozen other…",
        "…kitchen - and some twelve other…",
    ]


def _window(qtbot, tmp_path):
    paths = []
    told = (("Daily Post", "a dozen"), ("Evening Courier", "there were another dozen"))
    for outlet, middle in told:
        path = tmp_path / f"{outlet.split()[0].lower()}.txt"
        quote = SAID.format(middle=middle)
        path.write_text(REPORT.format(outlet=outlet, quote=quote), encoding="utf-8")
        paths.append(str(path))
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    return w


def test_the_list_and_the_column_headers_show_where_the_quotation_changed(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    (row,) = [r for r in w.session.rows if r.kind == "quote"]
    n = w.table_model.row_of(row.id)
    shown = {w.table_model.index(n, c).data() for c in (1, 2)}
    assert shown == {"…kitchen - and a dozen…", "…kitchen - and there were another dozen…"}
    tip = w.table_model.index(n, 1).data(role=3)  # the tooltip: the sentence whole
    assert "birthday dinner" in tip
    w.select(row.id)
    badges = {c.article.outlet: c.badge.text() for c in w.columns.columns}
    assert "and there were another dozen" in badges["Evening Courier"]
    assert "and a dozen" in badges["Daily Post"]
    tips = {c.article.outlet: c.badge.toolTip() for c in w.columns.columns}
    assert "managed to get out safely" in tips["Daily Post"]  # the version whole


@pytest.mark.parametrize(
    ("label", "room", "want"),
    [
        ("…business - and a dozen…", 30, "…business - and a dozen…"),  # it fits
        ("…business - and a dozen…", 16, "…and a dozen…"),  # the dash goes with its word
        ("…business - and a dozen…", 12, "…a dozen…"),
        ("…business - and there another dozen… (+1)", 24, "…there another… (+1)"),
        ("…cuffs hurt.", 14, "…cuffs hurt."),
        ("…the winter comes.", 14, "…winter comes."),
    ],
)
def test_a_narrow_cell_drops_the_context_before_the_change(label, room, want):
    """Trial 47's list at 1280×800 cut '…business - and a dozen…' to
    '…business - … dozen…', the change itself gone."""
    assert fit_change(label, lambda s: len(s) <= room) == want


def test_a_change_too_long_for_the_cell_is_left_to_the_cut_between_words():
    assert fit_change("…and there were another dozen…", lambda s: len(s) <= 10) == ""
