"""One report of a numbered round naming its mechanism two ways (``format_identity._one_report``: a headline's
``пограничные переговоры``, the body's ``переговоры о границе``) is one format; a round told without its mechanism
beside an act about another body (``тогда подписали соглашение о рабочей группе``) is still the document's format's
(``format_bodies.owning_nouns``).  Invented sentences."""
from __future__ import annotations

import pytest

from khronika.format_bodies import owning_nouns
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, nouns", [
    ("Предыдущий, седьмой раунд прошел в Лиме в мае 2029 года; по его итогам министры заключили договоренность о "
     "смешанной рабочей группе.", []),
    ("Прошлая встреча состоялась в Кито, где министры договорились о создании смешанного комитета.", []),
    ("Предыдущее заседание межправкомиссии прошло в Асунсьоне.", ["межправкомиссии"]),
    ("Предыдущая встреча в рамках совета прошла в Боготе, решение о группе отложено.", ["совета"]),
])
def test_the_nouns_that_may_own_a_meeting(sentence, nouns):
    assert [m.group(0) for m in owning_nouns(sentence)] == nouns


@pytest.mark.slow
def test_one_round_told_under_two_names_and_an_earlier_one_beside_an_agreement(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Монголия и Казахстан провели 12-й раунд пограничных переговоров\n\n"
                      "Улан-Батор, 16 мая 2031 года. "
                      "Во вторник и среду делегации Монголии и Казахстана провели в Улан-Баторе 12-й раунд "
                      "переговоров о границе. Монгольскую делегацию возглавила заместитель министра иностранных дел "
                      "Сарангэрэл "
                      "Батбаяр, казахстанскую — вице-министр Ержан Сейтказин.\n\nСтороны обсудили демаркацию участка у "
                      "озера Маркаколь.\n\nПредыдущий, 11-й раунд прошел в Астане в марте 2030 года, и министры "
                      "заключили по его итогам меморандум о смешанной рабочей комиссии. 13-й раунд пройдет в "
                      "Казахстане в 2032 году.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, report)
    assert len(formats) == 1
    rounds = {(h["status"], h["round"], h["date"]) for h in formats[0]["history"]}
    assert {("round", 11, "2030-03"), ("round", 12, "2031-05-13"), ("planned", 13, "2032")} <= rounds
