"""The sides of a meeting held on the sidelines of another (``На полях саммита X провел встречу с Y``): a surname
told alone after the full name is the person's (``not_persons.full_names_surname``), and a name the parser hung on the
oblique event noun before it is the verb's, not that noun's (``participants._slipped_names``).  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word, who", [
    ("Президент Чили Габриэль Борич и президент Перу Дина Болуарте приняли участие в саммите в Лиме. На полях "
     "саммита Борич провел встречу с премьер-министром Канады Марком Карни.", "встречу",
     {"Габриэль Борич", "Марк Карни"}),
    ("Министр иностранных дел Ганы Кваку Аддо прибыл в Ломе на форум. На полях форума Аддо провел переговоры с "
     "министром иностранных дел Того Робером Дюсе.", "переговоры", {"Кваку Аддо"}),
])
def test_a_sideline_meeting_has_its_sides(read_news, text, word, who):
    doc = read_news(text, "2031-03-21")
    names = {e.id: e.name for e in doc.entities}
    found = [{names.get(p.entity) for p in e.participants} for e in doc.events if word in e.trigger]
    assert found and who <= found[0]
