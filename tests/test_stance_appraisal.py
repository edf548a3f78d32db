"""Appraisals: a general word of praise or blame (``хороший``, ``неудачный``) is a stance only as the predicative
complement of a verb of naming or regarding; an act of bare nouns is of the text's other side; none of a product, a
game, the weather, the holder's own act, or under negation.  A body tagged bare (``МИД X``) is held by the country
after it.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, polarity, holder, other", [
    pytest.param("Министр иностранных дел Чили Хуан Бартолини назвал решение Аргентины вернуть посла хорошим знаком.",
                 "positive", "Хуан Бартолини", "Аргентина", id="noun_with_adjective_under_an_infinitive"),
    pytest.param("Президент Казахстана Ерлан Сапаров назвал визит премьер-министра Монголии «очень удачным».",
                 "positive", "Ерлан Сапаров", "Монголия", id="quoted_adjective"),
    pytest.param("Глава МИД Перу охарактеризовал ответ Эквадора как благоприятный.", "positive", "МИД Перу",
                 "Эквадор", id="as_complement"),
    pytest.param("Назвав ответ Боливии «хорошим знаком», министр иностранных дел Парагвая предложил провести встречу.",
                 "positive", "Парагвай", "Боливия", id="adverbial_participle"),
    pytest.param("Посольство Польши назвало решение Литвы «плохим сигналом».", "negative", "Посольство Польши",
                 "Литва", id="body_neuter"),
    pytest.param("МИД Армении расценил заявление Баку как негативный сигнал.", "negative", "МИД Армении",
                 "Азербайджан", id="regard_as_capital"),
    pytest.param("Премьер-министр Венгрии Виктор Ковач считает меры Еврокомиссии неправильными и поспешными.",
                 "negative", "Виктор Ковач", "Еврокомиссия", id="present_consider_coordinated"),
    pytest.param("Министр иностранных дел Сербии назвал высылку хорватского дипломата преждевременной.",
                 "negative", "Сербия", "Хорватия", id="country_adjective_other"),
    pytest.param("Кения вновь открыла посольство в Додоме после двухлетнего перерыва. Министр иностранных дел "
                 "Танзании Амани Мвака назвал открытие посольства хорошей новостью.", "positive", "Амани Мвака",
                 "Кения",
                 id="bare_move_of_the_other_side"),
    pytest.param("Литва выслала советника посольства Латвии. Глава МИД Латвии Янис Озолс назвал высылку дипломата "
                 "неправильной и преждевременной.", "negative", "Янис Озолс", "Литва", id="bare_expulsion"),
])
def test_appraisal_of_another_side(run, text, polarity, holder, other):
    assert (polarity, holder, other) in run(text)


@pytest.mark.parametrize("text", [
    pytest.param("Тренер сборной Бразилии Карлос Ортис назвал игру хорошей.", id="sport"),
    pytest.param("Сборная Бразилии обыграла Аргентину со счётом 2:1. Главный тренер бразильцев Карлос Ортис назвал "
                 "игру соперника плохой.", id="sport_rival"),
    pytest.param("Синоптики назвали погоду в Москве плохой.", id="weather"),
    pytest.param("Компания из Чили представила новый смартфон в Перу. Министр экономики Перу Луис Кастро назвал "
                 "новинку удачной.", id="product"),
    pytest.param("Министр иностранных дел Чили Хуан Бартолини не назвал решение Аргентины хорошим.", id="negated"),
    pytest.param("Министр иностранных дел Перу Луис Кастро назвал работу своего посольства в Чили хорошей.",
                 id="own_act"),
    pytest.param("Министр иностранных дел Чили Хуан Бартолини считает необходимым провести встречу с Аргентиной.",
                 id="considers_necessary_to_act"),
])
def test_no_appraisal(run, text):
    assert not {s for s in run(text) if s[0] in ("positive", "negative")}


@pytest.mark.parametrize("text, holder, other", [
    pytest.param("МИД Гамбии назвал действия Мали «недопустимыми».", "Гамбия", "Мали", id="ministry_of_x"),
    pytest.param("Парламент Молдавии осудил решение Румынии.", "Молдавия", "Румыния", id="parliament_of_x"),
])
def test_a_bare_body_is_held_by_its_country(run, text, holder, other):
    assert ("negative", holder, other) in run(text)
