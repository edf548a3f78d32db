"""A man's foreign name whose nominative ends in a soft sign after л, н, р declines -я, -ю, -ем (``Лебрюнеля``,
``Сюйляню``): the nominative ends in -ь; a title of three words, ``поверенный в делах``, gives its case to the name
after it. Invented sentences."""
import pytest

from khronika.names_foreign import foreign_name


@pytest.mark.parametrize("word, case, nominative", [
    ("Лебрюнеля", "Gen", "Лебрюнель"), ("Лебрюнеля", "Acc", "Лебрюнель"), ("Лебрюнелю", "Dat", "Лебрюнель"),
    ("Сюйляня", "Gen", "Сюйлянь"), ("Сюйляню", "Dat", "Сюйлянь"), ("Кашмиря", "Gen", "Кашмирь"),
    ("Мунгу", "Dat", "Мунг"), ("Вэня", "Gen", "Вэня"),  # a short word is left as it is
    ("Варадя", "Gen", "Варадь"), ("Кёветя", "Acc", "Кёветь"),
])
def test_soft_stem_endings(word, case, nominative):
    assert foreign_name(word, case) == nominative


def test_a_woman_keeps_her_name_in_ya():
    assert foreign_name("Мариеля", "Gen", feminine=True) == "Мариеля"


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


@pytest.mark.parametrize("text, name", [
    ("МИД Бельгии объявил первого секретаря посольства Канады Гаэля Лебрюнеля персоной нон грата.", "Гаэль Лебрюнель"),
    ("Глава делегации выразил признательность спецпосланнику г-ну Чжан Сюйляню за посредничество.", "Чжан Сюйлянь"),
    ("МИД Эстонии вызвал временного поверенного в делах Китая Ван Цзиньдуна и вручил ему ноту.", "Ван Цзиньдун"),
    ("МИД Польши вызвал поверенного в делах Ирана Хамида Резаи.", "Хамид Резаи"),
    ("Депутаты обсудили интервью министра Золтана Фекете-Варадя о транзите газа.", "Золтан Фекете-Варадь"),
])
def test_the_name_is_in_the_nominative(full, text, name):
    doc = full(text)
    assert name in {e.name for e in doc.entities if e.type == "person"}, {e.name for e in doc.entities}


@pytest.mark.parametrize("text, name", [
    ("Министерство иностранных дел Литвы выслало первого советника посольства Канады в Вильнюсе Ноэля "
     "Лебрюнеля за деятельность, несовместимую со статусом.", "Ноэль Лебрюнель"),
    ("Министр принял постпреда Чили при ООН Хуана Гонсалеса.", "Хуан Гонсалес"),
])
def test_an_envoys_post_between_title_and_name_keeps_the_titles_case(full, text, name):
    doc = full(text)
    assert name in {e.name for e in doc.entities if e.type == "person"}, {e.name for e in doc.entities}
