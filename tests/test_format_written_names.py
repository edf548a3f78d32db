"""The names a text gives a format, kept as written (``format_kinds.written``, ``format_kinds.of_whom``): a kind's
words whole and with the compound adjective of its sides, a summit named by whose leaders meet; standing mechanisms of
the gazetteer (the British–Irish Intergovernmental Conference, the Sudan–South Sudan political and security
mechanism, the coastal states' consultations) and meetings of officials of two states in numbered sessions
(``заседание пограничных уполномоченных``); a session told as ``проходившее в …`` held."""
from __future__ import annotations

import pytest

from khronika.format_kinds import formats_in
from khronika.format_status import status_of
from tests.test_format_history_told import ingested_formats


def _one(sentence: str, name: str):
    return next(n for n in formats_in(sentence) if n.name == name)


def test_a_kind_is_told_by_its_whole_words_and_the_adjective_of_its_sides():
    n = _one("Ереван отложил заседание армяно-грузинского стратегического диалога на осень.", "стратегический диалог")
    assert n.surface == "армяно-грузинского стратегического диалога"
    assert _one("Стратегический диалог двух стран продолжится в мае.", "стратегический диалог").surface \
        == "Стратегический диалог"


@pytest.mark.parametrize("sentence, alias", [
    ("В Апиа открылся 12-й Саммит президентов Полинезии.", "саммит президентов Полинезии"),
    ("Лидеры провели саммит глав государств Андского сообщества в Лиме.",
     "саммит глав государств Андского сообщества"),
    ("Саммит лидеров Океании начнется в среду.", "саммит лидеров Океании"),
    ("Саммит лидеров Китая и Японии начнется в среду.", ""),  # two countries: no name of its own
])
def test_a_summit_is_named_by_whose_leaders_meet(sentence, alias):
    assert _one(sentence, "встречи на высшем уровне").alias == alias


@pytest.mark.parametrize("sentence, name, members", [
    ("В Белфасте прошло заседание Британско-ирландской межправительственной конференции.",
     "Британско-ирландская межправительственная конференция", ("GB", "IE")),
    ("Министры обороны провели в Малакале заседание Совместного политического механизма и механизма безопасности.",
     "Совместный политический механизм и механизм безопасности", ("SD", "SS")),
    ("В Бергене завершились консультации прибрежных государств о квотах на путассу.",
     "консультации прибрежных государств", ()),
])
def test_standing_mechanisms_of_the_gazetteer(sentence, name, members):
    n = _one(sentence, name)
    assert n.fixed and tuple(sorted(n.countries)) == members


def test_meetings_of_officials_of_two_states_are_a_general_pattern():
    n = _one("Девятое заседание пограничных уполномоченных Лаоса и Камбоджи прошло в Паксе.",
             "заседание пограничных уполномоченных")
    assert n.type == "встречи уполномоченных"


def test_a_session_told_as_going_on_somewhere_was_held():
    assert status_of("Сессия комиссии, проходившая в Паксе в среду и четверг, одобрила карту.", []) == "meeting"


@pytest.mark.slow
def test_numbered_meetings_of_officials_make_a_history(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Уполномоченные подписали протокол\n\nПАКСЕ, 14 октября 2031 года. В понедельник и вторник в "
                    "Паксе прошло девятое заседание уполномоченных Лаоса и Камбоджи по пограничным рекам; итогом стал "
                    "протокол о паводках.\nВосьмое заседание уполномоченных прошло в Стынгтраенге в мае 2030 года.\n",
                    encoding="utf-8")
    formats = ingested_formats(tmp_path, text)
    assert [f["name"] for f in formats] == ["заседание уполномоченных Камбоджа – Лаос"]
    assert [(h["status"], h["round"], h["date"]) for h in formats[0]["history"]] == [
        ("round", 8, "2030-05"), ("round", 9, "2031-10-13")]


def test_an_intergovernmental_conference_of_two_states_told_by_their_adjective():
    n = _one("В Таллине прошло заседание Эстонско-латвийской межправительственной конференции.",
             "межправительственная конференция")
    assert not n.fixed


@pytest.mark.parametrize("sentence, told", [
    ("Конференция возобновила работу в марте 2029 года после пятилетней паузы.", True),
    ("Комитет был приостановлен весной.", True),
    ("Конференция журналистов откроется в среду.", False),
])
def test_a_body_the_subject_of_its_meeting_or_revival_is_told_again(sentence, told):
    from khronika.format_again import told_again
    assert told_again(sentence, False) is told


@pytest.mark.slow
def test_a_conference_revived_a_few_sentences_on(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Министры встретились в Таллине\n\nТАЛЛИН, 9 мая 2031 года. Министры Эстонии и Латвии провели в "
                    "Таллине заседание Эстонско-латвийской межправительственной конференции.\nСтороны подписали "
                    "протокол о сотрудничестве в энергетике.\nМинистр Тамм выразил надежду на быстрое вступление "
                    "протокола в силу.\nКонференция возобновила работу в марте 2029 года после пятилетней паузы.\n",
                    encoding="utf-8")
    (f,) = ingested_formats(tmp_path, text)
    assert ("resumed", "2029-03") in {(h["status"], h["date"]) for h in f["history"]}


def test_a_round_of_a_dialogue_told_by_the_compound_adjective_of_its_sides():
    n = _one("В Таллине прошел четвертый раунд эстонско-финского диалога высокого уровня.", "диалог высокого уровня")
    assert n.type == "раунды консультаций" and n.surface == "раунд эстонско-финского диалога высокого уровня"


@pytest.mark.parametrize("sentence, told", [
    ("Переговоры с повстанцами начались в Аккре в сентябре 2029 года.", True),
    ("Напомним, переговоры правительства с фронтом начались в мае 2028 года.", True),
    ("Обстрелы начались после переговоров.", False),
])
def test_talks_told_begun_without_their_name(sentence, told):
    from khronika.format_status import talks_turned
    assert talks_turned(sentence, []) is told


@pytest.mark.slow
def test_the_first_round_of_talks_told_by_their_beginning(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Стороны завершили пятый раунд переговоров\n\nАККРА, 2 апреля 2031 года. Делегации правительства "
                    "Того и Фронта освобождения Сахеля провели в Аккре пятый раунд переговоров при посредничестве "
                    "Ганы.\nНапомним, переговоры правительства с фронтом начались в Аккре в сентябре 2029 года.\n",
                    encoding="utf-8")
    (f,) = ingested_formats(tmp_path, text)
    assert ("round", 1, "2029-09") in {(h["status"], h["round"], h["date"]) for h in f["history"]}


@pytest.mark.parametrize("sentence, name", [
    ("Министры провели в Тромсё заседание Совета Баренцева Евро-Арктического региона.",
     "Совет Баренцева/Евроарктического региона"),  # the hyphenated spelling of the gazetteer's alias
    ("Стороны провели пятую встречу Совместного механизма наблюдения в Малакале.", "совместный механизм наблюдения"),
])
def test_bodies_named_with_capitals(sentence, name):
    assert any(n.name == name for n in formats_in(sentence))


@pytest.mark.parametrize("sentence, rnd", [
    ("Третья министерская конференция Форума Индия – Океания прошла в Суве.", 3),
    ("Министр провел вторую пресс-конференцию за день.", None),
])
def test_conferences_in_numbered_series(sentence, rnd):
    from khronika.format_rounds import round_in
    assert round_in(sentence) == rnd
    assert _one(sentence, "министерская конференция").type == "министерская конференция" if rnd else True


def test_a_conference_told_ended_was_held():
    assert status_of("Третья министерская конференция Форума Индия – Океания завершилась в среду в Суве.", []) \
        == "meeting"


def test_a_round_of_consultations_told_with_its_sides_before_its_topic():
    n = _one("Третий раунд консультаций Латвии и Эстонии по квотам на шпроты завершился в Осло.",
             "консультации по квотам")
    assert n.type == "раунды консультаций"


def test_a_date_told_more_and_less_fully_is_the_fuller():
    from khronika.format_dates import finest
    assert finest(["2031", "2031-03"]) == ["2031-03"]
    assert finest(["2031-03", "2031-04"]) == ["2031-03", "2031-04"]  # two dates: neither


@pytest.mark.slow
def test_the_first_round_of_this_year_told_by_its_month(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Министры завершили третий раунд консультаций\n\nОСЛО, 12 мая 2031 года. Третий раунд консультаций "
                    "Латвии и Эстонии по квотам на шпроты завершился во вторник в Осло.\nПервая встреча этого года "
                    "состоялась в марте в Риге, вторая – в апреле в Таллине.\n", encoding="utf-8")
    (f,) = ingested_formats(tmp_path, text)
    assert [(h["round"], h["date"]) for h in f["history"]] == [(1, "2031-03"), (2, "2031-04"), (3, "2031-05-06")]


def test_talks_told_begun_in_a_clause_before_a_numbered_round():
    from khronika.format_rounds import clause_rounds
    told = clause_rounds("Переговоры с фронтом начались в сентябре 2029 года в Аккре; их четвертый раунд состоялся в "
                         "декабре в Ломе.")
    assert [n for n, _, _ in told] == [1, 4]


@pytest.mark.slow
def test_talks_begun_and_a_later_round_each_dated_by_its_clause(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Стороны завершили пятый раунд переговоров\n\nАККРА, 2 апреля 2031 года. Делегации правительства "
                    "Того и Фронта освобождения Сахеля провели в Аккре пятый раунд переговоров при посредничестве "
                    "Ганы.\nПереговоры с фронтом начались в сентябре 2029 года в Аккре; их четвертый раунд состоялся в "
                    "декабре в Ломе.\n", encoding="utf-8")
    (f,) = ingested_formats(tmp_path, text)
    told = {(h["round"], h["date"]) for h in f["history"] if h["status"] == "round"}
    assert {(1, "2029-09"), (4, "2030-12")} <= told


@pytest.mark.slow
def test_a_proposal_to_convene_an_idle_body_is_one_to_resume_it(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Вильнюс предложил созвать комиссию\n\nВИЛЬНЮС, 20 марта 2031 года. Министр иностранных дел Литвы "
                    "предложил польской стороне созвать в мае в Вильнюсе шестое заседание Совместной литовско-польской "
                    "комиссии по культурному наследию. Комиссия не собиралась с июня 2028 года, когда ее пятое "
                    "заседание прошло в Кракове.\n", encoding="utf-8")
    (f,) = ingested_formats(tmp_path, text)
    told = {(h["status"], h["round"], h["date"]) for h in f["history"]}
    assert ("proposed-resumption", 6, "2031-05") in told and not any(s == "round" and r == 6 for s, r, _ in told)
