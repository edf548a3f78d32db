"""Series named by their head noun and told in news' sibling forms (invented sentences, other countries): consultations
numbered by how many times they met (``в пятый раз``, either word order, a compound adjective of their sides), their
earlier rounds told as ordinal plurals (``Первые … прошли …, вторые — …``); a leaders' series told as ``встреча на
высоком уровне`` (its own words in the label, a Roman numeral, a postponement noun with the ordinal between); a joint
commission named only by its kind, its sides the sentence's country and a colleague's adjective."""
import pytest

from khronika.format_kinds import formats_in
from khronika.format_status import status_of
from tests.test_format_carry import ingested_formats


def _history(fmt: dict) -> set[tuple]:
    return {(h["status"], h["round"], h["date"]) for h in fmt["history"]}


@pytest.mark.parametrize("sentence", [
    "Замглавы МИД Чили провела в Лиме консультации с коллегами из Перу — в четвертый раз в таком составе.",
    "Консультации прошли в пятый раз.",
    "Делегации Ганы и Того в третий раз провели консультации в Аккре.",
    "В пятницу в Ханое прошли вьетнамско-лаосские консультации — уже в 7-й раз.",
    "Дипломаты Кении и Танзании в шестой раз за десять лет собрались на консультации в Аруше.",
    "Консультации, которые в восьмой раз прошли в Асунсьоне, завершились подписанием меморандума.",
])
def test_consultations_numbered_by_how_many_times_they_met(sentence):
    assert "консультации" in {n.name for n in formats_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "Министры в последний раз проводили консультации в 2019 году.",
    "Консультации в очередной раз закончились ничем.",
    "Консультации в который раз отложили.",
    "Юристы компании провели консультации с клиентом.",
    "Консультации по вопросам миграции прошли в четвертый раз.",  # a topic of their own: that pattern's
])
def test_consultations_not_numbered_so_are_no_bare_series(sentence):
    assert "консультации" not in {n.name for n in formats_in(sentence)}


def test_bare_consultations_numbered_with_their_earlier_rounds_as_ordinal_plurals(tmp_path):
    text = ("Асунсьон, 14 марта 2031 года.\n\n"
            "Заместитель министра иностранных дел Парагвая Рамон Вильяльдеа накануне провел в Асунсьоне консультации "
            "с боливийскими дипломатами — в этом формате уже в третий раз. Первые консультации прошли в Ла-Пасе в "
            "2027 году, вторые — в Асунсьоне в мае 2029 года.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert len(fmts) == 1
    assert {("round", 1, "2027"), ("round", 2, "2029-05"), ("round", 3, "2031-03-13")} <= _history(fmts[0])


def test_consultations_of_no_two_states_are_no_format(tmp_path):
    text = ("Минск, 14 марта 2031 года.\n\n"
            "В третий раз за месяц врачи областной больницы провели консультации для жителей района. "
            "Первые консультации прошли в январе, вторые — в феврале.\n")
    assert not [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]


@pytest.mark.parametrize("sentence", [
    "XIV встреча на высоком уровне Португалии и Бразилии пройдет в Лиссабоне.",
    "Предыдущая, шестая встреча на высоком уровне состоялась в Дакаре.",
    "Стороны договорились провести очередную встречу на высоком уровне в Бамако.",
])
def test_a_leaders_series_told_as_a_high_level_meeting_keeps_its_words(sentence):
    named = [n for n in formats_in(sentence) if n.name == "встречи на высшем уровне"]
    assert named and named[0].alias == "встреча на высоком уровне"


@pytest.mark.parametrize("sentence", [
    "Визиты на высоком уровне продолжаются.",  # no meeting noun
    "Отношения двух стран находятся на высоком уровне.",
])
def test_a_high_level_without_a_meeting_is_no_summit(sentence):
    assert "встречи на высшем уровне" not in {n.name for n in formats_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "Глава МИД назвал перенос очередного, девятого по счету саммита двух стран вынужденным.",
    "Стороны объявили о переносе пятого заседания комиссии.",
    "Решение о переносе долгожданной третьей встречи лидеров приняли в Лиссабоне.",
    "Стороны откладывают шестое заседание смешанной комиссии.",  # present tense, imperfective
    "Саммит двух стран откладывается из-за выборов.",
    "Очередной раунд консультаций переносится.",
])
def test_a_postponement_noun_with_the_meetings_ordinal_between(sentence):
    assert status_of(sentence, []) == "postponed"


@pytest.mark.parametrize("sentence", [
    "Грузчики переносят ящики на склад.",
    "Пациент плохо переносит жару.",
    "Компания откладывает деньги на ремонт.",
])
def test_carrying_enduring_or_saving_is_no_postponement(sentence):
    assert status_of(sentence, []) != "postponed"


def test_a_high_level_series_in_roman_numerals_put_off(tmp_path):
    text = ("Лиссабон, 3 октября 2031 года.\n\n"
            "Правительства Португалии и Бразилии откладывают XIV встречу на высоком уровне, намеченную на 20–21 "
            "октября в Лиссабоне. Предыдущая, тринадцатая встреча на высоком уровне состоялась в мае 2029 года в "
            "Бразилиа.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if f["type"] == "встречи на высшем уровне"]
    assert len(fmts) == 1 and "встреча на высоком уровне" in fmts[0]["label"]
    assert {("round", 13, "2029-05"), ("postponed", 14, "2031-10-20")} <= _history(fmts[0])


def test_a_joint_commission_named_by_its_kind_with_a_colleagues_adjective(tmp_path):
    text = ("Найроби, 9 июня 2031 года.\n\n"
            "Глава МИД Кении Джозеф Мвакитале и его танзанийский коллега в среду открыли в Аруше шестую сессию "
            "Совместной министерской комиссии двух государств. Пятое заседание комиссии состоялось в Найроби в марте "
            "2030 года. Следующее, седьмое, намечено провести в Кении в 2032 году.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if "комиссия" in f["name"]]
    assert len(fmts) == 1 and len(fmts[0]["sides"]) == 2
    assert {("round", 5, "2030-03"), ("round", 6, "2031-06-04"), ("planned", 7, "2032")} <= _history(fmts[0])


@pytest.mark.parametrize("sentence, name", [
    ("Перуанско-эквадорская комиссия по сотрудничеству провела в Лиме очередное, девятое по счету заседание.",
     "комиссия по сотрудничеству"),
    ("Комиссия по сотрудничеству Ганы и Того провела в Ломе седьмое заседание.", "комиссия по сотрудничеству"),
    ("В Ханое состоялся девятый вьетнамско-лаосский форум по безопасности.", "форум по безопасности"),
    ("В Риге завершилось пятое заседание латвийско-литовского комитета по энергетике.", "комитет по энергетике"),
    ("Норвежско-исландский совет по рыболовству соберется в десятый раз в Рейкьявике.", "совет по рыболовству"),
    ("XII парагвайско-боливийский форум прошел в Сукре.", "форум"),
])
def test_a_body_named_by_its_head_noun_and_topic_or_its_sides_adjective(sentence, name):
    assert name in {n.name for n in formats_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "Советник по национальной безопасности прибыл в Дели.",  # an office, not a council
    "Советники по экономике двух президентов провели встречу.",
    "Комиссия по вопросам миграции заседала в Бонне.",  # a topic "по вопросам": that pattern's
    "Премьер пригласил делегацию партнеров на форум по возобновляемой энергетике.",  # a conference
])
def test_an_office_or_a_topic_of_questions_is_no_body_of_this_kind(sentence):
    assert not [n for n in formats_in(sentence) if n.type == "орган по теме"]


def test_a_domestic_commission_numbered_is_no_format(tmp_path):
    text = ("Минск, 14 марта 2031 года.\n\n"
            "Комиссия по бюджету парламента провела девятое заседание и одобрила поправки.\n")
    assert not [f for f in ingested_formats(tmp_path, text) if f["type"] == "орган по теме"]


def test_a_forum_of_two_sides_and_its_first_rounds_with_their_years_listed(tmp_path):
    text = ("Ханой, 12 марта 2031 года.\n\n"
            "В Ханое состоялся девятый вьетнамско-лаосский форум по безопасности. Первые два форума прошли во "
            "Вьентьяне в 2020 и 2021 годах.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if f["type"] == "орган по теме"]
    assert len(fmts) == 1 and len(fmts[0]["sides"]) == 2
    assert {("round", 1, "2020"), ("round", 2, "2021"), ("round", 9, "2031-03-12")} <= _history(fmts[0])


@pytest.mark.parametrize("text, years", [
    ("в 2027 и 2029 годах", ["2027", "2029"]),
    ("2020 и 2021 гг.", ["2020", "2021"]),
    ("в 2029 году", []),
    ("в мае и июне 2029 года", []),
])
def test_years_listed_in_one_expression(text, years):
    from khronika.format_dates import years_listed
    from khronika.records import PartialDate
    from khronika.timex import find_timexes
    found = find_timexes(text, PartialDate(2031, 3, 12))
    assert found and years_listed(found[0]) == years
