"""General news is not diplomacy: the event stage on news of sport, culture, crime, weather, business,
health and local life (tests/fixtures/nondiplomatic, written with the words that trip the triggers)."""
from pathlib import Path

import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "fixtures" / "nondiplomatic"


def test_nondiplomatic_news_gives_at_most_one_event_in_ten_documents(pipeline):
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) >= 30
    found = []
    for path in files:
        doc = pipeline(Document.from_source(Source(path=path.name, text=path.read_text(encoding="utf-8"),
                                                   published="2024-03-15")))
        found += [(path.name, e.type, e.trigger) for e in doc.events]
    assert len(found) * 10 <= len(files), found


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text):
        return pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-03-15"))).events
    return go


def test_nondiplomatic_sport_meetings_are_no_talks(events):
    assert events("Встреча «Торпедо» и «Урала» в третьем туре завершилась со счётом 1:1.") == ()
    assert events("Сборная Бразилии в полуфинале встретится со сборной Аргентины.") == ()


def test_nondiplomatic_one_sided_signing_is_no_agreement(events):
    assert events("Премьер-министр Канады подписал указ о назначении новых судей.") == ()
    assert events("Президент Франции подписал закон о пенсионной реформе.") == ()


def test_nondiplomatic_private_arrivals_and_meetings_are_no_visits(events):
    assert events("Пострадавший рыбак прибыл в больницу на вертолёте.") == ()
    assert events("Известный певец встретился с поклонниками в Новосибирске.") == ()
    assert events("Владельцы двух пекарен договорились о совместной закупке муки.") == ()


def test_nondiplomatic_rule_keeps_diplomacy(events):
    got = events("Министр иностранных дел Чили встретился в Лиме со своим перуанским коллегой.")
    assert [e.type for e in got] == ["CONSULT"]
    got = events("Президенты Кении и Танзании подписали соглашение о строительстве железной дороги.")
    assert "AGREE" in [e.type for e in got]
    got = events("Посол Норвегии прибыл в Хельсинки для консультаций.")
    assert "CONSULT" in [e.type for e in got]
    assert [e.type for e in events("Боевики обстреляли позиции армии.")] == ["ASSAULT"]  # an armed group


def test_a_summit_of_scientists_makes_no_document_diplomatic(pipeline):
    from khronika.records import Document, Source

    doc = pipeline(Document.from_source(Source(path="t.txt", text=(
        "Участники международного саммита по вулканологии договорились о создании общей базы данных. "
        "Меморандум подписали девять лабораторий. Переговоры о подключении новых телескопов продолжаются."))))
    assert not doc.events, [(e.type, e.trigger) for e in doc.events]


def test_a_brand_in_quotation_marks_is_no_state_body(events):
    got = events("Арбитражный суд Казани отклонил иск сети кофеен «Консульство вкуса» к поставщику. "
                 "Истец выразил протест против штрафа, но судья поддержал позицию ответчика.")
    assert got == (), [(e.type, e.trigger) for e in got]
    got = events("Посольство Кении в Уганде выразило протест против задержания журналистов.")
    assert [e.type for e in got] == ["PROTEST"]


def test_a_summit_of_scientists_is_no_summit_of_states(events):
    got = events("Ученые Японского агентства аэрокосмических исследований и Индийской организации космических "
                 "исследований договорились провести летом совместный саммит по кометам.")
    assert got == (), [(e.type, e.trigger) for e in got]
    assert [e.type for e in events("Лидеры Вьетнама и Лаоса проведут саммит в Ханое в мае.")] == ["CONSULT"]
