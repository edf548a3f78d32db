"""A bare session word after the body was named tells its session: held in a city told by its kind (``в городе X``,
``в столице``), told by a past participle of its holding, or planned and put off (a session of its own, negated); with
no body named it tells none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

_BODY = ("КИТО, 5 марта. Министры иностранных дел Эквадора и Индии провели в Кито третье заседание "
         "Межправительственной комиссии. ")


def _told(doc, sentence):
    at = doc.text.index(sentence)
    return [e for e in doc.events if e.type == "CONSULT" and at in [e.start] + [m.start for m in e.more]]


@pytest.mark.parametrize("held", [
    "Сессия прошла в эквадорском городе Манта.",
    "Напомним, что сессия, проходившая во вторник и среду, была третьей.",
])
def test_a_bare_session_held_tells_the_session(read_news, held):
    assert [e.factuality for e in _told(read_news(_BODY + held, "2025-03-05"), held)] == ["occurred"]


def test_a_bare_session_planned_and_put_off_is_one_not_held(read_news):
    put_off = "Заседание должно было пройти еще в январе, однако по просьбе индийской стороны было отложено."
    assert [e.factuality for e in _told(read_news(_BODY + put_off, "2025-03-05"), put_off)] == ["negated"]


def test_a_bare_session_put_off_with_no_body_named_is_no_meeting(read_news):
    doc = read_news("КИТО, 5 марта. Суд рассмотрел иск компании. Заседание должно было состояться в феврале, однако "
                    "было перенесено.", "2025-03-05")
    assert not any(e.type == "CONSULT" for e in doc.events)


_TWO_DAYS = ("ЛИМА, 14 марта. Перу и Чили завершили в пятницу в Лиме седьмое заседание Смешанной комиссии по торговле, "
             "подписав пять документов.\n\n")


def test_a_session_told_again_on_its_two_days_is_one_with_the_first_report(read_news):
    """The participle tells the days the session lasted, of which the first report's day is the last: the same
    session, which keeps that day, as do the acts told after it."""
    again = ("Заседание, проходившее в четверг и в пятницу, возглавили министры иностранных дел Хавьер Гонсалес и "
             "Альберто Ривас.")
    asked = "Перуанская сторона попросила Чили увеличить поставки меди."
    doc = read_news(_TWO_DAYS + again + "\n\n" + asked, "2025-03-14")
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert len(meetings) == 1 and meetings[0].date.iso() == "2025-03-14"
    assert doc.text.index(again) in [m.start for m in meetings[0].more]
    assert {e.date.iso() for e in doc.events if e.type == "REQUEST"} == {"2025-03-14"}


def test_a_session_told_again_on_other_days_stays_apart(read_news):
    other = "Заседание, проходившее в понедельник и вторник, возглавили министры иностранных дел."
    doc = read_news(_TWO_DAYS + other, "2025-03-14")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_a_session_retold_by_its_opening_joins_it_in_the_datelines_city(read_news):
    """``Сессия, открывшаяся во вторник …, завершилась встречей министров``: the session told before, with its
    ministers; the dateline's city given to a meeting dated by its document tells no other city."""
    doc = read_news("Сантьяго, 12 марта 2025. Аргентина и Чили в среду завершили в Сантьяго пятую сессию Двусторонней "
                    "комиссии по сотрудничеству, подписав протокол.\n\nСессия, открывшаяся во вторник на уровне "
                    "экспертов, завершилась встречей министров иностранных дел Диего Морено и Альберто Риваса.",
                    "2025-03-12")
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    names = {e.id: e.name for e in doc.entities}
    assert len(meetings) == 1 and meetings[0].round == 5
    assert {"Диего Морено", "Альберто Ривас"} <= {names.get(p.entity) for p in meetings[0].participants}


def test_a_session_told_on_its_days_after_a_reception_of_its_delegate_stays_apart(read_news):
    """The reception of a delegate told with the session he came to is no telling of the session: the session told
    on its days after it is its own record (the rule asks for a session's noun on both)."""
    doc = read_news("Кито, 14 марта 2025. Президент Эквадора в пятницу принял в своей резиденции министра энергетики "
                    "Индии, возглавлявшего индийскую делегацию на заседании Межправительственной комиссии.\n\n"
                    "Заседание комиссии проходило в четверг и пятницу в Кито.", "2025-03-14")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2
