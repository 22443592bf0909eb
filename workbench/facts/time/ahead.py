"""The cues of a clause that looks ahead ("will", "is expected to", "is set for",
"threatened to", "has called a strike for"): read by :mod:`.tense`."""

from __future__ import annotations

FUTURE = (
    r"will|won't|wo|'ll|’ll|shall|going\s+to|gonna|(?:is|are|was|were)(?:n['’]t|\s+not)?\s+due"
    # "due to arrive", not the cause "due to a damaged cable" (session 23)
    r"|due\s+to(?!\s+(?:a|an|the|its|his|her|their|this|that|these|those)\b)"
    r"|(?:is|are|was|were)(?:n['’]t|\s+not)?\s+(?:expected|set|scheduled|slated|poised|(?:un)?likely|planned|"
    r"planning|hoping|preparing|about)\s+to|expects?\s+to|expected\s+to|set\s+to"
    r"|scheduled\s+(?:to|for)|slated\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to"
    r"|aims?\s+to|hopes?\s+to|would|should|might|could|must|upcoming|forthcoming|tomorrow"
    r"|(?:agreement|agreed|deal|offer|bid|proposal|supposed|obliged|ready|promised?)\s+to"
    r"|next(?!\s+(?:to|door)\b)|(?:is|are)\s+to|(?:is|are)(?:n['’]t|\s+not)?\s+(?:now\s+|widely\s+)?expected"
    r"|(?:is|are)\s+(?:now\s+)?(?:set|planned|slated|scheduled|targeted|timed|pencil+ed\s+in)\s+for"
    # a forecast for a day ("rain is forecast for Tuesday", "snow is predicted on Friday")
    r"|(?:is|are)\s+(?:forecast|predicted)\s+(?:for|on)"
    # a threat or vow of what is to come ("the union threatened to strike Monday")
    r"|(?:threat|vow|pledg)(?:en|ens|ened|s|ed|es|e)?\s+to"
    # a happening called or set for a day ("has called a general strike for Monday",
    # "set a vote for Thursday"): not "called for calm"
    r"|(?:called|set|scheduled|planned|announced)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strike|rally|protest|vote|ballot|election|referendum|meeting|summit|hearing|march"
    r"|walkout|deadline|session|debate|conference)\s+for(?=\s+(?-i:[A-Z]|\d))"
    # a forecast of a happening ("the storm is forecast to hit the coast late Thursday")
    r"|(?:is|are|was|were)(?:n['’]t|\s+not)?\s+(?:forecast|predicted|projected)\s+to"
    # "the strike is called for 6 a.m. Tuesday", "a news conference has been called for
    # Friday" (not "he called for calm"); "officials plan a news conference at 2 p.m."
    r"|(?:is|are|been)\s+called\s+for(?=\s+(?:\d|noon|midnight|(?-i:[A-Z])))|plans?\s+an?\b"
    r"|to\s+be\s+(?:held|released|launched|delivered|completed|opened"
    r"|announced|published|built|finished|introduced|unveiled|shown|sold)|to\s+take\s+place"
)
