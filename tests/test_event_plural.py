"""Plural titles standing for the persons who hold them (``Министры подписали …``), sessions of interstate
bodies without a complement, and calls made to somebody; on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def told(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, e.mode, {names.get(p.entity) for p in e.participants if p.entity in names})
                for e in doc.events]
    return go


def persons(told_events, type_):
    (found,) = [p for t, _, p in told_events if t == type_]
    return {n for n in found if " " in n}


def test_a_plural_title_after_a_meeting_stands_for_its_persons(told):
    evs = told("Министр иностранных дел Чили Томас Вилк и министр иностранных дел Перу Ян Кус провели переговоры "
               "в Лиме. Министры подписали программу обменов.")
    assert persons(evs, "AGREE") == {"Томас Вилк", "Ян Кус"}


def test_co_chairs_are_the_heads_of_the_session_whatever_their_offices(told):
    evs = told("Вице-премьер Чили Томас Вилк и министр энергетики Перу Ян Кус провели в Лиме заседание "
               "межправительственной комиссии. Сопредседатели подписали итоговый протокол.")
    assert persons(evs, "AGREE") == {"Томас Вилк", "Ян Кус"}


def test_heads_of_state_are_the_presidents_the_document_names(told):
    evs = told("Президент Чили Томас Вилк прибыл в Лиму. Президент Перу Ян Кус встретил его в аэропорту. "
               "На следующий день главы государств провели переговоры один на один.")
    assert {"Томас Вилк", "Ян Кус"} in [p for t, m, p in evs if t == "CONSULT" and m == "meet"]


def test_a_title_of_presidents_is_no_minister_and_a_group_is_nobody_named(told):
    evs = told("Президент Чили Томас Вилк и премьер-министр Перу Ян Кус провели переговоры. Министры подписали "
               "соглашение.")
    assert persons(evs, "AGREE") == set()
    evs = told("Министр иностранных дел Чили Томас Вилк позвонил министру иностранных дел Перу. Министры "
               "иностранных дел стран-членов ЕС одобрили новые санкции против Ирана.")
    assert all(not {"Томас Вилк"} & p for t, _, p in evs if t == "SANCTION")


def test_a_session_of_an_interstate_commission_needs_no_complement(told):
    for text in ("В Лиме состоялось заседание межправительственной комиссии Чили и Перу.",
                 "Чили и Перу провели в Лиме заседание межправительственной комиссии."):
        assert [(t, m) for t, m, _ in told(text)] == [("CONSULT", "meet")]
    assert told("Прошло заседание совместной комиссии двух компаний.") == []


def test_a_call_is_made_to_somebody(told):
    assert [(t, m) for t, m, _ in told("Президент Чили Томас Вилк позвонил президенту Перу.")] == [("CONSULT", "phone")]
    assert told("Президент Чили Томас Вилк позвонил в больницу, где лечится его мать.") == []
    evs = told("Президенты Чили и Перу провели разговор по телефону.")
    assert [(t, m) for t, m, _ in evs] == [("CONSULT", "phone")]


def test_co_chairs_after_the_heads_of_delegations_told_in_a_sentence_of_their_own(told):
    evs = told("Третье заседание межправительственной комиссии Чили и Перу прошло в Лиме. Чилийскую часть комиссии "
               "возглавил министр финансов Чили Томас Вилк, перуанскую – министр энергетики Перу Ян Кус. "
               "Сопредседатели подписали итоговый протокол.")
    assert persons(evs, "AGREE") == {"Томас Вилк", "Ян Кус"}


def test_a_plural_title_the_parser_left_to_a_genitive_is_still_the_subject(told):
    evs = told("Президент Чили Томас Вилк выступил на форуме в Кито. Президент Перу Ян Кус выступил там же. "
               "Накануне саммита главы государств провели переговоры один на один.")
    assert {"Томас Вилк", "Ян Кус"} in [p for t, m, p in evs if t == "CONSULT" and m == "meet"]


def test_a_meeting_told_in_a_relative_clause_in_the_past_is_reported(told):
    evs = told("Стороны обсудили итоги переговоров, которые премьер-министр Чили Томас Вилк провел с президентом "
               "Перу Яном Кусом на прошлой неделе в Лиме.")
    assert persons(evs, "CONSULT") == {"Томас Вилк", "Ян Кус"}
    assert told("Стороны обсудили итоги переговоров, которые пройдут в Лиме.") == []


def test_an_earlier_session_of_a_body_named_before_is_another_meeting_with_no_date_of_the_document(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2026-05-20", text=(
        "ЛИМА, 20 мая. /Вестник/. Министр иностранных дел Чили Томас Вилк и министр иностранных дел Перу Ян Кус "
        "провели в Лиме заседание межправительственной комиссии. Предыдущее, седьмое по счету, заседание "
        "состоялось в Сантьяго."))))
    assert [(e.type, e.date.iso()) for e in doc.events] == [("CONSULT", "2026-05-20"), ("CONSULT", None)]
