"""A "he added" / "she said" after a quotation its sentence credits to "Mr
Erlendsen", "Dr Okafor", "Ms Sorel": the person the story named in full
(issue 11, session 40, facts/quote/nearby.py; authored volcano D9: '"…," Mr
Erlendsen said. "No house is worth a life," he added' was never set against
another report's Solheim). A courtesy title before a surname alone names one
person, as two capitalised words do; a sentence naming two such people still
leaves the pronoun a guess. Cases made up: a flood, a mine, a strike, a port."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _attributions(tmp_path, a: str, b: str) -> list[str]:
    paths = []
    for n, body in enumerate((a, b)):
        outlet = ("Courier", "Gazette")[n]
        front = f"---\ntitle: t{n}\noutlet: {outlet}\npublished: 2031-05-06\n---\n"
        paths.append(write(tmp_path, f"{n}.md", front + body + "\n"))
    found = analyze_paths(paths)
    return [str(d.verdict) for d in found.discrepancies if d.kind == "attribution"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Flood warden Magnus Holt, who runs the county response, spoke at the town hall.\n\n"
            '"The river has not yet peaked," Mr Holt said. "Nobody should drive through '
            'standing water," he added.',
            '"Nobody should drive through standing water," said Mayor Ines Carvalho.',
        ),
        (
            "Mine manager Amara Okafor said pumping went on through the night.\n\n"
            '"We have reached the second chamber," Dr Okafor said. "Every one of the eleven '
            'men is accounted for," she added, before leaving for the pithead.',
            '"Every one of the eleven men is accounted for," union official Pavel Novak said.',
        ),
        (
            "Union leader Delia Marsh joined the picket at dawn.\n\n"
            '"We did not want this strike," Ms Marsh told reporters. "An offer below '
            'inflation is a pay cut by another name," she said.',
            '"An offer below inflation is a pay cut by another name," transit chief Rupert '
            "Vale said.",
        ),
    ],
)
def test_a_pronoun_after_a_titled_surname_is_that_person(tmp_path, a, b):
    assert _attributions(tmp_path, a, b) == ["conflict"]


def test_a_sentence_naming_two_titled_people_leaves_the_pronoun_a_guess(tmp_path):
    a = (
        "Harbour master Lena Berg met the ferry operator, Olaf Dahl, on the quay.\n\n"
        'Ms Berg thanked Mr Dahl for his crews. "No ferry sails until the swell drops," '
        "she said."
    )
    b = '"No ferry sails until the swell drops," said port director Ana Ruiz.'
    assert _attributions(tmp_path, a, b) == []
