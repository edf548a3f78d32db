"""Paradigm: the subject of a singular verb of speech is one noun phrase; a person the parse coordinated with it
across a comma (``Как сообщило ведомство X, посол Y …``) belongs to the reported clause and is not the speaker.
Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


NOT_THE_PERSON = [
    "Как сообщило министерство иностранных дел, посол Франции Пьер Лаваль был вызван в министерство.",
    "Как сообщило министерство иностранных дел Ганы, посол Франции Пьер Лаваль был вызван в министерство.",
    "Как сообщила пресс-служба правительства Чили, министр Рауль Сепульведа вылетел в Лиму.",
    "Как передало посольство Кении, посол Питер Мванги вручил копии верительных грамот.",
    "Как сообщает ведомство, глава делегации Ян Горал провел переговоры в Братиславе.",
    "Как уточнило министерство обороны Перу, генерал Хорхе Салас прибыл в Кито.",
    "Посол Перу в Чили Хорхе Салас в среду вернулся в Сантьяго и приступил к работе, сообщило ведомство.",
    "Генерал Рауль Сепульведа прибыл в Лиму, сообщило министерство обороны.",
    "Посол Кении в Уганде Питер Мванги во вторник прибыл в Кампалу и вручил копии грамот, сообщило министерство "
    "иностранных дел.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_THE_PERSON)
def test_quotes_a_person_after_the_comma_of_a_singular_verbs_subject_is_not_its_speaker(run, text):
    _, quotes, _ = run(text)
    persons = ("Пьер Лаваль", "Рауль Сепульведа", "Питер Мванги", "Ян Горал", "Хорхе Салас")
    assert not any(q[0] in persons for q in quotes)


STILL_SPEAKERS = [
    ("Как сообщил министр иностранных дел Ганы Кваме Асанте, переговоры продолжатся в марте.", "Кваме Асанте"),
    ("Как заявила глава МИД Перу Лусия Вальдес, посол Чили вернется в Лиму.", "Лусия Вальдес"),
    ("Как сообщили министр Ганы Кваме Асанте и его коллега Питер Мванги, переговоры продолжатся в марте.",
     "Кваме Асанте"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker", STILL_SPEAKERS)
def test_quotes_a_person_who_is_the_subject_of_a_verb_of_speech_stays_its_speaker(run, text, speaker):
    _, quotes, _ = run(text)
    assert speaker in [q[0] for q in quotes]
