"""``Петров: «…»`` labels the words in quotation marks only when they run to the end of the line; a name quoted
inside the words told after the label (``Турдиев: «Нарын» станет …``) is no quote. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow

AFTER = "\n\nТашкент, 4 мая. Президент Узбекистана Азамат Турдиев заявил о поддержке проекта."


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


def test_a_name_quoted_in_a_labelled_headline_is_no_quote(run):
    _, quotes, _ = run("Турдиев: «Нарын» станет общим проектом двух стран" + AFTER)
    assert quotes == []


def test_labelled_words_to_the_end_of_the_line_are_his(run):
    _, quotes, _ = run("Турдиев: «Нарын станет общим проектом двух стран»" + AFTER)
    assert quotes == [("Азамат Турдиев", "Нарын станет общим проектом двух стран", True)]
