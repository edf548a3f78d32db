"""Paradigm: a partial quotation that is an infinitive clause after a verb of commitment (promising, threatening,
undertaking, offering) is the subject's words, as after a verb of calling; a name or a noun in quotation marks after
such a verb quotes no one. Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


POSITIVE = [
    ("Министр иностранных дел Перу Лусия Вальдес пообещала «рассмотреть жалобу до конца месяца».",
     "Лусия Вальдес", "рассмотреть жалобу до конца месяца"),
    ("Премьер-министр Непала Рам Бахадур Тхапа обещает «вернуть переговоры в прежнее русло».",
     "Рам Бахадур Тхапа", "вернуть переговоры в прежнее русло"),
    ("Глава МИД Словакии Ян Горал пригрозил «пересмотреть все договоренности с соседями».",
     "Ян Горал", "пересмотреть все договоренности с соседями"),
    ("Посол Кении Питер Мванги, пообещав «лично проследить за выполнением меморандума», покинул зал.",
     "Питер Мванги", "лично проследить за выполнением меморандума"),
    ("Президент Ганы Кваме Асанте обязался «не допустить новых инцидентов на границе».",
     "Кваме Асанте", "не допустить новых инцидентов на границе"),
    ("Канцлер Австрии Хельмут Грубер предложил «вернуться к обсуждению после выборов».",
     "Хельмут Грубер", "вернуться к обсуждению после выборов"),
    ("Вице-премьер Вьетнама Нгуен Ван Кхоа в ответ пообещал партнерам «ускорить выдачу лицензий».",
     "Нгуен Ван Кхоа", "ускорить выдачу лицензий"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker,words", POSITIVE)
def test_quotes_an_infinitive_clause_quoted_after_a_verb_of_commitment_is_the_subjects_words(run, text, speaker,
                                                                                                 words):
    _, quotes, _ = run(text)
    assert (speaker, words) in [(q[0], q[1]) for q in quotes]


NEGATIVE = [
    "Министр энергетики Чада Абакар Махамат пообещал «Суданским железным дорогам» новый кредит.",
    "Тренер клуба Ларс Ольсен пообещал болельщикам «Викинга» победу в следующем туре.",
    "Министр культуры Мали Амаду Диарра предложил «Золотую маску» в качестве названия премии.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NEGATIVE)
def test_quotes_a_name_quoted_after_a_verb_of_commitment_quotes_no_one(run, text):
    _, quotes, _ = run(text)
    assert quotes == []
