"""Formats and their histories told in the sibling forms of news writing (invented sentences, other countries):
border commissions by any complement of the border, talks in rounds named only by their mediator, a ministerial
forum, a meeting that will not be held on time, a month "того года", an earlier session numbered after a colon."""
import pytest

from khronika.format_clauses import SINCE_THEN
from khronika.format_kinds import formats_in
from khronika.format_status import status_of
from khronika.records import PartialDate
from khronika.timex import find_timexes
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, name", [
    ("Во вторник завершилось девятое заседание межгосударственной комиссии Латвии и Литвы по определению "
     "государственной границы.", "межгосударственная комиссия по определению государственной границы"),
    ("Комиссия Уругвая и Парагвая по разграничению речной границы провела 12-ю сессию.",
     "комиссия по разграничению речной границы"),
    ("Эксперты правительственной комиссии по уточнению линии государственной границы двух стран встретились в "
     "Асунсьоне.", "правительственная комиссия по уточнению линии государственной границы"),
    ("Пограничная комиссия по вопросам государственной границы Эстонии и Латвии собралась в Валге.",
     "пограничная комиссия по вопросам государственной границы"),
    ("Очередное заседание комиссии по границе между Чили и Аргентиной прошло в Мендосе.", "комиссия по границе"),
    ("Комиссии Мали и Нигера по установлению общей границы проведут шестую сессию весной.",
     "комиссия по установлению общей границы"),
    ("Совместная комиссия по описанию прохождения границы собиралась в Бамако трижды.",
     "совместная комиссия по описанию прохождения границы"),
])
def test_a_border_commission_by_any_complement_of_the_border(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence", [
    "Комиссия по охране государственной границы провела учения.",
    "Государственная комиссия по пограничному контролю утвердила новые правила досмотра.",
])
def test_a_domestic_commission_of_the_border_is_no_format(sentence):
    assert not [n for n in formats_in(sentence) if "границ" in n.name or "погранич" in n.name]


@pytest.mark.parametrize("sentence", [
    "Министры иностранных дел Мали и Нигера провели в Ниамее второй раунд переговоров при посредничестве Алжира.",
    "В Женеве завершился четвертый раунд непрямых переговоров при посредничестве Швейцарии.",
    "Очередной раунд технических переговоров при посредничестве Катара пройдет в Дохе.",
    "Раунд переговоров при посредничестве Норвегии между правительством и повстанцами начнется в Осло.",
    "Пятый раунд прямых переговоров при посредничестве Европейского союза отложен.",
    "Делегации Лаоса и Камбоджи начали третий раунд переговоров при посредничестве Вьетнама.",
])
def test_talks_in_rounds_named_by_their_mediator(sentence):
    assert any("при посредничестве" in n.name for n in formats_in(sentence))


@pytest.mark.parametrize("sentence", [
    "Переговоры при посредничестве Египта продолжались всю ночь.",  # no rounds: one meeting
    "Компании провели раунд переговоров о слиянии при участии консультантов.",
    "Ранее переговоры сторон при посредничестве Турции сорвались.",
])
def test_talks_with_a_mediator_but_no_rounds_are_no_such_format(sentence):
    assert not any("при посредничестве" in n.name for n in formats_in(sentence))


@pytest.mark.parametrize("sentence, told", [
    ("Двенадцатый министерский форум Чили и Аргентины прошел в Сантьяго.", True),
    ("Министерский форум Лаоса и Камбоджи, намеченный на май, отложен.", True),
    ("Очередной министерский форум двух стран состоится в Вьентьяне.", True),
    ("Инвестиционный форум в Сочи собрал тысячи гостей.", False),
    ("Молодежный форум открылся в Казани.", False),
])
def test_a_ministerial_forum_is_a_meeting_of_a_level(sentence, told):
    assert ("министерский форум" in [n.name for n in formats_in(sentence)]) is told


@pytest.mark.parametrize("sentence, status", [
    ("Очередной саммит двух стран не состоится в намеченный срок.", "postponed"),
    ("Заседание комиссии, запланированное на март, не состоялось в назначенный день.", "postponed"),
    ("Встреча министров не состоится в ранее согласованные сроки, сообщил МИД.", "postponed"),
    ("Консультации не состоятся в установленный срок из-за кризиса.", "postponed"),
    ("Саммит в Лиме не состоится.", "cancelled"),
    ("Заседание совета не состоялось: делегации не приехали.", "cancelled"),
])
def test_a_meeting_not_held_on_time_is_put_off(sentence, status):
    assert status_of(sentence, []) == status


@pytest.mark.parametrize("text, told, date", [
    ("Раунд был первым после 2027 года: восьмой прошел в мае того года.", "в мае того года", "2027-05"),
    ("Форум учредили в 2015 году, первое заседание прошло в ноябре того же года.", "в ноябре того же года",
     "2015-11"),
    ("В марте 2028 года комиссия не собралась, а в мае того года работу прервали.", "в мае того года", "2028-05"),
    ("Встречи прекратились в 2011 году; в декабре того же года министры объявили о паузе.",
     "в декабре того же года", "2011-12"),
])
def test_a_month_of_that_year_takes_the_year_told_before(text, told, date):
    timexes = find_timexes(text, PartialDate(2031, 11, 20))
    assert [(x.text, x.date.iso()) for x in timexes if "того" in x.text] == [(told, date)]


def test_a_month_of_that_year_with_no_year_before_is_not_dated():
    text = "В июле того года делегации встретились в Лиме."
    assert [x.date.iso() for x in find_timexes(text, PartialDate(2031, 11, 20))] == [None]


@pytest.mark.parametrize("sentence, told", [
    ("Форум был первым после 2027 года: восьмой форум прошел в Кито в мае того года.", True),
    ("Это первая встреча после перерыва: 12-е заседание прошло в Кито в 2028 году.", True),
    ("Раунд стал первым за пять лет; шестой раунд проходил в Дакаре в мае 2026 года.", True),
    ("Впервые с 2020 года: XI сессия была проведена в Бамако осенью того года.", True),
    ("Переговоры прошли в два этапа: первая встреча состоялась утром.", False),
    ("Это первая встреча с 2020 года.", False),
])
def test_an_earlier_session_numbered_after_a_first_since(sentence, told):
    assert bool(SINCE_THEN.search(sentence)) is told


@pytest.mark.slow
def test_sessions_listed_backwards_around_a_border_commission(tmp_path):
    (f,) = [f for f in ingested_formats(tmp_path, (
        "Латвия и Литва завершили девятую сессию пограничной комиссии\n\nРИГА, 20 ноября 2031. Во вторник в Риге "
        "прошло девятое заседание межгосударственной комиссии Латвии и Литвы по определению государственной границы."
        "\n\nЛатвийскую делегацию возглавил министр иностранных дел, литовскую — его заместитель.\n\nПредыдущее, "
        "восьмое заседание комиссии прошло в Вильнюсе в апреле 2030 года, седьмое — в Риге в 2027 году. Десятое "
        "заседание намечено на осень 2032 года в Вильнюсе.\n")) if "границ" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in f["history"]] == [
        ("round", 7, "2027"), ("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]


@pytest.mark.slow
def test_the_next_round_a_few_sentences_after_the_first(tmp_path):
    (f,) = [f for f in ingested_formats(tmp_path, (
        "Перу и Эстония провели первые консультации\n\nЛИМА, 3 марта 2031. 2 марта в Лиме состоялись первые "
        "перуанско-эстонские политические консультации. "
        "Перуанскую делегацию возглавлял заместитель министра, эстонскую — генеральный секретарь МИД.\n\n"
        "В ходе встречи обсуждены вопросы торговли и образования.\n\nСтороны условились проводить консультации "
        "регулярно. Следующий раунд состоится в Таллине в 2032 году.\n")) if "консультации" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in f["history"]] == [
        ("round", 1, "2031-03-02"), ("planned", 2, "2032")]


@pytest.mark.slow
def test_an_earlier_session_in_a_month_of_that_year(tmp_path):
    (f,) = [f for f in ingested_formats(tmp_path, (
        "АСУНСЬОН, 14 ноября 2031. Седьмая сессия смешанной комиссии Уругвая и Парагвая завершилась в пятницу в "
        "Асунсьоне подписанием протокола.\n\nСессия, проходившая 13–14 ноября, оказалась первой после 2024 года: "
        "шестая сессия прошла в Монтевидео в марте того же года, а затем комиссия надолго прервала работу.\n"))
        if "комиссия" in f["name"]]
    assert ("round", 6, "2024-03") in [(h["status"], h["round"], h["date"]) for h in f["history"]]
    assert ("round", 7, "2031-11-13") in [(h["status"], h["round"], h["date"]) for h in f["history"]]


_OPENING = ("Латвия и Литва завершили девятую сессию комиссии\n\nРИГА, 20 ноября 2031. Во вторник в Риге прошло "
            "девятое заседание межгосударственной комиссии Латвии и Литвы по определению государственной границы.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("told, history", [
    ("Предыдущее, 8-е заседание комиссии прошло в Вильнюсе в апреле 2030 года, 7-е — в Риге в 2027 году. 10-е "
     "заседание намечено на осень 2032 года в Вильнюсе.",
     [("round", 7, "2027"), ("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]),
    ("Предыдущее, VIII заседание комиссии прошло в Вильнюсе в апреле 2030 года, VII — в Риге в 2027 году. X "
     "заседание состоится в 2032 году.",
     [("round", 7, "2027"), ("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]),
    ("Восьмая сессия прошла в Вильнюсе в апреле 2030 года, а седьмая — в Риге в 2027 году. Следующую, десятую "
     "сессию стороны проведут осенью 2032 года в Вильнюсе.",
     [("round", 7, "2027"), ("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]),
    ("Восьмое заседание комиссии было проведено в Вильнюсе в апреле 2030 года, седьмое — в Риге в 2027 году. "
     "Десятое планируется провести в 2032 году.",
     [("round", 7, "2027"), ("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]),
    ("Комиссия собиралась в восьмой раз в апреле 2030 года в Вильнюсе. Очередное, десятое заседание пройдет в "
     "2032 году.", [("round", 8, "2030-04"), ("round", 9, "2031-11-18"), ("planned", 10, "2032")]),
])
def test_sessions_before_and_after_in_sibling_forms(tmp_path, told, history):
    (f,) = [f for f in ingested_formats(tmp_path, _OPENING + told + "\n") if "границ" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in f["history"]] == history


@pytest.mark.parametrize("sentence, told", [
    ("Десятое планируется провести в 2032 году.", True),
    ("Пятую стороны проведут весной.", True),
    ("Третье намечено на май.", True),
    ("Первое решено провести в Риге.", True),
    ("Десятки людей пройдут маршем.", False),
    ("Вторая половина пройдет в мае.", False),
])
def test_the_next_session_told_by_its_ordinal_alone(sentence, told):
    from khronika.format_again import ANOTHER_ROUND

    assert bool(ANOTHER_ROUND.search(sentence)) is told


@pytest.mark.parametrize("sentence, status", [
    ("Комиссия собиралась в восьмой раз в апреле 2030 года в Вильнюсе.", "meeting"),
    ("Совет собирался дважды в 2029 году.", "meeting"),
    ("Министр собирался посетить Ригу.", None),
    ("Делегация собиралась вскоре подписать протокол.", None),
])
def test_a_body_that_gathered_met(sentence, status):
    assert status_of(sentence, []) == status


@pytest.mark.slow
def test_talks_named_by_their_mediator_and_a_session_of_a_body_the_mediator_sits_on(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Комитет трех стран собрался в Дохе\n\nДОХА, 12 мая 2031. 11 мая в Дохе прошло третье "
                   "заседание трехстороннего комитета Катара, Мали и Нигера по безопасности.\n", encoding="utf-8")
    two.write_text("Мали и Нигер провели новый раунд переговоров\n\nБАМАКО, 12 мая 2031. Мали и Нигер 11 мая провели "
                   "в Дохе третий раунд переговоров при посредничестве Катара.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(one), str(two), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        formats = build_formats(store)
    assert not [f for f in formats if "посредничеств" in f["name"]]
    (body,) = [f for f in formats if "трехсторонний" in f["name"]]
    assert [(h["status"], h["round"], h["date"], len(h["docs"])) for h in body["history"]] == [
        ("round", 3, "2031-05-11", 2)]


@pytest.mark.parametrize("sentence, status", [
    ("Механизм консультаций не работает с 2028 года.", "suspended"),
    ("Переговоры Боливии и Чили поставлены на паузу.", "suspended"),
    ("Стороны взяли паузу в переговорах о квотах.", "suspended"),
    ("Диалог находится на паузе с весны.", "suspended"),
    ("Консультации экспертов возобновляются после перерыва.", "resumed"),
    ("Делегации вернулись к переговорам о границе.", "resumed"),
    ("Заседание комиссии решили отложить.", "postponed"),
    ("Стороны договорились перенести встречу министров.", "postponed"),
    ("Раунд было решено перенести.", "postponed"),
    ("Министры встретятся в Ханое в феврале.", "planned"),
    ("Переговоры продолжатся в Женеве в январе.", "planned"),
    ("Министр предложил отложить встречу.", None),  # a proposal, not put off
    ("Консульство не работает с понедельника по пятницу.", None),  # hours, not a break
])
def test_statuses_in_their_sibling_forms(sentence, status):
    assert status_of(sentence, []) == status
