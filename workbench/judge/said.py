"""The judge's rows on who said what and how it was quoted: a claim credited
to two people, a quotation worded or credited differently, a scare quote
(rows of ``rules.RULES``, in this order, after the value rows)."""

from __future__ import annotations

from ..facts.quote.stock import stock_phrase
from . import notes
from .both_credited import given_to_both
from .family_helpers import speakers_differ
from .joint_credit import credited_jointly
from .misspelled import misspelled_speaker
from .stages import ATTRIBUTION, QUOTE, QUOTE_SPEAKER, Outcome, Rule

SAID_ROWS: tuple[Rule, ...] = (
    Rule(
        "quote_in_claim",
        ATTRIBUTION,
        lambda c: any(f.kind == "quote" for f in c.facts),
        Outcome.SKIP,
        "a claim holding a quotation is attributed through the quote it shares",
        "tests/test_judge_rules.py::test_rule_decides_its_case[quote_in_claim]; "
        "tests/test_seeds.py::test_same_speaker_under_different_names_is_not_flagged",
    ),
    Rule(
        "claim_credited_differently",
        ATTRIBUTION,
        notes.credited_differently,
        Outcome.CONFLICT,
        "'X said …' vs 'Y said …' in aligned claims: the statement both credit (the words "
        "after the speech verb, or before an attribution at the end) is one, and the named "
        "people credited with it share no one; a descriptor, an institution or an outlet "
        "is never one of them, and one person whose name one side misspells is one person "
        "(the spelling rows flag the name)",
        "tests/test_judge_rules.py::test_rule_decides_its_case[claim_credited_differently]; "
        "tests/test_s22_reported_speech.py; ECB+ development half (18_ecbplus: the sheriff "
        "and the undersheriff); tests/test_s27_misspelled_speaker.py",
    ),
    Rule(
        "claim_credited_to_fewer",
        ATTRIBUTION,
        notes.credited_to_fewer,
        Outcome.SKIP,
        "one statement credited to 'Woodward and Bernstein' in one article and to "
        "'Woodward' alone in another: naming one of the people who said it does not "
        "contradict naming both — no flag (session 22: asked as a question, judged wrong by "
        "a fresh reader, J22d)",
        "tests/test_judge_rules.py::test_rule_decides_its_case[claim_credited_to_fewer]; "
        "tests/test_s22_reported_speech.py; ECB+ test half (28_ecbplus, judged)",
    ),
    Rule(
        "scare_quotes",
        QUOTE,
        lambda c: not c.reported and (notes.scare_quoted(c.qa) or notes.scare_quoted(c.qb)),
        Outcome.SKIP,
        "a word or three in quotation marks in sentences that credit nobody (no "
        "'said', 'told', …) is a name or a scare quote (the “next generation” MacBook "
        "Pro), not a statement whose wording can be cut or altered",
        "tests/test_judge_rules.py::test_rule_decides_its_case[scare_quotes]; "
        "ECB+ development half in benchmarks/realcopy_data (a product name judged noise)",
    ),
    Rule(
        "quote_wording",
        QUOTE,
        lambda c: c.diff is not None,
        Outcome.KEEP,
        "a quotation matched across articles but worded differently (truncated, "
        "altered): the quote module gives the verdict",
        "tests/test_judge_rules.py::test_rule_decides_its_case[quote_wording]; "
        "tests/test_seeds.py::test_truncated_quote",
    ),
    Rule(
        "quote_speaker_misspelled",
        QUOTE_SPEAKER,
        lambda c: (
            speakers_differ(c.qa.mention.speaker, c.qb.mention.speaker)
            and misspelled_speaker(c.qa.mention.speaker, c.qb.mention.speaker)
            and c.surname_a_word
        ),
        Outcome.CONFLICT,
        "the same quotation credited to one person whose surname one side misspells "
        "('Jonathan Pryce' / 'Jonathan Price'): no misattribution but a name to correct, "
        "flagged as the spelling it is where the spelling rows pass over the name (a "
        "surname the articles also write as a word, 'price'); elsewhere the spelling rows "
        "flag it and the quote adds nothing",
        "tests/test_judge_rules.py::test_rule_decides_its_case[quote_speaker_misspelled]; "
        "tests/test_s28_quote_credited.py::test_a_misspelled_speaker_is_a_spelling_to_correct",
        explain=notes.speaker_misspelled,
    ),
    Rule(
        "quote_credited_differently",
        QUOTE_SPEAKER,
        lambda c: (
            speakers_differ(c.qa.mention.speaker, c.qb.mention.speaker)
            and not misspelled_speaker(c.qa.mention.speaker, c.qb.mention.speaker)
            and not credited_jointly(c.qa, c.qb, c.texts)
            and not stock_phrase(c.qa.mention.tokens, c.qb.mention.tokens)
            and not given_to_both(c.qa, c.qb, c.everywhere or c.texts)
        ),
        Outcome.CONFLICT,
        "the same quotation credited to two different people (or organisations that "
        "share nothing) is an attribution conflict; one person whose name one side "
        "misspells is one person (the spelling rows flag the name); a sentence that "
        "names the other source's speaker beside its own ('…, Moore said, and Mayor Park "
        "agreed') tells two people making one point (joint_credit.py), as does a source "
        "that gives the words to both (both_credited.py: both quoted in one article, or one "
        "in its own words), and a short formula two officials each say ('no evidence of a "
        "wider network', 'our thoughts are with the families': facts/quote/stock.py)",
        "tests/test_judge_rules.py::test_rule_decides_its_case[quote_credited_differently]; "
        "tests/pairs/03_mayoral_election; "
        "tests/test_s28_quote_credited.py::test_a_quote_credited_to_another_person_is_a_conflict; "
        "tests/test_s32_quotes.py::test_two_people_making_one_point_is_no_misattribution; "
        "tests/test_s33_quotes.py",
    ),
)
