"""A length whose fraction sign was lost in a rebuilt text: "served 412 months in
federal prison" where the same wire sentence reads "41/2 months" or "4½ months"
elsewhere (real copy, ECB+ 28: the corpus's tokens run "4" and "1/2" together and
drop the slash). A whole number of a digit or two, then "12", "14" or "34", may be
that mixed number, N½, N¼ or N¾; read as written it is thirty-four years against
four and a half months, a conflict no editor should be asked to settle as one.

When the mixed-number reading meets the other report's length, the two are a
question naming that reading (session 38, issue 11 class 4); a length the other
report does not meet so is compared as written. Prison terms across articles keep
their own refusal (:mod:`...judge.served`).
"""

from __future__ import annotations

import re

from .mention import TimeMention

_GLUED = re.compile(r"(?<![\d.,/])(?P<whole>[1-9]\d?)(?P<frac>12|14|34)(?=[ \u00a0]+[a-z])")
# the digits a lost fraction sign leaves, its value and its sign (also read by
# judge/lost_fraction.py for quantities)
FRACTION = {"12": (0.5, "½"), "14": (0.25, "¼"), "34": (0.75, "¾")}


def lost_half(a: TimeMention, b: TimeMention) -> str:
    """Why two lengths that miss each other may be one, a fraction sign lost from
    one of them ("412 months" / "4½ months"); "" when neither can be so read."""
    for x, y in ((a, b), (b, a)):
        m = _GLUED.match(x.text)
        if not m or x.amount[1] is None or y.amount[0] is None:
            continue
        written = int(m.group(0))
        part, sign = FRACTION[m.group("frac")]
        mixed = int(m.group("whole")) + part
        lo, hi = (x.amount[0] * mixed / written, x.amount[1] * mixed / written)
        y_hi = float("inf") if y.amount[1] is None else y.amount[1]
        if lo <= y_hi and y.amount[0] <= hi:
            said = f"{m.group('whole')}{sign}{x.text[m.end() :]}"
            return (
                f"'{x.text}' may be {said} with its fraction sign lost ('{m.group('whole')} "
                f"{m.group('frac')[0]}/{m.group('frac')[1]}' run together); so read, it "
                f"meets '{y.text}'"
            )
    return ""
