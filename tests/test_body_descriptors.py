"""Ministries named without their names, on sentences written for these tests."""
import pytest

from khronika.records import Document, Source
from khronika.stages.body_descriptors import ministry_position

pytestmark = pytest.mark.slow


def test_ministry_position_of_short_and_full_names():
    assert ministry_position("МИД Бразилии") == "министр иностранных дел"
    assert ministry_position("Министерство обороны Индии") == "министр обороны"
    assert ministry_position("Минфин") == "министр финансов"
    assert ministry_position("Роскосмос") is None


def _bodies(annotate, text):
    doc = annotate(text)
    names = {e.id: e.name for e in doc.entities}
    return [(m.text, names[m.entity]) for m in doc.mentions if m.via == "descriptor" and m.type == "ORG"]


def test_adjective_names_the_country_of_a_foreign_ministry(annotate):
    found = _bodies(annotate, "Переговоры прошли в Бразилиа. "
                              "Об этом сообщили в бразильском внешнеполитическом ведомстве.")
    assert found == [("внешнеполитическом ведомстве", "МИД Бразилии")]


def test_ministry_after_in_the_genitive_is_one_entity_with_its_name(annotate):
    doc = annotate("МИД Турции выступил с заявлением. Дипведомство Турции также призвало стороны к сдержанности.")
    ids = {m.entity for m in doc.mentions if m.type == "ORG"}
    assert len(ids) == 1, [(m.text, m.entity) for m in doc.mentions]


def test_bare_ministry_is_the_one_named_just_before(annotate):
    found = _bodies(annotate, "Министерство обороны Индии опубликовало сообщение. "
                              "«Учения завершены», — говорится в сообщении министерства.")
    assert found == [("министерства", "Министерство обороны Индии")]


def test_bare_ministry_without_one_named_before_is_left_alone(annotate):
    assert _bodies(annotate, "Ведомство выпустило новые правила для водителей грузовиков.") == []


def test_defence_ministry_is_not_taken_for_the_foreign_one(annotate):
    assert _bodies(annotate, "Министерство обороны Индии провело учения. "
                             "Во внешнеполитическом ведомстве от комментариев отказались.") == []


def test_quote_said_in_a_ministry_statement_is_the_ministry_s(pipeline):
    text = ("АНКАРА, 3 марта. /ТАСС/. Министр иностранных дел Турции встретился с коллегой из Египта, "
            "сообщил МИД Турции.\n\n"
            "\"Стороны договорились продолжить консультации\", - говорится в сообщении министерства.")
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    names = {e.id: e.name for e in doc.entities}
    said = [names.get(q.speaker) for q in doc.quotes if q.text.startswith("Стороны договорились")]
    assert said == ["МИД Турции"]
