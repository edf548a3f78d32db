"""The minutes of a session signed are an agreement of the body's sides even when only the body is named, and a bare
session word held in the past after the body was named tells its session; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

_BODY = ("Состоялось III заседание Межправительственной эквадорско-индийской комиссии по торгово-экономическому "
         "сотрудничеству. ")


@pytest.mark.parametrize("signed", [
    "По итогам заседания сопредседатели подписали протокол III заседания Комиссии.",
    "Сопредседатели подписали Протокол третьего заседания Комиссии.",
    "Протокол третьего заседания Комиссии был подписан сопредседателями.",
])
def test_the_minutes_of_a_session_signed_are_an_agreement(read_news, signed):
    doc = read_news("КИТО, 5 марта. " + _BODY + signed, "2025-03-05")
    assert any(e.type == "AGREE" and e.factuality == "occurred" for e in doc.events)


def test_a_contract_of_a_company_signed_at_a_board_stays_out(read_news):
    doc = read_news("Совет директоров компании «Аметист» подписал протокол заседания правления.", "2025-03-05")
    assert not any(e.type == "AGREE" for e in doc.events)


@pytest.mark.parametrize("held", [
    "Заседание проходило во вторник и среду в Кито.",
    "Заседание прошло в Куэнке.",
    "Сессия состоялась в Кито.",
])
def test_a_bare_session_held_tells_the_session(read_news, held):
    doc = read_news("КИТО, 5 марта. Министры иностранных дел Эквадора и Индии подписали протокол третьего заседания "
                    "Межправительственной комиссии. " + held, "2025-03-05")
    at = doc.text.index(held)
    assert any(e.type == "CONSULT" and e.factuality == "occurred" and at in [e.start] + [m.start for m in e.more]
               for e in doc.events)


def test_a_bare_session_told_by_how_it_went_is_no_session_of_its_own(read_news):
    doc = read_news("КИТО, 5 марта. Министры иностранных дел Эквадора и Индии подписали протокол третьего заседания "
                    "Межправительственной комиссии. Заседание прошло при содействии посольства Японии.", "2025-03-05")
    assert sum(e.type == "CONSULT" for e in doc.events) == 1


def test_a_bare_session_with_no_body_named_is_no_meeting(read_news):
    doc = read_news("КИТО, 5 марта. Суд рассмотрел иск компании. Заседание прошло в Кито.", "2025-03-05")
    assert not any(e.type == "CONSULT" for e in doc.events)
