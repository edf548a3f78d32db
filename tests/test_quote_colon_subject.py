"""A quote whose speaker is the subject of a clause after a colon or a semicolon, a body's leader or envoy named in the
clause after the body's act (``Партия осудила соглашение: её председатель X назвал документ «…»``), on sentences written
for these tests with invented persons: the parse may hang that subject from the verb before the colon, and the verb
that quotes keeps it."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Оппозиционная партия «Новый путь» осудила соглашение: ее председатель Карл Линдгрен назвал документ "
                 "«капитуляцией перед Пекином».", "Карл Линдгрен", "капитуляцией перед Пекином",
                 id="naming_after_colon"),
    pytest.param("Оппозиция Латвии возмутилась: ее лидер Андрис Калниньш назвал договор «предательством национальных "
                 "интересов».", "Андрис Калниньш", "предательством национальных интересов", id="leader_naming"),
    pytest.param("Правящая партия Венгрии поддержала визит; ее председатель Габор Сабо назвал переговоры "
                 "«историческими».", "Габор Сабо", "историческими", id="after_semicolon"),
    pytest.param("Союз фермеров Франции осудил соглашение: его председатель Пьер Дюбуа охарактеризовал документ как "
                 "«удар по сельскому хозяйству».", "Пьер Дюбуа", "удар по сельскому хозяйству", id="characterised_as"),
    pytest.param("Профсоюз горняков Польши выступил против реформы: его глава Ежи Мазурек заявил, что «правительство "
                 "идет против рабочих».", "Ежи Мазурек", "правительство идет против рабочих", id="said_that"),
    pytest.param("Министерство иностранных дел Австрии отреагировало мгновенно; его представитель Анна Берг сказала: "
                 "«Мы не согласны с таким подходом».", "Анна Берг", "Мы не согласны с таким подходом",
                 id="said_colon_quote"),
    pytest.param("Партия «Зеленый альянс» раскритиковала визит: «Это позорная капитуляция», — сказал ее лидер Карл "
                 "Линдгрен.", "Карл Линдгрен", "Это позорная капитуляция", id="inverted"),
])
def test_quote_speaker_after_a_colon(run, text, speaker, words):
    _, found, _ = run(text)
    assert (speaker, words) in [(s, w) for s, w, _ in found]


def test_quote_of_no_one_after_a_colon(run):
    _, found, _ = run("Министры обсудили торговлю: переговоры прошли в «деловой атмосфере».")
    assert found == []
