"""A reaction to a proposal told just before, its object a proposal no actor owns (``Чили предложение приняло``,
``поддержала эту идею``), takes the proposal's day where its own words give none (``reactions.to_the_proposal``); a
reaction to another's proposal keeps its own.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("second", ["Чили предложение приняло.", "Чилийская сторона поддержала эту идею.",
                                    "Чилийская сторона эту идею отвергла."])
def test_a_reaction_takes_the_proposals_day(read_news, second):
    doc = read_news(f"В понедельник министр Перу предложил открыть прямые рейсы между Лимой и Сантьяго. {second}",
                    "2030-04-10")
    [reaction] = [e for e in doc.events if e.type in ("SUPPORT", "REJECT")]
    assert reaction.date.iso() == "2030-04-08"


def test_a_reaction_to_another_proposal_keeps_its_day(read_news):
    doc = read_news("В понедельник министр Перу предложил открыть рейсы. Чили приняло предложение Боливии.",
                    "2030-04-10")
    [reaction] = [e for e in doc.events if e.type == "SUPPORT"]
    assert reaction.date.iso() == "2030-04-10"
