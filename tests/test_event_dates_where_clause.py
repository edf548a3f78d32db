"""An act told in a ``где`` clause of the place another act took its doer to (``посетил Асунсьон, где провел
переговоры``) took place on that act's occasion: its date is that act's when its own words give none
(``events/where_clause.py``).  Invented news of other countries."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word, date", [
    ("ЛИМА, 20 марта. Президент Уругвая 12 марта посетил Асунсьон, где провел переговоры с президентом Парагвая.",
     "переговоры", PartialDate(2031, 3, 12)),
    ("ЛИМА, 20 марта. Министр иностранных дел Чили во вторник прибыл в Ла-Пас, где подписал с боливийским коллегой "
     "соглашение о границе.", "подписал", PartialDate(2031, 3, 18)),
    # a time of its own in the clause stays its own
    ("ЛИМА, 20 марта. Министр Эквадора 12 марта прибыл в Боготу, где на следующий день провел переговоры с коллегой "
     "из Колумбии.", "переговоры", PartialDate(2031, 3, 13)),
])
def test_an_act_in_a_where_clause_takes_the_date_of_the_act_it_places(events, text, word, date):
    assert [e.date for e in events(text, "2031-03-20") if word in e.trigger] == [date]
