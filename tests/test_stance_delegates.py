"""Paradigm: those who speak for the two parties, named in the plural with no side of their own (``министры``,
``лидеры``, ``президенты``, ``делегации``), express a feeling or act as ``стороны`` do: each party holds it; what the
feeling is about follows it in the instrumental however the parse hung it (``выразили «обеспокоенность» действиями
X …, и выступили против …``).  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow

TALKS = "В Осло прошли переговоры министров иностранных дел Норвегии и Канады. "


@pytest.mark.parametrize("text,polarity", [
    (TALKS + "Министры выразили обеспокоенность действиями Ирана в Ормузском проливе.", "concern"),
    (TALKS + "В совместном заявлении министры выразили «глубокую обеспокоенность» действиями Ирана в Ормузском "
     "проливе, в том числе захватом танкеров, и выступили против «любых попыток перекрыть пролив».", "concern"),
    (TALKS + "Стороны выразили «серьезную озабоченность» действиями Ирана у берегов Омана, в том числе захватом "
     "судов, и призвали к сдержанности.", "concern"),
    ("В Оттаве прошла встреча президентов Норвегии и Канады. Лидеры приветствовали решение Ирана освободить танкер.",
     "positive"),
    ("В Оттаве прошли переговоры делегаций Норвегии и Канады. Делегации осудили удары Ирана по танкерам.",
     "negative"),
])
def test_stances_delegates_in_the_plural_speak_for_both_parties(stances_of, text, polarity):
    found = stances_of(text)
    assert {(polarity, "Норвегия", "Иран"), (polarity, "Канада", "Иран")} <= set(found), found


def test_stances_delegates_of_a_side_named_are_that_side(stances_of):
    found = stances_of(TALKS + "Министры ЕС осудили удары Ирана по танкерам.")
    assert not [s for s in found if s[1] in ("Норвегия", "Канада")], found
