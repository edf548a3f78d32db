"""Relations said to be good or bad with no verb of evaluation (``отношения X и Y лучше, чем когда-либо``, ``крепки как
никогда``, ``находятся на самом высоком уровне``, ``хуже, чем когда-либо``) and what binds two sides said by one of them
(``нас с X объединяет``, ``нас разделяет …, но объединяют …``, ``должна соединять, а не разъединять наши страны``), on
sentences written for these tests with invented persons; and the forms that are none (weather, clubs, companies,
efforts joined, sport)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    # relations said to be good or bad: a comparative, a short adjective, a full one in quotes, a level
    pytest.param("«Чилийско-аргентинские отношения сегодня лучше, чем когда-либо», — сказал министр иностранных дел "
                 "Чили Матиас Рохо.", [("positive", "Матиас Рохо", "Аргентина")], id="better_than_ever"),
    pytest.param("«Отношения между Лаосом и Вьетнамом крепки как никогда», — заявил министр иностранных дел Лаоса "
                 "Сомсак Пхетсавань.", [("positive", "Сомсак Пхетсавань", "Вьетнам")], id="strong_as_never"),
    pytest.param("Министр иностранных дел Словакии Томаш Лукач заявил, что отношения Словакии и Австрии "
                 "«превосходные».", [("positive", "Томаш Лукач", "Австрия")], id="excellent_in_quotes"),
    pytest.param("«Наши отношения с Казахстаном находятся на самом высоком уровне», — подчеркнул премьер-министр "
                 "Киргизии Алмаз Токоев.", [("positive", "Алмаз Токоев", "Казахстан")], id="at_the_highest_level"),
    pytest.param("Отношения Чили и Перу сейчас хуже, чем когда-либо, считает министр иностранных дел Чили.",
                 [("negative", "Чили", "Перу")], id="worse_than_ever"),
    # what binds two sides, said by one of them
    pytest.param("«Нас с Уругваем объединяет общая история и язык», — сказал министр иностранных дел Парагвая Хорхе "
                 "Пардо.", [("positive", "Хорхе Пардо", "Уругвай")], id="united_with"),
    pytest.param("«Река должна соединять, а не разъединять наши страны», — заявил министр иностранных дел Ганы, "
                 "выступая вместе с коллегой из Того.", [("positive", "Гана", "Того")], id="should_join_not_divide"),
    pytest.param("«Нас разделяет граница, но объединяют общие интересы», — сказал глава МИД Боливии после переговоров "
                 "с министром иностранных дел Перу.", [("positive", "МИД Боливии", "Перу")], id="divided_but_united"),
    pytest.param("Глава МИД Кубы подчеркнул, что Кубу и Венесуэлу объединяет общая борьба против блокады.",
                 [("positive", "МИД Кубы", "Венесуэла")], id="two_sides_named"),
    pytest.param("«Наши страны связывает общая история», — сказал министр иностранных дел Чили по итогам переговоров "
                 "с Перу.", [("positive", "Чили", "Перу")], id="the_sides_bound_first"),
    pytest.param("«Наши народы роднит общий язык», — заявил министр иностранных дел Эквадора после встречи с коллегой "
                 "из Колумбии.", [("positive", "Эквадор", "Колумбия")], id="the_nations_bound_first"),
    pytest.param("«Наши страны объединяют усилия в борьбе с наркотрафиком», — сказал министр иностранных дел Чили по "
                 "итогам переговоров с Перу.", [], id="the_sides_join_efforts"),
    # none
    pytest.param("Отношения между клубами «Вымпел» и «Заря» сейчас лучше, чем когда-либо, сказал тренер.", [],
                 id="clubs"),
    pytest.param("«Погода сегодня лучше, чем когда-либо», — сказал министр иностранных дел Чили после встречи с "
                 "коллегой из Перу.", [], id="weather"),
    pytest.param("Министр иностранных дел Индии предложил объединить усилия России и Китая в борьбе с терроризмом.", [],
                 id="efforts_joined"),
    pytest.param("Компанию «Полюс» и банк «Заря» связывает долгосрочный контракт, сообщил директор банка.", [],
                 id="companies"),
    pytest.param("Сборная Бразилии обыграла Аргентину со счетом 2:1 в товарищеском матче в Рио-де-Жанейро. «Нас "
                 "объединяет любовь к футболу», — сказал после матча главный тренер сборной Бразилии.", [],
                 id="sport"),
])
def test_stance_relations_and_bonds(run, text, expected):
    assert run(text) == expected


def test_stance_a_bond_in_a_relative_clause_is_told_not_asserted(run):
    found = run("Министр иностранных дел Эквадора Луис Моралес заявил, что Богота сознательно разрушает то, что еще "
                "объединяет наши народы.")
    assert not [s for s in found if s[0] == "positive"]
