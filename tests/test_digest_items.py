"""A digest's items (clean/items.py) on digests written for these tests: numbered, bulleted and subheaded items are
found, an ordinary page and a numbered list of what was agreed have none; the items are scopes of event dates (a
weekday of one item dates no event of another) and of merging (one item's meeting does not take in another's)."""
import pytest

from khronika.records import Document, Source
from khronika.stages.clean import clean
from khronika.stages.clean.items import digest_items, item_at

NUMBERED = ("ОБЗОР НЕДЕЛИ\nВыпуск от 21.03.2031\n\n"
            "1. Перу. Во вторник в Лиме прошло заседание межправкомиссии Перу и Эквадора.\n\n"
            "2. Анды и Пасифик. Министры Чили и Боливии в понедельник провели консультации в Ла-Пасе.\n\n"
            "3. Уругвай. МИД Уругвая вызвал посла Парагвая.\n\n"
            "Подписаться на рассылку")
BULLETED = ("Коротко о главном за неделю.\n\n▪ ЛИМА – КИТО. Перу и Эквадор договорились о торговле.\n\n"
            "▪ САНТЬЯГО. Чили отозвало посла из Боливии.\n\n▪ МОНТЕВИДЕО. Уругвай выслал дипломата Парагвая.")
SUBHEADS = ("Главное за неделю\n\nПеру и Эквадор. Торговля без пошлин\nВ среду стороны подписали соглашение.\n\n"
            "Чили. Посол отозван\nВо вторник Чили отозвало посла из Боливии.\n\n"
            "Уругвай. Дипломат выслан\nМонтевидео выслал советника посольства Парагвая.")


@pytest.mark.parametrize("text, first", [(NUMBERED, "1. Перу."), (BULLETED, "▪ ЛИМА"), (SUBHEADS, "Перу и Эквадор.")])
def test_the_items_of_a_digest_are_found(text, first):
    items = digest_items(text)
    assert len(items) == 3 and text[items[0][0]:].startswith(first)
    assert item_at(items, items[1][0]) == 1 and item_at(items, 0) is None


@pytest.mark.parametrize("text", [
    "Министры Чили и Перу провели переговоры в Лиме.\n\nСтороны подписали соглашение о торговле.",
    "Стороны договорились о следующем:\n1. Стороны подписали меморандум. Он вступит в силу в мае.\n"
    "2. Стороны создадут комиссию. Она соберется летом.\n3. Стороны откроют консульства. Их будет два.",
])
def test_an_ordinary_page_and_a_list_of_agreements_have_no_items(text):
    assert digest_items(text) == ()


def test_cleaning_gives_the_items_in_offsets_of_the_cleaned_text():
    result = clean(NUMBERED)
    assert len(result.items) == 3 and result.text[result.items[2][0]:].startswith("3. Уругвай.")



@pytest.mark.slow
def test_a_weekday_of_one_item_dates_no_event_of_the_next(pipeline):
    text = ("ГЛАВНОЕ ЗА НЕДЕЛЮ\nВыпуск от 22.03.2031\n\n"
            "1. Перу. Во вторник в Лиме прошло заседание межправкомиссии Перу и Эквадора. Стороны подписали "
            "протокол.\n\n"
            "2. Чили. Стороны подписали соглашение о рыболовстве.\n\n"
            "3. Уругвай. В пятницу МИД Уругвая вызвал посла Парагвая.")
    doc = pipeline(Document.from_source(Source(path="d.txt", text=text)))
    by_item = {(item_at(doc.items, e.start), e.type): e for e in doc.events}
    assert by_item[(0, "CONSULT")].date.iso() == "2031-03-18"
    assert by_item[(0, "AGREE")].date.iso() == "2031-03-18"  # the item's story
    assert by_item[(1, "AGREE")].date.iso() is None  # another item: the Tuesday is not its day
    assert by_item[(2, "PROTEST")].date.iso() == "2031-03-21"
