"""What a length of time or a date counted in units is worth, once spans.py's
rules have read its number, unit and hedge: a DURATION with the range of seconds
it allows and its TimeML value ("48 hours" = PT48H, "about two years"), a window
anchored on the publication day ("the past five days"), or a DATE counted from
publication ("four years ago", "in two weeks"; weeks in days). Split from
spans.py (session 36): the rules there, the values here."""

from __future__ import annotations

from datetime import datetime, timedelta

from .base import DAY, Env, Val, v_day, v_month, v_quarter, v_unknown, v_year
from .cal import add_months, dt, fmt_day, fmt_interval
from .counts import COUPLE
from .lex import fmt_num

# Units of duration: (TimeML code, in-time-part, seconds low, seconds high, count).
_UNITS: dict[str, tuple[str, bool, float, float, float]] = {
    "second": ("S", True, 1, 1, 1),
    "minute": ("M", True, 60, 60, 1),
    "hour": ("H", True, 3600, 3600, 1),
    "day": ("D", False, 86400, 86400, 1),
    "week": ("W", False, 604800, 604800, 1),
    "fortnight": ("W", False, 1209600, 1209600, 2),
    "month": ("M", False, 28 * 86400, 31 * 86400, 1),
    "quarter": ("Q", False, 89 * 86400, 92 * 86400, 1),
    "year": ("Y", False, 365 * 86400, 366 * 86400, 1),
    "decade": ("Y", False, 3652 * 86400, 3653 * 86400, 10),
    "century": ("Y", False, 36524 * 86400, 36525 * 86400, 100),
    "millennium": ("Y", False, 365242 * 86400, 365243 * 86400, 1000),
}


def _amount(unit: str, lo: float, hi: float | None, hedge: str) -> tuple[float, float | None]:
    s_lo, s_hi = _UNITS[unit][2:4]
    a = lo * s_lo
    b = None if hi is None else hi * s_hi
    if hedge in ("about", "around", "approximately", "roughly", "some", "an estimated", "close to"):
        return a * 0.9, None if b is None else b * 1.1
    if hedge in ("nearly", "almost", "just under", "barely"):
        return a * 0.85, b
    if hedge == "just over":  # a little past it, within half its step (session 34)
        return a * (1 + 1e-9), (lo + max(0.5, lo / 10)) * s_hi
    if hedge in ("more than", "over", "in excess of", "upwards of"):
        return a * (1 + 1e-9), None
    if hedge in ("at least", "no less than"):
        return a, None
    if hedge.endswith(" part of") or hedge == "most of":  # "the better part of a decade"
        return a * 0.5, b
    if hedge in ("less than", "fewer than", "under"):
        return 0.0, None if b is None else b * (1 - 1e-9)
    if hedge in ("up to", "at most", "no more than"):
        return 0.0, b
    return a, b


def _dur_timex(unit: str, n: float | None) -> str:
    code, in_time, _, _, mult = _UNITS[unit]
    if n is None:
        return f"PT{'X'}{code}" if in_time else f"PX{code}"
    n = n * mult
    if unit == "day" and not float(n).is_integer() and float(n * 24).is_integer():
        return f"PT{fmt_num(n * 24)}H"
    if unit == "hour" and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{fmt_num(n * 60)}M"
    if unit == "minute" and not float(n).is_integer() and float(n * 60).is_integer():
        whole = f"{int(n)}M" if n >= 1 else ""  # "a minute and a half" = PT1M30S
        return f"PT{whole}{fmt_num((n % 1) * 60)}S"

    return f"PT{fmt_num(n)}{code}" if in_time else f"P{fmt_num(n)}{code}"


def _unit_label(unit: str, lo: float, hi: float | None, vague: bool) -> str:
    if unit == "fortnight":
        unit, lo, hi = "week", lo * 2, None if hi is None else hi * 2
    if unit in ("century", "millennium") and not vague and hi in (lo, None) and lo % 1:
        unit, lo, hi = "year", lo * _UNITS[unit][4], None if hi is None else lo * _UNITS[unit][4]
    units = {"century": "centuries", "millennium": "millennia"}.get(unit, f"{unit}s")
    if vague:
        if hi is None:
            return f"an unstated number of {units}"
        return f"{fmt_num(lo)}–{fmt_num(hi)} {units}"
    if hi is not None and hi != lo:
        return f"{fmt_num(lo)}–{fmt_num(hi)} {units}"
    return f"{fmt_num(lo)} {unit if lo == 1 else units}"


HEDGE_LABEL = {
    **dict.fromkeys(
        ("about", "around", "approximately", "roughly", "some", "an estimated", "close to"),
        "about",
    ),
    **dict.fromkeys(("nearly", "almost", "just under", "barely"), "nearly"),
    **dict.fromkeys(("more than", "over", "just over", "in excess of", "upwards of"), "more than"),
    **dict.fromkeys(("at least", "no less than"), "at least"),
    **dict.fromkeys(("less than", "fewer than", "under"), "less than"),
    **dict.fromkeys(("up to", "at most", "no more than"), "up to"),
    **dict.fromkeys(("the better part of", "the best part of", "most of"), "most of"),
}


def length_value(
    env: Env,
    unit: str,
    lo: float,
    hi: float | None,
    vague: bool,
    hedge: str,
    win: str,
    surface: str,
) -> Val:
    amount = _amount(unit, lo, hi, hedge)
    label = _unit_label(unit, lo, hi, vague)
    if unit in ("day", "hour") and not vague and hi == lo and not float(lo).is_integer():
        label = f"{label} = {_dur_timex(unit, lo)[2:].lower().replace('h', ' hours')}"
    if hedge in HEDGE_LABEL:
        label = f"{HEDGE_LABEL[hedge]} {label}"
    mod = None
    if env.signal == "within":
        amount = (0.0, amount[1])
        label = f"up to {label}"
        mod = "within"
    v = Val(
        "DURATION",
        _dur_timex(unit, lo if COUPLE.match(surface) else None if vague or hi != lo else lo),
        None,
        unit,
        label,
        amount=amount,
        mod=mod,
    )
    if win:
        pub = env.published
        if pub is not None and not vague and hi == lo:
            p = dt(pub)
            if "next" in win or "coming" in win:
                iv = (p, _shift(p, unit, lo))
            else:
                iv = (_shift(p + DAY, unit, -lo), p + DAY)
            v.interval = iv
            v.value = f"{label} ({fmt_interval(*iv)})"
            v.deictic = True
        elif pub is None:
            v.value = label
        w = "next" if ("next" in win or "coming" in win) else "past"
        v.part = w
    return v


_MONTHS_IN = {
    "month": 1,
    "quarter": 3,
    "year": 12,
    "decade": 120,
    "century": 1200,
    "millennium": 12000,
}


def _shift(p: datetime, unit: str, n: float) -> datetime:
    """``p`` moved by ``n`` units; calendar units move by whole months first."""
    if unit in _MONTHS_IN:
        months = n * _MONTHS_IN[unit]
        whole = int(months)
        y, m = add_months(p.year, p.month, whole)
        return datetime(y, m, min(p.day, 28)) + timedelta(days=30.44 * (months - whole))
    return p + timedelta(seconds=_UNITS[unit][2] * n)


def counted_date(
    env: Env,
    unit: str,
    lo: float,
    hi: float | None,
    vague: bool,
    hedge: str,
    ago: str,
    surface: str,
) -> Val | None:
    """'four years ago' = the year four years before publication (granularity of the unit).

    Weeks are counted in days, as TimeML corpora value them ("a week ago" in a
    report of Friday 18 March is Friday 11 March), with a day's leeway either
    side: the figure is a round one.
    """
    if vague or hi != lo:
        return Val(
            "DATE",
            "PAST_REF" if ago == "ago" else "FUTURE_REF",
            None,
            "year",
            "some time ago" if ago == "ago" else "some time from now",
        )
    sign = -1 if ago == "ago" else 1
    n = lo * _UNITS[unit][4]
    mod = None
    if hedge in (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "an estimated",
        "close to",
        "just under",
        "barely",
    ):
        mod = "around"
    elif hedge in ("more than", "over", "just over", "at least", "upwards of"):
        mod = "before" if sign < 0 else "after"
    elif hedge in ("less than", "under", "up to", "at most"):
        mod = "after" if sign < 0 else "before"
    if unit in ("decade", "century", "week", "fortnight") and mod is None:
        mod = "around"  # "two decades ago", "a week ago" are round figures
    pub = env.published
    if pub is None:
        gran = {"week": "day", "fortnight": "day"}.get(unit, unit)
        x = {"day": "XXXX-XX-XX", "month": "XXXX-XX"}.get(gran, "XXXX")
        v = v_unknown(x, gran if gran in ("day", "month") else "year", surface)
        v.mod = mod
        return v
    if unit in ("second", "minute", "hour"):
        p = dt(pub)
        v = Val("DATE", pub.isoformat(), (p, p + DAY), "day", fmt_day(pub), deictic=True)
    elif unit == "day":
        v = v_day(pub + timedelta(days=sign * n), True) if float(n).is_integer() else None
    elif unit in ("week", "fortnight"):
        v = v_day(pub + timedelta(days=sign * 7 * n), True) if float(n).is_integer() else None
    elif unit == "month":
        if not float(n).is_integer():
            return None
        y, mm = add_months(pub.year, pub.month, int(sign * n))
        v = v_month(y, mm, True)
    elif unit == "quarter":
        k = pub.year * 4 + (pub.month - 1) // 3 + int(sign * n)
        v = v_quarter(k // 4, k % 4 + 1, True)
    else:
        if not float(n).is_integer():
            return None
        v = v_year(pub.year + int(sign * n), True)
    if v is None:
        return None
    v.mod = mod
    return v
