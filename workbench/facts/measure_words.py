"""How what a figure measures is named to an editor (measure.Measure.describe):
its role, the period it covers and where it was counted, in words. Split from
measure.py (size)."""

from __future__ import annotations

# The stages of those counted (undergone.py) whose names alone read badly.
EVENT_WORDS = {
    "critical": "in critical condition",
    "serious": "seriously hurt",
    "treated": "treated at the scene",
    "hospitalised": "taken to hospital",
    "held": "still held",
    "sheltered": "in shelters",
    "indoors": "told to stay indoors",
    "rescuers": "rescuers at work (not those rescued)",
}
ROLE_WORDS = {
    "before": "the earlier figure",
    "change": "how much it rose or fell",  # "the amount of a change" read as jargon (trial 40)
    "added": "an increment",
    "difference": "a difference from another figure",
    "others": "others besides those named",
    "remaining": "what is left of a whole",
    "age": "an age",
    "capacity": "the most it accepts",
}
# the point of a running measure a figure gives (figure_stage.py; "later", a rise's
# or a fall's level, goes unnamed: "fell to 95p" says so itself)
STAGE_WORDS = {
    "start": "at the start",
    "peak": "at its peak",
    "low": "at its lowest",
    "end": "at the end or close",
    "normal": "its normal level",
}
SCOPE_WORDS = {
    "part": "the first or last few of a series",
    "total": "a running total",
    "history": "earlier ones",
    "earlier": "of an earlier happening",
    "season": "over a season",
    "last-season": "over an earlier season",
    "last-year": "over the year before",
    "this-year": "over this year",
    "game": "in a game",
    "career": "over a career",
    "half": "in a half",
    "quarter": "in a quarter",
    "year": "over a full year",
    "weekend": "over a weekend",
    "day": "on one day",
    "close": "at the close",
    "during": "before the close",
}
PLACE_WORDS = {
    "world": "worldwide",
    "home": "at home",
    "abroad": "abroad",
    "nation": "nationwide",
    "state": "statewide",
    "region": "across the region",
    "county": "in the county",
    "town": "in the town or city",
    "countries": "across the countries named",
    "site": "at one site",
}
