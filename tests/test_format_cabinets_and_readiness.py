"""A binational cabinet by any of its names, named dialogues of the gazetteer, a side ready to host a meeting
(planned) and the meeting before a round put off (invented sentences, other countries)."""
import pytest

from khronika.format_rounds import round_in
from khronika.format_status import status_of
from khronika.formats import formats_in
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence", [
    "Перу и Колумбия провели в Икитосе VII Бинациональный кабинет.",
    "Заседание двустороннего кабинета министров Эквадора и Перу пройдет в Лохе.",
    "Стороны готовят двунациональный кабинет в Кукуте.",
])
def test_a_binational_cabinet_by_any_of_its_names(sentence):
    assert "бинациональный кабинет" in [n.name for n in formats_in(sentence)]


def test_a_cabinet_of_one_government_is_none():
    assert "бинациональный кабинет" not in [n.name for n in formats_in("Второй кабинет министров ушел в отставку.")]


@pytest.mark.parametrize("sentence, number", [
    ("Седьмой двусторонний кабинет министров прошел в Тумбесе.", 7),
    ("Шестое совещание министров прошло в Квито.", 6),
])
def test_joint_cabinets_and_conferences_are_numbered(sentence, number):
    assert round_in(sentence) == number


@pytest.mark.parametrize("sentence, name", [
    ("Очередной раунд диалога Уордропа пройдет в Лондоне.", "стратегический диалог Уордропа"),
    ("Министр выступил на форуме «Диалог Манама» в Бахрейне.", "Диалог Манама"),
])
def test_named_dialogues_of_the_gazetteer(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, status", [
    ("Литовская сторона готова принять восьмое заседание комиссии в Вильнюсе в марте.", "planned"),
    ("Мы готовы провести следующий раунд консультаций в Риге, заявил министр.", "planned"),
    ("Эстония выразила готовность принять у себя очередное заседание комиссии.", "planned"),
])
def test_a_side_ready_to_host_a_meeting_plans_it(sentence, status):
    assert status_of(sentence, [{"type": "CONSULT", "factuality": "occurred", "round": 8}]) == status


def test_a_side_not_ready_to_host_plans_nothing():
    sentence = "Литовская сторона не готова принять восьмое заседание комиссии."
    assert status_of(sentence, [{"type": "CONSULT", "factuality": "occurred", "round": 8}]) != "planned"


@pytest.mark.parametrize("sentence", [
    "Минск готов принять участие в заседании комиссии.",
    "Делегации готовы принять участие в консультациях экспертов.",
    "Сербия выразила готовность принять участие в саммите.",
    "Словакия выразила готовность принять участие во встрече министров.",
])
def test_a_side_ready_to_take_part_plans_no_meeting(sentence):
    assert status_of(sentence, []) is None  # a stance on taking part: neither hosting nor holding one


@pytest.mark.slow
def test_the_meeting_before_a_round_put_off_is_the_one_before_it(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Кито, 12 марта 2031. Министр иностранных дел Эквадора заявил, что Восьмой бинациональный кабинет Эквадора "
        "и Колумбии, намеченный на 20 марта в Кито, перенесен на июнь.\n\nПредыдущая встреча двух правительств в "
        "таком формате прошла в Боготе в 2029 году.\n"))
    history = {(h["status"], h["round"], h["date"]) for f in formats if f["type"] == "бинациональный кабинет"
               for h in f["history"]}
    assert ("round", 7, "2029") in history


@pytest.mark.slow
def test_a_proposal_told_with_no_date_is_of_its_documents_day(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Вильнюс, 14 марта 2031 (ELTA). Седьмое заседание совместной литовско-польской комиссии по энергетике "
        "прошло в Варшаве в мае 2029 года.\n\nЛитовская сторона положительно отнеслась к предложению Варшавы "
        "возобновить работу совместной комиссии по энергетике.\n"))
    history = {(h["status"], h["date"]) for f in formats for h in f["history"]}
    assert ("proposed-resumption", "2031-03-14") in history
