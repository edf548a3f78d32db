"""A news programme's transcript: a reporter's turns (``Корреспондент:``) are no one's words and no participant; one
person who speaks for a side in the first person plural between them takes part in the meeting the lead tells.
Texts written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


def test_one_speaker_for_a_side_between_a_reporters_turns_takes_part(pipeline):
    text = ("Радио Анд. Выпуск новостей\n\n"
            "Ведущий: Вчера в Лиме прошла встреча министров обороны Перу и Чили. Подробности у нашего корреспондента "
            "Марии Лопес.\n\n"
            "Корреспондент: Стороны обсуждали разминирование границы.\n\n"
            "Хорхе Киспе: Мы сделали первый шаг, дальше будет труднее.\n\n"
            "Корреспондент: Следующая встреча намечена на весну.")
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    names = {e.id: e.name for e in doc.entities if e.type == "person"}
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    taking_part = {names.get(p.entity) for p in meeting.participants}
    assert "Хорхе Киспе" in taking_part and "Мария Лопес" not in taking_part
