"""The words of the event lexicon's sets that are compared with a token's lemma (``words.lemma``: a domestic debate's
voices, legislatures and governments, a court document's words, a sanction's measures) are lemmas the annotate stage
can give: a word written in another form (``кортесы`` for ``кортес``) or one whose lemma is another word's
(``обвиняемый``, lemmatised as ``обвинять``) would never match."""
import pytest

from khronika.morph import lemma_as
from khronika.stages.events import words

SETS = ("HOME_VOICES", "HOME_MARKS", "LEGISLATURES", "GOVERNMENTS", "COURT", "SANCTION_MEASURES", "SANCTIONED")


def _a_lemma(word: str) -> bool:
    return any(lemma_as(word, pos).replace("ё", "е") == word for pos in ("NOUN", "PROPN", "ADJ", "VERB"))


@pytest.mark.parametrize("name", SETS)
def test_each_word_is_a_lemma(name):
    assert [w for w in sorted(getattr(words, name)) if not _a_lemma(w)] == []


def test_a_word_in_another_form_is_caught():
    assert not _a_lemma("кортесы") and not _a_lemma("обвиняемый") and _a_lemma("кортес")
