"""A host's goodbye to the audience at the end of a programme or a digest is no meeting; a meeting told in the first
person plural with its subject or its counterpart is one.  On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

_LEAD = "Министр иностранных дел Эквадора Хуан Перес встретился в Кито с послом Уругвая. "


@pytest.mark.parametrize("goodbye", [
    "Таковы главные события недели. До встречи в следующую субботу!",
    "Спасибо, что были с нами. До скорой встречи!",
    "На этом наш выпуск окончен. До новых встреч в эфире!",
    "Это была программа «Мир за неделю», встретимся через неделю.",
    "Подписывайтесь на наш канал. Встретимся в понедельник!",
])
def test_a_goodbye_is_no_meeting(acts_of, goodbye):
    assert acts_of(_LEAD + goodbye) == [("CONSULT", "occurred")]


@pytest.mark.parametrize("text", [
    "«Мы встретимся в Монтевидео в мае», — сказал министр.",
    "«В мае встретимся с коллегами из Уругвая в Монтевидео», — сказал министр.",
    "«Встретимся в Монтевидео в мае», — сказал министр.",
])
def test_a_meeting_told_in_the_first_person_is_one(acts_of, text):
    assert ("CONSULT", "planned") in acts_of(_LEAD + text)
