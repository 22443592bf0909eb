"""How each state looks: colour plus cues that survive colour blindness.

Colours are the Okabe–Ito palette (distinguishable with the common forms of
colour blindness). Colour is never the only cue: each state also has a
margin marker and a highlight whose *shape* differs — checked, dotted or
plain background, wavy underline, lines above and below, a line below
(dismissed: never struck through, its figures are not wrong).
Underline styles alone (wavy, dotted, dashed, solid, dash-dot) were tried
first and could not be told apart at normal size: Qt draws them one pixel
thick, so each pair of states now differs in more than the underline.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

STATUS_LABELS = {
    "open": "open",
    "verified": "verified",
    "disputed": "disputed",
    "needs-correction": "needs correction",
    "dismissed": "dismissed",
    "mixed": "decided pair by pair",  # its discrepancies were decided differently
}

U = QTextCharFormat.UnderlineStyle
B = Qt.BrushStyle


@dataclass(frozen=True)
class StateStyle:
    name: str
    label: str
    color: QColor
    underline: QTextCharFormat.UnderlineStyle
    marker: str
    cue: str  # the cues other than colour, in words, for the legend
    fill: Qt.BrushStyle = B.SolidPattern  # the highlight's background
    overline: bool = False  # with a solid underline: a line above and below
    strike: bool = False

    def char_format(self, selected: bool = False, color: QColor | None = None) -> QTextCharFormat:
        """The highlight of a value in this state (``color`` replaces the
        state's colour: the legend's test renders every state in one)."""
        fmt = QTextCharFormat()
        base = QColor(color or self.color)
        fill = self.fill
        if fill == B.NoBrush and selected:  # a line-only state gets a tint when selected
            fill = B.SolidPattern
        if fill != B.NoBrush:
            bg = QColor(base)
            solid = fill == B.SolidPattern
            bg.setAlpha((110 if selected else 45) if solid else (255 if selected else 180))
            fmt.setBackground(QBrush(bg, fill))
        fmt.setUnderlineStyle(self.underline)
        fmt.setUnderlineColor(base)
        fmt.setFontOverline(self.overline)
        fmt.setFontStrikeOut(self.strike)
        if selected:
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt


_LIGHT = {
    "conflict": (
        "Conflict",
        "#C24E00",
        U.WaveUnderline,
        "✗",
        # a checked tint: diagonal hatching over the words read as crossed out,
        # like "dismissed" (fresh trial)
        "checked tint, wavy underline, ✗",
        B.Dense4Pattern,
        False,
        False,
    ),
    "unresolved": (
        "Unresolved",
        "#9A6700",
        U.DotLine,
        "?",
        "dotted background and underline, ?",
        B.Dense6Pattern,
        False,
        False,
    ),
    "consistent": (
        "Consistent",
        "#007A5A",
        U.NoUnderline,
        "≈",
        "plain tint, no line, ≈",
        B.SolidPattern,
        False,
        False,
    ),
    "verified": (
        "Verified",
        "#0061A0",
        U.SingleUnderline,
        "✓",
        "no tint, a line above and below, ✓",
        B.NoBrush,
        True,
        False,
    ),
    # a dismissed flag is no real discrepancy: its figures are not wrong, and
    # struck through they read as crossed out (trial 40 dismissed a duplicate
    # finding and read 23_1's right figure as marked wrong)
    "dismissed": (
        "Dismissed",
        "#6E6E6E",
        U.DashDotLine,
        "–",
        "no tint, a dash-dot line under, –",
        B.NoBrush,
        False,
        False,
    ),
    # an editor's finding (``workbench.raised``): the whole sentence, an
    # editor's word that it differs, not the engine's
    "raised": (
        "Raised by an editor",
        "#8A3FB0",
        U.DashUnderline,
        "✎",
        "plain tint, dashed underline, ✎",
        B.SolidPattern,
        False,
        False,
    ),
    # a misspelt name's usual spelling: still a side of the conflict, never the
    # green "≈" of agreement (trial 42 read half a conflict as fine), nor hatched
    # as wrong (window44 saw every right "BlackBerry" painted as the conflict)
    "usual": (
        "Most sources' spelling — still a side of the conflict",
        "#5A6B7D",
        U.NoUnderline,
        "•",
        "sparse grey dots, no line, •",
        B.Dense7Pattern,
        False,
        False,
    ),
    "aligned": (
        "Same claim",
        "#8A8A8A",
        U.NoUnderline,
        "",
        "grey link only",
        B.NoBrush,
        False,
        False,
    ),
}
_DARK_COLORS = {
    "conflict": "#FF8A4C",
    "unresolved": "#F0C24E",
    "consistent": "#3CCB9E",
    "verified": "#6CB8F0",
    "dismissed": "#A0A0A0",
    "raised": "#C58AE6",
    "usual": "#9AAEC2",
    "aligned": "#9A9A9A",
}


def state_style(state: str, dark: bool = False) -> StateStyle:
    label, color, underline, marker, cue, fill, overline, strike = _LIGHT.get(
        state, _LIGHT["aligned"]
    )
    if dark:
        color = _DARK_COLORS.get(state, color)
    return StateStyle(state, label, QColor(color), underline, marker, cue, fill, overline, strike)


def swatch(state: str, dark: bool, sample: str = "30 miles", color: QColor | None = None) -> QImage:
    """A sample value highlighted as the columns show ``state``, with its
    margin marker, at the application's normal font size (the legend's
    swatch, and how a test checks the states apart without colour)."""
    style = state_style(state, dark)
    doc = QTextDocument()
    doc.setDocumentMargin(2)
    doc.setPlainText(sample)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    text = QColor("#e6e6e6" if dark else "#1a1a1a")
    fmt = style.char_format(color=color)
    fmt.setForeground(text)
    cursor.mergeCharFormat(fmt)
    line = doc.size().toSize()
    marker = line.height()
    image = QImage(line.width() + marker + 4, line.height(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#1e1e1e" if dark else "#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(doc.defaultFont())
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor(color or style.color))
    p.drawText(QRectF(0, 0, marker, line.height()), Qt.AlignmentFlag.AlignCenter, style.marker)
    p.translate(QPointF(marker + 4, 0))
    doc.drawContents(p)
    p.end()
    return image


def display_state(verdict: str, status: str) -> str:
    """What a highlight shows: the editor's decision once it settles the
    flag (verified, dismissed), else the engine's verdict."""
    if status == "verified":
        return "verified"
    if status == "dismissed":
        return "dismissed"
    return verdict


LEGEND_ORDER = ("conflict", "unresolved", "consistent", "usual", "verified", "dismissed")

VERDICT_HELP = {
    "conflict": "the two sources state values that cannot both be right, even after "
    "converting units, allowing for rounding and hedges, and resolving relative dates",
    "unresolved": "the workbench cannot decide: a date is missing, a quote is cut, or the "
    "values are too vague to compare; an editor must check",
    "consistent": "the wording differs but the values agree after normalisation "
    "(e.g. 30 miles ≈ 48 km within 'about 50km')",
}
