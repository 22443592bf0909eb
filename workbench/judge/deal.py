"""The price of one deal across whole articles (issue 11, session 17).

Reports of one takeover state its price in sentences worded too differently
to align ("H-P will buy the company for $13.9 billion" / "the Journal said
HP will pay $12 billion to $13 billion" / "the $13 billion acquisition"), so
the aligned comparison never holds them against each other. Like the key
figures of ``story.py``, this pass reads per article the one price of a deal
it states in its lead and compares the prices of two articles whose
sentences never met; a range is compared with a point as an interval (the
money family does that). It is as conservative as story.py:

- a sum is the price of a deal only when its clause says so: a deal noun
  right after it ("a $13 billion acquisition", "an all-cash takeover"), a
  verb of paying right before it ("will pay about $13 billion"), "for" after
  a verb of buying or selling or a deal noun ("will acquire EDS for $13.9
  billion", "agreed the sale for …"), or a deal "valued at" or "worth" it;
- never a price per share or per year ("$24 to $26 a share"), nor a sum whose
  clause names a year of its own (an earlier deal: "bought PwC's consultancy
  for $3.5 billion in 2002") or holds it up as a yardstick ("surpassing the
  $90 million deal they gave to Guerrero"); never an offer or a bid (rival
  bidders make them), nor a deal whose owner the other clause names apart;
- an article that states two different prices gives none (two deals, or a
  rumoured and an agreed price in one text);
- pairs whose sentences were aligned are left to the aligned comparison, and
  the rows of ``unmet.UNMET_ROWS`` decide what is shown (articles that share
  few aligned sentences, far-apart sums and agreement are not shown; reports
  of different days make a difference a question, as a rumoured price is
  often not the agreed one).
"""

from __future__ import annotations

import itertools
import re

from ..model import Claim, Comparison, Fact
from . import parties
from .family_helpers import compare_facts
from .pairing import around, measure_in
from .story import Add, Figure, Run, judge_figures, key_figures

DEAL_PRICE = "deal"  # the key a deal's price is filed under (story.Key's happening)

_S = r"[ \u00a0]+"
# singular: "deals worth about $2.5 billion" are many deals, none of them this one. Not
# an offer or a bid: rival bidders' offers ("the Angels offered $160 million", "the
# Nationals' $180 million bid") are no one deal's price.
_NOUN = r"(?:acquisition|takeover|buy-?out|purchase|deal|merger|sale)"
# "a $13 billion acquisition", "an $8bn all-cash takeover", "a $2 billion-plus deal"
_NOUN_AFTER = re.compile(
    rf"^(?:-plus)?(?:[ \u00a0-]+(?:all-cash|cash|stock|cash-and-stock|hostile|proposed|"
    rf"planned|agreed|friendly))?[ \u00a0-]+{_NOUN}\b",
    re.IGNORECASE,
)
# words a price may open with that the money family leaves out of the sum
_HEDGE = rf"(?:(?:about|around|roughly|some|nearly|almost|approximately|up{_S}to|more{_S}than|"
_HEDGE += rf"less{_S}than|just{_S}(?:over|under)|an{_S}estimated){_S})?"
# "will pay about $13 billion"
_PAY_BEFORE = re.compile(rf"\b(?:pay|pays|paid|paying){_S}{_HEDGE}$", re.IGNORECASE)
# "will buy the outsourcing company for $13.9 billion", "the sale … for $2 million"
_FOR_BEFORE = re.compile(
    rf"\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|sell|sells|sold|selling|"
    rf"take{_S}over|takes{_S}over|took{_S}over|{_NOUN})\b[^.;:!?]{{0,60}}?\bfor{_S}{_HEDGE}$",
    re.IGNORECASE,
)
# "a deal valued at $13 billion", "the takeover, worth about $8 billion", "the offer,
# which is believed to be worth …" (not "the deal would make the company worth …")
_VALUED_BEFORE = re.compile(
    rf"\b{_NOUN},?{_S}(?:(?:which|that){_S})?(?:(?:is|was|would{_S}be|will{_S}be|being)"
    rf"{_S})?(?:(?:believed|said|reported|expected|thought|estimated){_S}to{_S}be{_S})?"
    rf"(?:valued|worth|priced){_S}(?:at{_S})?{_HEDGE}$",
    re.IGNORECASE,
)
# another deal held up as a yardstick: "surpassing the $90 million deal they gave to
# Guerrero", "the largest since Oracle's $10 billion purchase", "more than the …"
_YARDSTICK = re.compile(
    r"\b(?:surpass\w*|exceed\w*|top(?:s|ped|ping)?|eclips\w*|beat(?:s|ing)?|than|since|"
    r"compared|record|dwarf\w*)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# "$24 to $26 a share", "$38 billion per year", "$2 billion-per-year"
_PER = re.compile(r"^(?:[ \u00a0-]+(?:a|an|per|each))[ \u00a0-]+(?:share|unit|year|annum)\b")


def is_price_of_a_deal(claim: Claim, f: Fact) -> bool:
    """Whether a sum is the price of a deal as its clause states it (see the
    module's docstring)."""
    if f.kind != "money":
        return False
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    before, after = text[max(0, s - 90) : s], text[e : e + 40]
    if _PER.match(after.lower()) or measure_in(claim, f).year or _YARDSTICK.search(before):
        return False
    return bool(
        _NOUN_AFTER.match(after)
        or _PAY_BEFORE.search(before)
        or _FOR_BEFORE.search(before)
        or _VALUED_BEFORE.search(before)
    )


_KEY = (DEAL_PRICE, "currency")


def _key(claim: Claim, f: Fact) -> tuple[str, str] | None:
    return _KEY if is_price_of_a_deal(claim, f) else None


def deal_prices(run: Run) -> dict[str, Figure]:
    """Per article, the one price of a deal it states in its lead."""
    figures = key_figures(run.claims, run.facts_by_claim, run.t.unmet_lead, _key)
    return {a: keys[_KEY] for a, keys in figures.items() if _KEY in keys}


def _owned_apart(x: Figure, y: Figure) -> bool:
    """Each clause names whose price it is, and not the same one ("Oracle's $7.4
    billion purchase" / "IBM's $5 billion acquisition"): two deals."""
    a, b = measure_in(x.claim, x.fact).owner, measure_in(y.claim, y.fact).owner
    return bool(a and b and a != b)


def prices_never_met(run: Run, add: Add) -> None:
    """Compare the deal prices of every two articles whose sentences never met.
    Two prices whose clauses name one party of the deal (``party``) are that
    party's deal, as an owner's figure is (judge/owned.py): compared however
    few sentences the two articles share."""
    prices = deal_prices(run)
    for a, b in itertools.combinations(sorted(prices), 2):
        x, y = prices[a], prices[b]
        if frozenset((x.claim.id, y.claim.id)) in run.compared or _owned_apart(x, y):
            continue
        names = (run.names[x.fact.article], run.names[y.fact.article])
        cmp: Comparison | None = compare_facts(x.fact, y.fact, *names)
        if cmp is not None:
            words = (around(x.claim, x.fact), around(y.claim, y.fact))
            what = "price of the deal (what the buyer pays)"
            owner = parties.shared(
                parties.of_price(x.claim, x.fact), parties.of_price(y.claim, y.fact)
            )
            judge_figures(run, add, what, (x, y), cmp, words, owner=owner)
