"""A numbered session named after ``по итогам`` is the session reported, not one signed for; a deputy received as a
guest, his country by its adjective; a Commonwealth country's high commissioner summoned (invented news)."""
import pytest

pytestmark = pytest.mark.slow


def _of(events, type_):
    return [e for e in events if e.type == type_]


@pytest.mark.parametrize("text", [
    "Об этом объявили вчера по итогам седьмой сессии совместной комиссии Гайаны и Суринама, прошедшей в Парамарибо.",
    "Это стало известно по итогам третьего заседания совместной комиссии Лаоса и Камбоджи.",
])
def test_a_numbered_session_after_po_itogam_is_reported(events, text):
    assert [e.round for e in _of(events(text), "CONSULT")] in ([7], [3])


def test_the_protocol_of_a_session_is_signed_not_a_session_told(events_of):
    text = "Министры сегодня подписали протокол пятого заседания совместной межправительственной комиссии."
    assert _of(events_of(text), "CONSULT") == []


@pytest.fixture(scope="module")
def events_of(read_news):
    def go(text):
        return read_news(text, "2031-05-14").events
    return go


@pytest.mark.parametrize("text, guest", [
    ("Вчера министр иностранных дел Гайаны принял бразильского заместителя министра обороны.", "Бразилия"),
    ("Министр иностранных дел Лаоса принял вице-министра иностранных дел Камбоджи.", "Камбоджа"),
])
def test_a_deputy_received_is_a_guest(read_news, text, guest):
    doc = read_news(text, "2031-05-14")
    names = {e.id: e.name for e in doc.entities}
    meetings = _of(doc.events, "CONSULT")
    assert meetings and guest in {names.get(p.entity) for p in meetings[0].participants}


@pytest.mark.parametrize("text", [
    "МИД Ганы вызвал верховного комиссара Нигерии в связи с задержанием торговцев.",
    "Верховный комиссар Нигерии была вызвана в МИД Ганы.",
])
def test_a_high_commissioner_summoned(events, text):
    assert _of(events(text), "PROTEST")


def test_a_police_commissioner_calling_witnesses_is_no_summons(events):
    assert not _of(events("Комиссар полиции вызвал на допрос трех свидетелей по делу о кражах."), "PROTEST")


@pytest.mark.parametrize("text", [
    "Прежде всего идет подготовка первого заседания межправительственной комиссии по сотрудничеству.",
    "Министр предложил создать рабочую группу по безопасности границы, которая собиралась бы раз в квартал.",
])
def test_a_session_prepared_or_a_meeting_in_the_subjunctive_is_none_told(events_of, text):
    assert [e for e in _of(events_of(text), "CONSULT") if e.factuality == "occurred"] == []
