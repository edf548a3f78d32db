"""A country a verb of discussing takes as its object is what the sides talked about, not a side
(``participants._of_a_topic``): ``X и Y обсудили Сирию и Палестину``.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, sides, topics", [
    ("Глава МИД Перу и его коллега из Чили обсудили в Лиме Боливию и Венесуэлу.", {"PE", "CL"}, {"BO", "VE"}),
    ("Министры иностранных дел Ганы и Нигерии в среду обсудили Ливию.", {"GH", "NG"}, {"LY"}),
])
def test_the_countries_discussed_are_no_sides(read_news, text, sides, topics):
    doc = read_news(text, "2031-03-21")
    [event] = [e for e in doc.events if e.type == "CONSULT"]
    found = {p.entity.removeprefix("e:iso-") for p in event.participants}
    assert sides <= found and not topics & found


def test_a_side_talked_with_stays_a_side(read_news):
    doc = read_news("Глава МИД Перу обсудил с Чили и Боливией торговлю.", "2031-03-21")
    [event] = [e for e in doc.events if e.type == "CONSULT"]
    assert {"e:iso-CL", "e:iso-BO"} <= {p.entity for p in event.participants}


def test_who_speaks_at_the_talks_press_conference_took_part(read_news):
    """``сказал X на пресс-конференции по итогам переговоров``: the talks are where X spoke, X took part
    (``participants._where_said``); not a speaker reporting others' meeting."""
    doc = read_news('Глава МИД Перу Хуан Перес принял приглашение посетить Сантьяго. "Уверен, что мы продвинемся по '
                    'всем направлениям", - сказал Перес на пресс-конференции по итогам переговоров во вторник.',
                    "2030-04-10")
    names = {e.id: e.name for e in doc.entities}
    [talks] = [e for e in doc.events if e.type == "CONSULT" and e.factuality == "occurred"]
    assert "Хуан Перес" in {names.get(p.entity) for p in talks.participants}


@pytest.mark.parametrize("text", [
    "Министры Перу и Чили в среду провели в Лиме 12-ю сессию комиссии. Стороны рассмотрели выполнение решений 11-й "
    "сессии.",
    "Министры Перу и Чили в среду провели в Лиме 12-ю сессию комиссии. Они обсудили итоги 11-й сессии комиссии.",
])
def test_an_earlier_sitting_discussed_is_none_held(read_news, text):
    """A numbered sitting in the object of a verb of discussing is one looked back on (``contents.sitting_discussed``):
    no eleventh session held, nor the twelfth's round taken for the eleventh."""
    doc = read_news(text, "2030-08-29")
    assert [e.round for e in doc.events if e.type == "CONSULT"] == [12]


def test_a_sitting_to_come_discussed_stays_one(read_news):
    """Preparing a numbered sitting to come (``обсудили подготовку третьего саммита, который пройдет …``) is no look
    back: the summit stays a planned meeting."""
    doc = read_news("Министры Перу и Чили обсудили подготовку третьего саммита, который пройдет в 2031 году в Лиме.",
                    "2030-08-29")
    assert [(e.round, e.factuality) for e in doc.events if e.type == "CONSULT" and e.round] == [(3, "planned")]
