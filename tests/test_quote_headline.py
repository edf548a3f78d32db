"""A ``Фамилия: …`` headline among a page's head lines (an outlet's name, a date: no line ends a sentence before it),
over a lead that narrates that person, is no transcript: the lead and what follows are not the person's words; a
bare title later with no one holding it is that person.  ``Так X прокомментировал …`` after a quotation, the subject
before the verb; ``по словам иранского дипломата`` read as ``отметил иранский дипломат``.  Texts written for these
tests."""
import pytest

pytestmark = pytest.mark.slow

PAGE = ("Вестник Анд (перевод с испанского)\n\n3 часа назад\n\n"
        "Киспе: Лима и Ла-Пас открывают новую главу\n\n"
        "Министр иностранных дел Перу Хорхе Киспе вернулся из Ла-Паса, где прошла сессия смешанной комиссии.\n\n"
        "Делегации договорились открыть два новых пункта пропуска на границе.\n\n"
        "«Мы закрыли старые споры», — заявил дипломат журналистам.")


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


def test_a_headline_among_the_head_lines_is_no_turn(run):
    doc, quotes, _ = run(PAGE)
    texts = [q[1] for q in quotes]
    assert not any(t.startswith(("Министр иностранных дел Перу", "Делегации договорились")) for t in texts), quotes
    assert ("Хорхе Киспе", "Мы закрыли старые споры", True) in quotes


def test_a_real_transcript_after_head_lines_keeps_its_turns(run):
    doc, quotes, _ = run("Радио Анд\n\n12 мая\n\nВедущий: Добрый вечер. У нас в студии министр Хорхе Киспе.\n\n"
                         "Хорхе Киспе: Добрый вечер. Мы закрыли старые споры с соседями.\n\n"
                         "Ведущий: Что дальше?\n\nХорхе Киспе: Дальше торговля.")
    assert ("Хорхе Киспе", "Дальше торговля.", True) in quotes


def test_so_commented_with_the_subject_before_the_verb(run):
    _, quotes, _ = run("Высылка чилийского консула — «ошибка, которую придется исправлять». Так председатель "
                       "сенатской комиссии по обороне Мануэль Рохас прокомментировал решение Боливии.")
    assert any(s == "Мануэль Рохас" and "ошибка, которую придется исправлять" in t for s, t, _ in quotes), quotes


def test_according_to_a_diplomat_of_a_country_is_its_person_named_before(run):
    _, quotes, _ = run("Заместитель министра иностранных дел Ирана Али Резаи в среду провел переговоры в Пекине. "
                       "По словам иранского дипломата, следующий раунд пройдет в Тегеране.")
    assert ("Али Резаи", "следующий раунд пройдет в Тегеране", False) in quotes


def test_a_reporter_or_an_outlet_label_speaks_no_ones_words(run):
    _, quotes, _ = run("Радио Анд. Выпуск новостей\n\n"
                       "Ведущий: Министры Перу и Чили встретились в Лиме. Подробности у нашего корреспондента Марии "
                       "Лопес.\n\nКорреспондент: Делегации обсудили границу и торговлю.\n\n"
                       "Хорхе Киспе: Мы закрыли старые споры.\n\n"
                       "Агентство Рейтер: Когда следующая встреча?\n\nХорхе Киспе: Весной.")
    assert ("Хорхе Киспе", "Мы закрыли старые споры.", True) in quotes
    assert not any(t.startswith(("Делегации обсудили", "Когда следующая")) for _, t, _ in quotes), quotes


def test_a_headline_over_a_dated_line_then_the_lead_is_no_turn(run):
    """A date and time between the headline and its lead: the lead is the first paragraph that ends a sentence."""
    _, quotes, _ = run("Сенат Республики Чили\nГлавная / Пресс-центр\n\n"
                       "Хуан Мендоса: сотрудничество с Аргентиной выходит на новый уровень\n\n3 марта 2031, 12:10\n\n"
                       "В Сантьяго в понедельник прошло заседание парламентской группы. Заседание провел председатель "
                       "Сената Чили Хуан Мендоса.\n\n«Мы договорились ускорить ратификацию соглашений», — отметил Хуан "
                       "Мендоса.\n\nСтороны подписали протокол.")
    assert not any(t.startswith(("В Сантьяго", "Стороны подписали", "сотрудничество с")) for _, t, _ in quotes), quotes
    assert ("Хуан Мендоса", "Мы договорились ускорить ратификацию соглашений", True) in quotes
