"""Whose a contract's figure is (issue 11, trial 29: ECB+ 05_ecb).

"signed free agent Elton Brand to an $82 million deal" and "signed free-agent
forward Elton Brand to a five-year, $80 million contract": the figure of a deal
belongs to the one signed to it, though no possessive or subject names him. "re-
signed core players Iguodala and Williams for $80 million and $25 million,
respectively": each figure of a list closed by "respectively" belongs to the name
in the same place of the list of names before it. Without these owners, Brand's
$80 million paired with Iguodala's $80 million (an agreement of two contracts)
and his $82 million was left without a partner: a real discrepancy never shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["deal_owner"]

_S = r"[ \u00a0]+"
_NAME = r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2}"
_SEP = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+")
# "signed (free-agent forward) Elton Brand to a five-year deal worth nearly …":
# no figure between "to" and the value, so a later figure of the clause is not his.
_SIGNED = re.compile(
    rf"\b(?:signed|re-signed|resigned|inked|extended|signing|re-signing){_S}"
    rf"(?:[a-z][\w-]*{_S}){{0,3}}({_NAME}){_S}to{_S}(?:a|an|his|her|the|a{_S}new)\b"
    r"[^.;:$€£\d]{0,60}$"
)
# "Iguodala and Williams for $80 million and $25 million, respectively"
_LISTED = re.compile(
    rf"({_NAME}(?:(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+){_NAME})+)"
    rf"{_S}(?:for|to|at|of|with|earning|earned|getting|got){_S}([^;:]{{0,80}})$"
)
_RESPECTIVELY = re.compile(r"[^.;]{0,80}?\brespectively\b")


def deal_owner(
    text: str, start: int, end: int, name_words: Callable[[str], tuple[str, ...]]
) -> tuple[str, ...]:
    """The name words of whom the figure at ``text[start:end]`` was signed or
    listed for (module doc), or ()."""
    before = text[max(0, start - 200) : start]
    if _RESPECTIVELY.match(text, end):
        m = _LISTED.search(before)
        if m:
            names = _SEP.split(m.group(1))
            i = len(_SEP.findall(m.group(2)))
            if len(names) > 1 and i < len(names):
                return name_words(names[i])
    m = _SIGNED.search(before)
    return name_words(m.group(1)) if m else ()
