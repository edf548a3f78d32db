"""Kinds of standing mechanisms that news of other corpora tell (invented sentences): a regional group spelt
another way, the next meeting told without its noun and with a parenthesis, a commission named in full once and
short elsewhere, a trilateral committee whose rounds are listed in one sentence."""
import pytest

from khronika.format_again import ANOTHER_ROUND
from khronika.formats import formats_in


def ingested_formats(tmp_path, text: str) -> list[dict]:
    """Ingest one invented document as a user would (``khronika ingest``) and build its formats."""
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "news.txt"
    doc.write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        return build_formats(store)


def _history(fmt: dict) -> set[tuple]:
    return {(h["status"], h["round"], h["date"]) for h in fmt["history"]}


@pytest.mark.parametrize("sentence", [
    "Министры иностранных дел Вишеградской четверки собрались в Праге.",
    "Президенты стран Вышеградской группы провели встречу в Кракове.",
])
def test_a_regional_group_in_either_spelling(sentence):
    assert "Вышеградская группа" in {n.name for n in formats_in(sentence)}


@pytest.mark.parametrize("sentence, found", [
    ("Следующая, как сообщили в министерстве, пройдет в мае в Лиме.", True),
    ("Следующий, по словам посла, состоится осенью.", True),
    ("Следующий, по словам посла, вопрос касался виз.", False),
])
def test_the_next_meeting_without_its_noun_and_with_a_parenthesis(sentence, found):
    assert bool(ANOTHER_ROUND.search(sentence)) == found


@pytest.mark.slow
def test_a_commission_named_in_full_once_and_short_elsewhere_keeps_its_rounds(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Эквадор и Колумбия подписали протокол шестого заседания Межправительственной комиссии\n\n"
        "КИТО, 12 марта 2031. Министр финансов Эквадора Хорхе Вальдес, сопредседатель Межправительственной "
        "эквадорско-колумбийской комиссии по торговому и промышленному сотрудничеству, и его колумбийская коллега "
        "Марта Рестрепо подписали протокол шестого заседания комиссии, которое прошло в Кито 11 марта.\n\n"
        "Пятая сессия комиссии прошла в Боготе в мае прошлого года. Очередное, седьмое заседание состоится в "
        "Колумбии в 2032 году.\n"))
    history = set().union(*(_history(f) for f in formats if "комиссия" in f["name"]))
    assert {("round", 5, "2030-05"), ("round", 6, "2031-03-11"), ("planned", 7, "2032")} <= history


@pytest.mark.slow
def test_a_trilateral_committee_and_its_rounds_listed_in_one_sentence(tmp_path):
    formats = ingested_formats(tmp_path, (
        "В Бразилиа прошло заседание трехстороннего комитета\n\n"
        "БРАЗИЛИА, 4 июня 2031. Заместители министров иностранных дел Бразилии, Аргентины и Чили провели в "
        "Бразилиа третье заседание трехстороннего комитета Бразилии, Аргентины и Чили.\n\n"
        "Первая встреча комитета прошла в Сантьяго в марте 2029 года, вторая — в Буэнос-Айресе в мае 2030 года.\n\n"
        "Четвертую встречу комитета решено провести в Сантьяго в 2032 году.\n"))
    committee = [f for f in formats if f["name"].startswith("трехсторонний комитет")]
    assert len(committee) == 1 and len(committee[0]["sides"]) == 3
    assert {("round", 1, "2029-03"), ("round", 2, "2030-05"), ("round", 3, "2031-06-04"),
            ("planned", 4, "2032")} <= _history(committee[0])


@pytest.mark.parametrize("sentence, name", [
    ("Президенты провели второе заседание Высшего экономического совета.", "высший экономический совет"),
    ("Министр открыл заседание Высшего совета обороны.", None),  # a body of one state
])
def test_a_council_named_with_a_soft_stem_adjective(sentence, name):
    from khronika.format_names import general_in
    assert next((n.name for n in general_in(sentence) if n.type == "совет или комиссия"), None) == name


@pytest.mark.slow
def test_a_high_council_of_two_presidents_and_its_sessions(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Президенты Перу и Чили провели второе заседание Высшего экономического совета\n\n"
        "ЛИМА, 9 октября 2031. Президент Перу и президент Чили провели в Лиме второе заседание Высшего "
        "экономического совета. Первое заседание Высшего экономического совета открылось в мае 2029 года "
        "в Сантьяго. Очередную сессию совета решено провести в Чили в 2033 году.\n"))
    council = [f for f in formats if f["name"].startswith("высший экономический совет")]
    assert len(council) == 1 and len(council[0]["sides"]) == 2
    assert {("round", 1, "2029-05"), ("round", 2, "2031-10-09"), ("planned", 3, "2033")} <= _history(council[0])


@pytest.mark.slow
def test_talks_held_in_rounds_are_a_format_of_their_two_sides_not_of_the_mediators(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Эквадор и Колумбия продолжили переговоры в Панаме\n\n"
        "ПАНАМА, 14 мая 2031. При посредничестве Бразилии и Мексики в Панаме прошел третий раунд "
        "эквадорско-колумбийских переговоров о границе. Как отметил посол, в марте 2030 года после второго раунда "
        "переговоры были заморожены.\n"))
    talks = [f for f in formats if f["name"].startswith("переговоры")]
    assert len(talks) == 1 and sorted(talks[0]["sides"]) == ["e:iso-CO", "e:iso-EC"]
    assert {("round", 3, "2031-05-14"), ("round", 2, "2030-03")} <= _history(talks[0])
    assert "эквадорско-колумбийских переговоров" in talks[0]["label"]


def test_the_day_a_meeting_put_off_had_been_planned_for_is_the_nearest():
    from types import SimpleNamespace

    from khronika.format_dates import nearest_year

    def told(text, date):
        return SimpleNamespace(text=text, date=SimpleNamespace(iso=lambda: date))
    assert nearest_year(told("12 сентября", "2032-09-12"), "2031-10-20") == "2031-09-12"  # a month before
    assert nearest_year(told("12 ноября", "2031-11-12"), "2031-10-20") == "2031-11-12"  # still to come
    assert nearest_year(told("12 сентября 2032 года", "2032-09-12"), "2031-10-20") == "2032-09-12"  # its year told


def test_a_round_told_of_another_body_is_not_the_conference_named_before():
    from khronika.format_bodies import other_noun
    from khronika.format_names import Named

    conference = Named("конференция по Андам", "конференция", "международная конференция по Андам", fixed=True)
    assert other_noun("Первое заседание комиссии прошло в Лиме.", conference)
    assert not other_noun("Первое заседание прошло в Лиме.", conference)


@pytest.mark.parametrize("sentence, name", [
    ("Главы МИД в формате Китай – Центральная Азия собрались в Бишкеке.", "Центральная Азия – Китай"),
    ("Лидеры готовят саммит Китай – Центральная Азия в Душанбе.", "саммит Центральная Азия – Китай"),
])
def test_a_group_meeting_at_two_levels_is_two_mechanisms(sentence, name):
    assert [n.name for n in formats_in(sentence) if n.fixed] == [name]


def test_rounds_listed_with_the_previous_one_in_apposition():
    from khronika.format_rounds import listed_rounds

    sentence = "Первая сессия прошла в Лиме в 2028 году, предыдущая, седьмая, — в Кито в 2030 году."
    assert [n for n, _, _ in listed_rounds(sentence)] == [1, 7]
    assert listed_rounds("Первая сессия прошла в Лиме, седьмая — в Кито, третья — в Боготе.") == []


def test_a_round_told_by_its_level_is_of_the_mechanism_of_that_level():
    from khronika.format_bodies import of_level
    from khronika.format_names import Named

    summit = Named("саммит Анды – Китай", "саммит", "саммиты", level="leaders", fixed=True)
    ministers = Named("Анды – Китай", "встреча министров", "встречи министров", level="ministers", fixed=True)
    mentioned = [ministers, summit]
    assert of_level("Первый саммит состоялся в Лиме.", [], mentioned, "встречи на высшем уровне") == summit
    assert of_level("Первая встреча министров прошла в Кито.", [], mentioned, "встречи на высшем уровне") == ministers
    assert of_level("Первая встреча прошла в Кито.", [], mentioned, "встречи на высшем уровне") is None


@pytest.mark.parametrize("sentence, name", [
    ("Прошло заседание трехстороннего совместного комитета Перу, Чили и Боливии.", "трехсторонний совместный комитет"),
    ("Министры созвали четырехстороннюю комиссию по рекам.", "четырехсторонняя комиссия"),
])
def test_a_trilateral_committee_is_one_per_set_of_sides(sentence, name):
    from khronika.format_names import ONE_PER_SIDES

    found = [n for n in formats_in(sentence) if n.type == "многосторонний комитет"]
    assert [n.name for n in found] == [name] and "многосторонний комитет" in ONE_PER_SIDES


def test_a_summit_of_just_the_members_of_a_group_of_leaders_is_the_groups():
    from khronika.format_bodies import group_summit

    group = {"fixed": True, "level": "leaders", "countries": ["PE", "CL", "BO"]}
    assert group_summit(True, group, ["e:iso-PE", "e:iso-CL", "e:iso-BO"])
    assert not group_summit(True, group, ["e:iso-PE", "e:iso-CL"])  # two of them: a meeting of their own
    assert not group_summit(False, group, ["e:iso-PE", "e:iso-CL", "e:iso-BO"])
    assert not group_summit(True, dict(group, level="ministers"), ["e:iso-PE", "e:iso-CL", "e:iso-BO"])


@pytest.mark.slow
def test_peace_talks_of_a_government_and_an_armed_group_are_a_format_of_those_two(tmp_path):
    formats = ingested_formats(tmp_path, (
        "В Дохе возобновились мирные переговоры\n\n"
        "ДОХА, 12 сентября 2030. Израиль и ХАМАС в четверг снова сели в Дохе за стол мирных переговоров, заявили в "
        "МИД Катара. Диалог сторон был прерван в сентябре 2029 года.\n"))
    talks = [f for f in formats if f["name"].startswith("мирные переговоры")]
    assert len(talks) == 1 and "e:iso-IL" in talks[0]["sides"] and len(talks[0]["sides"]) == 2
    assert "e:iso-QA" not in talks[0]["sides"]
    assert ("suspended", None, "2029-09") in _history(talks[0])


def test_peace_talks_about_a_country_name_no_sides_of_theirs():
    assert not [n for n in formats_in("Стороны обсудили мирные переговоры по Йемену.") if n.type == "мирные переговоры"]


@pytest.mark.slow
def test_the_sides_of_a_joint_statement_are_the_two_countries_told_before(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Совместное заявление президентов Перу и Эквадора\n\n"
        "Кито, 3 марта 2031 года\n\n"
        "1. Республика Перу и Республика Эквадор принимают решение расширить сотрудничество.\n"
        "2. Стороны намерены вновь запустить Механизм политических консультаций, работа которого заморожена с "
        "2027 года.\n"))
    mechanism = [f for f in formats if f["name"].startswith("механизм политических консультаций")]
    assert len(mechanism) == 1 and sorted(mechanism[0]["sides"]) == ["e:iso-EC", "e:iso-PE"]
    assert ("suspended", None, "2027") in _history(mechanism[0])


def test_a_round_told_by_its_verb_keeps_the_countries_of_its_compound_adjective(pipeline):
    from khronika.records import Document, Source

    doc = pipeline(Document.from_source(Source(path="t.txt", text="12 мая в Лиме состоялся третий раунд "
                                                "перуанско-чилийских переговоров.")))
    held = [e for e in doc.events if e.type == "CONSULT"]
    assert held and {"e:iso-PE", "e:iso-CL"} <= {p.entity for p in held[0].participants}
