"""``pieces.razdel_spans``: razdel's tokens, put to razdel's rules only where two atoms touch."""
import random

from razdel import tokenize

from khronika.stages.clean.pieces import razdel_spans, tokens


def razdel(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.stop) for t in tokenize(text)]


SENTENCES = [
    "",
    "   ",
    "Посол Чили вручил верительные грамоты 12.05.2023 в 10:30, сообщили в МИД.",
    "Замглавы ведомства, по-видимому, прибудет в Сан-Паулу из Нью-Йорка во вторник-среду.",
    "Рост товарооборота составил 3,5% (или 1/4 от плана) — «это немного», заявил он...",
    "Е-mail: press@mid.example, сайт http://example.org/news?id=7 ; тег #саммит_2024",
    "Что?! Да!!! Нет... ну-ну :-) ;) --- *** ΔP и mβж, 5½ км²",
    "Yahoo! и Yahoo!! COVID19 G20-саммит 2024—2025 гг. т.е. и т.д.",
    "«Мы против», — подчеркнул министр.«Диалог продолжится»",
    "ГЛАВА_МИССИИ встретился с коллегой (а не с послом) [см. выше] {прим.}",
]


def test_the_tokens_of_sentences_are_razdels():
    for text in SENTENCES:
        assert razdel_spans(text) == razdel(text), text


def test_the_tokens_of_random_strings_of_words_digits_and_marks_are_razdels():
    rng = random.Random(5)
    alphabet = "абвЁёxyzQ0179 .,-—–_/\\!?…:;«»\"'()[]*%№@#ΔσЖ\n\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert razdel_spans(text) == razdel(text), repr(text)


def test_a_token_longer_than_the_limit_is_cut():
    text = "до " + "ж" * 25 + " после"
    assert tokens(text, 10) == [(0, 2), (3, 13), (13, 23), (23, 28), (29, 34)]
