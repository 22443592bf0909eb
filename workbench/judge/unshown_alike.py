"""The VALUE rows that make a difference a question when nothing shows both
figures measure one thing (issue 11, eng71): two shares of wholes their
sentences name apart (wholes_apart.py), two counts of different groups
(groups_apart.py). Asked after every row that keeps a conflict for a reason
(floor.MEASURED_ALIKE_BELOW_THE_FLOOR) or drops it, before the agreements."""

from __future__ import annotations

from .groups_apart import COUNTED_GROUPS_APART
from .stages import Rule
from .wholes_apart import SHARES_OF_WHOLES_NAMED_APART

UNSHOWN_ALIKE_ROWS: tuple[Rule, ...] = (SHARES_OF_WHOLES_NAMED_APART, COUNTED_GROUPS_APART)
