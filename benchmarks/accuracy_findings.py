"""Findings section: items an editor reviews, groups judged by fresh readers,
and copy detection on articles written by colleagues who had not seen the code.

Counts come from ``benchmarks.findings`` (protocol in
``benchmarks/findings_data/PROTOCOL.md``).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from benchmarks.accuracy import ROOT, Row

SECTION = "From pairs to findings (ECB+ events, fresh readers; copy detection)"
NOTES = [
    "Items: pair-level discrepancies against findings (one compared thing across all",
    "sources) on the first 5 and 14 readable articles of 12 ECB+ events (fixed hash order).",
    "Every discrepancy is in exactly one finding (checked on every run of the benchmark",
    "and in tests/test_findings.py). The reduction is bounded by the judge: most findings",
    "that stay apart compare different things (issue 11's false flags), and complete",
    "linkage keeps them apart rather than chaining a story's figures into one finding.",
    "",
    "Groups: readers G1 and G2 judged every claim group of 10 events (5 articles each)",
    "made from every alignment (purity 0.55 and 0.59); G3 (a stricter brief) judged the",
    "groups made with the group limit at accept + 0.15 (0.75). The limit was then raised",
    "to accept + 0.25 on those ten events, and ten other events (held out) were judged by",
    "two fresh readers, G4 and G5, independently: purity 0.91 and 0.93 (target 0.95).",
    "Splits stay far from the target: a quarter of the held-out groups have another",
    "group stating the same claim; about half of those are one source restating its lead",
    "later (one passage per source keeps the restatement apart by design), half are",
    "groups of different sources that the limit or complete linkage kept apart. Impure",
    "groups left: a detail that is background in one member (a conviction in a sentence",
    "about the sentencing), a different death in the same story, product rumours against",
    "the product. Groups of different sources whose members were all aligned with each",
    "other (at any alignment score) are then joined: designed after reading G4's list",
    "of splits, so not a held-out result; it joined 3 pairs of groups on G4/G5's events,",
    "each one the readers had marked as the same claim, and none on G1-G3's events.",
    "",
    "Today's groups (rows 'today's claim groups'): scored member by member against each",
    "reader's judgments, so a group joining two judged groups is pure only when the",
    "reader said they state the same claim, and a split is a group of today with another",
    "group of today that holds part of one judged claim or one the reader called the",
    "same claim. A source's restatement (headline and lead) joins the group as a further",
    "statement, never a second passage, only when every cross-source pair of the two",
    "sides was aligned and the two statements of the source read alike: on G4/G5's",
    "events one restatement joined and the split rate did not move (21% and 19%). The",
    "aligner pairs each sentence with one partner per article, so a source's second",
    "statement is rarely aligned with the other sources' first: the evidence for most",
    "restatements is missing, and sentence-embedding cosines did not separate them",
    "(splits 0.17-0.61, different claims of one story up to 0.85). Reader G6 judged",
    "the ten events exported then (--fresh): purity 0.967, split 13%. Session 9 exported",
    "the next ten (30_ecb, 43_ecbplus, 10_ecbplus, 35_ecbplus, 45_ecbplus, 33_ecbplus,",
    "02_ecb, 26_ecbplus, 11_ecb, 28_ecb; 108 groups) for fresh readers (G7, below).",
    "",
    "Merging groups that state one claim (session 9, workbench/findings/merge.py; opt-in,",
    "scored by --score --merge-limit X): every cross-source pair of members of two groups",
    "is scored (the aligner's score where it aligned them, else half the embedding cosine",
    "and half the lexical similarity), the weakest pair must reach the limit (complete",
    "linkage), and a member aligned with another sentence of the other group's source",
    "blocks it. A first version that let a source's statements become restatements lost",
    "purity at every limit without removing a split (G4 0.903 to 0.881 at 0.45 and 0.845",
    "at 0.35; G6 0.967 to 0.932 at 0.40 and 0.895 at 0.35). Groups of different sources",
    "only: at 0.30-0.35 one merge on G4/G5's events (split 22 to 21 and 20 to 19, the pair",
    "readers called one claim; two pure groups became one), none on G1-G3's, G6's or the ten new",
    "events. So it stays off. In an exploratory reading of G4-G6 (not in the harness),",
    "the 18 pairs of groups readers called one claim (13 sharing a source: one outlet",
    "restating) score 0.15-0.48 at their weakest cross pair, while among pairs called",
    "different claims with no contrary alignment 31 score 0.30 or more and 2 score 0.45",
    "or more: pairwise sentence scores do not separate the splits from different claims",
    "of the same story, so the 5% target is not reachable this way.",
    "",
    "Session 10: reader G7 judged session 9's ten events (108 groups): purity 0.907, split",
    "10%. Its ten impure groups, by cause: 5 sentences that merely mention one quoted",
    'name, title or phrase ("X-Men", "Australia", "All the President\'s Men", "Deep',
    'Throat", "Building Block"), which the aligner links at 0.9 whatever else they say; 4',
    "one sentence sharing a side detail with another at 0.67-0.69, just over the group",
    "limit (a contract figure, the June 1972 break-in, a victim's age, the acquisition);",
    "1 two copy pairs joined through weak alignments (accused vs convicted). A link that",
    "stands only on a quoted name or phrase (capitalised as a title, or under five words",
    "in lower case, on both sides) now groups its sentences only when their own wording",
    "reaches the aligner's accept (workbench/findings/evidence.py); a quoted statement",
    "('This place is bugged') still links them. On the 40 judged events it drops 26",
    "links: 16 in groups readers called impure, 7 in pure ones (nicknames: 'bagman',",
    "'the Oddfather'). Then an alignment below that quotation-link score whose two",
    "sentences share too few words (lexical similarity under 0.22) builds no group:",
    "shared values and meaning had lifted 'found guilty of slaying Zurana Horton, 34'",
    "and 'footage shown at the trial of two men charged with killing Zurana Horton, 34'",
    "over the group limit. The floor was chosen on G1-G7: 0.21 / 0.22 / 0.25 / 0.30",
    "remove 4 / 11 / 14 / 15 impure groups over G1-G7 for 8 / 14 / 22 / 60 pure ones (G7",
    "purity 0.939 / 0.958 / 0.978 / 0.976). Today's groups against each reader",
    "(--score), before session 10 -> quoted names -> wording floor: G7 purity 0.907 ->",
    "0.941 -> 0.958, split 12 -> 10 -> 8 (107 -> 101 -> 96 judged, 1 not judged each",
    "time); G4 0.903 -> 0.922 -> 0.948 (split 22, 22, 21); G5 0.922 -> 0.941 -> 0.959",
    "(20, 20, 19); G6 0.967 -> 0.967 -> 0.966 (8, 8, 6); G1 0.867 -> 0.929 -> 0.923;",
    "G2 0.929 -> 0.929 -> 0.974; G3 0.879 -> 0.895 -> 0.925. Groups whose members no",
    "judged group holds (not judged): G1-G7 5, 5, 9, 1, 1, 0, 1 before and 5, 4, 8, 3,",
    "3, 0, 1 after. Both rules were designed on these judgments, so none of these is a",
    "held-out result. Left on G7 (4 impure): a contract figure (Sabathia's), the June",
    '1972 break-in, "All the President\'s Men" (its wording scores 0.418, over accept',
    "0.40) and the join of two copy pairs (accused vs convicted). Its 8 splits: a",
    "headline group apart from the same sources' lead (2 events, 4 groups), the video",
    "shown at trial told by two sets of sources (2), and the join's conviction apart",
    "from the same sources' other statement of it (2). Tried and not kept: the quoted-",
    "name link rescored to its wording (G7 0.950, but G2 0.929 -> 0.905 and G3 0.895 ->",
    "0.877: a weak link no longer keeps a sentence from a wrong partner); a group limit",
    "of 0.70 (purity 0.96-0.98 on G4-G7 but 13 fewer groups on G7, 10 of them pure);",
    "groups whose members are neighbouring sentences in every source (readers called 5",
    "of 131 such pairs one claim); a headline group with its sources' lead group (7 of",
    "26 one claim). Splits stay over 5%: what is left is mostly a source stating one",
    "claim twice (headline and lead) and pairs of groups no sentence score separates.",
    "Session 10 exported the next ten unjudged events (--fresh; only four events of ten",
    "or more articles were left, so events of five or more are admitted): 09_ecb,",
    "44_ecb, 06_ecb, 04_ecbplus, 32_ecb, 03_ecb, 33_ecb, 07_ecb, 32_ecbplus, 16_ecbplus;",
    "61 groups at commit 33fb78f: the held-out check of both rules. Fresh reader G8",
    "judged them: purity 0.885 (7 of 61 groups hold another claim; G8 called a side",
    "mention of the shared fact another claim, stricter than earlier readers), split 28%",
    "(17 groups name another group stating the same claim). The rules chosen on G1-G7",
    "(G7 0.958) do not carry over: held-out purity is below the 0.95 target.",
    "",
    "Session 12: --score leaves out the test2 half as well (45_ecbplus and 26_ecbplus of",
    "G7's events, 09_ecb and 16_ecbplus of G8's): G7 is scored on 5 events (39 groups,",
    "purity 0.949, split 5%), G8 on 7 (40 groups, purity 0.875, split 35%). What the",
    "grouping had on the split groups (python -m benchmarks.findings --why-split): of the",
    "11 pairs of split groups on G4's events (10 on G5's), 7 (6) share a source (one",
    "outlet states the claim twice; no cross pair of the two groups was aligned), 2 are",
    "groups of other sources with no cross pair aligned and 2 have 2 or 3 of 4 cross",
    "pairs aligned, every one under the wording floor; G2's and G3's one split has 3 of 4",
    "aligned, G7's one shares a source; G8 (held out, totals only): 7 pairs, 4 sharing a",
    "source, 1 with no cross pair aligned, 2 with some. Tried and not kept: joining two",
    "groups of other sources when the aligner aligned more than half of their cross pairs",
    "of members (at any score, quoted-name links aside) and every member has a partner",
    "in the other group. On the judged events it joined the two 3-of-4 pairs, each one",
    "readers called one claim (split G2 2 -> 0, G3 2 -> 0, G4 19 -> 17, G5 17 -> 15;",
    "two pure groups made one: G3 purity 0.925 -> 0.923, G4 0.948 -> 0.947; no group",
    "left unjudged) and nothing on G6-G8's events; on the",
    "MEANTIME corpora of the golden fixtures it made 7 joins of sentences sharing a",
    "year, a deadline or an index name that report different things (by my reading, not",
    "a fresh reader's: deliveries to different buyers 'by 2011', a delivery delayed to",
    "October 2007 with a charity flight on October 25, Nasdaq falls of different days).",
    "Their aligned pairs score 0.41-0.73, mean embedding cosine 0.36-0.69 and lexical",
    "similarity 0.11-0.30, against 0.43-0.64, 0.53 and 0.71, 0.15-0.30 for the readers'",
    "two: a majority rests on the alignments the wording floor drops for sharing a value",
    "and little else. The opt-in merge at 0.30-0.35 still joins only 18_ecb's pair on",
    "G4/G5's events and nothing on MEANTIME. What is left has no aligned cross pair to",
    "go on (a source restating) or scores no sentence measure separates.",
    "",
    "Session 13 (issues 15/11): a sentence left without a partner in another article may",
    "take its best candidate there although that one has a partner (`align_partners.py`:",
    "the pair scores accept + 0.15 and the lone sentence adds three uncommon words the",
    "partner's own partner does not say), and two groups sharing a source join when that",
    "source told the claim in two neighbouring sentences another source's sentence was",
    "aligned with both (`groups._one_passage`). Split against the stored readers: G4 20% ->",
    "17%, G5 18% -> 14%, G8 35% -> 22%; impure groups never more for any reader; 17 groups",
    "became unjudged. So a fresh reader, G9, judged today's grouping itself on G4/G5's ten",
    "held-out events (99 groups, 5 articles each, commit 5d78820): purity 0.919 (8 groups",
    "hold another claim: 5 of them a source's second statement, 'again', that says",
    "something else), split 14% (14 groups, 10 pairs: one quote cut in two by the splitter,",
    "one fact told in other words). Both targets (purity 0.95, split 5%) are still missed.",
    "Real copy: the lone partner raised one new development flag, judged wrong (a",
    "shooting's time against an arraignment's); recall unchanged.",
    "",
    "Items on 5-article clusters (python -m benchmarks.findings --items --size 5, session",
    "10): 93 discrepancies in 57 findings (1.63x). By kind: date 16, quantity 14, number",
    "11, duration 7, money 3, quote 2, time 2, percent 1, set 1; by verdict: 31",
    "consistent, 14 conflict, 12 unresolved. 36 findings hold one discrepancy: 16 have",
    "one sentence outside the other's group, 14 compare two sentences in no claim group,",
    "6 sit in one group. 32 of the 93 discrepancies compare two values that no other",
    "discrepancy compares (isolated pairs): each is a finding unless findings hold",
    "different compared things, and 3x allows 31 findings in all, so 3x at five articles",
    "is out of reach by counting alone (at best 32 + 1 findings: 2.8x); dropping complete",
    "linkage altogether gives 51 (1.82x). Only 6 pairs of findings share a value of one",
    "article: two conflicts about different figures, an unresolved date beside agreeing",
    "ones, and one 'eight hours' battery life split by a hedge ('up to 8 hours').",
    "Joining findings that share a value and all agree was tried: 5 articles 57 -> 56,",
    "14 articles 249 -> 221, but at 14 it chained different things that each agree with",
    "a shared value ('fourth quarter' with 'Sunday', 352 with 507 yards through 'over",
    "350'), so it is not kept. At 14 articles 757 discrepancies make 249 findings (3.04x;",
    "isolated pairs 73). Session 9: the same two values compared in several pairs of",
    "articles make one finding (14 articles: 2.79x to 3.06x); one outlet's value compared",
    "with several others is one finding when the others agree with it but for at most one",
    "dissent, each article once (a star: 5 articles 73 to 68 findings, 14 articles 297 to",
    "285, as counted then).",
    "",
    "Copies: tests/fixtures/copies (8 events, 33 articles) and copies-heldout (6 events,",
    "27 articles) were written by two colleagues who had not seen the code, with the",
    "expected copy pairs and credits. The held-out set was scored once before changes",
    "(pairs 4 of 12 found, 1 false; credits 9 of 19, 1 false); both are development data",
    "now. copies-third (5 events, 25 articles, a third colleague) was scored once before",
    "changes: pairs 18 of 19 found, none false; credits 14 of 18, none false; two credit",
    "forms were then added (16 of 18; a caption credit and a related-links line are left",
    "on purpose). All three sets are development data now; a fourth would be held-out.",
    "",
    "Real copies: ECB+ keeps no credit lines, so near-verbatim copy is checked there. Of",
    "195 article pairs linked across all events, 24 (stratified by shared sentences) and",
    "16 unlinked pairs of the same events were read in full by two fresh readers: every",
    "linked pair was judged a copy (AP stories, Canadian Press versions, press releases",
    "pasted or rewritten); no unlinked pair was (one borderline: one clause from the same",
    "police release). Protocol: benchmarks/findings_data/PROTOCOL.md.",
    "",
    "Session 14: G9's impure groups were classed (five of eight a source's neighbouring",
    "'again' sentence joined through another source's long sentence that carries two",
    "claims) and two rules added (align14): neighbouring sentences join only when their own",
    "wording reaches the aligner's accept, and a quotation the sentence splitter cut in two",
    "is one passage. Scored against the stored judgments G9 purity 0.919 -> 0.958 and split",
    "14% -> 11%. A fresh reader, G10, then judged the 74 groups of the nine events no group",
    "reader had seen (five articles each): purity 0.919 and split 11% (targets 0.95 and",
    "5%); items at 14 articles 2.96x -> 2.93x fewer than pair flags (target 3x); at five",
    "articles 1.63x, and no grouping can reach 3x there (the fewest possible findings give",
    "1.81x).",
    "",
    "Session 15: G10's and G9's impure groups and splits were classed by cause (table in",
    "PROTOCOL.md) and four rules added (align15, workbench/findings/apart.py, groups.py):",
    "sentences naming different stages of a case (arrested, charged, convicted, sentenced)",
    "never share a group; one source's two different quoted statements are two claims; a",
    "sentence joining as a source's restatement must be aligned most strongly, in every",
    "other source, with a claim of the group; two groups join when every cross pair was",
    "aligned and half of those alignments are grouping evidence. Against the stored",
    "judgments (tuned on, not held out): G10 purity 0.919 -> 0.958, split 11% -> 6%; G9",
    "0.958 -> 0.968, split 11%; G4 0.944 -> 0.956, G5 0.956 -> 0.967; pair-level verdicts,",
    "golden and items unchanged (5 articles 1.63x, 14 articles 2.95x). A fresh reader, G11,",
    "then judged the 55 groups of ten events the rules were not tuned on (36_ecb, 10_ecb and",
    "eight of G1/G2's ecbplus events, five articles each): purity 0.909 (five impure, three",
    "of them a claim a member states only in brackets or a side clause) and split 5% (one",
    "claim, Luck's rookie passing record, in three groups). Purity stays under 0.95 on data",
    "not tuned on; side-clause members are the largest cause left.",
    "",
    "Session 16: a sentence joins a group only through its main claim (align17,",
    "workbench/findings/passing.py): what two sentences share must not sit only in a side",
    "part of one (brackets, dashes, a relative clause or apposition, 'after ...') while the",
    "other states it as its main claim. Against the stored judgments (designed on G1-G11's",
    "judged pairs, not held out): G11 purity 0.909 -> 0.963 (52/2/1 judged/impure/not",
    "judged), split 3 groups of 54 (6%); G3 0.925 -> 0.981; G10, G4, G5, G9 one pure group",
    "fewer each; G8 (held out, totals) 0.857 -> 0.853. Pair-level verdicts, real-copy totals",
    "and items unchanged. Items are now also counted against the pair flags of the release",
    "issue 15 was filed against (ff98523, which listed every discrepancy, consistent ones",
    "too): 5 articles 128 flags -> 50 findings (2.56x), 14 articles 1010 -> 219 (4.61x);",
    "against today's pair flags 1.64x and 2.98x.",
    "",
    "Session 17 (align18): a finding lists every group member that states a version's value",
    "(findings/fill.py: same value and kind, a shared content word near it, no other owner,",
    "the only fitting figure in its sentence) — a fresh editor saw 'mother of 12' in nine",
    "sources counted as two. A fresh reader (F17, benchmarks/findings_data/fill_F17.json)",
    "judged every source so added on all real-copy halves: 14 of 14 right. Versions of one",
    "finding share an owner (findings/owners.py: 'of India', 'in Egypt'); copies count as",
    "one source only when every two of them are copies (no chaining through a third), and",
    "a site hosting many outlets (blogspot, wordpress, substack ...) is not one newsroom.",
    "Grouping unchanged (G12 purity 0.923, split 10%); items at 14 articles 4.74x fewer than",
    "the release's pair flags (owners split 5 findings into 9), at 5 articles 2.78x.",
    "",
    "Session 18 (align21): findings that compared the very same figure of one source join",
    "(one measured thing split over groups: 'three decades' / 'more than 30 years', a",
    "standoff's two hours), each figure the only one of its kind in its sentence; versions",
    "and filled sources of two owners stay apart (findings/owners.measured_apart, read as the",
    "comparison reads owners). align22: findings of one measured thing spread over several",
    "claim groups join when both hold the same figures of two sources and no source states",
    "another value in each (fresh editor trial 24: a patch's release day in three findings,",
    "its monthly schedule in two); a sentence opening with a month or a year that says the",
    "thing happened also or again recalls another occasion and is never grouped with one",
    "that gives no such time (findings/occasions.py; 30_ecb). Grouping scores unchanged on",
    "every judged set (G12 purity 0.923, split 10%; G8 0.853, 24%): no similarity of two",
    "groups (mean-vector cosine, weakest or best cross pair) separates the 30 split pairs of",
    "the development readers from the 2181 pairs of different claims (PROTOCOL.md, session",
    "18). Items: at 5 articles 76 discrepancies -> 47 findings (was 47), at 14 articles 592",
    "-> 196 (was 201).",
    "",
    "Session 19 (align23, a product decision from trials 24 and 25): a consistent finding",
    "whose sources all state the same figure, one version read the same as written (same",
    "amount, unit, hedge and precision; a date or time whose own words give the same value",
    "with no publication date), is an agreement: marked in the JSON, listed in check, the",
    "report and coverage, but not an item to review, and hidden behind 'Show agreements' in",
    "the window (a decided one stays in view). Items to review at 5 articles 47 -> 34 (13",
    "agreements): 3.76x fewer than the release's 128 pair flags, 2.21x fewer than today's",
    "75; at 14 articles 194 findings, 34 agreements, 160 to review: 6.31x and 3.64x.",
    "align24 (trials 26, 27): a quote's version is the whole quotation (it was the",
    "differing words, 'her,'), shortened only between words for display; a day and a single",
    "part of it are one version ('Saturday / Saturday morning', 'Friday / by noon'), day",
    "words compared without case; every finding has a coverage row (findings from",
    "alignments below the grouping limit are listed 'in no claim group', their sources",
    "marked '-'). Grouping unchanged on every judged set (G12 purity 0.923, split 10%; G8",
    "0.853, 24%).",
    "",
    "Session 20 (align25, log28, log29): groups of three or more sources join another group",
    "through its consensus (three quarters of the pairs between them aligned, each member",
    "aligned with half the other group), never through one edge; G10 splits 6% -> 3%. A",
    "decision on a finding covers every pair of it (the article named is where to correct;",
    "the review log's schema 6 gives a pair a decision left open by the older model only",
    "when the finding's id proves it was in the finding decided). Items to review: 5",
    "articles 34 (3.76x fewer than the release's pair flags), 14 articles 160 -> 149",
    "(6.78x). Purity on the held-out reader G12 0.923 -> 0.912, splits 10% -> 12% (totals",
    "only); a side-detail check (align26) raised development purity 0.957 -> 0.970 but",
    "split a labelled pair whose main clause is reworded ('had taken the lead' / 'had gone",
    "ahead', the shared figure in an 'after' clause) and was not merged.",
    "",
    "Session 21 (align27, align28, log30; trial 31 on ECB+ 42_ecb, 13 articles). A member",
    'sharing only a detail held aside (an "after …" or "when …" clause) with the rest of',
    "its group is another claim, unless the main parts share the figure or say one thing in",
    "other words (embedding cosine of the main parts ≥ 0.5; align26's check, which split",
    "labelled pair 13, salvaged): development readers G1–G11 pooled purity 0.951 → 0.963",
    "(28 → 21 impure groups), splits 57 → 61 (9.9% → 10.7%); held-out G12 unchanged (0.912,",
    "4 splits); labelled pairs' alignments outside one group 63 of 181, unchanged. Splits:",
    'most "share a source" (one outlet states the claim twice); `benchmarks.findings_twice`',
    "measured the two proposed joins on every development reader and neither holds (the",
    "second statement aligning with the other sources as well as the first: 0 right / 0",
    "wrong at ratio 0.9, 7 / 64 at 0.4; a shared figure with no conflict: 5 right / 48",
    "wrong). Finding ids now survive re-analysis: a finding takes the id of the last run's",
    "finding it shares most pairs with (trial 31: fixing a typo no finding used turned a",
    'disputed and a dismissed finding into a "mixed" one and two new ones); a decided whole',
    "finding's new pairs between its versions carry the decision, with a history entry.",
    'Coverage never shows a source a finding compared as "not compared" (trial 31: 8 of 11',
    "sources of a version were shown so); a source stating two versions is said. Not met:",
    "purity ≥ 0.95 on held-out G12 (0.912) and splits ≤ 5%.",
    "",
    "Session 22 (issue 15). A misspelt name is one finding per person and variant spelling",
    "across the cluster, its versions every place each spelling is written (a dropped",
    "accent is house style); a decided name finding's new pair of the same spellings",
    "carries its decision (align29). A re-analysis keeps the last run's findings whole and",
    'apart, so a moved pair no longer re-opens a decided finding as "mixed"; a carried',
    "decision says so in history and in the window; a quote version is named by its quoted",
    "words, not its attribution (log31, trial 31). Items to review: 14 articles 147 (6.87x",
    "fewer than the release's pair flags), 5 articles 35. Purity and splits unchanged",
    "(held-out G12 0.912, 4 splits): align29 measured two more candidate joins on every",
    "development reader (neighbouring sentences: 4 splits mended, 173 wrong joins; half the",
    "cross pairs as evidence: 2 mended, 5 wrong) and made none.",
    "",
    "Session 24 (align31, splits). A paraphrase below the pairing floor: 'X said no one else",
    "was injured', 'the other people were able to escape without injury' and 'all the other",
    "people ... managed to get out safely' share too few words to align (lexical 0.13-0.19,",
    "embedding mix 0.25-0.36), so each started a group, which readers G4, G5 and G9 marked",
    "one claim (18_ecb). Groups every sentence of which states that nobody (else) was hurt now",
    "join, a source both hold keeping one passage and a restatement (findings/unhurt.py;",
    "wondered 'if anyone was hurt', 'most of the others got out safely' and claims apart are",
    "left out). Development readers G1-G11 pooled: splits 53 -> 44 of 529 -> 523 judged",
    "groups (10.0% -> 8.4%), purity 0.989 unchanged; held-out G12 (0.912, 4 splits) and G8",
    "(0.848, 8) unchanged. Items (5 articles 36 to review, 14 articles 149), real-copy flags",
    "on every half, authored flags and golden unchanged. It fires on 18_ecb only among the",
    "open ECB+ events (five and fourteen articles; 25 sentences of 12,385 read so).",
    "",
    "Session 26 (align33). The development readers' 16 pairs of split groups and 5 impure",
    "groups, by class (benchmarks/findings_data/PROTOCOL.md): most splits are one outlet",
    "stating a claim twice, and the aligner's one partner per article left no cross pair",
    "of the two groups aligned. A group each of whose sources states its claim again in a",
    "larger group past the opening (the lead, then the detail) joins it when each source's",
    "two statements read alike at 0.3, share four content words and quote no two",
    "statements (findings/openings.py; 36_ecbplus: splits G4 12 -> 10, G5 10 -> 8, G9 7 ->",
    "5); a sentence putting its claim in",
    "doubt ('might not make its November 22 release date') never groups with one stating it",
    "(findings/doubt.py; G11 purity 0.980 -> 1.000). Held-out G12 (0.912, 4 splits) and G8",
    "(0.848, 8) unchanged; items, real-copy and authored flags and golden identical. Other",
    "evidence measured on every judged pair of groups does not separate the splits (a",
    "finding across both groups: 2 one claim / 15 two claims). Every ECB+ event of five",
    "articles or more has been judged, so the next fresh packet shows articles 6-10 of nine",
    "events (--fresh --skip 5).",
    "",
    "Session 27 (indep36). Copies of a common source in sentences of their own: an editor",
    "was told '10 independent sources among 10' of ten ECB+ 42_ecb articles, several",
    "carrying one T-Mobile release cut into their own sentences (no sentence near-verbatim",
    "as a whole). Two articles sharing a run of words within a sentence, outside quotes,",
    "attributions and boilerplate, holding five words of their own (no stopword, number",
    "word, figure, name, job title or charge) are now copies (findings/wording.py). Checked",
    "on 133 pairs of ECB+ development events labelled by reading them (agency and police",
    "statements, press releases; independent outlets of the same events; every pair of the",
    "editor's ten 42_ecb articles): 50 copies, 18 borderline (only a list of charges, a",
    "sentence's terms, one short phrase of a release), 65 independent",
    "(tests/fixtures/copies-ecbplus-labels.json, python -m benchmarks.copies_ecbplus).",
    "Copy links: precision 1.00 (8 linked) -> 0.98 (42 linked: no independent pair, one",
    "borderline); recall 0.16 -> 0.82. The labels were made after the runs were looked at,",
    "so the pairs lean to those sharing words: not a held-out result. Still missed: a",
    "release's statement both quote word for word (42_1/42_11, quotes never count), and",
    "wire copy whose shared runs are mostly formula words ('booked into county jail and",
    "later released on bail'). Colleague-written sets (pairs found/false/missed): copies",
    "12/0/0 unchanged, copies-heldout 11/0/1 -> 12/0/0, copies-third 18/0/1 -> 19/0/0;",
    "readers' ECB+ pairs unchanged (precision 1.00 of 24, missed 0 of 16).",
    "",
    "Session 27 (align35, one claim one group). Reader G13's splits, by class: a setting",
    "('was hit while walking in the crosswalk around 7 p.m.') read as a claim stated in",
    "passing against 'was walking ... when she was struck around 7 p.m.' now counts as main",
    "when the two date the same moment (findings/passing.py; without the shared moment it",
    "joined 'fell while climbing' with 'one of four men trying to climb', G9's odd member);",
    "a relative clause holding a quotation set off by commas is one side part (28_ecb: an",
    "odd restatement); a headline group and a lead group sharing two sources take along a",
    "source only one holds, aligned with the other group (findings/openings.py). G13",
    "(articles 6-10): purity 0.956 -> 0.977 (impure 2 -> 1), splits 22% -> 14% (10 -> 6);",
    "every other reader unchanged. One claim as several findings: a figure the judge picked",
    "beside one that agrees with what its source gives in another finding ('On Monday we",
    "reported rumours it would ship on February 11') no longer keeps two overlapping",
    "findings apart (42_ecb, ten articles: the launch month in one finding, 5 findings and 2",
    "agreements -> 3 and 1); a figure with its unit is read from loosely aligned sentences",
    "(the 512 MHz agreement: 4 -> 6 sources). Items (48 and 187), real-copy and authored",
    "flags and golden unchanged.",
    "Session 27 (find42, issue 15, trial 36 on 22_1..22_12ecbplus): a version holds only",
    "counts of the finding's own happening (findings/fill.py: 'killed two' no longer",
    "joins the wounded count's 'two': 5 sources against 3 became 1 against 6, and the",
    "correction goes to 22_11); two findings sharing a figure join when both read counts",
    "of one named happening, each its sentence's only count of it (the wounded count's",
    "agreement 22_3/22_8 joined the conflict; a judge pair 22_6 'one' vs 22_9 'a third'",
    "keeps an agreement row); a correction that takes a finding's pairs away keeps its",
    "decision on that finding (no second id). Items (49 and 186), purity, real-copy and",
    "authored flags and golden unchanged.",
    "Session 27 (find43, trial 36 problem 9): a time agrees as written when its words,",
    "read alone, state the same value on every side and, where those words need the",
    "publication date ('Thursday', 'yesterday', 'April 29'), every paper has the same",
    "date and none counts back where another names the day ('last Thursday'); a clock",
    "time's day is its sentence's day, compared the same way ('shortly after 8:30 p.m.",
    "Thursday' / 'just after 8:30pm Thursday night' in two papers of 10 Sep 2010); a length",
    "read alone is one figure whichever stretch it names ('a tense two hours' / 'the next",
    "two hours', trial 36's c18).",
    "Agreements 12 -> 14 at 5 articles, 35 -> 38 at 14 (items to review 38 -> 36, 152 ->",
    "149); purity, real-copy and authored flags and golden unchanged.",
    "Session 32 (find48, issue 15): a sentence joins a group only through its main clause,",
    "and three more kinds of phrase now count as side parts: a 'who/which' clause on a noun",
    "after the verb running to the sentence's end, 'Those who ... were', and 'The N of a ...",
    "killed ... said' (a member that names the group's claim only to say whom its own claim is",
    "about). Development readers pooled: purity 0.980 -> 0.984 (13 -> 10 impure), splits 60",
    "-> 56 groups (9.3% -> 8.8%), no reader's purity lower nor splits higher; G15 0.926 ->",
    "0.944 (split 26%), held-out G8 0.844 -> 0.871 (totals). G12, held out until now, was",
    "read in this session (the lead's brief named it development by mistake) and is a",
    "development set from now on; G8 is the one held-out grouping reader left. Splits: of",
    "the 25 split pairs development readers name, 6 share no figure, name, quotation or",
    "similarity at all, and for each of the other 19 at least four pairs readers called",
    "different claims score as high (median 17); the best rule found mends 6 splits for 21",
    "wrong joins. The 5% split target is out of reach of any signal in the text measured so",
    "far without losing purity - for the team to restate. Pair-level verdicts unchanged.",
    "Session 33: G16, a fresh held-out reader, judged the grouping of the session-start",
    "engine (3ed51c9) on articles no grouping reader had seen (the 6th to 10th of twelve",
    "events, `--events 12 --skip 5 --size 5`): 111 groups, purity 0.901, split 21%. Its",
    "impure groups are the classes development readers named (a second statement that only",
    "mentions the claim, a headline or link line, a source's 'again' line saying something",
    "else). The held-out purity (G8 0.871, G16 0.901) stays below the 0.95 target and the",
    "split rate (21-26%) far above 5%.",
    "Session 34: find50 - two people's figures are kept out of one finding",
    "(findings/persons.py: a name beside an age or Mr/Mrs; a flag comparing two people's",
    "figures joins only flags of the same two values), place names read alike across",
    "'Mt'/'Mount' and slashes, a lone figure compared with an agreement joins it, and one",
    "figure against several sources writing one number is one finding. On the new-user",
    "trial's event (23_ecbplus, 11 articles) items 12 + 5 agreed -> 10 + 3; on the twelve",
    "development events find50 changed no finding, and every grouping reader's purity and",
    "split are unchanged (grouping untouched). The items measure moved only with the judge's",
    "flags: at 14 articles 528 -> 523 pair discrepancies, 3.12 -> 3.13 per finding, 4.84 ->",
    "4.89 per item to review.",
    "Session 35: findings are the same whatever Python's hash seed -",
    "clusters._join_overlapping met a finding's places in a set's order, and two runs on",
    "200 ECB+ articles gave different findings (benchmarks/hashseed.py: now identical under",
    "seeds 1 and 2, 146 findings); 'early Thursday' and 'Thursday morning' join 'Thursday'",
    "when their hours overlap (eng109); a decision naming articles to correct decides only",
    "their pairs, the rest of the finding stays open (polish35, user trial 42); a finding",
    "whose sources all state one date, written with and without its year, is agreed",
    "(polish35). Grouping untouched: every grouping reader's purity and split unchanged.",
    "Session 36: a decision records the sources it covered (schema 9, decision_scopes,",
    "polish36): a source that joins an existing version since is said, 'decided before ...",
    "joined' - decide again to cover it; the schema-6 upgrade no longer closes",
    "disagreements the editor left open, and the schema-9 upgrade reopens those it closed,",
    "untouched since. A finding's explanation says each version once (polish37, user trial",
    "43: one value six times). Items: 523 -> 517 pair-level discrepancies on the 12 ECB+",
    "events of 14 articles, per finding 3.13 -> 3.17. Grouping unchanged (G16 purity 0.901,",
    "split 0.207; one member newly unjudged).",
    "Session 37: after deciding again, the command line and the window say which sources",
    "the decision now covers (polish38); the window's save refuses a story another check",
    "saved into the log meanwhile, as the command line does, and a refused check writes no",
    "JSON. Items: 517 -> 518 pair-level discrepancies on the 12 ECB+ events of 14 articles,",
    "per finding 3.17 -> 3.16. Grouping unchanged (G16 purity 0.901, split 0.207; G8 0.871,",
    "0.258).",
    "Session 38: findings with one version, or whose dates fall on one day or name one",
    "period, are settled with the agreements in check, the report and the window (polish40,",
    "trial 44 P4 and P7; a decided one stays an item; check --json unchanged); a finding of",
    "three or more versions explains each differing version once, never two members of one",
    "version against each other (polish41: a five-version quote 373 -> 48 words); two",
    "articles that share no aligned sentence are refused like three (polish42); needs-",
    "correction with several versions and no --article is refused, naming the versions; the",
    "window's list keeps a value's figures when it must cut it.",
    "Items: 518 -> 520 pair-level discrepancies on the 12 ECB+ events of 14 articles, per",
    "finding 3.16 -> 3.13. Grouping unchanged.",
    "Session 39: a capture of people is an arrest, not the day of the escape: ECB+",
    "03_ecbplus (11 articles) gives 3 findings (1 conflict) instead of 5 (3 conflicts, two",
    "of them the escape against the capture a week later). polish43: an on-topic brief that",
    "aligns with nothing is kept with a warning; a file with no text is skipped; one",
    "newsroom is named once and copying is claimed only for near-verbatim text. polish44: a",
    "second needs-correction adds to the articles owed (--withdraw takes one back), never",
    "drops them; pairs left open show their ids.",
    "Session 40: polish46 made a several-version finding give one verdict per pair of",
    "versions (the strongest), leave what each measures to review ID, say rounded to the",
    "nearest 100, and start a reason read from some sources only with their names; trial",
    "clusters 101 -> 89 words on average. polish45: the window refuses files that cannot be",
    "read as check does, names empty and binary files in its banner and status bar, and",
    "Correct in adds to the owed articles with a Withdraw command.",
    "Session 41 (no grouping change): a finding now opens with one line an editor checks in",
    "seconds (who says what, the verdict and a short reason, findings/headline.py) in the",
    "window, check and the md and html reports; check's copies summary is one or two lines",
    "naming the groups the independence counts use, the same groups in --independence, the",
    "report and each finding's count (a new test on seven ECB+ 09 articles checks they",
    "agree); a finding whose every pair carries a decision counts as decided. User trial 48",
    "(real events 39_ecbplus, 09_ecbplus, 06_ecbplus) found quotes of different speakers",
    "paired into one finding and the same false pairing appearing as two findings: left for",
    "grouping work.",
    "Session 42 (no grouping change): polish51 - a day inside a stated month (March 3 /",
    "March, May 9 / by May 9th) is an agreement, hidden with the others, unless a bound",
    "word could exclude it; the columns between a finding's two far sources fold while it",
    "is selected; one copy wording (copy_groups.copies_said) in check and the window; the",
    "desk report leaves dismissed findings' notes to the log. polish52 - each article named",
    "in a needs-correction decision carries its own proposed correction; a partly decided",
    "multi-version finding names its open versions by value and source, never pair ids;",
    "reports say who changed a publication date, from what to what; the same words resolved",
    "from dates a day apart are one version; the In short line names every dissenting",
    "version.",
    "Session 42 grouping cost: eng156's one-statement test for quote links (quotes of",
    "clearly different speakers, or sharing only names and boilerplate, no longer link)",
    "changed today's groups: G15 purity 0.942 to 0.960 and splits 0.269 to 0.240 (better),",
    "G7 splits 0.121 to 0.171 (33 to 35 judged groups: two groups a quote link had held",
    "together now stand apart), G8 one pure group fewer. Measured commit by commit with",
    "benchmarks.findings scores; no other merge moved them. Left for the next session:",
    "which G7 links were right.",
    "",
    "Session 43: eng166 joins two claim groups when a source states the claim in neighbouring",
    "sentences, another source's claim aligned with both, other outlets confirm it at or above",
    "the conflict floor and no partner contradicts it (findings/twice.py): G16 split 21 to 19 per",
    "cent, every other reader unchanged; looser joins cut more splits (G15 24 to 20, G7 17 to 12)",
    "but cost purity (G11 0.91, G2 0.91) and were dropped. Most remaining splits share a source",
    "that says the claim twice with no third outlet.",
]


def _copies(folder: Path) -> tuple[int, int, int, int, int, int]:
    from workbench.analysis import analyze
    from workbench.articles import load_articles

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    tp = fp = fn = ctp = cfp = cfn = 0
    for event, want in expected.items():
        files = sorted((folder / event).glob("*.txt"))
        analysis = analyze(load_articles([str(f) for f in files]))
        name = {a.id: Path(a.path).name for a in analysis.articles}
        got = {frozenset((name[c.left], name[c.right])) for c in analysis.copies}
        copies = {frozenset(p) for p in want["copies"]}
        for a, b in itertools.combinations(sorted(f.name for f in files), 2):
            pair = frozenset((a, b))
            tp += pair in got and pair in copies
            fp += pair in got and pair not in copies
            fn += pair not in got and pair in copies
        credited: dict[str, set[str]] = {n: set() for n in name.values()}
        for article, agency in analysis.credits:
            credited[name[article]].add(agency)
        for f, agencies in want["credits"].items():
            ctp += len(credited.get(f, set()) & set(agencies))
            cfp += len(credited.get(f, set()) - set(agencies))
            cfn += len(set(agencies) - credited.get(f, set()))
    return tp, fp, fn, ctp, cfp, cfn


def run(quick: bool = False) -> list[Row]:
    if quick:
        return []
    from benchmarks.findings import DATA, events
    from benchmarks.findings import run as run_event
    from benchmarks.findings_release import RELEASE, release_flags

    rows: list[Row] = []
    for size in (5, 14):
        d = f = r = 0
        for _name, files in events(12):
            row, _ = run_event(files[:size])
            d += row["discrepancies"]
            f += row["findings"]
            r += row["to_review"]
        then = release_flags(size, [name for name, _ in events(12)])
        if then is not None:
            rows.append(
                Row(
                    SECTION,
                    f"findings.items_release.{size}",
                    f"ECB+ 12 events, {size} articles each ({sum(then.values())} pair flags of "
                    f"release {RELEASE}, when issue 15 was filed)",
                    "the release's pair flags per finding (items reduction against then)",
                    sum(then.values()) / max(f, 1),
                    f,
                    target=3.0,
                    note="counted by benchmarks.findings --items --count-release",
                )
            )
            rows.append(
                Row(
                    SECTION,
                    f"findings.to_review_release.{size}",
                    f"ECB+ 12 events, {size} articles each ({sum(then.values())} pair flags of "
                    f"release {RELEASE}, when issue 15 was filed)",
                    "the release's pair flags per item to review (findings less agreements)",
                    sum(then.values()) / max(r, 1),
                    r,
                    target=3.0,
                    note=f"{f - r} of {f} findings are agreements (every source states the same "
                    "figure as written: listed, not to review)",
                )
            )
        rows.append(
            Row(
                SECTION,
                f"findings.items.{size}",
                f"ECB+ 12 events, {size} articles each ({d} pair-level discrepancies)",
                "pair-level discrepancies per finding (items reduction)",
                d / max(f, 1),
                f,
                target=3.0,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"findings.to_review.{size}",
                f"ECB+ 12 events, {size} articles each ({d} pair-level discrepancies)",
                "pair-level discrepancies per item to review (findings less agreements)",
                d / max(r, 1),
                r,
                target=3.0,
            )
        )
    for path in sorted(DATA.glob("G*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        groups = stored["groups"]
        pure = sum(bool(g["one_claim"]) for g in groups)
        split = sum(bool(g["same_as"]) for g in groups)
        dataset = f"ECB+ {len({g['event'] for g in groups})} events, reader {stored['reader']}"
        rows.append(
            Row(
                SECTION,
                f"findings.purity.{stored['reader']}",
                dataset,
                "claim groups holding one claim (as judged)",
                pure / len(groups),
                len(groups),
                target=0.95,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"findings.split.{stored['reader']}",
                dataset,
                "groups with another group stating the same claim",
                split / len(groups),
                len(groups),
                target=0.05,
                at_most=True,
            )
        )
    rows.extend(_today())
    for folder, label in (("copies", "development"), ("copies-heldout", "development")):
        tp, fp, fn, ctp, cfp, cfn = _copies(ROOT / "tests" / "fixtures" / folder)
        _copy_rows(rows, folder, label, tp, fp, fn, ctp, cfp, cfn)
    third = ROOT.parent / "copies-third"
    if (ROOT / "tests" / "fixtures" / "copies-third").is_dir():
        third = ROOT / "tests" / "fixtures" / "copies-third"
    if (third / "expected.json").exists():
        _copy_rows(rows, "copies-third", "development", *_copies(third))
    rows.extend(_real_copies())
    return rows


def _today() -> list[Row]:
    """Today's groups scored against each reader's judgments, member by member
    (benchmarks.findings --score): groups with a member no reader judged are
    left out of both rates and counted in the note."""
    from benchmarks.findings import scores

    rows = []
    for r in scores():
        known = r["pure"] + r["impure"]
        dataset = f"ECB+ {r['events']} events, today's groups against reader {r['reader']}"
        note = f"{r['unjudged']} not judged; {r['restated']} restated passages"
        rows.append(
            Row(
                SECTION,
                f"findings.today.purity.{r['reader']}",
                dataset,
                "today's claim groups holding one claim (judged members)",
                r["pure"] / max(known, 1),
                known,
                target=0.95,
                note=note,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"findings.today.split.{r['reader']}",
                dataset,
                "today's groups with another group stating the same claim",
                r["split"] / max(known, 1),
                known,
                target=0.05,
                at_most=True,
                note=note,
            )
        )
    return rows


def _real_copies() -> list[Row]:
    """Today's copy links on the ECB+ pairs fresh readers judged (PROTOCOL.md)."""
    from benchmarks.findings import CORPUS, DATA
    from workbench.analysis import analyze
    from workbench.articles import ArticleError, load_articles

    judged = json.loads((DATA / "copies_real.json").read_text(encoding="utf-8"))["pairs"]
    linked: set[frozenset[str]] = set()
    for event in sorted({p["event"] for p in judged}):
        articles = []
        for f in sorted((CORPUS / event).glob("*.txt")):
            try:
                articles += load_articles([str(f)])
            except ArticleError:
                continue  # the same unreadable files were left out when judged
        linked |= {frozenset((c.left, c.right)) for c in analyze(articles).copies}
    found = [p for p in judged if frozenset((p["left"], p["right"])) in linked]
    missed = [p for p in judged if p not in found]
    right = sum(p["copy"] == "yes" for p in found)
    borderline = sum(p["copy"] == "borderline" for p in found)
    dataset = f"ECB+ real articles, {len({p['event'] for p in judged})} events (readers C1, C2)"
    return [
        Row(
            SECTION,
            "findings.copies.ecbplus.precision",
            dataset,
            "copy links: precision (borderline counted wrong)",
            right / max(len(found), 1),
            len(found),
            note=f"{borderline} borderline",
        ),
        Row(
            SECTION,
            "findings.copies.ecbplus.missed",
            dataset,
            "pairs not linked that readers call copies (sample of the same events)",
            sum(p["copy"] == "yes" for p in missed) / max(len(missed), 1),
            len(missed),
            at_most=True,
            note=f"{sum(p['copy'] == 'borderline' for p in missed)} borderline",
        ),
    ]


def _copy_rows(rows, folder, label, tp, fp, fn, ctp, cfp, cfn) -> None:
    dataset = f"{folder} ({label}; written by a colleague)"
    rows.append(
        Row(
            SECTION,
            f"findings.copies.{folder}.precision",
            dataset,
            "copy pairs: precision",
            tp / max(tp + fp, 1),
            tp + fp,
        )
    )
    rows.append(
        Row(
            SECTION,
            f"findings.copies.{folder}.recall",
            dataset,
            "copy pairs: recall",
            tp / max(tp + fn, 1),
            tp + fn,
        )
    )
    rows.append(
        Row(
            SECTION,
            f"findings.credits.{folder}.f1",
            dataset,
            "agency credits: F1",
            2 * ctp / max(2 * ctp + cfp + cfn, 1),
            ctp + cfn,
            note=f"{cfp} false, {cfn} missed",
        )
    )
