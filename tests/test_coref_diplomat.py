"""A country's diplomat (``ганский дипломат``) stands for the foreign minister, a deputy or an envoy of that country the
text names, as a country's leader stands for its president or prime minister; not for an office of another kind, nor
for another country's diplomat (invented news)."""
from __future__ import annotations

import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


def _descriptors(pipeline, text):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    names = {e.id: e.name for e in doc.entities}
    return {(m.text, names.get(m.entity)) for m in doc.mentions if m.via == "descriptor"}


@pytest.mark.parametrize("text, descriptor, person", [
    ("Министр иностранных дел Ганы Кваме Асанте прибыл в Уагадугу. Ганский дипломат предложил возобновить "
     "консультации.", "Ганский дипломат", "Кваме Асанте"),
    ("Заместитель министра иностранных дел Ганы Кваме Асанте провел консультации в Ломе. Ганский дипломат предложил "
     "создать рабочую группу.", "Ганский дипломат", "Кваме Асанте"),
    ("Посол Ганы в Того Кваме Асанте вручил ноту. По словам ганского дипломата, ответ ожидается в понедельник.",
     "ганского дипломата", "Кваме Асанте"),
    ("Глава МИД Ганы Кваме Асанте встретился в Аккре с министром иностранных дел Того Робертом Дюсси. Тоголезский "
     "дипломат предложил провести следующую встречу в Ломе.", "Тоголезский дипломат", "Роберт Дюсси"),
])
def test_a_countrys_diplomat_is_its_foreign_minister_deputy_or_envoy_named(pipeline, text, descriptor, person):
    assert (descriptor, person) in _descriptors(pipeline, text)


@pytest.mark.parametrize("text", [
    "Министр обороны Ганы Кваме Асанте прибыл в Уагадугу. Ганский дипломат предложил возобновить консультации.",
    "Министр иностранных дел Того Роберт Дюсси прибыл в Аккру. Ганский дипломат предложил возобновить консультации.",
])
def test_a_diplomat_is_no_minister_of_another_kind_nor_of_another_country(pipeline, text):
    assert not any(m.endswith("дипломат") for m, _ in _descriptors(pipeline, text))
