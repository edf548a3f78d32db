"""A note told back by the clause that hands it (``в ноте, которую МИД X вручил накануне послу Y``) is X's protest, of
that clause's day; a warning that the side will be forced to act is a threat; a concern about deaths of a month before
is of the day it was voiced (invented news)."""
import pytest

pytestmark = pytest.mark.slow


def test_a_note_told_in_its_relative_clause_is_a_protest_of_its_day(read_news):
    doc = read_news("ЛИМА, 4 сентября. Министр иностранных дел Чили назвал необоснованными упреки, содержащиеся в "
                    "ноте, которую МИД Перу вручил накануне послу Чили в Лиме.", "2031-09-04")
    names = {e.id: e.name for e in doc.entities}
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and protests[0].date.iso() == "2031-09-03"
    assert "Перу" in {names.get(p.entity) for p in protests[0].participants if p.role == "source"}


@pytest.mark.parametrize("text, threat", [
    ("Замминистра иностранных дел Ирана предупредил, что при отсутствии прогресса по газопроводу Тегеран будет "
     "вынужден обратиться в арбитраж.", True),
    ("Министр иностранных дел Чили предупредил, что Сантьяго придется пересмотреть соглашение о рыболовстве.", True),
    ("Министр иностранных дел Чили предупредил о рисках для экономики региона.", False),
])
def test_a_warning_that_the_side_will_be_forced_to_act_is_a_threat(events, text, threat):
    assert any(e.type == "THREATEN" for e in events(text)) == threat


def test_a_concern_about_deaths_of_a_month_before_is_of_the_day_it_was_voiced(read_news):
    doc = read_news("ЛИМА, 15 сентября. Министр иностранных дел Перу выразил в среду обеспокоенность гибелью трех "
                    "перуанских рыбаков у побережья Чили в августе.", "2031-09-15")
    concern = [e for e in doc.events if e.type == "ACCUSE"]
    assert concern and concern[0].date.iso() != "2031-08", [e.date for e in concern]
