"""A body's first meeting told with its head noun as the subject, the body the document named before (invented
sentences)."""
import pytest

from khronika.format_again import told_again
from khronika.format_rounds import numbered, round_in


@pytest.mark.parametrize("sentence", [
    "Впервые комиссия собралась в 2011 году.",
    "Комиссия впервые собралась в Аккре в 2011 году.",
    "Комитет впервые заседал в Лиме.",
])
def test_a_body_first_met(sentence):
    assert told_again(sentence, numbered(sentence)) and round_in(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "Впервые министры обсудили рыболовство.",
    "Комиссия обсудила рыболовство.",
])
def test_no_first_meeting_of_a_body(sentence):
    assert not told_again(sentence, numbered(sentence))
