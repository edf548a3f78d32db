"""Where an envoy is summoned (issue 10, item 2): at the foreign ministry of the state that summons him, in its capital,
whether the sentence names the ministry, its minister (``Министр иностранных дел X вызвал посла Y``) or a ministry of a
longer name (``министерство Европы и иностранных дел X``); a headline that tells the summons first takes the place the
body gives it; not the province the dispute is about (``задержанием … в провинции X``).  Invented news."""
import pytest

pytestmark = pytest.mark.slow


def _protest_places(found):
    return [e.place for e in found if e.type == "PROTEST"]


def test_the_foreign_minister_summons_at_his_ministry(events, read_news):
    doc = read_news("Министр иностранных дел Нигера Бакари Сангаре вызвал сегодня посла Бенина и вручил ему ноту "
                    "протеста.", "2031-10-25")
    places = {e.id: e.name for e in doc.entities}
    assert [places.get(p, p) for p in _protest_places(doc.events)] == ["Ниамей"]


def test_a_ministry_of_a_longer_name(read_news):
    doc = read_news("Министерство Европы и иностранных дел Франции в понедельник вызвало посла Канады и вручило ей "
                    "ноту протеста.", "2031-10-11")
    places = {e.id: e.name for e in doc.entities}
    assert [places.get(p, p) for p in _protest_places(doc.events)] == ["Париж"]


def test_the_headline_takes_the_bodys_ministry_not_the_disputed_province(read_news):
    doc = read_news("Замбия вызвала посла Анголы из-за бензовозов на границе\n\nМинистерство иностранных дел Замбии "
                    "сегодня вызвало посла Анголы и выразило ему протест в связи с задержанием замбийских бензовозов "
                    "в провинции Мошико.", "2031-11-03")
    places = {e.id: e.name for e in doc.entities}
    assert [places.get(p, p) for p in _protest_places(doc.events)] == ["Лусака"]


@pytest.mark.parametrize("text", ["Лима вызывает временного поверенного Чили Хуана Переса и вручает ему ноту протеста.",
                                  "Лима вызвала посла Чили Хуана Переса."])
def test_a_capital_that_summons_is_where(read_news, text):
    """The capital told as the state that summons (``Лима вызывает …``): its ministry, in that city."""
    doc = read_news(text, "2031-10-11")
    places = {e.id: e.name for e in doc.entities}
    assert [places.get(p, p) for p in _protest_places(doc.events)] == ["Лима"]
