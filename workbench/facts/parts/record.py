"""The one record of a figure's place in a whole its sentence tells (``Part``),
and how two figures' parts are compared (session 26: one door for what three
modules read apart before)."""

from __future__ import annotations

from dataclasses import dataclass

# The kinds of a count's place in a group, a role of its own (``Measure.role``):
# "including four crew members" (a member), "eight of them" (a share), "of the
# four victims" (the whole some are of).
COUNT_KINDS = ("share", "whole", "member")


@dataclass(frozen=True)
class Part:
    """What whole a figure belongs to, by which cue, and as what kind of part.

    - ``kind``: "money", a part of a sum of money its sentence breaks down
      ("including $281 million in cash"); "member", a group named within a
      count ("37 hospitalised, including four crew members"); "share", some
      of a group ("eight of them"); "whole", the group some are of ("two of
      the four victims"); "" when the figure is no part.
    - ``label``: what a part of money is ("cash", "new money"; "part" when no
      words name it). With no kind: the words a figure no breakdown makes a
      part is told by ("$7.4 billion in cash": "cash"), so that it still
      compares with the part those words name.
    - ``cue``: the words that mark it, lower-cased ("including", "of which",
      "(", "and", "among them", "were among the", "of them").
    - ``whole``: where the whole it is a part of starts in the sentence, or -1
      when the sentence does not tell it beside it.
    """

    kind: str = ""
    label: str = ""
    cue: str = ""
    whole: int = -1

    @property
    def reading(self) -> str:
        """How ``Measure.part`` holds it: the label of a part of money, "~" and
        the words of a figure told by what it is paid in, else ""."""
        if self.kind == "money":
            return self.label
        return "~" + self.label if self.label and not self.kind else ""


NO_PART = Part()


def cue_of(words: str) -> str:
    """A cue as recorded: its words lower-cased, single-spaced."""
    return " ".join(words.lower().split())


def marked(part: str) -> bool:
    """Whether a figure's part (``Part.reading``) makes it a part of a total its
    sentence breaks down, not a figure told by what it is for or paid in ("~cash")."""
    return bool(part) and not part.startswith("~")


def parts_differ(a: str, b: str) -> bool:
    """Whether two figures' parts (``Part.reading``) are different things: a part
    and a figure told as another thing, or two different parts. A figure no
    breakdown makes a part but told by the same words ("~cash", "~roads") is
    that part."""
    if not (marked(a) or marked(b)):
        return False
    if marked(a) and marked(b):
        return a != b and "part" not in (a, b)  # a part no words name may be either
    return a.lstrip("~") != b.lstrip("~")
