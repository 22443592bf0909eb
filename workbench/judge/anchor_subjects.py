"""Whether two sentences a rare word anchors tell of different people or
things (issue 11, recall; session 39, eng141).

A pair the aligner left apart and ``rare_anchor`` compares shares few words;
on real copy and authored development most such pairs that flagged wrongly
were one kind of happening told of two subjects: "Caldera … reported revenue
of £310m" / "Veldhoven … reported revenue of 2.9 billion euros", "Pierre
Thomas was placed on IR Wednesday" / "placed … Chris Ivory on IR", a chief
executive "since 2021" / an executive director "since 2022". An aligned pair
earns its subject from its many shared words; a pair anchored by one rare word
does not, so its sentences must not each name someone the other never names —
the first word counted too when it may be a name ("Caldera, founded …").
"""

from __future__ import annotations

from ..facts.whose import _name_words, named_in


def told_of_others(text_a: str, text_b: str) -> bool:
    """Each sentence names someone or something (its first word included) that
    the other sentence never names."""
    own_a = [w for w in _name_words(text_a) if not named_in((w,), text_b)]
    own_b = [w for w in _name_words(text_b) if not named_in((w,), text_a)]
    return bool(own_a) and bool(own_b)
