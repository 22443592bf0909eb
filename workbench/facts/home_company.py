"""A company's nationality is not where a story is told from (issue 11, session 39;
user trial 45, P5).

"Advanced Micro Devices announced its intention to buy the Canadian graphics
chip-maker for $5.4 billion" opens a US business story: the adjective says where
ATI is from, not where the story is told from, and read as the story's home it
made the deal's "$5.4 billion" a Canadian dollar sum ("C$ in a story from
Canada"), set against every other report's US$5.4 billion as "one of the
currencies is wrong". The same holds for a place glued to "-based" ("the
Sydney-based miner", "Markham, Ont-based ATI") and for a place's name used as a
company's adjective ("a Hong Kong developer", "New Zealand dairy giant").

:func:`without_companies` blanks such words before :func:`.home.home_of` reads
the places an opening names. A nationality of people or of the state ("Canadian
officials", "the Australian government", "Canadian police") still names a home:
only a noun of a business after at most three lower-case words is a company.
A dateline is read as written.
"""

from __future__ import annotations

import re

# the adjectives and names of the dollar countries of :data:`.home._NAMES` a
# company is described by (a country without a dollar of its own is left alone)
_NATION = r"Australian|Canadian|New Zealand|Hong Kong|Singapore(?:an)?"
# nouns of a business, as copy describes one ("chip-maker", "graphics chips maker")
_BUSINESS = (
    r"company|companies|firm|firms|group|conglomerate|corporation|multinational|business"
    r"|[a-z]*-?makers?|manufacturers?|producers?|miners?|explorers?|refiners?|brewers?"
    r"|banks?|lenders?|insurers?|airlines?|carriers?|retailers?|developers?|builders?"
    r"|giants?|rivals?|subsidiary|subsidiaries|units?|operators?|brands?|start-?ups?"
    r"|suppliers?|exporters?|importers?|telcos?|broadcasters?|publishers?|investors?"
    r"|funds?|utility|utilities|shippers?|contractors?|chains?|outfits?|specialists?"
    r"|vendors?|providers?|distributors?|owners?|bidders?|acquirers?|parents?"
    r"|specialist|holdings?|dealers?|chipmakers?|automakers?|carmakers?|tech"
)
_COMPANY = re.compile(
    r"(?<![\w.])(?:" + _NATION + r")(?=(?:\s+[a-z][\w-]*){0,3}?\s+(?:" + _BUSINESS + r")\b)"
)
# "Canada-based", "Sydney-headquartered", "Markham, Ont-based", "Ont.-based"
_BASED = re.compile(r"(?:[A-Z][\w.]*,\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:based|headquartered)\b")


def without_companies(text: str, dollar_place: re.Pattern[str]) -> str:
    """``text`` with the words that tell only a company's nationality blanked
    (same length, so offsets still hold); a place before "-based" only when
    ``dollar_place`` finds a dollar country's name in it."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group()) if dollar_place.search(m.group()) else m.group()

    text = _BASED.sub(blank, text)
    return _COMPANY.sub(lambda m: " " * len(m.group()), text)
