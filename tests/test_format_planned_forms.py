"""The next meeting of a format told in the common forms of news writing (invented sentences)."""
import pytest

from khronika.format_again import HOLD_NEXT
from khronika.format_status import status_of


@pytest.mark.parametrize("sentence", [
    "Делегации условились сформировать экспертный совет и провести ближайший раунд переговоров в марте в Сантьяго.",
    "Министры решили учредить совместный секретариат и провести очередное заседание комиссии осенью в Осло.",
    "Делегации договорились создать подкомитет по рыболовству и провести следующую встречу в Рейкьявике.",
])
def test_a_body_set_up_and_the_next_meeting_agreed_on_is_planned(sentence):
    assert status_of(sentence, []) == "planned"


@pytest.mark.parametrize("sentence", [
    "Министры решили учредить совместную комиссию по энергетике.",
    "Лидеры договорились создать рабочую группу по миграции и наделить ее широкими полномочиями.",
])
def test_a_body_only_agreed_on_tells_no_meeting(sentence):
    assert status_of(sentence, []) is None


@pytest.mark.parametrize("sentence, told", [
    ("Министры лишь согласились учредить секретариат, созвать очередную сессию в мае.", True),
    ("Было решено обменяться проектами документов и созвать очередное совещание экспертов до лета.", True),
    ("Главы МИД пообещали провести очередную встречу в Тбилиси.", True),
    ("Стороны обменялись мнениями о положении в регионе.", False),
])
def test_the_next_meeting_agreed_on_further_into_a_sentence(sentence, told):
    assert bool(HOLD_NEXT.search(sentence)) is told


@pytest.mark.slow
def test_the_next_round_agreed_on_after_a_body_to_set_up(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "talks.txt"
    doc.write_text("Эквадор и Перу провели второй раунд переговоров о речном судоходстве\n\nКИТО, 12 октября 2024. "
                   "Эквадор и Перу провели в Кито второй раунд переговоров о речном судоходстве. Стороны условились "
                   "сформировать экспертный совет и провести очередной раунд в марте 2025 года в Лиме.\n",
                   encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        (talks,) = [f for f in build_formats(store) if "судоходств" in f["name"]]
    assert [(h["status"], h["date"]) for h in talks["history"]] == [("round", "2024-10-12"), ("planned", "2025-03")]


@pytest.mark.parametrize("sentence, clauses", [
    ("Впервые министры собирались в мае 2031 года в Лиме, а затем в октябре того же года в Кито.", 2),
    ("Это пятая такая встреча: впервые лидеры виделись в Дакаре, затем в Бамако, а потом в Ниамее.", 3),
    ("Впервые делегации встретились весной в Вене, а позднее в Женеве.", 2),
])
def test_the_first_meeting_and_those_after_it_told_together(sentence, clauses):
    from khronika.format_rounds import first_rounds

    told = first_rounds(sentence)
    assert [k for k, _, _ in told] == list(range(1, clauses + 1))
    assert sentence[told[0][1]:told[0][2]].startswith("впервые") or sentence[told[0][1]:].startswith("Впервые")


def test_a_month_of_the_same_year():
    from khronika.format_dates import same_year

    assert same_year("а затем в октябре того же года в Кито", "2031-05") == "2031-10"
    assert same_year("в феврале того же года", "2019") == "2019-02"
    assert same_year("в феврале следующего года", "2019") is None
    assert same_year("в июле того же года", None) is None


@pytest.mark.slow
def test_the_first_rounds_told_after_the_number_of_the_documents_own(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "talks.txt"
    doc.write_text("Норвегия и Исландия провели консультации по рыболовству\n\nОСЛО, 4 марта 2025. Норвегия и "
                   "Исландия провели в Осло консультации по рыболовству. Это была третья по счету встреча экспертов "
                   "двух стран: впервые делегации виделись в феврале 2022 года в Тромсё, а затем в сентябре того же "
                   "года в Акюрейри.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        (talks,) = [f for f in build_formats(store) if "рыболовств" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in talks["history"]] == [
        ("round", 1, "2022-02"), ("round", 2, "2022-09"), ("round", 3, "2025-03-04")]


@pytest.mark.parametrize("line, year, month", [
    ("Март 2031 года, Лима — третий раунд.", "2031", "2031-03"),
    ("Октябрь 2019 г., Кито — стороны подписали протокол.", "2019", "2019-10"),
    ("Май 2028 года — переговоры прерваны.", "2028", "2028-05"),
    ("Май 2028 года — переговоры прерваны.", "2029", "2029"),  # another year: not that line's
    ("В 2028 году переговоры прерваны.", "2028", "2028"),
])
def test_a_chronology_line_opening_with_a_month_in_the_nominative(line, year, month):
    from khronika.format_dates import line_month

    assert line_month(line, year) == month


def _timex(iso, text):
    from types import SimpleNamespace

    return SimpleNamespace(date=SimpleNamespace(iso=lambda: iso), relation="at", text=text, start=0)


@pytest.mark.parametrize("status, told, date", [
    ("round", [("2016", "в 2016 году"), ("2016-04", "в апреле 2016 года")], "2016-04"),  # founded, then first met
    ("meeting", [("2009", "в 2009 году"), ("2009-11", "в ноябре 2009 года")], "2009-11"),
    ("round", [("2016", "в 2016 году"), ("2017-04", "в апреле 2017 года")], "2016"),  # another year: not finer
    ("suspended", [("2016", "в 2016 году"), ("2016-04", "в апреле 2016 года")], "2016"),  # a break: as told
])
def test_a_meeting_dated_by_a_year_takes_the_month_of_that_year_the_sentence_gives(status, told, date):
    from types import SimpleNamespace

    from khronika.format_entry import _entry

    event = {"type": "SANCTION" if status == "suspended" else "CONSULT", "round": None, "date": "2016"
             if date.startswith("2016") else "2009", "id": "e1", "factuality": "occurred"}
    row = {"published": "2025-06-09"}
    entry = _entry(status, [event], SimpleNamespace(id="d:1"), row, "Механизм учредили, первый раунд прошел.",
                   [_timex(iso, text) for iso, text in told])
    assert entry["date"] == date


@pytest.mark.parametrize("sentence, clause", [
    ("Первый форум прошел в мае 2019 года в Тарту, следующий пройдет в Риге.", ", следующий пройдет в Риге"),
    ("Предыдущая сессия состоялась в Осаке; следующая запланирована на весну в Пусане.",
     "; следующая запланирована на весну в Пусане"),
    ("Прошлое заседание было в Хельсинки, а следующее состоится в октябре в Таллине.",
     ", а следующее состоится в октябре в Таллине"),
    ("Следующий шаг сторон пока не определен.", None),
])
def test_the_next_meeting_told_in_a_clause_without_its_noun(sentence, clause):
    from khronika.format_history import _NEXT_CLAUSE

    m = _NEXT_CLAUSE.search(sentence)
    assert (m.group(0) if m else None) == clause


@pytest.mark.slow
def test_the_summit_before_and_the_next_in_one_sentence(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "summit.txt"
    doc.write_text("В Аккре прошел саммит Экономического сообщества стран Западной Африки\n\nАККРА, 5 мая 2024. "
                   "Саммит Экономического сообщества стран Западной Африки прошел в Аккре. Предыдущий саммит прошел "
                   "в декабре 2023 года в Абудже, а следующий состоится в ноябре 2024 года в Дакаре.\n",
                   encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        (summit,) = [f for f in build_formats(store) if f["history"]]
    assert [(h["status"], h["date"]) for h in summit["history"]] == [
        ("meeting", "2023-12"), ("meeting", "2024-05-05"), ("planned", "2024-11")]
