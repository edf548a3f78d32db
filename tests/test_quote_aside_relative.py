"""``X, вернувшись из Y, где …, заявил, что …``: a relative clause inside the aside between the subject and the verb
of speech is no clause of its own, the subject speaks; a finite verb with a subject of its own between them still
parts them. Sentences written for these tests with invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Глава МИД Чили Хуан Перес, вернувшись из Такны, где собралась комиссия, заявил журналистам, что "
                 "Сантьяго готов к переговорам.", "Хуан Перес", "Сантьяго готов к переговорам", id="where_clause"),
    pytest.param("Министр торговли Перу Ана Лопес, прилетев в Кито, куда ее пригласил президент, сообщила, что "
                 "пошлины «останутся в прошлом».", "Ана Лопес", "пошлины «останутся в прошлом»",
                 id="whither_clause"),
    pytest.param("Глава МИД Чили Хуан Перес, вернувшись из перуанского города Такна, где в среду после перерыва "
                 "собрался совет по делам границы, заявил, что спор о воде «решен окончательно».",
                 "Хуан Перес", "спор о воде «решен окончательно»", id="where_clause_parsed_as_complement"),
])
def test_quote_relative_clause_in_the_aside(quotes_of, text, speaker, words):
    _, found, _ = quotes_of(text)
    assert (speaker, words) in [(s, w) for s, w, _ in found]


def test_quote_clause_of_its_own_still_parts(quotes_of):
    _, found, _ = quotes_of("Глава МИД Чили Хуан Перес уехал из Такны, а его коллега заявил, что переговоры "
                            "продолжатся.")
    assert not [w for s, w, _ in found if s == "Хуан Перес"]
