"""A meeting put off told by its noun as the sentence's subject (``Консультации, намечавшиеся на май, перенесены``,
``Саммит, запланированный на июнь, отложен``), for ``format_bodies.status_again``: the one format its document named,
else the last one named whose head noun opens the sentence (invented sentences, other countries)."""
import pytest

from khronika.format_bodies import status_again
from khronika.format_kinds import formats_in
from tests.test_format_carry import ingested_formats

NAMED = ["Министры провели пятый раунд политических консультаций.",
         "Стороны условились возобновить работу межправительственной комиссии по торговле."]


def _mentioned(sentences):
    return [n for s in sentences for n in formats_in(s)]


@pytest.mark.parametrize("sentence, name", [
    ("Консультации, первоначально намечавшиеся на май, были перенесены.", "политические консультации"),
    ("Консультации, которые планировались на 3 марта, отложены по просьбе эквадорской стороны.",
     "политические консультации"),
    ("Консультации были намечены на май, но их перенесли по просьбе хозяев.", "политические консультации"),
    ("Консультации планировалось провести в мае, однако стороны отложили их до осени.", "политические консультации"),
    ("Заседание, запланированное на осень, переносилось дважды.", None),  # of several: no noun of either
    ("Консультации прошли в Кито.", None),  # not put off
])
def test_a_meeting_put_off_by_its_noun_among_several_formats(sentence, name):
    found = status_again(sentence, _mentioned(NAMED), [])
    assert [n.name for n in found] == ([name] if name else [])


@pytest.mark.parametrize("sentence, told", [
    ("Заседание, намеченное на июнь, отложено.", True),  # a meeting of any format
    ("Консультации, намечавшиеся на май, перенесены.", True),
    ("Саммит, намеченный на июнь, отложен.", False),  # a summit: not of the consultations
])
def test_a_meeting_put_off_by_its_noun_of_the_one_format_named(sentence, told):
    found = [n.name for n in status_again(sentence, _mentioned(NAMED[:1]), [])]
    assert found == (["политические консультации"] if told else [])


@pytest.mark.slow
def test_history_of_consultations_put_off_and_then_held(tmp_path):
    text = ("КИТО, 9 декабря 2031. 9 декабря в Кито состоялся очередной, третий раунд эквадорско-парагвайских "
            "консультаций по широкому кругу вопросов двусторонней повестки дня.\n\nКонсультации, первоначально "
            "намечавшиеся на 14 ноября в Асунсьоне, были перенесены по просьбе парагвайской стороны.\n")
    history = [(h["status"], h["round"], h["date"]) for f in ingested_formats(tmp_path, text) for h in f["history"]]
    assert ("postponed", 3, "2031-11-14") in history and ("round", 3, "2031-12-09") in history


@pytest.mark.parametrize("sentence, status", [
    ("Заседание было намечено на май, но его перенесли по просьбе хозяев.", "postponed"),
    ("Встречу перенесли из-за выборов.", "postponed"),
    ("Сессия, запланированная на март, однако ее перенесли.", "postponed"),
    ("Стороны перенесли очередной раунд консультаций.", "postponed"),
    ("Саммит, назначенный на июнь, перенесли.", "postponed"),
    ("После переговоров мебель перенесли в другой зал.", None),  # the talks held; furniture moved
    ("Раненого перенесли в машину.", None),
])
def test_a_meeting_put_off_told_by_its_noun_or_pronoun_and_перенесли(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


@pytest.mark.slow
def test_a_session_planned_for_a_month_and_put_off_is_dated_by_that_month(tmp_path):
    text = ("РИГА, 14 ноября 2031. Заседание межправительственной комиссии Латвии и Эстонии по делимитации морской "
            "границы завершилось в пятницу в Риге. Это уже шестое заседание комиссии.\n\nЗаседание было намечено "
            "изначально на август, но его перенесли из-за выборов в Эстонии.\n")
    history = [(h["status"], h["date"]) for f in ingested_formats(tmp_path, text) for h in f["history"]]
    assert ("postponed", "2031-08") in history
