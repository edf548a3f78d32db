"""A meeting an agreement or a proposal sets is a meeting of its own, planned or proposed, of the time, city and
round its words tell, beside the agreement or the proposal (``set_meetings.py``); a meeting the parser hangs on a
cue of planning is one to come (``planned.py``)."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _consults(evs):
    return [e for e in evs if e.type == "CONSULT"]


def test_a_proposed_round_in_a_city_is_a_proposed_meeting_beside_the_proposal(events):
    evs = events("Министр иностранных дел Перу предложил провести консультации заместителей министров в Лиме в июле.",
                 "2025-03-14")
    (meet,) = _consults(evs)
    assert meet.factuality == "proposed" and meet.date == PartialDate(2025, 7)
    assert any(e.type == "REQUEST" for e in evs)


def test_a_numbered_round_proposed_for_a_year_ahead(events):
    evs = events("Чилийская сторона предложила провести следующий, VII раунд диалога в Сантьяго в 2027 году.",
                 "2025-03-14")
    (meet,) = _consults(evs)
    assert meet.factuality == "proposed" and meet.date == PartialDate(2027) and meet.round == 7


def test_a_session_agreed_for_a_year_told_before_the_infinitive(events):
    evs = events("Министры Эквадора и Боливии договорились в начале 2027 года провести в Кито заседание смешанной "
                 "комиссии.", "2025-03-14")
    (meet,) = _consults(evs)
    assert meet.factuality == "planned" and meet.date == PartialDate(2027)
    (agree,) = [e for e in evs if e.type == "AGREE"]
    assert agree.date == PartialDate(2025, 3, 14)  # the agreement's day


def test_a_summit_the_parser_hangs_on_a_cue_of_planning_is_planned_in_the_current_year(events):
    (meet,) = _consults(events("Саммит Аргентины и Уругвая намечено провести в 2025 году.", "2025-03-14"))
    assert meet.factuality == "planned"


def test_the_visit_an_invitation_sets_takes_the_time_its_infinitive_tells(events):
    evs = events("Министр сообщил, что на полях форума провел встречу с президентом Ганы Джоном Махамой и пригласил "
                 "его посетить Того с государственным визитом в следующем году.", "2025-03-14")
    (visit,) = [e for e in _consults(evs) if e.factuality == "planned"]
    assert visit.date == PartialDate(2026)
