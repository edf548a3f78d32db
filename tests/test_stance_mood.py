"""Stances of the mood between sides and of evaluations in a speaker's own words (issue 10), on sentences written for
these tests with invented persons: a meeting's friendly atmosphere (mutual), a side named a friend or a promising
partner by a speaker of another side, measures regarded as unlawful, charges called baseless, a one-word answer to a
question about a side, a ministry's own "we" on its page, and the owner of a norm referred to, which is no side."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


VN_CU = ("12 марта в Ханое состоялись консультации между министерствами иностранных дел Вьетнама и Кубы. Стороны "
         "обсудили поставки риса на Кубу и ситуацию в Карибском регионе. Кубинская сторона пригласила министра "
         "иностранных дел Вьетнама посетить Гавану. ")


@pytest.mark.parametrize("text, expected", [
    # a meeting held in a friendly atmosphere: its two sides, mutually
    # (the side more present first: "Кубы", "Кубу", "Кубинская сторона", "Гавану")
    pytest.param(VN_CU + "Беседа велась в теплой и дружественной атмосфере.",
                 [("positive", "Куба", "Вьетнам")], id="talk_in_friendly_atmosphere"),
    pytest.param("Президент Казахстана Ерлан Сатпаев провел переговоры с президентом Узбекистана Бахромом Турсуновым в "
                 "атмосфере взаимопонимания.", [("positive", "Казахстан", "Узбекистан")],
                 id="talks_in_atmosphere_of_understanding"),
    pytest.param("Премьер-министры Норвегии и Финляндии встретились в Осло. Встреча, прошедшая в традиционно "
                 "доверительной обстановке, была посвящена энергетике.", [("positive", "Норвегия", "Финляндия")],
                 id="meeting_in_trusting_setting"),
    pytest.param("Президент Казахстана Ерлан Сатпаев переговорил по телефону с президентом Узбекистана Бахромом "
                 "Турсуновым. Разговор прошел в конструктивном ключе.", [("positive", "Казахстан", "Узбекистан")],
                 id="call_in_constructive_key"),
    # the sides' work: bare, of their body, of their delegations; not the work of an exhibition
    pytest.param("Министр иностранных дел Перу Хавьер Гонсалес провел переговоры с министром иностранных дел Чили "
                 "Альберто ван Кларена. «Работа идет в конструктивной, дружественной атмосфере», — отметил Гонсалес.",
                 [("positive", "Перу", "Чили")], id="work_goes_on_in_friendly_atmosphere"),
    pytest.param("В Ереване прошло заседание межправительственной комиссии Армении и Ирана. Работа комиссии прошла в "
                 "дружественной атмосфере.", [("positive", "Армения", "Иран")], id="work_of_the_commission"),
    pytest.param("Делегации Вьетнама и Лаоса провели консультации в Ханое. Общение делегаций прошло в теплой "
                 "обстановке.", [("positive", "Вьетнам", "Лаос")], id="contact_of_the_delegations"),
    pytest.param("В Вене работает выставка австрийских и венгерских художников. Работа выставки идет в дружественной "
                 "атмосфере.", [], id="work_of_an_exhibition_is_no_meeting"),
    pytest.param("В Вене прошел фестиваль австрийской и венгерской кухни. Австрия и Венгрия представили блюда. "
                 "Праздник прошел в дружественной атмосфере.", [], id="a_festival_is_no_meeting"),
    pytest.param("В Софии прошли переговоры министров иностранных дел Болгарии и Греции. Болгария и Греция обсудили "
                 "трубопровод. Переговоры прошли в напряженной атмосфере.", [], id="tense_atmosphere_is_none_here"),
    # a side named a friend or a partner by a speaker of another side
    pytest.param("Министр иностранных дел Кении Джейн Отиено провела переговоры с Японией. «Япония — друг, который "
                 "всегда поддерживает нас», — сказала министр.", [("positive", "Джейн Отиено", "Япония")],
                 id="a_friend_who"),
    pytest.param("Министр иностранных дел Чили Луис Арриага провел переговоры с коллегой из Перу. «Мы видим в Перу "
                 "перспективного партнера в Южной Америке», — сказал министр.",
                 [("positive", "Луис Арриага", "Перу")], id="we_see_in_x_a_partner"),
    pytest.param("«Мы считаем Вьетнам надежным партнером», — сказал премьер-министр Японии Кэндзи Сато.",
                 [("positive", "Япония", "Вьетнам")], id="we_consider_x_a_partner"),
    pytest.param("«Мы считаем Канаду своим союзником», — заявил премьер-министр Исландии Бьорн Стефанссон.",
                 [("positive", "Исландия", "Канада")], id="we_consider_x_an_ally"),
    pytest.param("Страны поддерживают друг друга, заявил министр иностранных дел Польши. Литва и Польша обсудили "
                 "оборону.", [], id="each_other_is_no_friend"),
    # measures regarded as unlawful: of the side whose measures the sentence before names
    pytest.param("Посол Аргентины в Уругвае Диего Ферро направил ноту в связи с введением уругвайских пошлин. «Мы "
                 "расцениваем эти пошлины как незаконные и противоречащие нормам ВТО», — сказал дипломат.",
                 [("negative", "Аргентина", "Уругвай")], id="regarded_as_unlawful"),
    pytest.param("Министр иностранных дел Словакии Петер Грегор заявил, что Братислава расценивает решение Будапешта "
                 "как ошибочное.", [("negative", "Словакия", "Венгрия")], id="regards_decision_as_wrong"),
    pytest.param("Польша ввела ограничения на импорт венгерского зерна. В Будапеште эти меры расценили как "
                 "дискриминационные.", [("negative", "Венгрия", "Польша")], id="measures_regarded_as"),
])
def test_mood_and_partners(run, text, expected):
    assert [s for s in run(text) if s[0] in ("positive", "negative")] == expected


BRIEF = "Брифинг официального представителя МИД Индии Рандхира Шармы\n\n"


@pytest.mark.parametrize("text, expected", [
    # charges judged that name only the speaker's own side: of the side the sentence before names
    pytest.param(BRIEF + "О высылке индийского дипломата\n\nКак известно, 3 марта власти Канады потребовали выезда "
                 "советника индийского посольства в Оттаве. Обвинения в его адрес голословны.",
                 ("negative", "Рандхир Шарма", "Канада"), id="charges_baseless"),
    pytest.param("Посол Бразилии Паулу Фариа заявил: «Вчера власти Парагвая выслали нашего консула. Все "
                 "утверждения о его шпионаже абсолютно надуманны».", ("negative", "Паулу Фариа", "Парагвай"),
                 id="claims_invented"),
    pytest.param("Правительство Эквадора выслало двух колумбийских журналистов. «Выдвинутые против них обвинения "
                 "беспочвенны», — заявил министр иностранных дел Колумбии Андрес Варгас.",
                 ("negative", "Андрес Варгас", "Эквадор"), id="charges_unfounded"),
    # a one-word answer to a question about a side
    pytest.param(BRIEF + "Вопрос: На прошлой неделе в Дели побывал министр иностранных дел Ганы. Как вы оцениваете "
                 "итоги визита?\n\nР.Шарма: Очень позитивно. Мы заинтересованы в развитии связей.",
                 ("positive", "Рандхир Шарма", "Гана"), id="answer_very_positively"),
    pytest.param("— Как вы оцениваете переговоры с Японией?\n— Весьма конструктивно, — ответил министр иностранных "
                 "дел Филиппин Хосе Рейес.", ("positive", "Хосе Рейес", "Япония"), id="answer_constructively"),
    pytest.param("Министр иностранных дел Перу Ана Кастро провела переговоры в Сантьяго. Как она оценивает итоги "
                 "визита в Чили? «Очень позитивно», — сказала министр.", ("positive", "Ана Кастро", "Чили"),
                 id="answer_quoted"),
])
def test_said_of_before(run, text, expected):
    assert expected in run(text)


def test_answer_of_two_sides_is_of_neither(run):
    text = BRIEF + "Вопрос: Как вы оцениваете возвращение посла Ганы в Того?\n\nР.Шарма: Положительно."
    assert not [s for s in run(text) if s[0] == "positive" and s[2] is not None]


def test_a_ministry_page_speaks_as_we(run):
    text = ("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ ТУРЦИИ\n\nЗаявление в связи с сессией Совета Европы\n\n"
            "Обратили внимание на принятую 2 марта в Страсбурге резолюцию Совета Европы.\n\n"
            "Решительно отвергаем содержащиеся в документе бездоказательные намеки на причастность Турции к "
            "нарушениям.")
    assert any(s[0] == "negative" and s[1] in ("Турция", "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ ТУРЦИИ") for s in run(text))


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Египта осудил планы, которые направлены на ограничение судоходства в нарушение "
    "Конвенции ООН по морскому праву.",
    "Министр иностранных дел Турции осудил учения, проводимые в нарушение Устава ООН.",
    "Министр иностранных дел Марокко осудил решение, принятое в соответствии с регламентом Африканского союза.",
])
def test_the_owner_of_a_norm_is_no_side(run, text):
    assert all(s[2] is None for s in run(text))


@pytest.mark.parametrize("last, expected", [
    pytest.param("Стороны высоко оценили возобновление диалога.", [("positive", "Вьетнам", "Куба")],
                 id="the_sides_praise_their_dialogue"),
    pytest.param("Стороны приветствовали прогресс в переговорах.", [("positive", "Вьетнам", "Куба")],
                 id="the_sides_welcome_progress"),
    pytest.param("Стороны осудили действия Израиля в секторе Газа.",
                 [("negative", "Вьетнам", "Израиль"), ("negative", "Куба", "Израиль")], id="the_sides_condemn_a_third"),
    pytest.param("Стороны осудили терроризм во всех его формах.", [], id="the_sides_condemn_no_side"),
])
def test_the_sides_together(run, last, expected):
    def either_order(stances):  # the two sides together: which of them comes first is no matter
        return sorted((p, *sorted((h, o))) if {h, o} == {"Вьетнам", "Куба"} else (p, h, o) for p, h, o in stances)
    assert either_order(s for s in run(VN_CU + last) if s[0] in ("positive", "negative")) == either_order(expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Нью-Дели решительно осуждает теракт и выражает солидарность с народом Шри-Ланки.",
                 [("negative", "Индия", None), ("positive", "Индия", "Шри-Ланка")], id="condemns_and_sympathises"),
    pytest.param("Президент Египта осудил нападение на посольство и выразил соболезнования народу Иордании.",
                 [("negative", "Египет", None)], id="condemns_and_condoles"),
    pytest.param("Литва осудила Белоруссию за давление на соседей и призвала ЕС ввести санкции.",
                 [("negative", "Литва", "Белоруссия")], id="condemns_a_side_and_calls"),
])
def test_a_side_of_the_other_predicate_is_none_of_this_one(run, text, expected):
    assert [s for s in run(text) if s[0] in ("positive", "negative")] == expected


def test_a_foreign_ministry_page_speaks_for_the_country_its_line_names(run):
    text = ("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН\n\nЗаявление о ситуации в регионе\n\n"
            "Приветствуем решение правительства Армении возобновить переговоры с Азербайджаном.")
    assert ("positive", "Казахстан", "Армения") in run(text)


@pytest.mark.parametrize("text, expected", [
    pytest.param(BRIEF.replace("Индии Рандхира Шармы", "Египта Тарика Мансура") + "Власти Эфиопии вновь обвинили "
                 "Каир в срыве переговоров. Считаем подобные заявления неприемлемыми.",
                 ("negative", "Египет", "Эфиопия"), id="such_statements_unacceptable"),
    pytest.param("Парламент Латвии принял резолюцию о языке. Министр иностранных дел Эстонии назвал подобные "
                 "документы провокацией.", ("negative", "Эстония", "Латвия"), id="such_documents_a_provocation"),
])
def test_such_points_back(run, text, expected):
    assert expected in run(text)
