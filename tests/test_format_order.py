"""The formats of a corpus do not depend on the order of ingestion (issue 11): ingested one document at a time, each
document first once, forward or backward, the format records are equal up to which report's id a fused event keeps
(``fusion/stable.py``); the events an entry cites follow their first reports (document order, offset), not their ids.
Texts written for this test: four outlets on one numbered session of a joint commission, one on a reception for it."""
import json

import pytest

from .test_fusion_incremental import ingested

pytestmark = pytest.mark.slow

TEXTS = {
    "a.txt": "АСУНСЬОН, 10 марта 2031 года. /Агентство/. Министр иностранных дел Парагвая Рамон Акоста и министр "
             "иностранных дел Уругвая Лусия Феррейра провели в Асунсьоне седьмое заседание смешанной комиссии по "
             "судоходству. Следующее заседание комиссии пройдет в Монтевидео в сентябре.",
    "b.txt": "Министр иностранных дел Уругвая Лусия Феррейра и ее парагвайский коллега Рамон Акоста провели в "
             "Асунсьоне седьмое заседание смешанной комиссии по судоходству. Стороны обсудили дноуглубительные работы "
             "на реке.",
    "c.txt": "МОНТЕВИДЕО, 11 марта 2031 года. /Вестник/. Накануне в Асунсьоне прошло седьмое заседание "
             "уругвайско-парагвайской смешанной комиссии по судоходству. Делегации Уругвая и Парагвая обсудили "
             "дноуглубительные работы.",
    "d.txt": "АСУНСЬОН, 10 марта 2031 года. /Газета/. Председатель сената Парагвая Хуан Ортис принял в Асунсьоне "
             "министра транспорта Уругвая Марту Сильвейру по случаю седьмого заседания смешанной комиссии по "
             "судоходству.",
}


def formats(tmp_path, name: str, order: list[str]) -> list[dict]:
    return [r for r in ingested(tmp_path, TEXTS, name, [[file] for file in order]) if r["kind"] == "format"]


def test_format_records_are_the_same_whatever_the_order_documents_come_in(tmp_path):
    files = sorted(TEXTS)
    forward = formats(tmp_path, "forward", files)
    orders = [files[i:] + files[:i] for i in range(1, len(files))]  # each document first once, forward or backward
    orders += [list(reversed(o)) for o in orders + [files]]
    assert [o for o in orders if formats(tmp_path, "".join(o), o) != forward] == []
    (commission,) = forward
    held = [h for h in commission["history"] if h["status"] == "round"]
    assert [(h["round"], h["date"], len(h["events"]), len(h["docs"])) for h in held] == [(7, "2031-03-10", 2, 4)]
    assert json.dumps(held[0]["events"]).count("d:") >= 2  # the session and the reception, each by its evidence
