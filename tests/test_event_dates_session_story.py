"""The days of a session's story (issue 10, item 3), on invented news of other countries: a session a relative clause
plans (``…, которая должна пройти 8–9 декабря``), a time of another clause past a semicolon or of an act a noun refers
to (``решением X закрыть накануне переход``), talks ``накануне сессии``, what ``обе стороны`` did at it, a stand on a
meeting's outcome, and the armed police of a state as an attack's side."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word, type_=None):
    return [e.date for e in found if word in e.trigger and (type_ is None or e.type == type_)]


def test_a_session_a_relative_clause_plans_takes_its_day(events):
    found = events("НИАМЕЙ, 3 декабря. Вопрос рассмотрят на пятой сессии совместной комиссии по сотрудничеству между "
                   "Нигером и Бенином, которая должна пройти 8–9 декабря в Котону.", "2031-12-03")
    session = [e for e in found if "сессии" in e.trigger]
    assert [(e.date, e.factuality) for e in session] == [(PartialDate(2031, 12, 8), "planned")]


def test_a_time_past_a_semicolon_is_another_clauses(events):
    found = events("БАМАКО, 19 октября. Совместный малийско-нигерский пограничный комитет собрался в Бамако в "
                   "четвертый раз; предыдущее его заседание прошло в мае 2030 года в Ниамее.", "2031-10-19")
    assert _dated(found, "собрался") == [PartialDate(2031, 10, 19)]


def test_the_time_of_an_act_a_noun_refers_to_is_that_acts(events):
    found = events("ДАКАР, 11 октября. Министр иностранных дел Сенегала провел сегодня телефонный разговор с "
                   "гамбийским коллегой. В ходе разговора министр выразил сожаление в связи с решением гамбийской "
                   "стороны закрыть накануне пограничный переход и призвал пересмотреть это решение.", "2031-10-11")
    assert _dated(found, "закрыть") == [PartialDate(2031, 10, 10)]
    assert _dated(found, "призвал") == [PartialDate(2031, 10, 11)]


def test_talks_on_the_eve_of_the_session_and_what_both_sides_did_there(events):
    text = ("ДАКАР, 24 ноября. Премьер-министры Сенегала и Гамбии вчера провели в Банжуле десятую сессию "
            "межправительственной комиссии двух стран. В тот же день премьер Сенегала встретился с президентом "
            "Гамбии.\n\nНакануне сессии министры иностранных дел Ясин Фалл и Мамаду Тангара провели переговоры.\n\n"
            "Обе стороны выразили обеспокоенность положением на границе с Мали.")
    found = events(text, "2031-11-24")
    assert _dated(found, "провели переговоры") == [PartialDate(2031, 11, 22)]
    assert _dated(found, "обеспокоенность") == [PartialDate(2031, 11, 23)]


def test_a_stand_on_the_outcome_of_talks_is_of_its_day(events):
    found = events("Малайзия приветствует прогресс в переговорах\n\nКУАЛА-ЛУМПУР, 28 ноября. Малайзия приветствовала "
                   "итоги очередного раунда переговоров между правительством Филиппин и группировкой MILF, прошедшего "
                   "в среду в малайзийской столице.", "2031-11-28")
    assert _dated(found, "приветств", "SUPPORT") == [PartialDate(2031, 11, 28)]


def test_gendarmes_of_a_state_are_its_side(events):
    found = events("БАМАКО, 25 октября. По данным правительства Мали, в субботу нигерские жандармы открыли огонь по "
                   "группе пастухов возле границы.", "2031-10-25")
    attack = [e for e in found if e.type == "ASSAULT"]
    assert attack and any(p.role == "source" and p.entity.endswith("NE") for p in attack[0].participants)


def test_what_the_sides_agreed_after_a_round_told_by_the_day_it_began(events):
    found = events("МЕХИКО, 20 ноября. Делегации правительства Колумбии и повстанцев зачитали сегодня совместное "
                   "заявление по итогам переговоров. Раунд переговоров правительства Колумбии и АНО, начавшийся в "
                   "понедельник в Мехико, стал первым после долгого перерыва. Стороны также условились о совместном "
                   "разминировании сельских районов под наблюдением миссии ООН.", "2031-11-20")
    assert _dated(found, "условились") == [PartialDate(2031, 11, 20)]


def test_a_session_told_again_in_the_datelines_city_is_one_meeting(events):
    found = events("ЛУСАКА — Замбия и Малави договорились открыть три пограничных перехода по итогам 9-го заседания "
                   "совместной постоянной комиссии, завершившегося в воскресенье в Лусаке.\n\nДвухдневное заседание "
                   "провели министр иностранных дел Замбии Мулиамбо Хаимбе и министр иностранных дел Малави Нэнси "
                   "Тембо.", "2031-04-21")
    assert len([e for e in found if e.type == "CONSULT"]) == 1
