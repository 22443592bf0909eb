"""How each state looks: colour plus a second cue that survives colour blindness.

Colours are the Okabe–Ito palette (distinguishable with the common forms of
colour blindness); each state also has its own underline style and a
marker in the column margin, so no state is told apart by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat

STATUS_LABELS = {
    "open": "open",
    "verified": "verified",
    "disputed": "disputed",
    "needs-correction": "needs correction",
    "dismissed": "dismissed",
    "mixed": "mixed decisions",  # a finding's discrepancies were decided differently
}

U = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class StateStyle:
    name: str
    label: str
    color: QColor
    underline: QTextCharFormat.UnderlineStyle
    marker: str
    cue: str  # the second cue, in words, for the legend


_LIGHT = {
    "conflict": ("Conflict", "#C24E00", U.WaveUnderline, "✗", "wavy underline, ✗"),
    "unresolved": ("Unresolved", "#9A6700", U.DotLine, "?", "dotted underline, ?"),
    "consistent": ("Consistent", "#007A5A", U.DashUnderline, "≈", "dashed underline, ≈"),
    "verified": ("Verified", "#0061A0", U.SingleUnderline, "✓", "solid underline, ✓"),
    "dismissed": ("Dismissed", "#6E6E6E", U.DashDotLine, "–", "dash-dot underline, –"),
    "aligned": ("Same claim", "#8A8A8A", U.NoUnderline, "", "grey link only"),
}
_DARK_COLORS = {
    "conflict": "#FF8A4C",
    "unresolved": "#F0C24E",
    "consistent": "#3CCB9E",
    "verified": "#6CB8F0",
    "dismissed": "#A0A0A0",
    "aligned": "#9A9A9A",
}


def state_style(state: str, dark: bool = False) -> StateStyle:
    label, color, underline, marker, cue = _LIGHT.get(state, _LIGHT["aligned"])
    if dark:
        color = _DARK_COLORS.get(state, color)
    return StateStyle(state, label, QColor(color), underline, marker, cue)


def display_state(verdict: str, status: str) -> str:
    """What a highlight shows: the editor's decision once it settles the
    flag (verified, dismissed), else the engine's verdict."""
    if status == "verified":
        return "verified"
    if status == "dismissed":
        return "dismissed"
    return verdict


LEGEND_ORDER = ("conflict", "unresolved", "consistent", "verified", "dismissed")

VERDICT_HELP = {
    "conflict": "the two sources state values that cannot both be right, even after "
    "converting units, allowing for rounding and hedges, and resolving relative dates",
    "unresolved": "the workbench cannot decide: a date is missing, a quote is cut, or the "
    "values are too vague to compare; an editor must check",
    "consistent": "the wording differs but the values agree after normalisation "
    "(e.g. 30 miles ≈ 48 km within 'about 50km')",
}
