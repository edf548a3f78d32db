"""Quotes labelled by who speaks (issue 10, item 5): a country's adjective before the title of a label (``Лаосский
премьер X: «…»``), and an interview's answers under the initials of the person interviewed (``М.Т.Х.: …`` for the
one person of those initials the text names).  Invented texts."""
import pytest

pytestmark = pytest.mark.slow


def _quotes(read_news, text):
    doc = read_news(text, "2031-11-20")
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(q.speaker, q.speaker), q.text[:30]) for q in doc.quotes]


def test_a_country_adjective_before_the_title_of_a_label(read_news):
    found = _quotes(read_news, "Пресс-конференция. Камбоджийский премьер Хун Манет: «Связь Камбоджи и Таиланда – "
                               "особые отношения, которым нет равных».")
    assert found and found[0][0] == "Хун Манет"


INTERVIEW = ("Daily Star | Интервью | Суббота, 20 ноября 2031 года\n\n"
             "Министр иностранных дел Бангладеш Мохаммад Тоухид Хоссейн рассказал Daily Star об итогах переговоров "
             "в Дели.\n\n"
             "Daily Star: Господин министр, довольны ли вы итогами переговоров?\n\n"
             "М.Т.Х.: Я доволен итогами: стороны договорились о совместной работе по водным ресурсам.\n\n"
             "Daily Star: Когда состоится следующий раунд?\n\n"
             "М.Т.Х.: Следующий раунд пройдет в Дакке в марте, и мы надеемся на новые договоренности.\n")


def test_an_interviews_answers_under_initials_are_the_interviewees(read_news):
    found = _quotes(read_news, INTERVIEW)
    assert [who for who, _ in found].count("Мохаммад Тоухид Хоссейн") == 2, found
