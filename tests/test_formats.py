"""Formats (standing mechanisms of dialogue): recognition in sentences and history completion."""
import pytest

from khronika.formats import _complete, formats_in, status_of


@pytest.mark.parametrize("sentence, name", [
    ("Министры провели консультации в формате «два плюс два».", "2+2"),
    ("Лидеры договорились о встрече на высшем уровне в Пекине.", "встречи на высшем уровне"),
    ("Возобновился диалог по стратегическим вопросам между МИД.", "стратегический диалог"),
    ("Продолжаются контакты по линии секретарей советов безопасности двух стран.", "секретари советов безопасности"),
    ("Были заморожены контакты по линии военных.", "контакты военных ведомств"),
    ("Стороны продолжат переговоры по мирному договору.", "переговоры по мирному договору"),
])
def test_formats_kinds_are_recognised(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def test_formats_general_pattern_names_a_new_format():
    names = [n.name for n in formats_in("Состоялись консультации по линии министерств юстиции.")]
    assert "по линии министерств юстиции" in names


@pytest.mark.parametrize("sentence, events, status", [
    ("Потом этот формат был приостановлен.", [{"type": "SANCTION", "factuality": "occurred", "round": None}],
     "suspended"),
    ("Президент предложил возобновить этот формат.", [{"type": "REQUEST", "factuality": "occurred", "round": None}],
     "proposed-resumption"),
    ("Впервые за четыре года возобновился такой формат.", [], "resumed"),
    ("В Риме прошёл третий раунд консультаций.", [{"type": "CONSULT", "factuality": "occurred", "round": 3}], "round"),
    ("Хорошо развиваются контакты по линии пограничных служб.", [], "active"),
    ("Формат обсуждался экспертами.", [], None),
])
def test_formats_status_from_events_and_words(sentence, events, status):
    assert status_of(sentence, events) == status


def entry(status, date, rnd=None):
    return {"status": status, "date": date, "date_precision": "day", "round": rnd, "events": [], "docs": ["d:1"]}


def test_formats_rounds_between_known_rounds_and_implied_ones():
    history = [entry("round", "2013-11", 1), entry("meeting", "2017-03-20"), entry("round", "2019-05-30", 4)]
    out = _complete(history, [])
    rounds = {h["round"]: h["status"] for h in out}
    assert rounds == {1: "round", 2: "round", 3: "implied", 4: "round"}
    assert next(h for h in out if h["round"] == 3)["date"] is None  # implied, not invented


def test_formats_undated_suspension_takes_a_reported_suspension_date():
    (out,) = _complete([entry("suspended", None)], ["2014"])  # a suspension another document reports
    assert out["date"] == "2014" and out["dated_from"] == "another report"


def test_formats_resumption_told_after_a_suspension():
    from khronika.formats import RESUMED_AFTER

    assert RESUMED_AFTER.search("Консультации были приостановлены в 2020 году и возобновлены лишь в прошлом году.")
    assert not RESUMED_AFTER.search("Консультации были приостановлены, стороны предложили их возобновить.")


@pytest.mark.parametrize("sentence, status", [
    ("Стороны обсудили перспективы возобновления переговоров по мирному договору.", None),
    ("Последняя встреча прошла в прошлом году.", "meeting"),
    ("Контакты в прошлом году не поддерживались.", None),
    ("Переговоры были возобновлены в мае.", "resumed"),
])
def test_formats_status_words_are_verb_forms(sentence, status):
    assert status_of(sentence, []) == status


def test_formats_an_occurred_meeting_outweighs_a_planned_one():
    events = [{"type": "CONSULT", "factuality": "occurred", "round": None},
              {"type": "CONSULT", "factuality": "planned", "round": None}]
    assert status_of("Переговоры продолжаются, стороны готовятся к следующим переговорам.", events) == "meeting"


def test_formats_general_pattern_runs_over_a_lowercase_complement():
    (found,) = formats_in("Прошёл раунд консультаций по вопросам борьбы с наркотиками.")
    assert found.name == "по вопросам борьбы с наркотиками"
    (found,) = formats_in("Консультации по вопросам безопасности с Францией прошли в Париже.")
    assert found.name == "по вопросам безопасности"


@pytest.mark.parametrize("sentence, events, status", [
    # a meeting after a break, held or still to come, resumes the format
    ("Послы двух стран встретятся в пятницу впервые после марта 2019 года.",
     [{"type": "CONSULT", "factuality": "planned", "round": None}], "resumed"),
    ("Министры провели консультации впервые с 2015 года.", [], "resumed"),
    ("Эксперты встретились впервые за три года.", [], "resumed"),
    ("После долгой паузы делегации встретились в Женеве.", [], "resumed"),
    # a suspension told in other words
    ("Работа комиссии была прервана осенью.", [], "suspended"),
    ("Все контакты по этой линии заморожены.", [], "suspended"),
    # negotiations said to go on keep the format active
    ("Премьер обещал настойчиво вести переговоры о заключении договора.", [], "active"),
    ("Стороны продолжают переговоры о границе.", [], "active"),
])
def test_formats_status_of_breaks_suspensions_and_ongoing_talks(sentence, events, status):
    assert status_of(sentence, events) == status


def test_formats_status_words_govern_the_mention_after_them():
    from khronika.format_local import local_statuses

    text = ("После того как Белоруссия была исключена из Северного совета, Швеция на саммите Балтийского форума "
            "призвала к возобновлению формата Северного совета.")
    spans = {"Северный совет": [(m.start(), m.end()) for m in __import__("re").finditer("Северного совета", text)],
             "Балтийский форум": [(text.index("Балтийского форума"), text.index("Балтийского форума") + 18)]}
    local, rest = local_statuses(text, spans, [])
    assert [s for s, _, _ in local["Северный совет"]] == ["suspended", "proposed-resumption"]
    assert "Балтийский форум" not in local
    assert "исключена" not in rest and "возобновлению" not in rest and "Балтийского форума" in rest
    # a single format: the sentence's status holds for it
    assert local_statuses("Совет был приостановлен.", {"Совет": [(0, 5)]}, []) == ({}, "Совет был приостановлен.")


def test_formats_a_next_meeting_or_ongoing_talks_take_up_the_format_named_before():
    from khronika.format_again import taken_up
    from khronika.formats import EVENT_NAMES

    (fixed,) = formats_in("Лидеры стран ШОС проводят саммиты ежегодно.")
    (kind,) = formats_in("Следующий саммит состоится в Бишкеке в июне.")
    assert taken_up("Следующий саммит состоится в Бишкеке в июне.", [kind], [fixed], EVENT_NAMES) == [fixed]
    assert taken_up("Саммит в Бишкеке пройдёт в июне.", [kind], [fixed], EVENT_NAMES) == [kind]  # a summit of its own
    (peace,) = formats_in("Стороны так и не подписали мирный договор.")
    assert taken_up("Премьер сказал, что будет вести переговоры с соседями.", [], [peace], EVENT_NAMES) == [peace]
    assert taken_up("Премьер выступил на митинге.", [], [peace], EVENT_NAMES) == []


@pytest.mark.parametrize("sentence, status", [
    ("Встреча министров в этом формате так и не состоялась.", "cancelled"),
    ("Саммит был сорван из-за разногласий.", "cancelled"),
    ("Работа комиссии прекращена.", "suspended"),
    ("Страна прекратила участие в консультациях.", "suspended"),
    ("Стороны договорились о прекращении огня на переговорах.", None),
    ("Контакты по линии военных восстановлены.", "resumed"),
    ("Министры обсудят повестку предстоящего саммита.", "planned"),
])
def test_formats_more_ways_to_tell_a_status(sentence, status):
    assert status_of(sentence, []) == status


def test_formats_general_name_ends_before_the_predicate():
    names = [n.name for n in formats_in("Раунд консультаций по вопросам безопасности судоходства прошёл во вторник.")]
    assert names == ["по вопросам безопасности судоходства"]


def test_formats_rounds_in_words_past_ten():
    from khronika.format_rounds import round_in

    assert round_in("Пятнадцатый раунд консультаций прошёл в Лиме.") == 15
    assert round_in("Министры встретились в этом формате в двенадцатый раз.") == 12
    assert round_in("Тридцать четвертый раунд консультаций прошёл в Лиме.") == 34  # a compound ordinal
    assert round_in("По итогам 14-й министерской встречи приняли заявление.") == 14  # an adjective between
    assert round_in("Пятый внеочередной саммит созван в Лиме.") == 5
    assert round_in("Это вторая встреча послов за три недели.") is None  # counted within a while


@pytest.mark.parametrize("sentence, status", [
    ("Следующий раунд консультаций решено провести в Лиме в 2030 году.", "planned"),
    ("Министры договорились встретиться снова в Лиме.", "planned"),
    ("Министры провели переговоры и договорились встретиться снова.", "meeting"),
])
def test_formats_a_meeting_agreed_on_is_planned_whatever_the_event_says(sentence, status):
    occurred = [{"type": "CONSULT", "factuality": "occurred", "round": None}]
    assert status_of(sentence, occurred) == status


def test_formats_previous_rounds_listed_without_a_count():
    from khronika.format_rounds import previous_rounds

    sentence = "Предыдущие заседания проходили в Лиме в мае 2011 года, в Кито в июне 2013 года и в Боготе."
    assert [k for k, _, _ in previous_rounds(sentence, 5)] == [2, 3, 4]
    assert previous_rounds(sentence, 3) == []  # more listed than there were: nothing


@pytest.mark.parametrize("sentence, takes_up", [
    ("Предыдущее, 19-е заседание прошло в Лиме.", True),
    ("Первые два раунда прошли в Лиме и Кито.", True),
    ("Диалог был приостановлен в 2019 году.", True),
    ("Министры обсудили торговлю.", False),
])
def test_formats_rounds_and_the_mechanism_told_again(sentence, takes_up):
    from khronika.format_again import ANOTHER_ROUND

    assert bool(ANOTHER_ROUND.search(sentence)) == takes_up


def test_formats_talks_going_on_take_up_only_a_negotiation_track():
    from khronika.format_again import taken_up
    from khronika.formats import EVENT_NAMES

    (club,) = formats_in("Лидеры стран ШОС провели саммит.")
    assert taken_up("Премьер сказал, что будет вести переговоры с соседями.", [], [club], EVENT_NAMES) == []


def test_formats_governing_words_are_not_look_alikes():
    from khronika.format_local import local_statuses

    text = "Министры исключительно тепло встретились на саммите G20, а в очередной раз обсудили итоги саммита БРИКС."
    spans = {"G20": [(text.index("G20"), text.index("G20") + 3)],
             "БРИКС": [(text.index("БРИКС"), text.index("БРИКС") + 5)]}
    assert local_statuses(text, spans, [])[0] == {}


@pytest.mark.parametrize("sentence, status", [
    ("Стороны возобновят консультации в мае.", "planned"),
    ("Диалог возобновится осенью.", "planned"),
    ("Стороны возобновили консультации в мае.", "resumed"),
])
def test_formats_a_resumption_to_come_is_planned(sentence, status):
    assert status_of(sentence, []) == status


def test_formats_a_mechanism_named_again_by_its_head_noun():
    from khronika.format_again import taken_up
    from khronika.formats import EVENT_NAMES

    (council,) = formats_in("Заседание Арктического совета прошло в Рейкьявике.")
    assert taken_up("Работа совета была приостановлена весной.", [], [council], EVENT_NAMES) == [council]
    assert taken_up("Министр дал совет коллегам.", [], [], EVENT_NAMES) == []



@pytest.mark.parametrize("sentence, status", [
    ("Страну исключили из переговоров, которые проходят под эгидой группы.", None),
    ("В 2014 году страна была исключена из «Большой двадцатки».", "suspended"),
    ("Кризис не привёл к отмене санкций, что показал провал саммита.", None),
    ("Отмена саммита стала неожиданностью.", "cancelled"),
    ("Министры перенесут вынужденное отсутствие на встрече.", None),
    ("Встречу перенесли на май.", "postponed"),
    ("Саммит перенесён.", "postponed"),
])
def test_formats_status_words_need_their_sense(sentence, status):
    assert status_of(sentence, []) == status


def test_formats_secretaries_of_security_councils_by_their_short_names():
    from khronika.formats import formats_in

    for sentence in ("Секретарь СБ РФ и помощник президента США провели консультации в Женеве.",
                     "Секретарь Совбеза провёл переговоры с коллегой из Индии."):
        assert "секретари советов безопасности" in {n.name for n in formats_in(sentence)}, sentence
    assert "секретари советов безопасности" not in {n.name for n in formats_in("Секретарь сбежал.")}


def test_formats_one_mechanism_named_differently_by_two_outlets():
    from khronika.format_identity import identities
    from khronika.format_names import Named

    def seen(name, type_, doc, rnd, date):
        return (Named(name, type_, name), doc, {"e:iso-AM", "e:iso-GE"},
                [{"status": "round", "round": rnd, "date": date, "events": [], "docs": [doc]}])

    a = seen("консультации по вопросам безопасности", "консультации", "d:1", 7, "2025-03-04")
    b = seen("встречи секретарей советов безопасности", "встречи секретарей советов безопасности", "d:2", 7,
             "2025-03-04")
    (merged,) = identities([a, b])
    assert merged[0][0] == "консультации по вопросам безопасности"  # the text's own name, not the kind's
    assert len(identities([a, seen("встречи секретарей советов безопасности", "встречи секретарей советов "
                                   "безопасности", "d:2", 8, "2025-09-01")])) == 2  # another round: not one
    c = seen("межправительственная комиссия по торговле", "межправительственная комиссия", "d:3", None, None)
    d = seen("межправительственная комиссия по сотрудничеству", "межправительственная комиссия", "d:4", None, None)
    assert len(identities([c, d])) == 1  # one commission per pair of countries


def test_formats_another_round_of_a_mechanism_named_far_back_by_its_head_noun():
    from khronika.format_again import round_again

    earlier = formats_in("Прошло пятое заседание совместной армяно-грузинской межправительственной комиссии по "
                         "экономическому сотрудничеству.")
    assert [n.type for n in round_again("Предыдущее, четвертое заседание комиссии прошло в Тбилиси.", earlier)] == \
        ["межправительственная комиссия"]
    assert round_again("Заседание комиссии прошло в Тбилиси.", earlier) == []  # no other round told
    two = earlier + formats_in("Заседала и межпарламентская комиссия по сотрудничеству.")
    assert round_again("Предыдущее заседание комиссии прошло в Тбилиси.", two) == []  # which one?


def test_formats_entries_of_one_date_round_and_status_keep_one_order_whatever_order_they_come_in():
    from khronika.format_merge import merge_entries

    a = {"status": "postponed", "date": None, "round": None, "docs": ["d:a"], "events": ["v:1"]}
    b = {"status": "postponed", "date": None, "round": None, "docs": ["d:b"], "events": ["v:2"]}
    assert merge_entries([a, b]) == merge_entries([b, a]) == [a, b]
