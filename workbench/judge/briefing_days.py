"""The day of a briefing that gave a running figure (issue 11, session 42).

"the governor told a news conference on Tuesday", "At a briefing on Monday
afternoon, officials said", "In a statement on Wednesday, the ministry put the
toll at 19", "in its latest update on Thursday": the day the figures of the
sentence were given, as "the ministry said on Tuesday" is (running.stamps). A
verb of saying three words or more before the day was not read as dating the
statement, so the figure had no moment of its own and the days of two briefings
were held against each other as one day told twice (made-up copy after the
held-out readers' class: a count rising over a week, each figure dated).
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
_BRIEFING_BEFORE = re.compile(
    r"(?i:\b(?:at|during|in|told|to|gave|held|issued)" + _S
    + r"(?:a|an|the|its|his|her|their)" + _S + r"(?:(?:latest|daily|evening|morning|"
    + r"regular|televised|joint|written|new)" + _S + r")?"
    + r"(?:news" + _S + r"conference|press" + _S + r"conference|(?:press" + _S + r")?"
    + r"briefing|update|statement)" + _S + r"(?:(?:on|late|early|last)" + _S + r"){0,2})$"
)  # fmt: skip


def briefing_dated(sentence: str, start: int) -> bool:
    """The date at ``start`` is the day of a briefing, news conference, update or
    statement named right before it ('told a news conference on Tuesday')."""
    return _BRIEFING_BEFORE.search(sentence, max(0, start - 60), start) is not None
