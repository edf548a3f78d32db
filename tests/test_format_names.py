"""Names of standing mechanisms in sentences of our own: the gazetteer in any grammatical case, the
general patterns, the level and the round told in words."""
import pytest

from khronika.format_names import gazetteer_in, general_in, level_of
from khronika.format_rounds import round_in
from khronika.format_status import membership
from khronika.formats import formats_in, status_of


@pytest.mark.parametrize("sentence, name", [
    ("Лидеры стран «нормандской четвёрки» встретятся в Париже.", "нормандский формат"),
    ("Переговоры в нормандском формате зашли в тупик.", "нормандский формат"),
    ("Министры провели встречу в рамках астанинского процесса.", "астанинский формат"),
    ("Сопредседатели Минской группы ОБСЕ посетили Ереван.", "Минская группа ОБСЕ"),
    ("Заседание трёхсторонней контактной группы прошло в режиме видеоконференции.", "трехсторонняя контактная группа"),
    ("Шестисторонние переговоры по ядерной проблеме не ведутся с 2008 года.", "шестисторонние переговоры"),
    ("Министры финансов «Большой двадцатки» собрались в Вашингтоне.", "G20"),
    ("На саммите G-7 обсудили санкции.", "G7"),
    ("Саммит ШОС пройдёт в Астане.", "ШОС"),
    ("Глава МИД выступил на заседании Совета министров иностранных дел СНГ.", "Совет министров иностранных дел СНГ"),
    ("Премьеры съехались на Совет глав правительств ШОС в Бишкеке.", "Совет глав правительств ШОС"),
    ("Заседание Комиссии НАТО – Украина прошло в Вильнюсе.", "Комиссия Украина – НАТО"),
    ("Министры стран «евротройки» обсудили ядерную программу.", "евротройка"),
    ("Участники платформы «3+3» собрались в Стамбуле.", "формат «3+3»"),
    ("Страны «ОПЕК плюс» продлили сокращение добычи.", "ОПЕК+"),
    ("Лидеры Бухарестской девятки встретились в Варшаве.", "Бухарестская девятка"),
    ("Заседание Совета Россия – НАТО пройдёт на уровне послов.", "Совет Россия – НАТО"),
    ("Послы собрались на Совет НАТО-Россия.", "Совет Россия – НАТО"),
    ("Представители ближневосточного квартета встретятся в Мюнхене.", "ближневосточный квартет"),
    ("В Брюсселе прошёл саммит Россия – ЕС.", "саммит Россия – ЕС"),
    ("Министры приняли участие в Региональном форуме АСЕАН по безопасности.", "Региональный форум АСЕАН"),
])
def test_gazetteer_mechanisms_in_any_case(sentence, name):
    assert name in [n.name for n in gazetteer_in(sentence)]


def test_abbreviations_match_only_in_capitals_and_a_longer_name_wins():
    assert gazetteer_in("Мы ждём вас на встрече.") == []
    assert [n.name for n in gazetteer_in("Совет НАТО-Россия соберётся в среду.")] == ["Совет Россия – НАТО"]


def test_gazetteer_a_listing_sentence_names_formats_but_tells_no_meeting():
    sentence = "Страна участвует в Региональном форуме АСЕАН, Восточноазиатском саммите и СМОА плюс."
    named = gazetteer_in(sentence)
    assert len(named) == 3 and status_of(sentence, []) is None
    assert membership(sentence)  # even where the events stage reads a meeting
    assert membership("Страна входит в ШОС.") and membership("Страна является членом ШОС.")
    assert not membership("Члены Совбеза провели заседание.")
    assert not membership("Президент участвует в саммите БРИКС в Казани.")
    assert not membership("Президент участвует в саммите G20 в Осаке.")
    assert gazetteer_in("Картель ОПЕК снизил добычу.") == []  # OPEC is not "OPEC plus"


def test_gazetteer_gives_type_level_and_members():
    (n,) = gazetteer_in("Саммит БРИКС прошёл в Йоханнесбурге.")
    assert n.fixed and n.level == "leaders" and set(n.countries) == {"BR", "RU", "IN", "CN", "ZA"}


@pytest.mark.parametrize("sentence, name", [
    ("В Москве прошло заседание российско-вьетнамской межправительственной комиссии по торгово-экономическому "
     "и научно-техническому сотрудничеству.",
     "межправительственная комиссия по торгово-экономическому и научно-техническому сотрудничеству"),
    ("Состоялись трёхсторонние консультации в Пекине.", "трехсторонние консультации"),
    ("Делегации обсудили работу совместной рабочей группы по борьбе с терроризмом в Дели.",
     "совместная рабочая группа по борьбе с терроризмом"),
    ("Контактная группа по Ливии соберётся в Риме.", "контактная группа по ливии"),
    ("Стороны встретились в формате «три плюс три».", "формат «три плюс три»"),
    ("Прошли консультации на уровне заместителей министров иностранных дел Франции и Бразилии.",
     "консультации на уровне заместителей министров"),
])
def test_general_patterns(sentence, name):
    assert name in [n.name for n in general_in(sentence)]


@pytest.mark.parametrize("sentence, name, level", [
    ("Норвегия и Перу начали консультации на уровне заместителей министров иностранных дел.",
     "консультации на уровне заместителей министров", "deputies"),
    ("В Осло прошли консультации заместителей министров иностранных дел Норвегии и Перу.",
     "консультации на уровне заместителей министров", "deputies"),
    ("Замглавы МИД Эквадора и Финляндии завершили консультации на уровне первых заместителей министров.",
     "консультации на уровне заместителей министров", "deputies"),
    ("Кения и Чехия открыли консультации на уровне заместителей глав МИД в Найроби.",
     "консультации на уровне заместителей министров", "deputies"),
    ("Кения и Чехия провели консультации замглав МИД.", "консультации на уровне заместителей министров", "deputies"),
    ("Исландия и Гана открыли консультации на уровне министров иностранных дел.",
     "консультации на уровне министров", "ministers"),
    ("Исландия и Гана открыли консультации на уровне глав МИД.", "консультации на уровне министров", "ministers"),
    ("Исландия и Гана открыли консультации на уровне заместителей министров обороны.",
     "консультации на уровне заместителей министров обороны", "deputies"),
])
def test_consultations_of_one_level_have_one_name(sentence, name, level):
    assert [(n.name, n.level) for n in general_in(sentence)] == [(name, level)]


def test_a_meeting_mode_is_no_format_and_kinds_win_over_general_patterns():
    assert general_in("Лидеры поговорили в формате «один на один».") == []
    assert [n.name for n in formats_in("Министры провели консультации в формате «два плюс два».")] == ["2+2"]
    assert [n.name for n in formats_in("Саммит НАТО пройдёт в Вильнюсе.")] == ["саммит НАТО"]  # not a plain summit


@pytest.mark.parametrize("text, level", [
    ("консультации на уровне заместителей министров", "deputies"),
    ("встреча на высшем уровне", "leaders"),
    ("переговоры на уровне экспертов", "experts"),
    ("заседание на уровне послов", "ambassadors"),
    ("обмен мнениями", None),
])
def test_level_from_words(text, level):
    assert level_of(text) == level


@pytest.mark.parametrize("sentence, rnd", [
    ("В Женеве завершился 20-й раунд переговоров.", 20),
    ("Это была третья встреча в этом формате.", 3),
    ("Министры встретились в таком составе в пятый раз.", 5),
    ("Стороны впервые провели консультации в формате «2+2».", 1),
    ("Это первая встреча после перерыва в три года.", None),
    ("Министры впервые за четыре года встретились в этом формате.", None),
    ("Они встретились в третий раз за месяц.", None),
])
def test_round_in_words(sentence, rnd):
    assert round_in(sentence) == rnd


@pytest.mark.parametrize("sentence, events, status", [
    ("Заседание контактной группы, намеченное на май, отложено.", [], "postponed"),
    ("Встреча министров СНГ отменена.", [], "cancelled"),
    ("Следующий раунд состоится в Каире.", [], "planned"),
    ("Министры встретятся в июле.", [{"type": "CONSULT", "factuality": "planned", "round": None}], "planned"),
    ("Россия была исключена из «восьмёрки».", [], "suspended"),
    ("Лидеры встречаются раз в два года.", [], "active"),
    ("Совет впервые после двухлетнего перерыва собрался в Брюсселе.", [], "resumed"),
])
def test_statuses_of_history(sentence, events, status):
    assert status_of(sentence, events) == status


def test_a_summit_in_a_sentence_naming_an_organisation_is_its_summit():
    sentence = "Страны Совета сотрудничества арабских государств Персидского залива провели саммит."
    names = [n.name for n in formats_in(sentence)]
    assert names == ["Совет сотрудничества арабских государств Персидского залива"]


def test_a_summit_of_an_organisation_named_apart():
    names = [n.name for n in formats_in("Главы государств НАТО собрались на встречу в верхах в Вильнюсе.")]
    assert names == ["саммит НАТО"]
    assert [n.name for n in formats_in("Встреча в верхах прошла в Женеве.")] == ["встречи на высшем уровне"]


def test_general_name_stops_before_a_negation():
    (n,) = general_in("Заседания межправительственной комиссии по торговле не проводились с марта.")
    assert n.name == "межправительственная комиссия по торговле"


def test_format_names_previous_rounds_count_back_from_the_current_one():
    from khronika.format_rounds import previous_rounds

    sentence = "Предыдущие две прошли в Минске в 2015 году и в Вене в 2018 году."
    told = previous_rounds(sentence, 4)
    assert [k for k, _, _ in told] == [2, 3]
    assert ["2015" in sentence[a:b] for _, a, b in told] == [True, False]
    assert previous_rounds(sentence, None) == [] and previous_rounds(sentence, 2) == []


@pytest.mark.parametrize("sentence, name", [
    ("В Сеуле прошел трехсторонний саммит Китая, Японии и Южной Кореи.", "трехсторонний саммит"),  # not "summit"
    ("Прошло пятое заседание государственных комиссий Киргизии и Таджикистана по делимитации границы.",
     "государственные комиссии по делимитации границы"),  # the countries between are no part of the name
    ("В Лондоне начался четвертый раунд энергетических консультаций Британии и Норвегии.",
     "энергетические консультации"),
])
def test_format_names_the_texts_own_words_for_a_mechanism(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]
    assert not [n for n in formats_in("Прошел новый раунд двусторонних переговоров.")]


def test_format_a_mechanism_dissolved_is_cancelled():
    from khronika.format_local import local_statuses

    assert status_of("Стороны одобрили прекращение деятельности трехсторонней контактной группы.", []) == "cancelled"
    s = "Совет министров иностранных дел СНГ одобрил прекращение деятельности трехсторонней контактной группы."
    named = formats_in(s)
    local, _ = local_statuses(s, {n.name: list(n.places()) for n in named}, [])
    assert [st for st, _, _ in local["трехсторонняя контактная группа"]] == ["cancelled"]
    assert status_of("Контактная группа была распущена в 2019 году.", []) == "cancelled"
