"""The stress set of invented stances (tests/stance_stress_cases.py): each text gives the stances it tells, the holder
and the other side matched by their side (a person by their state or body), with the polarity.  Parametrized over the
texts the stance stage missed before: accord told not reached (``единства достичь не удалось``, ``не сблизила
позиции``, ``договорённость достигнута не была``), ``стороны`` in a short text that names two sides once, disagreement
persisting after the pair is named or told by its sides after a colon, a country the morphology knew only undeclined
(``Тонги``); and stances only asked about (``осуждает ли``), hoped for (``выразил надежду, что X поддержит``) or
conditioned (``Если …, то …``); a refusal to recognise (``отказалась признать результаты выборов в X``), positions
told unanimous (``единодушны в оценке``), no common language (``нет общего языка``), an objection (``возражает
против``), an answer named empty or evasive, disagreement told absent (``разногласий между X и Y нет``)."""
from __future__ import annotations

import pytest

from khronika.morph import fold
from tests.stance_stress_cases import CASES

pytestmark = pytest.mark.slow

# the texts the stance stage missed before (the others it read already)
MISSED = (2, 3, 5, 11, 22, 48, 56, 69, 74, 75, 77, 81, 82, 83, 84, 86, 92, 96, 97, 98)


def _sides(doc, entity: str | None) -> set[str]:
    """The names a stance's actor stands for: its own, its country's, the bodies and states its roles are of."""
    ents = {e.id: e for e in doc.entities}
    e = ents.get(entity)
    if e is None:
        return set()
    out = {fold(e.name)} | {fold(ents[e.country].name) for _ in [0] if e.country in ents}
    return out | {fold(ents[r.of].name) for r in doc.roles if r.person == entity and r.of in ents}


def _holds(doc, stance, holder: str, other: str | None, polarity: str) -> bool:
    return stance.polarity == polarity and any(fold(holder) in n for n in _sides(doc, stance.holder)) and \
        (other is None or any(fold(other) in n for n in _sides(doc, stance.other)))


@pytest.mark.parametrize("i", MISSED)
def test_a_text_gives_its_stances(stanced, i):
    text, expected = CASES[i]
    doc, names = stanced(text)
    got = [(s.polarity, names.get(s.holder), names.get(s.other)) for s in doc.stances]
    assert expected or not got
    for holder, other, polarity in expected:
        assert any(_holds(doc, s, holder, other, polarity) for s in doc.stances), (holder, other, polarity, got)



def test_what_a_pointer_takes_up_is_of_the_side_its_clause_names_before_it(stanced):
    """``X требует от Y …, а Y на это не согласен``: Y disagrees with X, not with a side of the sentence before."""
    doc, _ = stanced(CASES[96][0])
    held = [s for s in doc.stances if _holds(doc, s, "Монако", None, "diverge")]
    assert held and all(_holds(doc, s, "Монако", "Андорра", "diverge") for s in held)
