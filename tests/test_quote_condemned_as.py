"""Quoted words right after ``как`` following a verb of condemning or rejecting (``осудил решение как «…»``,
``отверг обвинения как «…»``) are the subject's words, as after a verb of characterising. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("text, speaker, words", [
    ("Президент Эстонии Алар Карис осудил решение латвийского сейма как «шаг, подрывающий доверие между "
     "соседями».", "Алар Карис", "шаг, подрывающий доверие между соседями"),
    ("Министр иностранных дел Чили Альберто ван Кларен отверг обвинения Перу как «абсурдные и надуманные».",
     "Альберто ван Кларен", "абсурдные и надуманные"),
])
def test_quoted_words_after_condemned_as_are_the_subjects(run, text, speaker, words):
    _, quotes, _ = run(text)
    assert any(s == speaker and q.strip(" «»") == words for s, q, _d in quotes)


def test_reported_words_of_a_named_person_stay_his(run):
    """``По словам X, сторона отвергает … как «…»``: the sentence is X's reported speech, not a side's words."""
    _, quotes, _ = run("По словам депутата Ивана Орлова, финская сторона отвергает эстонские претензии "
                       "как «надуманные».")
    assert [s for s, _q, _d in quotes] == ["Иван Орлов"]
