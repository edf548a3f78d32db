"""A meeting planned for a day and put off or called off with no new date did not take place that day: negated, of the
day it had been planned for (``events/put_off.py``), even when that day is told without a year and was in the past
(``timex``: a plan told in the past takes the nearer year).  With a new date it is still to come: planned, of the new
date; and when its plan tells the day it had been set for, it did not take place that day besides: a negated record of
that day (``when.day_of_its_plan``).  Called off, it is of the day its plan tells, not of the day of the news.
Invented news of a Thursday, 16 May 2024."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def consult(read_news):
    def go(text):
        found = [e for e in read_news(f"ЛИМА, 16 мая. {text}", "2024-05-16").events if e.type == "CONSULT"]
        assert len(found) == 1, found
        return found[0].factuality, found[0].date.iso()
    return go


@pytest.mark.parametrize("text, want", [
    ("Первоначально заседание комиссии Перу и Чили планировалось на 20–21 апреля, но было отложено.",
     ("negated", "2024-04-20")),
    ("Заседание комиссии Перу и Чили должно было состояться еще в апреле, однако было перенесено.",
     ("negated", "2024-04")),
    ("Консультации Перу и Чили, первоначально намечавшиеся на 2 мая в Лиме, были перенесены по просьбе чилийской "
     "стороны.", ("negated", "2024-05-02")),
    ("Визит министра Чили в Перу, который намечался на апрель, отменен.", ("negated", "2024-04")),
    ("Встреча министров Перу и Чили планировалась на 20 июня, но её отменили.", ("negated", "2024-06-20")),
    ("Чили отложила встречу министров Перу и Чили, которая должна была пройти 2 мая в Лиме.",
     ("negated", "2024-05-02")),
    ("Консультации министерств иностранных дел Перу и Чили, которые должны были пройти в Лиме 2 мая, откладываются.",
     ("negated", "2024-05-02")),
    # the relative clause hung on the last of the meeting's words
    ("Встреча глав государств Перу и Чили и президента Эквадора, которая должна была пройти в начале июня в Лиме, "
     "отложена.", ("negated", "2024-06")),
    # the day set, or the plan told by the verb of the meeting's infinitive
    ("Встреча министров Перу и Чили изначально была назначена на 20 апреля, но ее отложили.",
     ("negated", "2024-04-20")),
    ("Заседание комиссии Перу и Чили планировалось провести 20–21 апреля, однако оно было перенесено.",
     ("negated", "2024-04-20")),
    ("В понедельник в Лиме должен был пройти пятый раунд консультаций Перу и Чили, но его отложили.",
     ("negated", "2024-05-13")),
    # told as one that was to take place, in the past: it did not, whether or not it is said to be put off
    ("10 июня в Лиме должен был пройти десятый раунд консультаций Перу и Чили.", ("negated", "2024-06-10")),
    ("Саммит Перу и Чили должен был состояться еще в апреле.", ("negated", "2024-04")),
    # called off: the day it was to take place, not the day the cancelling or its news was told
    ("Эквадор в среду отменил визит министра в Лиму, который должен был состояться 20 мая.", ("negated", "2024-05-20")),
    ("Чили отменило заседание совместной перуанско-чилийской комиссии, которое должно было пройти в Лиме 22 мая, "
     "сообщил во вторник источник в МИД.", ("negated", "2024-05-22")),
    ("МИД Перу сообщил об отмене консультаций с Боливией, которые должны были пройти в Ла-Пасе 9 мая.",
     ("negated", "2024-05-09")),
    # a new term and no day of the plan: still to come
    ("Запланированное заседание комиссии Перу и Чили перенесено на более поздний срок.", ("planned", None)),
    # a plan of the past that was kept
    ("Министры Перу и Чили провели переговоры, которые планировались еще в марте.", ("occurred", "2024-05-16")),
])
def test_a_plan_put_off_with_no_new_date_did_not_take_place(consult, text, want):
    assert consult(text) == want



@pytest.mark.parametrize("participle, noun, agree", [
    ("запланированная", "встреча", True), ("намечавшиеся", "консультации", True), ("намеченное", "заседание", True),
    ("запланированная", "заседание", False), ("намеченный", "консультации", False),
])
def test_a_participle_of_another_noun_is_not_the_meetings_plan(participle, noun, agree):
    """``заседание состоялось …, а запланированная на весну встреча дважды откладывалась``: the parser may hang the
    participle on ``заседание``; it agrees with ``встреча`` only."""
    from types import SimpleNamespace

    from khronika.stages.events.put_off import _agrees
    assert _agrees(SimpleNamespace(text=participle), SimpleNamespace(text=noun)) is agree


@pytest.mark.parametrize("text, want", [
    ("Консультации Перу и Чили, намечавшиеся на 2 мая, перенесены на июнь.",
     [("planned", "2024-06"), ("negated", "2024-05-02")]),
    # the parser hangs the plan's day on the verb of putting off
    ("Встреча министров иностранных дел Эквадора и Колумбии, которая должна была пройти в Кито 28 мая, перенесена на "
     "первый квартал 2025 года.", [("planned", "2025"), ("negated", "2024-05-28")]),
    ("Саммит Перу и Чили, запланированный на 25–26 мая в Лиме, переносится на осень.",
     [("planned", "2024"), ("negated", "2024-05-25")]),
    # a new term with no date: the plan's day is not its new one
    ("Запланированное на конец апреля заседание комиссии Перу и Чили перенесено на более поздний срок.",
     [("planned", None), ("negated", "2024-04")]),
    # no day of a plan: the meeting put off only
    ("Саммит Перу и Чили перенесен на 2025 год.", [("planned", "2025")]),
])
def test_a_meeting_put_off_to_a_new_term_did_not_take_place_on_its_planned_day(read_news, text, want):
    found = [e for e in read_news(f"ЛИМА, 16 мая. {text}", "2024-05-16").events if e.type == "CONSULT"]
    assert [(e.factuality, e.date.iso()) for e in found] == want
    assert len({e.id for e in found}) == len(found)


@pytest.mark.parametrize("text, want", [
    # the change a verb of announcing tells, the meeting its genitive
    ("Улан-Батор и Астана объявили о переносе двусторонней встречи на высшем уровне, которая должна была пройти в "
     "Астане 2 мая.", ("negated", "2024-05-02")),
    ("Министр иностранных дел Монголии сообщил об отмене стратегического диалога с Казахстаном, намеченного на 2 мая.",
     ("negated", "2024-05-02")),
    # a word reported only as held (диалог) when it is what is called off; a cancelling told in the present
    ("Монголия отменила стратегический диалог с Казахстаном, намеченный на 2 мая.", ("negated", "2024-05-02")),
    ("Монголия отменяет третий раунд консультаций с Казахстаном, намеченный на 2 мая.", ("negated", "2024-05-02")),
])
def test_a_meeting_announced_put_off_or_called_off_did_not_take_place(consult, text, want):
    assert consult(text) == want


def test_a_plan_told_after_the_postponement_keeps_the_nearer_year(read_news):
    """``… было отложено на две недели: первоначально его планировали на 20 апреля``: the plan of before, dated in the
    past (not a year on, as a planned meeting's day told without its year would be)."""
    found = read_news("ЛИМА, 16 мая. Министры Перу и Чили провели в Лиме десятое заседание межправительственной "
                      "комиссии. Заседание комиссии было отложено на две недели: первоначально его планировали на 20 "
                      "апреля.", "2024-05-16").events
    assert "2025-04-20" not in [e.date.iso() for e in found]
    assert "2024-04-20" in [e.date.iso() for e in found]
