"""A meeting's round told apart from the words that report it (events.rounds, events.stage): after its noun, counted
(``провели консультации — девятые по счету``); in the next sentence by ``это`` with a clause of its own time
(``Это пятый раунд, хотя до него стороны не собирались с мая …``); in the next sentence with no meeting of its own
(``Открывая шестую сессию, министр …``).  The round of an earlier meeting (``решения четвертой сессии``), of a
meeting to come, of another series, or a sentence of its own day, is not the reported meeting's."""
import pytest

pytestmark = pytest.mark.slow

HELD = "В среду в Асунсьоне прошли консультации заместителей министров иностранных дел Парагвая и Уругвая. "


def consult_rounds(evs) -> list:
    """The rounds of the meetings held, in order."""
    return [e.round for e in evs if e.type == "CONSULT" and e.factuality == "occurred"]


# ---- after its noun, counted

@pytest.mark.parametrize("text, n", [
    ("В среду Асунсьон принял консультации министров Парагвая и Уругвая — девятые по счету.", 9),
    ("Министры Парагвая и Уругвая провели в Асунсьоне консультации, пятые по счёту с 2011 года.", 5),
    ("В Асунсьоне прошло заседание смешанной комиссии Парагвая и Уругвая — уже 14-е по счету.", 14),
    ("Парагвай и Уругвай провели очередную встречу, шестую по счету, в Монтевидео.", 6),
])
def test_a_round_counted_after_the_meeting_noun(events, text, n):
    assert consult_rounds(events(text)) == [n], text


def test_a_count_of_something_else_is_no_round(events):
    # the count follows another noun: a document, a visit of a person
    evs = events("Министры Парагвая и Уругвая провели переговоры и подписали соглашение — третье по счету.")
    assert 3 not in consult_rounds(evs)
    evs = events("Министр Парагвая провел переговоры с коллегой из Уругвая, прибывшим в Асунсьон с визитом — "
                 "вторым по счету за год.")
    assert 2 not in consult_rounds(evs)


# ---- the next sentence: "это N-й раунд", with a clause of its own time

@pytest.mark.parametrize("again, n", [
    ("Это уже седьмой раунд переговоров, хотя до него делегации не собирались с марта 2023 года.", 7),
    ("Это восьмая встреча министров, хотя до нее делегации не виделись с лета 2022 года.", 8),
    ("Это пятая встреча в таком формате, прошлая состоялась в июле 2024 года.", 5),
    ("Как отметил посол Парагвая, это уже 11-й раунд, предыдущий прошел в мае.", 11),
])
def test_this_is_the_nth_round_with_a_clause_of_another_time(events, again, n):
    assert consult_rounds(events(HELD + again)) == [n], again


def test_this_is_the_first_meeting_since_a_year_joins_the_meeting_told(events):
    evs = events(HELD + "Это первая встреча делегаций двух стран с 2021 года, отметил посол Уругвая.")
    assert len([e for e in evs if e.type == "CONSULT"]) == 1


def test_a_sentence_of_its_own_day_is_its_own_meeting(events):
    # a meeting of another day, numbered: not the one reported
    evs = events(HELD + "В мае в Монтевидео прошел шестой раунд переговоров министров обороны двух стран.")
    assert sorted(r or 0 for r in consult_rounds(evs)) == [0, 6]


# ---- the next sentence, no meeting of its own

@pytest.mark.parametrize("next_, n", [
    ("Открывая восьмую сессию, министр иностранных дел Парагвая призвал ускорить работу.", 8),
    ("Церемонию открытия четвертого раунда провел глава МИД Аргентины.", 4),
    ("В ходе 12-го заседания стороны уделили внимание торговле.", 12),
    ("Третий по счету цикл консультаций, как ожидается, продлится два дня.", 3),
    ("Нынешний раунд стал десятым с момента учреждения механизма.", 10),
    ("Участники десятой сессии обсудили вопросы энергетики и транспорта.", 10),
])
def test_a_round_told_in_the_next_sentence_numbers_the_meeting(events, next_, n):
    assert consult_rounds(events(HELD + next_)) == [n], next_


@pytest.mark.parametrize("next_", [
    "Стороны обсудили выполнение решений пятого заседания комиссии.",
    "Предыдущий, седьмой раунд проходил в Монтевидео.",
    "Министры условились провести девятый раунд в Буэнос-Айресе весной.",
    "В ходе пятого тура чемпионата Парагвая по футболу команда из Асунсьона проиграла.",
    "Четвертый раунд переговоров Перу и Чили о границе прошел в Лиме в мае.",
    "Стартап из Асунсьона тем временем закрыл третий раунд финансирования.",
    "Церемония открытия второй сессии парагвайского парламента не состоялась.",
])
def test_a_round_of_another_meeting_is_not_carried(events, next_):
    evs = events(HELD + next_)
    assert consult_rounds(evs)[0] is None, next_


# ---- "впервые после N-го …": the meeting after the Nth

@pytest.mark.parametrize("text, n", [
    ("Смешанная комиссия Перу и Эквадора соберется весной — впервые после 7-й сессии в Кито в 2018 году.", 8),
    ("Министры Перу и Эквадора встретились в Лиме впервые после шестого раунда консультаций, прошедшего в 2021 "
     "году.", 7),
    ("В Лиме прошло заседание комиссии Перу и Эквадора, первое после 11-го заседания в Кито в 2019 году.", 12),
    ("Переговоры Перу и Эквадора, первые после третьего раунда в 2020 году, пройдут в марте.", 4),
    ("Главы МИД Перу и Эквадора провели переговоры впервые после двенадцатой встречи в Кито.", 13),
])
def test_the_first_meeting_after_the_nth_is_the_next(events, text, n):
    # the first meeting told; the numbered one after "после" may be told as an event of its own
    assert [e.round for e in events(text) if e.type == "CONSULT"][0] == n, text


@pytest.mark.parametrize("text, n", [
    ("Переговоры Перу и Эквадора были прерваны после четвертого раунда в 2019 году.", 5),
    ("Министры Перу и Эквадора встретились в Лиме впервые после 2019 года.", 2020),
    ("После пятого раунда консультаций в Лиме министры Перу и Эквадора провели пресс-конференцию.", 6),
    ("Вторая встреча после перерыва прошла в Лиме: министры Перу и Эквадора обсудили границу.", 3),
])
def test_a_meeting_told_after_another_without_first_is_not_the_next(events, text, n):
    assert n not in [e.round for e in events(text)], text
