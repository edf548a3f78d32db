"""A meeting told by its ordinal alone after a numbered meeting of its series (``…, второе — в сентябре в X``,
``…, шестое запланировано на 3–4 декабря в Y``) is a meeting of its own, with its round, its clause's date and
city, planned when its date lies ahead; a clause with no date of its own tells none; on sentences written for these
tests (published on 13 November 2026)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def meetings(read_news):
    def go(text):
        doc = read_news(text, "2026-11-13")
        names = {e.id: e.name for e in doc.entities}
        return [(e.round, e.date.iso(), e.factuality, names.get(e.place)) for e in doc.events if e.type == "CONSULT"]
    return go


def test_a_round_told_by_its_ordinal_after_a_dash_is_a_meeting_of_its_own(meetings):
    got = meetings("Первое заседание смешанной комиссии Ганы и Того прошло в мае 2025 года в Аккре, второе — в "
                   "сентябре 2025 года в Ломе.")
    assert [g[:3] for g in got] == [(1, "2025-05", "occurred"), (2, "2025-09", "occurred")]
    assert got[1][3] == "Ломе"


def test_a_round_planned_ahead_takes_its_own_day_not_the_clause_befores(meetings):
    got = meetings("Пятое заседание межправительственной комиссии Кении и Уганды прошло в Найроби в марте 2026 года, "
                   "шестое запланировано на 3–4 декабря в Кампале.")
    assert [g[:3] for g in got] == [(5, "2026-03", "occurred"), (6, "2026-12-03", "planned")]


def test_each_clause_after_a_semicolon_or_a_comma_is_its_own_round(meetings):
    got = meetings("Первый раунд консультаций Чили и Боливии прошел в Сантьяго в 2024 году; второй — в Ла-Пасе в "
                   "феврале 2025 года, третий — в Арике в июне 2025 года.")
    assert [g[:2] for g in got] == [(1, "2024"), (2, "2025-02"), (3, "2025-06")]


def test_a_clause_with_no_date_of_its_own_tells_no_meeting(meetings):
    got = meetings("Первый раунд консультаций Чили и Боливии прошел в Сантьяго в 2024 году, а второй — в Ла-Пасе.")
    assert [g[:2] for g in got] == [(1, "2024")]
