"""Paradigm: a question that stands between the sides (``Камнем преткновения стал вопрос о …``) is a divergence of the
two sides the sentence names, else of the text's parties: the main country and a group of no country named as often
(talks with a movement hosted and mediated abroad: not the mediator); none for a block told of what was settled, in a
relative clause.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,sides", [
    ("ЛИМА, 16 мая. Камнем преткновения на переговорах Перу и Эквадора остается вопрос о границе.",
     {"Перу", "Эквадор"}),
    ("ЛИМА, 16 мая. Перу и Эквадор провели консультации по рыболовству в Кито. Перу представлял замминистра Хуан "
     "Рамос, Эквадор — замминистра Луис Вера. Камнем преткновения остается вопрос о компенсациях.",
     {"Перу", "Эквадор"}),
    ("ЛИМА, 16 мая. Делегации правительства Перу и Движения освобождения Амазонии (ДОА) провели в Гаване третий раунд "
     "переговоров при посредничестве Кубы и Норвегии. Представители ДОА потребовали освободить пленных. Правительство "
     "Перу отказалось. Переговоры в Гаване продолжатся в июне, сообщил МИД Кубы. Камнем преткновения стал вопрос о "
     "пленных. ДОА настаивает на амнистии.", {"Перу", "Движение освобождения Амазонии"}),
])
def test_stances_a_stumbling_block_is_a_divergence_of_the_sides(stances_of, text, sides):
    found = [s for s in stances_of(text) if s[0] == "diverge"]
    assert any({s[1], s[2]} == sides for s in found), found


def test_stances_a_block_that_was_settled_is_none(stances_of):
    found = stances_of("ЛИМА, 16 мая. Перу и Эквадор подписали соглашение о квотах, которые долгое время оставались "
                       "камнем преткновения.")
    assert not [s for s in found if s[0] == "diverge"], found
