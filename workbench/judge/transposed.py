"""Two figures written with the same digits, two neighbours swapped (session 35,
eng107; authored development plant_explosion D5 "the blast, at 6:24 a.m." /
"the blast happened at 6:42 a.m."): a slip of the keyboard, the commonest way
one figure is misreported. Read as evidence that both figures are one figure,
where nothing else says so ("1,846 m" / "1,486 m", "3,510 MW" / "3,150 MW").
"""

from __future__ import annotations

from ..model import Fact


def _digits(f: Fact) -> str:
    """The digits a figure is written with; a count spelled out ("Seventeen") is
    read as the digits of its value (session 43: "Seventeen people were admitted" /
    "71 were taken to hospital" left below the conflict floor)."""
    if any(ch.isdigit() for ch in f.text):
        return "".join(ch for ch in f.text if ch.isdigit()).lstrip("0")
    value = getattr(f.mention, "value", None)
    if f.kind == "number" and isinstance(value, float) and value == int(value) and value > 0:
        return str(int(value))
    return ""


def digits_transposed(x: Fact, y: Fact) -> bool:
    """Whether two values of one kind are written with the same digits in the
    same order but for two neighbours swapped ("6:24" / "06:42", "21" / "12")."""
    a, b = _digits(x), _digits(y)
    if x.kind != y.kind or len(a) != len(b) or len(a) < 2 or a == b:
        return False
    apart = [i for i, (p, q) in enumerate(zip(a, b, strict=True)) if p != q]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )
