"""Talks and requests told by other words: a dialogue resumed in a city, sides sitting down at one table, an
agreement told as the outcome, a request sent in writing; and a fact presupposed.  On sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text):
        doc = read_news(text, "2026-11-25")
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, e.factuality, sorted(names[p.entity] for p in e.participants)) for e in doc.events]
    return go


def test_a_dialogue_resumed_in_a_city_met_there(events):
    assert events("В среду в Женеве после долгого перерыва возобновился диалог Баку и Еревана.") == [
        ("CONSULT", "occurred", ["Азербайджан", "Армения"])]


@pytest.mark.parametrize("text", [
    "Делегации Эквадора и Перу сели за стол переговоров в Лиме.",
    "В понедельник в Вене министры Чили и Боливии впервые за два года сели за один стол.",
])
def test_sides_sitting_down_at_one_table_meet(events, text):
    assert [e[:2] for e in events(text)] == [("CONSULT", "occurred")]


@pytest.mark.parametrize("text", [
    "По словам министра, единственным результатом встречи министров Чили и Перу стала договоренность о создании "
    "рабочей группы по водным ресурсам.",
    "Итогом встречи министров Чили и Перу стала договоренность о создании рабочей группы.",
])
def test_an_agreement_told_as_the_outcome(events, text):
    assert ("AGREE", "occurred", ["Перу", "Чили"]) in events(text)


def test_what_an_agreement_brought_about_is_no_agreement_told(events):
    told = events("Освобождение рыбаков стало итогом договоренностей министров Перу и Чили.")
    assert not any(t == "AGREE" for t, _, _ in told)


@pytest.mark.parametrize("text", [
    "Глава МИД Эквадора отправил боливийским властям письмо с требованием немедленно вернуть задержанный груз.",
    "Посольство Чили направило в МИД Боливии ноту с требованием освободить задержанных рыбаков.",
    "Президент Уругвая направил аргентинскому коллеге послание с призывом возобновить переговоры.",
])
def test_a_request_sent_in_writing(events, text):
    assert [e[:2] for e in events(text)][:1] == [("REQUEST", "occurred")]


def test_a_fact_presupposed_is_no_news(events):
    told = events("Президент Бразилии приветствовал уже сам факт того, что делегации Чили и Перу вновь сели за стол "
                  "переговоров.")
    assert [t for t, _, _ in told] == ["SUPPORT"]


def test_a_dialogue_resumed_in_a_city_by_its_sides(events):
    assert events("Правительства Чили и Перу возобновили диалог в Лиме.") == [
        ("CONSULT", "occurred", ["Перу", "Чили"])]


@pytest.mark.parametrize(("text", "fact"), [
    ("Премьер-министр Боливии Хуан Рамос не поедет в Асунсьон на саммит.", "negated"),
    ("Президент Уругвая Луис Перес в понедельник поехал в Буэнос-Айрес.", "occurred"),
])
def test_going_to_a_city_is_a_visit(events, text, fact):
    assert [e[:2] for e in events(text)][:1] == [("CONSULT", fact)]


@pytest.mark.parametrize("text", [
    "В ноте МИД Чили, врученной послу Перу, содержится требование провести расследование инцидента.",
    "В обращении правительства Эквадора к Колумбии содержится призыв освободить задержанных.",
    "Правительство Боливии вновь поставило вопрос о необходимости подписания соглашения о транзите с Чили.",
])
def test_a_request_contained_or_raised(events, text):
    assert ("REQUEST", "occurred") in [e[:2] for e in events(text)]


def test_demands_a_note_contains_rejected_are_no_request(events):
    told = events("Министр иностранных дел Чили принял перуанскую ноту протеста, однако отверг содержащиеся в "
                  "документе требования.")
    assert not any(t == "REQUEST" for t, _, _ in told)


def test_a_visit_whose_relative_clause_plans_it(events):
    told = events("Министр Чили провел встречу с премьер-министром Перу. Стороны обсудили визит перуанской "
                  "парламентской делегации в Сантьяго, который запланирован на вторую половину 2028 года.")
    assert ("CONSULT", "planned", ["Перу", "Чили"]) in told
