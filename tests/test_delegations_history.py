"""The heads of delegations told after a meeting are that meeting's, even when an earlier round of the same series is
told in passing between them (``…стала первой с 2019 года: четвертая сессия прошла …``); in a digest of two
meetings of different sides they stay the last meeting's (invented news)."""
from __future__ import annotations

import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

HEADS = ("Делегацию Ганы возглавлял министр иностранных дел Кваме Асанте, делегацию Буркина-Фасо — министр иностранных "
         "дел Ибрахим Уэдраого.")


def _meetings(pipeline, text):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-14")))
    names = {e.id: e.name for e in doc.entities}
    return [(e.round, {names.get(p.entity) for p in e.participants}) for e in doc.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Третий раунд переговоров Ганы и Буркина-Фасо завершился в пятницу в Аккре подписанием протокола. Раунд, "
    "проходивший 12–13 марта, стал первым с 2019 года: второй раунд состоялся в Уагадугу в июле того года. " + HEADS,
    "Третий раунд переговоров Ганы и Буркина-Фасо завершился в пятницу в Аккре. Предыдущий, второй раунд прошел в "
    "Уагадугу в мае. " + HEADS,
    "Пятое заседание межправительственной комиссии Ганы и Буркина-Фасо прошло в Аккре. Четвертое заседание комиссии "
    "прошло в Уагадугу в 2019 году. Сопредседателями заседания выступили министр иностранных дел Кваме Асанте и "
    "министр иностранных дел Ибрахим Уэдраого.",
])
def test_delegations_after_an_earlier_round_told_in_passing_are_the_meetings(pipeline, text):
    meetings = _meetings(pipeline, text)
    top = max(r for r, _ in meetings if r)
    (persons,) = [p for r, p in meetings if r == top]
    assert {"Кваме Асанте", "Ибрахим Уэдраого"} <= persons
    assert not any({"Кваме Асанте", "Ибрахим Уэдраого"} & p for r, p in meetings if r != top)


def test_delegations_after_two_meetings_of_other_sides_are_the_last_ones(pipeline):
    meetings = _meetings(pipeline, (
        "В Аккре прошел пятый раунд консультаций Ганы и Буркина-Фасо. В Дакаре прошел второй раунд переговоров "
        "Сенегала и Гамбии. Делегацию Сенегала возглавлял министр иностранных дел Амаду Диуф, делегацию Гамбии — "
        "министр иностранных дел Ламин Джаммех."))
    assert [r for r, p in meetings if "Амаду Диуф" in p] == [2]
