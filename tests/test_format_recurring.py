"""Mechanisms the news treats as recurring, named by their head noun and modifiers (invented sentences): a meeting
of a level in numbered series (``пятая министерская встреча``), joint bodies of any adjectives (``смешанная торговая
комиссия``, ``двусторонний рыболовный комитет``), talks in rounds named by their topic (``раунд переговоров о …``),
an organisation as a side of such a body, a meeting told as the first after a numbered one."""
import pytest

from khronika.format_after import AFTER_NUMBERED
from khronika.format_dates import year_before
from khronika.format_proper import topic
from khronika.format_rounds import round_in
from khronika.formats import formats_in
from tests.test_format_history_told import ingested_formats


def names(sentence):
    return [(n.name, n.type) for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, name, kind", [
    ("Главы МИД Чили и Перу провели в Лиме пятую министерскую встречу.", "министерская встреча", "регулярные встречи"),
    ("Третьи межмидовские консультации Эквадора и Боливии прошли в Кито.", "межмидовские консультации",
     "регулярные встречи"),
    ("Стороны договорились созвать заседание смешанной торговой комиссии весной.", "смешанная торговая комиссия",
     "совместная комиссия"),
    ("Работы продолжатся в рамках двустороннего рыболовного комитета.", "двусторонний рыболовный комитет",
     "совместный комитет"),
    ("Вчера завершился второй раунд переговоров о разграничении морских пространств.",
     "переговоры о разграничении морских пространств", "раунды переговоров"),
    ("Седьмой раунд переговоров по Протоколу Б к Соглашению о транзите прошел в Вене.",
     "переговоры по Протоколу Б к Соглашению о транзите", "раунды переговоров"),
])
def test_recurring_mechanisms_named_by_head_noun_and_modifiers(sentence, name, kind):
    assert (name, kind) in names(sentence)


def test_a_commission_with_a_complement_stays_the_longer_name():
    assert names("Прошло заседание совместной комиссии по торговле и инвестициям.") == \
        [("совместная комиссия по торговле и инвестициям", "межправительственная комиссия")]


def test_an_organisation_beside_a_numbered_body_is_its_side_not_the_format():
    got = names("Восьмая министерская встреча ЭКОВАС и Лиги арабских государств прошла в Абудже.")
    assert [n for n, _ in got] == ["министерская встреча"]


def test_a_meeting_of_a_named_mechanism_is_that_mechanisms():
    got = names("Министры провели в Минске четвертую министерскую встречу нормандской четверки.")
    assert "министерская встреча" not in [n for n, _ in got] and got


@pytest.mark.parametrize("words, expected", [
    (" пересмотре Приложения Б к Договору о транзите, подписанному в 1990 году",
     "пересмотре Приложения Б к Договору о транзите"),
    (" границе между двумя странами", "границе"),
    (" обмене пленными 1 мая", "обмене пленными"),
])
def test_the_topic_of_talks_ends_at_punctuation_a_number_or_a_preposition(words, expected):
    assert topic(words, 0)[0] == expected


def test_the_first_after_a_numbered_meeting_tells_that_round():
    m = AFTER_NUMBERED.search("Комиссия соберется летом — впервые после 12-го заседания в Лиме в 2019 году.")
    assert round_in(m.group(1)) == 12 and "2019" in m.group(2)
    assert AFTER_NUMBERED.search("Министры встретились впервые после перерыва в три года.") is None


def test_a_month_without_its_year_after_a_suspension_dated_with_one():
    assert year_before("2031-07", "2030-04", "а возобновили их лишь в июле") == "2030-07"
    assert year_before("2031-02", "2030-04", "а возобновили их в феврале") == "2031-02"  # not before the break
    assert year_before("2031-07", "2030-04", "а возобновили в июле 2031 года") == "2031-07"


def test_histories_of_recurring_mechanisms(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Встреча в Лиме\n\nЛима, 12 марта 2031 (Агентство). Министры иностранных дел Перу и Эквадора "
                 "в понедельник провели в Лиме "
                 "пятую министерскую встречу. Предыдущая, четвертая министерская встреча прошла в Кито в мае "
                 "2029 года.\n\nСмешанная торговая комиссия Перу и Эквадора соберется осенью — впервые после "
                 "11-й сессии в Кито в 2020 году.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Переговоры о реке\n\nАсунсьон, 3 апреля 2031 (Агентство). Боливия и Парагвай в среду провели "
                 "в Асунсьоне третий раунд "
                 "переговоров о совместном использовании реки Пилкомайо. Напомним, в мае 2030 года Боливия "
                 "приостановила переговоры, а возобновили их лишь в августе. Второй раунд прошел в Сукре в "
                 "январе.\n", encoding="utf-8")
    got = {f["name"]: {(h["status"], h.get("round"), h.get("date")) for h in f["history"]}
           for f in ingested_formats(tmp_path, a, b)}
    meeting = next(h for n, h in got.items() if n.startswith("министерская встреча"))
    assert {("round", 4, "2029-05")} <= meeting
    high = next(h for n, h in got.items() if n.startswith("смешанная торговая комиссия"))
    assert ("round", 11, "2020") in high and any(s == "planned" and r == 12 for s, r, _ in high)
    talks = next(h for n, h in got.items() if n.startswith("переговоры о совместном использовании"))
    assert {("suspended", None, "2030-05"), ("resumed", None, "2030-08"), ("round", 2, "2031-01")} <= talks


def test_rounds_listed_by_their_ordinal_alone():
    from khronika.format_rounds import clause_rounds
    assert [n for n, _, _ in clause_rounds("Предыдущая, шестая встреча прошла в Лиме в мае 2029 года, пятая — в Кито "
                                           "в марте 2027 года.")] == [6, 5]
    assert [n for n, _, _ in clause_rounds("Встречи министров: третья — Сукре, май 2028 г.; четвертая — Кито, "
                                           "июль 2029 г.")] == [3, 4]
    assert clause_rounds("Министр назвал встречу важной, первая — тоже.") == []


def test_an_organisations_council_and_its_institutions():
    from khronika.format_bodies import is_organisation
    got = names("Министерский совет ЭКОВАС провел в Абудже 93-ю сессию.")
    assert [n for n, _ in got] == ["Министерский совет ЭКОВАС"]  # named with its organisation
    assert is_organisation("европейская комиссия") and not is_organisation("смешанная торговая комиссия")
    assert "европейская комиссия" not in [n for n, _ in names("В 12-й встрече участвовал член Европейской комиссии.")]


def test_the_two_countries_a_document_is_about():
    from types import SimpleNamespace as M

    from khronika.format_bodies import main_pair
    ms = [M(entity=e) for e in ["e:iso-PE", "e:iso-EC", "e:iso-PE", "e:iso-EC", "e:iso-CO"]]
    assert main_pair(ms, lambda e: e.startswith("e:iso")) == {"e:iso-PE", "e:iso-EC"}
    assert main_pair(ms[:2] + ms[-1:], lambda e: e.startswith("e:iso")) == set()  # a third as often: none


def test_a_meeting_that_may_take_place_is_planned():
    from khronika.format_status import PLANNED
    assert PLANNED.search("Пятое заседание комитета может пройти в Кито в марте.")


def test_more_histories_of_recurring_mechanisms(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Министры встретились\n\nКито, 14 мая 2031 (Агентство). Министры иностранных дел Перу и Эквадора в "
                 "среду провели в Кито шестую министерскую встречу. Предыдущая, пятая министерская встреча прошла "
                 "в Лиме в мае 2029 года, четвертая — в Кито в марте 2027 года. Стороны договорились провести "
                 "седьмую встречу в Лиме в 2032 году.\n\nНа 12-й сессии Смешанной комиссии Перу — Эквадор, "
                 "прошедшей 11–12 мая в Кито, стороны условились завершить демаркацию.\n", encoding="utf-8")
    got = {f["name"]: {(h["status"], h.get("round"), h.get("date")) for h in f["history"]}
           for f in ingested_formats(tmp_path, a)}
    meeting = next(h for n, h in got.items() if n.startswith("министерская встреча"))
    assert {("round", 4, "2027-03"), ("round", 5, "2029-05"), ("planned", 7, "2032")} <= meeting
    mixed = next(h for n, h in got.items() if n.startswith("смешанная комиссия"))
    assert ("round", 12, "2031-05-11") in mixed


def test_no_format_of_companies_or_scientists(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Слияние отложено\n\nМосква, 14 мая 2031 (Агентство). Компании «Северный путь» и «Альфа-Логистик» в "
                 "среду провели третий раунд переговоров о слиянии активов. Совместный рабочий комитет компаний "
                 "соберется в июне. Четвертый раунд переговоров о слиянии пройдет в июле. Вторая встреча "
                 "астрономов в Гранаде состоится осенью.\n", encoding="utf-8")
    assert ingested_formats(tmp_path, a) == []


def test_a_numbered_session_told_as_the_first_after_an_earlier_numbered_one(tmp_path):
    """``12-е заседание …, первое после 11-го заседания в X в 2020 году``: both rounds, each dated by its words."""
    a = tmp_path / "a.txt"
    a.write_text("Комиссия собралась вновь\n\nКито, 14 мая 2031 (Агентство). Перу и Эквадор провели в среду в Кито "
                 "12-е заседание Смешанной торговой комиссии — первое после 11-го заседания в Лиме в июне 2020 "
                 "года.\n", encoding="utf-8")
    got = {f["name"]: {(h["status"], h.get("round"), h.get("date")) for h in f["history"]}
           for f in ingested_formats(tmp_path, a)}
    high = next(h for n, h in got.items() if n.startswith("смешанная торговая комиссия"))
    assert {("round", 11, "2020-06"), ("round", 12, "2031-05-14")} <= high


def test_a_session_of_two_days_dated_by_its_last_enters_the_history_by_its_first(tmp_path):
    """``завершили в пятницу … сессию, которая шла два дня — в четверг и пятницу``: the session of the Thursday."""
    a = tmp_path / "a.txt"
    a.write_text("Комиссия завершила работу\n\nКито, 17 мая 2031 (Агентство). Перу и Эквадор завершили в пятницу в "
                 "Кито 12-е заседание Смешанной торговой комиссии, которое шло два дня — в четверг и пятницу.\n",
                 encoding="utf-8")
    got = {f["name"]: {(h["status"], h.get("round"), h.get("date")) for h in f["history"]}
           for f in ingested_formats(tmp_path, a)}
    high = next(h for n, h in got.items() if n.startswith("смешанная торговая комиссия"))
    assert ("round", 12, "2031-05-15") in high
