"""An act told by "мы" in a speaker's turn or direct words: the speaker's state is its source, the speaker
too; on transcripts written for these tests."""
import pytest

pytestmark = pytest.mark.slow

BRIEFING = """Брифинг официального представителя МИД Эстонии К.Тамм, Таллин, 20 ноября 2026 года

Вопрос: Как вы прокомментируете заявление Минска о границе?

К.Тамм: Мы отвергаем эти обвинения Минска. Мы решительно осуждаем задержание эстонских граждан в Белоруссии.

Вопрос: Будут ли консультации с Латвией?

К.Тамм: Мы приветствуем решение Латвии открыть новый пункт пропуска.
"""

SPEECH = """Выступление министра иностранных дел Чили П.Ойоса на пресс-конференции, Сантьяго, 3 ноября 2026 года

П.Ойос: Мы отвергли ультиматум Перу. Мы намерены выслать двух перуанских дипломатов. Мы провели переговоры с Боливией.
"""


@pytest.fixture(scope="module")
def sides(read_news):
    def go(text):
        doc = read_news(text)
        names = {e.id: e.name for e in doc.entities}
        return {(e.type, doc.text[e.trigger_start:e.trigger_start + 6]):
                {(names.get(p.entity, p.entity), p.role) for p in e.participants} for e in doc.events}
    return go


@pytest.mark.parametrize("key", [("REJECT", "отверг"), ("ACCUSE", "осужда"), ("SUPPORT", "привет")])
def test_an_act_told_by_we_in_a_turn_has_the_speakers_state_as_its_source(sides, key):
    got = sides(BRIEFING)[key]
    assert ("Эстония", "source") in got and ("Тамм", "source") in got


@pytest.mark.parametrize("key", [("REJECT", "отверг"), ("SANCTION", "выслат")])
def test_a_single_turn_and_an_infinitive_of_we_count_too(sides, key):
    got = sides(SPEECH)[key]
    assert ("Чили", "source") in got and ("Ойос", "source") in got


def test_a_meeting_told_by_we_gets_no_source(sides):
    assert not any(role == "source" for _, role in sides(SPEECH)[("CONSULT", "провел")])


THREAT = """Брифинг официального представителя МИД Литвы К.Ранкас, Вильнюс, 5 ноября 2026 года

Вопрос: Как вы прокомментируете санкции Минска?

К.Ранкас: Белорусская сторона снова выбрала путь давления. Посол Белоруссии был вызван в МИД. Ответ будет жестким.

Вопрос: Будут ли консультации с Латвией?

К.Ранкас: Мы готовы к ним.
"""


def test_a_threat_said_in_a_turn_with_nobody_named_is_the_speakers_states(sides):
    assert ("Литва", "source") in sides(THREAT)[("THREATEN", "Ответ ")]
