"""Letters a plain alphabet lacks, as desks write them in ASCII.

A wire writes "Kjaergaard" and "Nordso" where a Danish paper writes
"Kjærgaard" and "Nordsø"; a German desk "Juergen" for "Jürgen"; an English one
"Lodz" for "Łódź". Two foldings, because desks do both: letters *written out*
("ø" -> "oe", "å" -> "aa", "ü" -> "ue") and letters *left plain* ("ø" -> "o",
"å" -> "a", accents stripped). Unicode decomposition alone strips accents but
keeps "ø", "æ", "ł", "ð" and "þ", which have none to strip.
"""

from __future__ import annotations

import unicodedata


def _both_cases(table: dict[str, str]) -> dict[int, str]:
    both = dict(table)
    both.update(
        {
            k.upper(): v.capitalize()
            for k, v in table.items()
            if len(k.upper()) == 1 and k.upper() != k
        }
    )
    return str.maketrans(both)


_WRITTEN_OUT = _both_cases(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa", "œ": "oe"}
)
_PLAIN = _both_cases(
    {"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "ı": "i"}
)


def written_out(word: str) -> str:
    """The word in lower case with its foreign letters written out ("Sørensen" -> "soerensen")."""
    return word.lower().translate(_WRITTEN_OUT)


def unaccented(word: str) -> str:
    """The word, case kept, with accents stripped and letters that have none
    left plain ("Sørensen" -> "Sorensen", "Łódź" -> "Lodz")."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
