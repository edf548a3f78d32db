"""A co-president (``сопрезидент``) is a title as ``президент`` is: ``— заявила сопрезидент`` after a quotation is the
person the text names so before.  Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow


def test_a_co_president_after_a_quotation_is_the_one_named_so(quotes_of):
    _, quotes, _ = quotes_of("МАНАГУА, 16 мая. Сопрезидент Никарагуа Росарио Мурильо осудила санкции Вашингтона. «Мы "
                             "никогда не станем колонией. Никакие меры не заставят наш народ свернуть с пути», — "
                             "заявила сопрезидент в эфире телеканала.")
    assert [s for s, t, _ in quotes if t.startswith("Мы никогда")] == ["Росарио Мурильо"]
