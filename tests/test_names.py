import pytest

from khronika import lexicon, names, names_phrase
from khronika.lexicon import LexiconError


@pytest.mark.parametrize("words, cases, expected", [
    (["Анны", "Ивановой"], ["Gen", "Gen"], "Анна Иванова"),
    (["Николаем", "Петровым"], ["Ins", "Ins"], "Николай Петров"),
    (["Марии", "Захаровой"], ["Dat", "Dat"], "Мария Захарова"),
    # foreign names no dictionary knows: the case comes from the given name before them
    (["Юко", "Тахарой"], ["Ins", "Nom"], "Юко Тахара"),
    (["Кэндзи", "Мацудой"], ["Ins", "Ins"], "Кэндзи Мацуда"),
    (["Джо", "Байдена"], ["Gen", "Gen"], "Джо Байден"),
    (["Ангелой", "Меркель"], ["Ins", "Ins"], "Ангела Меркель"),
    (["Ивана", "Ивановича", "Петрова"], ["Gen", "Gen", "Gen"], "Иван Иванович Петров"),
    (["Т.", "Сато"], ["Nom", "Gen"], "Т. Сато"),  # an initial and an indeclinable surname stay
    # a surname the dictionary knows only as a place's adjective declines as one, in the name's gender
    (["Игоря", "Тихорецкого"], ["Gen", "Gen"], "Игорь Тихорецкий"),
    (["Павлу", "Боровицкому"], ["Dat", "Dat"], "Павел Боровицкий"),
    (["Ольгу", "Ореховскую"], ["Acc", "Acc"], "Ольга Ореховская"),
    (["Ольги", "Ореховской"], ["Gen", "Gen"], "Ольга Ореховская"),
    (["Сосновского"], ["Gen"], "Сосновский"),
    # a surname only a prepositional form of, whatever case the tagger saw (``о советнике Тимофееве``)
    (["Тимофееве"], ["Gen"], "Тимофеев"),
    (["Глебе", "Жукове"], ["Gen", "Gen"], "Глеб Жуков"),
    (["Синдзиро"], ["Nom"], "Синдзиро"),
    # initials tell no case: the surname's own does (``Р.Н. Соколовым``: the tagger read the initial as Gen)
    (["Р.", "Н.", "Соколовым"], ["Gen", "Gen", "Ins"], "Р. Н. Соколов"),
    # an East Asian name declines in its last syllable only, however short
    (["Мун", "Чжэ", "Ина"], ["Gen", "Gen", "Gen"], "Мун Чжэ Ин"),
    # a given name in -ем is a nominative unless another word of the name shows the instrumental too
    (["Хашем", "Бадави"], ["Nom", "Nom"], "Хашем Бадави"),
    (["Хашемом", "Бадави"], ["Nom", "Nom"], "Хашем Бадави"),
    (["Бручем"], ["Nom"], "Бруч"),  # a surname alone shows it
    # a foreign name in a vowel and -и is written so in every case; a dictionary name in -и still declines
    (["аль-Казеи"], ["Gen"], "аль-Казеи"),
    (["Моаззеи"], ["Dat"], "Моаззеи"),
    (["Аглаи"], ["Gen"], "Аглая"),
    # a surname after a Romance particle declines like a noun in -а: -а is its nominative
    (["Карлос", "Мигель", "де", "Гарса"], ["Nom", "Gen", "Nom", "Nom"], "Карлос Мигель де Гарса"),
    (["де", "Роки"], ["Gen", "Gen"], "де Рока"),
    (["де", "Моры"], ["Gen", "Gen"], "де Мора"),
    (["Луиса", "де", "Гарсу"], ["Acc", "Acc", "Acc"], "Луис де Гарса"),
    (["Доминика", "де", "Бертена"], ["Gen", "Gen", "Gen"], "Доминик де Бертен"),  # the given name shows the case
    (["Лулы", "да", "Моты"], ["Gen", "Gen", "Gen"], "Лула да Мота"),
    # a man's foreign given name in -ий agrees with his surname in the genitive
    (["Гавия", "Мансура"], ["Gen", "Gen"], "Гавий Мансур"),
    # ... not a woman's given name (Мария), whose surname in -а beside it is as written: a woman's consonant-final
    # surname does not decline, so "Мансура" is no genitive
    (["Марии", "Мансура"], ["Gen", "Gen"], "Мария Мансура"),
    # a woman's given name in -а after a hushing or velar consonant, before her consonant-final surname undeclined
    (["Наташи", "Эрнандес"], ["Gen", "Gen"], "Наташа Эрнандес"),
    (["Кейши", "Браун"], ["Gen", "Gen"], "Кейша Браун"),
    # a given name in -у in the accusative: a woman's before an undeclined consonant-final surname, as written before
    # a man's declined one
    (["Ану", "Гонсалес"], ["Acc", "Acc"], "Ана Гонсалес"),
    (["Тамару", "Вильямс"], ["Acc", "Nom"], "Тамара Вильямс"),
    (["Кофу", "Аннана"], ["Acc", "Acc"], "Кофу Аннан"),
    # ... and in the dative and the instrumental (a woman's name the dictionary knows stays)
    (["Гавию", "Мансуру"], ["Dat", "Dat"], "Гавий Мансур"),
    (["Гавием", "Мансуром"], ["Ins", "Ins"], "Гавий Мансур"),
    (["Марию", "Мансур"], ["Acc", "Acc"], "Мария Мансур"),
    (["Гавием", "Мансуром", "Али"], ["Ins", "Ins", "Ins"], "Гавий Мансур Али"),  # a word before an undeclined last
    # a woman's foreign surname in -а/-я declines as a noun: its accusative -у/-ю after a consonant; a consonant-final
    # one does not decline; a man's accusative is his genitive
    (["Ирину", "Озолиню"], ["Acc", "Acc"], "Ирина Озолиня"),
    (["Ольгу", "Мвангу"], ["Acc", "Acc"], "Ольга Мванга"),
    (["Ирину", "Линдгрен"], ["Acc", "Acc"], "Ирина Линдгрен"),
    (["Ивана", "Линдберга"], ["Acc", "Acc"], "Иван Линдберг"),
    # a surname in -ом/-ым after a consonant is an instrumental whatever other case the tagger read
    (["Фаридом", "Ансаром"], ["Nom", "Dat"], "Фарид Ансар"),
    (["Карлом", "Бергманом"], ["Gen", "Gen"], "Карл Бергман"),
    (["Ислом", "Турсунову"], ["Dat", "Dat"], "Ислом Турсунов"),
    # a man's name whose stem ends in a vowel and -й declines as ``Гай`` (``Гая``, ``Гаю``, ``Гаем``), even where the
    # dictionary knows the genitive form as a woman's name in the nominative (``Рая``); a woman's name stays
    (["Мамаду", "Рая"], ["Gen", "Gen"], "Мамаду Рай"),
    (["Ибрагимом", "Нгоем"], ["Ins", "Ins"], "Ибрагим Нгой"),
    (["Павлу", "Кудаю"], ["Dat", "Dat"], "Павел Кудай"),
    (["Игоря", "Лисовея"], ["Acc", "Acc"], "Игорь Лисовей"),
    (["Рая", "Лебедева"], ["Nom", "Nom"], "Рая Лебедева"),
    (["Андрея"], ["Gen"], "Андрей"),
    # a known name's dative (or prepositional) read as another oblique case is still that name's (``Ирине``)
    (["Ирине", "Соколовой"], ["Gen", "Gen"], "Ирина Соколова"),
    # an elided letter and its apostrophe: the part after it declines (``Н'Гомой``), the capitals stay
    (["Бубакаром", "Н'Гомой"], ["Ins", "Ins"], "Бубакар Н'Гома"),
    (["Шона", "О'Брайена"], ["Gen", "Gen"], "Шон О'Брайен"),
])
def test_names_normalize_person(words, cases, expected):
    assert " ".join(names.normalize_person(words, cases)) == expected


def test_names_a_womans_name_read_in_the_nominative_stays():
    """``Мартина`` is only a man's name in the genitive to the dictionary; a feminine nominative keeps it."""
    assert names.normalize_person(["Мартина", "Линдберг"], ["Nom", "Gen"], ["Fem", "Fem"]) == ["Мартина", "Линдберг"]
    assert names.normalize_person(["Мартина", "Линдберга"], ["Gen", "Gen"], ["Masc", "Masc"]) == ["Мартин", "Линдберг"]


@pytest.mark.parametrize("word, title", [
    ("Президента", "президент"), ("премьер-министром", "премьер-министр"), ("господин", "господин"),
    ("Канцлера", "канцлер"), ("Иванова", None), ("Москва", None),
])
def test_names_title_lemma(word, title):
    assert names.title_lemma(word) == title


@pytest.mark.parametrize("word, common", [("Стороны", True), ("Участники", True), ("Франция", False),
                                          ("Петров", False)])
def test_names_is_common_noun(word, common):
    assert names.is_common_noun(word) is common


def test_names_normalize_phrase_keeps_genitive_dependent():
    # Военно-морских сил Индии: head "сил" (plural), adjective agrees, "Индии" is a dependent.
    words = [("Военно-морских", "ADJ", {"Case": "Gen"}, "1", "2"),
             ("сил", "NOUN", {"Case": "Gen", "Number": "Plur"}, "2", "0"),
             ("Индии", "PROPN", {"Case": "Gen"}, "3", "2")]
    assert names_phrase.normalize_phrase(words) == ["Военно-морские", "силы", "Индии"]


def test_names_normalize_phrase_singular_agreement():
    words = [("Ближневосточном", "ADJ", {"Case": "Loc"}, "1", "2"),
             ("регионе", "NOUN", {"Case": "Loc", "Number": "Sing"}, "2", "0")]
    assert names_phrase.normalize_phrase(words) == ["Ближневосточный", "регион"]


def test_names_normalize_phrase_needs_a_nominal_head():
    assert names_phrase.normalize_phrase([("Быстро", "ADV", {}, "1", "0")]) is None


@pytest.mark.parametrize("word, title", [
    ("зав", "заведующий"), ("Зам", "заместитель"), ("вице-адмиралом", "вице-адмирал"), ("проф", None),
    ("Статс-секретарем", "статс-секретарь"),
])
def test_names_title_lemma_of_undotted_abbreviations_and_prefixed_titles(word, title):
    assert names.title_lemma(word) == title


def test_names_titles_file_with_a_title_twice_fails_naming_file_and_line(tmp_path, monkeypatch):
    text = (lexicon.DATA / "titles.tsv").read_text(encoding="utf-8") + "TITLES\tпосол атаман\n"
    (tmp_path / "titles.tsv").write_text(text, encoding="utf-8")
    line = text.count("\n")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.words.cache_clear()
    try:
        with pytest.raises(LexiconError, match=rf"khronika/data/titles\.tsv:{line}: 'посол' is twice in set TITLES"):
            lexicon.words("titles.tsv")
    finally:
        lexicon.words.cache_clear()


@pytest.mark.parametrize("word, expected", [
    ("Алла", True), ("Мария", True), ("Виктор", True),
    ("Путин", False),  # a surname
    ("Эльвир", False),  # a plural genitive of a given name is no given name in the nominative
])
def test_names_given_name(word, expected):
    assert names.given_name(word) is expected


@pytest.mark.slow
def test_names_a_given_name_alone_is_the_one_person_of_the_document_with_it(annotate):
    doc = annotate("Педро Гонсалес арестован в Лиме. Его жена Мария Гонсалес прилетела в Сантьяго. "
                   "В пятницу Мария впервые увидит Педро в суде. Гонсалес рассказала, что процесс затянется.")
    ents = {e.id: e.name for e in doc.entities}
    got = [(m.text, ents[m.entity]) for m in doc.mentions if m.type == "PER"]
    assert ("Мария", "Мария Гонсалес") in got and ("Педро", "Педро Гонсалес") in got
    # a bare surname is the last person named by it, not the one named by a given name alone since
    assert ("Гонсалес", "Мария Гонсалес") in got
    assert sorted({n for _, n in got}) == ["Мария Гонсалес", "Педро Гонсалес"]


@pytest.mark.parametrize("surname, given, expected", [
    ("Петров", "Анна", "Петрова"), ("Вяземский", "Анна", "Вяземская"), ("Петров", "Иван", "Петров"),
    ("Гонсалес", "Мария", "Гонсалес"),  # a surname that does not change
])
def test_names_relative_surname(surname, given, expected):
    assert names.relative_surname(surname, given) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Бизнесмен Олег Вершинин арестован в Лиме. Супруга Вершинина Анна прилетела в Перу. Анна ждёт суда.",
     {"Олег Вершинин", "Анна Вершинина"}),
    ("Бизнесмен Педро Гонсалес арестован в Лиме. Его жена Мария прилетела в Перу.",
     {"Педро Гонсалес", "Мария Гонсалес"}),
    ("Бизнесмен Педро Гонсалес арестован в Лиме. Адвокат Мария прилетела в Перу.",
     {"Педро Гонсалес", "Мария"}),  # no word of kinship, no surname
])
def test_names_a_relative_named_by_a_given_name_takes_the_surname(annotate, text, expected):
    doc = annotate(text)
    ents = {e.id: e.name for e in doc.entities}
    assert {ents[m.entity] for m in doc.mentions if m.type == "PER"} == expected


@pytest.mark.parametrize("word, function", [("Что", True), ("Когда", True), ("Если", True), ("Ли", False),
                                            ("Путин", False), ("Стороны", False)])
def test_names_is_function_word(word, function):
    assert names.is_function_word(word) == function
