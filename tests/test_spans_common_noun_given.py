"""A given name spelt as a form of a Russian common noun (``Дивана``, the genitive of ``диван``) that the tagger cut off
a name as a place is joined to it where the parser reads it as an apposition; a club's genitive after a title is not
(invented sentences and names)."""
import pytest

from khronika.records import Mention
from khronika.settings import DEFAULT
from khronika.stages.spans.context import Context
from khronika.stages.spans.joining import join_unknown_given_names
from khronika.view import view

pytestmark = pytest.mark.slow


def joined(doc, word: str, kind: str, name: str) -> list[tuple[str, str]]:
    """The spans after the rule, given ``word`` tagged ``kind`` and ``name`` a person."""
    spans = []
    for text, type_ in ((word, kind), (name, "PER")):
        start = doc.text.index(text)
        spans.append(Mention(start, start + len(text), type_, text))
    return [(m.text, m.type) for m in join_unknown_given_names(spans, Context(view(doc), DEFAULT.spans))]


def test_a_given_name_spelt_as_a_common_noun_joins_the_name(annotate):
    doc = annotate("Министр иностранных дел Дивана Хадсон Грей подчеркнула, что страна готова к диалогу.")
    assert joined(doc, "Дивана", "LOC", "Хадсон Грей") == [("Дивана Хадсон Грей", "PER")]


def test_a_clubs_genitive_after_a_title_stays_apart(annotate):
    doc = annotate("Тренер Ротора Игорь Мальцев заявил, что команда готова к матчу.")
    assert joined(doc, "Ротора", "ORG", "Игорь Мальцев") == [("Ротора", "ORG"), ("Игорь Мальцев", "PER")]


def test_a_names_key_is_its_words_lemmas_and_a_text_without_a_letter_or_digit_has_no_word():
    from khronika.stages.spans.context import has_word, key

    assert key("Африканского союза") == key("Африканский союз") == "африканский союз"
    assert key("Гвинея-Бисау, G-20") == "гвинея-бисау g-20"
    assert has_word("«5»") and has_word("_") and has_word("Ёж") and has_word("٣")
    assert not has_word("") and not has_word(" — «», ...")
