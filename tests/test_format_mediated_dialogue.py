"""Talks in rounds told by any noun of talks (``переговоры``, ``консультации``, ``диалог``), named by their mediator
or by what they are about (``раунд консультаций о статусе региона``), and the sides of talks told by their mediator
alone: the two the document is about, never the mediator (invented sentences, other countries)."""
import pytest

from khronika.format_kinds import formats_in
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, name", [
    ("Второй раунд диалога при посредничестве Катара прошел в Дохе.", "диалог при посредничестве катара"),
    ("Стороны завершили третий раунд консультаций при посредничестве Норвегии.",
     "консультации при посредничестве норвегии"),
    ("Очередной раунд прямых консультаций при посредничестве Швейцарии пройдет в Женеве.",
     "прямые консультации при посредничестве швейцарии"),
    ("В Аддис-Абебе начался пятый раунд диалога о статусе спорного района.", "диалог о статусе спорного района"),
    ("Стороны провели второй раунд консультаций об обмене пленными.", "консультации об обмене пленными"),
    ("Четвертый раунд переговоров о разделе акватории прошел в Гааге.", "переговоры о разделе акватории"),
])
def test_talks_in_rounds_by_any_noun_of_talks(sentence, name):
    assert name in [n.name.lower() for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence", [
    "Диалог при посредничестве Египта продолжался всю ночь.",  # no rounds: one meeting
    "Консультации о слиянии компаний прошли при участии юристов.",
])
def test_talks_of_no_rounds_are_no_such_format(sentence):
    assert not any(n.type == "раунды переговоров" for n in formats_in(sentence))


@pytest.mark.slow
def test_talks_told_by_their_mediator_alone_are_between_the_two_the_document_is_about(tmp_path):
    text = (
        "Аддис-Абеба, 12 марта 2031. Делегации правительства Эфиопии и властей Эритреи договорились в Каире о "
        "возобновлении авиасообщения.\n\nЭфиопия и Эритрея обменялись списками пленных.\n\nВторой раунд диалога "
        "при посредничестве Египта прошел в Каире в мае 2029 года.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "посредничеств" in f["name"]]
    assert [sorted(f["sides"]) for f in formats] == [["e:iso-ER", "e:iso-ET"]]
    assert [(h["status"], h["round"], h["date"]) for h in formats[0]["history"]] == [("round", 2, "2029-05")]
