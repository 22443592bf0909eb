"""Authored-clusters section: events written with an answer key by reporters
who never saw the code, judged by fresh readers (held-out events and, from
session 23, development events open for detail; counts from
``benchmarks.authored``, protocol in ``benchmarks/authored_data/PROTOCOL.md``)."""

from __future__ import annotations

import sys

from benchmarks.accuracy import Row
from benchmarks.authored import measure

SECTION = "Authored clusters (answer key by a reporter who never saw the code)"
TARGETS = {"conflict": 0.90, "consistent": 0.90, "unresolved": 0.90}
NOTES = [
    "Four events, six articles each from invented outlets, wire copy shared by two of them,",
    "publication dates a day or a week apart, each written with an answer key by a helper",
    "briefed as a reporter who never saw the code (session 22): a train derailment and an",
    "acquisition (26 planted discrepancies, 2 unclear items, 44 traps: the same fact told in",
    "other units, words or days), then a trial and a storm abroad (27 discrepancies, 2 unclear,",
    "42 traps), the second pair written while the session's engine changes were being made and",
    "scored only on the engine at the start and at the end of the session. Every flag was judged",
    "by a fresh reader against the articles and the key. Held out like test2 and test3: totals",
    "only. Session 22, start -> end, trial and storm (blind): flags 122 -> 113, conflict 0.63",
    "(n 63) -> 0.64 (n 59), consistent 0.73 -> 0.69, unresolved 0.00 (n 15) both, key recall",
    "18/29 -> 17/29, traps called a conflict 8/42 both; with the files' bare headers read as",
    "text as before, the end engine gives exactly the start's figures: none of the session's",
    "engine changes touched these two events, and reading 'title: ...' lines as the header took",
    "the headlines (and one item found only there) out of the comparison. Derailment and",
    "acquisition (their flags read by the lead in the readers' summaries): flags 148 -> 135,",
    "conflict 0.91 -> 0.89, consistent 0.93 -> 0.95, unresolved 0.37 -> 0.23, recall 17/28 ->",
    "18/28, traps called a conflict 1/44 -> 3/44. Hand-written copy flatters less than hoped:",
    "scope traps (one country's toll against both countries') give most false conflicts.",
    "",
    "Session 23: four more events by two more reporters who never saw the code. Ferry (a",
    "ferry capsized off a Greek island) and breach (a retailer fined in two countries) are",
    "open for development (`--set development --detail`); ecuador_quake and carmaker_cuts",
    "are held out. Every flag of the session-start engine and every new flag of the end",
    "engine was judged by fresh readers (J23a-d, J23f-g). Blind, ecuador_quake and",
    "carmaker_cuts, start -> end: flags 186 -> 198, conflict 0.45 (n 64) -> 0.51 (n 76),",
    "consistent 0.78 -> 0.85, unresolved 0.06 (n 16) -> 0.04 (n 24; borderline as right",
    "0.31 -> 0.42), key recall 17/29 -> 21/29, traps called a conflict 13/45 both.",
    "Development, ferry and breach (their classes were worked on this session): conflict",
    "0.56 (n 54) -> 0.75 (n 48), consistent 0.93 -> 0.99, unresolved 0.00 (n 18 -> 30;",
    "borderline as right 0.78 -> 0.67), key recall 14/26 -> 16/26, traps called a conflict",
    "12/35 -> 10/35. Readers' remaining causes: different measures in one sentence (net vs",
    "operating profit, last year's vs this year's), a past event's toll against this one's,",
    "running totals with their times asked about although the text settles them, and most",
    "quotes, names and ages never compared.",
    "",
    "Session 24 (eng66, different measures in one sentence). Rule: two figures are one",
    "measure unless their clauses say they measure different things; what counts as saying",
    "so: a sum the clause adds up ('a combined total of', 'totalling', 'together') against a",
    "figure no larger that names no sum (a part; a running total 'so far' stays a question);",
    "a group named within a count ('including four crew members', 'were among the injured')",
    "against the count or another part of it (a share 'five of them crew members' or a count",
    "of the same noun still compares); two accounts (revenue / profit; net / operating",
    "profit; sales = revenue = turnover, earnings = income = profit) while one account named",
    "more or less precisely ('net profit' / 'profit') still compares; last year's figure",
    "against this year's ('last year' only beside the figure); a market move at the close",
    "against one during the day ('closed down 4.2%' / 'down 5.3% at 1400 GMT', a move naming",
    "none taking its sentence's moment); a length set off after a clause ('discovered … , 49",
    "days later,') against another interval ('made public a week later'). Development,",
    "ferry and breach: flags 187 -> 174, conflict 0.75 (n 48) -> 0.84 (n 43), unresolved",
    "n 30 -> 22 (borderline as right 0.67 -> 0.91), traps called a conflict 10/35 -> 6/35,",
    "key recall 16/26 both, no new flag. Held out: flags 445 -> 444, conflict 0.64 (n 170 ->",
    "169), others unchanged. Real copy (all halves), labelled pairs and golden: unchanged.",
    "Merged at session 25 on top of session 24's other engine work (development then 200",
    "flags): 200 -> 189, conflict 0.85 (n 68) -> 0.89 (n 65), unresolved n 12 -> 4 (borderline",
    "as right 0.17 -> 0.50), traps called a conflict 9/35 -> 7/35, key recall 22/26 both, no",
    "new flag; held out, real copy (six halves) and golden unchanged.",
    "",
    "Session 26 (quote33, quotations). Two versions that open alike and both go on in the",
    "sentence with other words are no cut: a conflict when the continuations differ by a",
    "negation, a direction or comparison turned, or a figure (both shown), else a question;",
    "two wire copies in two house styles ('metres' / 'meters', 'per cent' / 'percent') are one",
    "version of a quote finding, and their two flags against a third source one finding.",
    "Development, real copy (six halves) and golden: unchanged. Held out: flags 442 both,",
    "conflict 168 -> 170, unresolved 60 -> 58, 2 flags unjudged (verdicts changed), key recall",
    "58/86 -> 57/86 until they are judged (58/86 with the divergence rule left out: an item a",
    "question found is now shown by a new conflict), traps called a conflict 24/131 both.",
    "",
    "Session 27 (eng78, traps called a conflict). The development sets' wrong conflicts and",
    "traps called a conflict, by what made two figures look alike: one place's figure against",
    "a whole (5: a breakdown's '6.1 million in Britain' against '9.4 million records', '130",
    "stores in the Netherlands and Belgium' against '520 stores, most of them in Britain'),",
    "a date counted from the wrong day (2, left to the date rules), two listings of one share",
    "('London-listed … 5.3%' against '3.9% in Amsterdam', 1), and in real copy one each: two",
    "models' ceilings, two stages of a career or a case dated apart, a sourced estimate",
    "against the announced price, a fraction lost in the text ('41/2 months'). Fixed: a place",
    "before the figure naming a listing or an arm ('London-listed', 'the Amsterdam line') is",
    "its place; a place's part of a breakdown, or a place's figure against a whole spread",
    "over other places, is not shown as a conflict (a VALUE row that keeps the figures'",
    "partners: as a pairing or CANDIDATE row the freed figures met worse partners on the",
    "held totals, conflicts 168 -> 172, two of them judged wrong). Development: conflict",
    "0.89 (n 65) -> 0.95 (n 61), traps called a conflict 7/35 -> 3/35, others unchanged, no",
    "new flag; held out, real copy (six halves) and golden unchanged. Probed further with the",
    "helper's own cases of the same classes: a place naming an owner's business or sales ('the",
    "group's US business grew 8%') is its place, and a count at home or abroad ('on its",
    "domestic routes', 'abroad', 'from overseas') against one naming neither is a question",
    "naming both scopes; neither changed any benchmark set. Left: a past happening's toll",
    "dated in its own words ('flooding last year killed 40') read as background also took the",
    "breach's '… over a cyber attack last year' lead, dating the fine 'on Tuesday' as",
    "background (two right agreements lost): not merged.",
    "",
    "Session 28: new held-out events. The six held-out events had steered five sessions",
    "through their totals, so they were opened for development (eight development events in",
    "all) and six reporters who never saw the code wrote six new events (a wildfire, a mine",
    "rescue, a drug recall, an emergency landing, an election count, a stadium crush: 81",
    "planted discrepancies, 136 traps, 12 unclear items). Six fresh readers (R28a-f) judged",
    "every flag of the session-start engine (b0e7811) against the articles and the keys:",
    "446 flags, conflict precision 0.53 (n 132; 0.66 on the first three events), consistent",
    "0.86, unresolved 0.07 (n 57), key recall 47/93, traps called a conflict 20/136 - the",
    "level the old held-out set showed (0.67) and lower: precision on copy nobody tuned on",
    "is still the weakest figure. The readers' causes: running totals stamped at different",
    "times called conflicts, figures bound to the wrong thing in long sentences, quotes and",
    "speakers never compared, a bare '$' read as US dollars in a Canadian story, accents in",
    "a name read as two people.",
    "Session 28's engine changes (eng79: a place's count against a whole containing it,",
    "running counts and states at two moments; eng80: a figure bound to its own clause's",
    "account and subject, a change's base, background events' figures, umlauts written out;",
    "align36: a weekday written with a date it does not fall on, a length against two days,",
    "a parenthesised conversion that disagrees; quote34: a cut whose dropped words govern the",
    "kept ones is a conflict, a quote credited to someone else found through contractions,",
    "light rewording and 'he'/'she') were made on the development events only. Every new or",
    "changed flag was judged by fresh readers (R28g-l). Development, start -> end: conflict",
    "0.74 (n 229) -> 0.93 (n 208), consistent 0.91 both, unresolved 0.14 -> 0.20, key recall",
    "80/112 -> 88/112, traps called a conflict 27/166 -> 7/166. Held out, start -> end:",
    "conflict 0.53 (n 132) -> 0.58 (n 149), consistent 0.86 -> 0.85, unresolved 0.07 ->",
    "0.08, key recall 47/93 -> 50/93, traps called a conflict 20/136 both. The gap between",
    "the two (0.93 against 0.58) is the measure of how much of the development gain is",
    "particular to the events worked on: the held-out readers' causes are the same classes",
    "in other wordings (a toll stamped 'as of Sunday morning' / 'has risen'; a gate's width",
    "against a tunnel's in one sentence; an explanation's day from the wrong time zone).",
    "",
    "Session 29: four new development events. Four reporters who never saw the code",
    "(author47a-d) wrote a chemical plant explosion in Ontario, a cyclone in Queensland, a",
    "fire in a Hong Kong tower block and a footbridge collapse in Gujarat (53 planted",
    "discrepancies, 91 traps, 6 unclear items), open for development from the start so the",
    "session's engineers had copy nobody had tuned on. Fresh readers (R29a-d) judged every",
    "flag of the session-start engine (45aebef): 317 flags, conflict 0.53 (n 101),",
    "consistent 0.85, unresolved 0.23, key recall 37/59, traps called a conflict 13/91 - the",
    "held-out level again. Their causes: clocks in stated zones never put in one zone (HKT /",
    "GMT / ET, AEST), a bare '$' in Canadian and Australian copy read as US dollars, two",
    "measures of one kind in one sentence (a gust and a sustained wind, a payment to the dead",
    "and to the injured, a No 3 and a No 4 alarm), running counts stamped at different times,",
    "a weekday with its date in parentheses. Merged: eng82 (where a story is told from - its",
    "dateline or the one place its opening names - gives a bare '$' its dollar and a clock its",
    "zone with summer time on the day; clocks in two zones compared as instants, both readings",
    "named; two measures of one kind told in one sentence kept apart), eng81 (the moment a",
    "running figure is given: a date in parentheses after a weekday, a clock after a state, a",
    "report's own date when nothing else stamps it), eng84 (a weekday and its bracketed date",
    "one mention; a share set off by dashes; two conversions of one sum into one currency that",
    "differ), eng83 (a verb in -ate and its noun in -ation; lengths twenty-fold apart; a",
    "country's company is no place; swapped breakdowns by place), align37 (two reports'",
    "opening sentences stating a value of one kind aligned), and the lead's guard on homes",
    "(an opening naming the US beside another country, or 'Darwin' the kernel, is no home -",
    "seven MEANTIME dollars had been read as Canadian, Hong Kong or Australian; a bare '$'",
    "in a report naming no country meets another report's local or named dollar of the same",
    "sum as that dollar). Every new or changed flag was judged by fresh readers (R29e-m). The",
    "four new events, start -> end: flags 317 -> 314, conflict 0.53 (n 101) -> 0.68 (n 88),",
    "consistent 0.85 -> 0.88, unresolved 0.23 -> 0.26, key recall 37/59 -> 39/59, traps",
    "called a conflict 13/91 -> 6/91. The eight older development events: conflict 0.93",
    "(n 208) -> 0.94 (n 222), key",
    "recall 88/112 -> 91/112, traps 7/166 both. Held out (six events, totals only): flags",
    "453 -> 454, conflict 0.58 (n 149) -> 0.62 (n 143), consistent 0.85 both, unresolved",
    "0.08 both, key recall 50/93 both, traps called a conflict 20/136 -> 19/136.",
    "",
    "Session 30: two new held-out events. Two reporters who never saw the code (author48a-b)",
    "wrote a central bank's rate cut (inflation, a vote split, markets in several currencies)",
    "and a piste avalanche in Valais told from four countries (28 planted discrepancies, 46",
    "traps, 4 unclear). Fresh readers (R30a-b) judged all 187 flags of the session-start engine",
    "(f6e1158): conflict 19 right of 43, unresolved 1 of 27, key recall 14 of 28 discrepancies.",
    "Held-out set, now eight events, at the start: 641 flags, conflict 0.58 (n 186), consistent",
    "0.86, unresolved 0.06, key recall 65/125, traps called a conflict 24/182. Merged: eng85",
    "(what a figure measures read in more places - a population, a workforce, a crowd present,",
    "thrown/rescued/treated, a limit, a conversion in brackets; two ages of a man and a woman;",
    "`days_of_two_happenings`: the only dates of two claims with no word in common are no",
    "question), eng86 (a faithfully shortened quote is consistent; rates the texts state",
    "followed through a third currency; the same digits in two currencies a stated rate keeps",
    "apart are a conflict; 'one in seven'; a floor an earlier report gave that a later count",
    "passed is an update), eng87 (`lone_of_its_kind_conflict`: two differing values of one unit,",
    "each its sentence's only one, kept; a 'built' stage for dates), and the lead's guard that",
    "two conversions of one sum are never checked by their own rates (a planted wrong",
    "conversion had come out consistent that way). Every new or changed flag was judged by",
    "fresh readers (R30c-i). Development (12 events) start -> end: flags 937 -> 915, conflict",
    "0.86 (n 310) -> 0.89 (n 308), consistent 0.90 both, unresolved 0.22 (n 95) -> 0.46 (n 46),",
    "key recall 130/171 -> 135/171, traps 13/257 both. Held out (eight events, totals only):",
    "flags 641 both, conflict 0.58 (n 186) -> 0.57 (n 192), consistent 0.86 -> 0.85,",
    "unresolved 0.06 -> 0.10, key recall 65/125 -> 66/125, traps 24/182 -> 25/182 - the",
    "development gains did not carry to copy nobody tuned on.",
]


def run(quick: bool = False) -> list[Row]:
    if quick:
        return []
    rows = _rows(measure("held"), "authored", "held out")
    return rows + _rows(measure("development"), "authored_dev", "development, open")


def _rows(t: dict, key: str, kind: str) -> list[Row]:
    if not t["events"]:
        return []
    dataset = f"authored clusters ({t['events']} events, 6 articles each; {kind})"
    rows = [
        Row(
            SECTION,
            f"{key}.flags_per_pair",
            dataset,
            "flags per article pair",
            t["flags"] / max(1, t["pairs"]),
            t["pairs"],
        ),
    ]
    if t["unjudged"]:
        print(f"{key}: precision not scored, {t['unjudged']} flags unjudged", file=sys.stderr)
    for v, n in t["verdicts"].items():
        if not n or t["unjudged"]:
            continue
        right, border = t["by"][(v, "right")], t["by"][(v, "borderline")]
        rows.append(
            Row(
                SECTION,
                f"{key}.{v}_precision",
                dataset,
                f"precision of {v} flags (borderline counted wrong)",
                right / n,
                n,
                "judged by fresh readers",
                TARGETS[v],
                note=f"borderline as right: {(right + border) / n:.2f}",
            )
        )
    if t["items"]:
        rows.append(
            Row(
                SECTION,
                f"{key}.key_recall",
                dataset,
                "key recall (planted discrepancies and unclear items shown)",
                t["found"] / t["items"],
                t["items"],
                note=f"{t['found']} of {t['items']}",
            )
        )
    if t["traps"]:
        rows.append(
            Row(
                SECTION,
                f"{key}.trap_alarms",
                dataset,
                "traps called a conflict",
                t["alarms"] / t["traps"],
                t["traps"],
                at_most=True,
                note=f"{t['alarms']} of {t['traps']}",
            )
        )
    return rows
