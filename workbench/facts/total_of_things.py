"""A value told of several things together (issue 11, session 41): "Police put
the total value of the drugs seized at more than 10 million marks" against
"cocaine with an estimated street value of 9.2 million marks" (opened
police_raids event: readers judged the conflict "different scope"). Read as
the scope "total" (period.py) and a sum of parts (parts/sums.py), so
judge/parts.part_of_a_sum keeps one thing's value from it. Several things
only: "the total value of the deal" is the deal's value.
"""

# "the total value of the drugs seized", "the combined worth of its stakes"
_NOT_A_NOUN = r"(?!(?:is|was|has|does|goes)\b)"
TOTAL_OF_THINGS = (
    r"(?:(?:a|the)[ \u00a0]+(?:total|combined|overall)[ \u00a0]+(?:value|worth|cost)"
    r"[ \u00a0]+of[ \u00a0]+(?:the|all|its|their)[ \u00a0]+(?:"
    + _NOT_A_NOUN
    + r"[a-z]+[ \u00a0]+)?"
    + _NOT_A_NOUN
    + r"[a-z]{2,}s)\b"
)
