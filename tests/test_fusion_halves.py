"""The chronicle of a corpus does not depend on the order of ingestion (issue 11): ingested whole, or in two halves
in either order, the export is the same up to which report's id a fused event keeps (the one exported first:
``fusion/stable.py``).  The corpus (texts written for this test) holds a page dated only through fusion, whose
events are re-dated once it joins the meeting its dated outlets tell, and the answer of the other side."""
import json

import pytest

from .test_fusion_incremental import ingested

pytestmark = pytest.mark.slow

TEXTS = {
    "a.txt": "ЛИМА, 12 мая 2031 года. /Агентство/. Министр иностранных дел Перу Хорхе Вальдивия и министр иностранных "
             "дел Эквадора Ана Рохас провели в Лиме переговоры о морской границе. Стороны договорились создать "
             "рабочую группу по рыболовству.",
    "b.txt": "Министр иностранных дел Эквадора Ана Рохас и ее перуанский коллега Хорхе Вальдивия встретились в Лиме. "
             "Министры обсудили морскую границу и договорились создать рабочую группу по рыболовству.",
    "c.txt": "КИТО, 13 мая 2031 года. /Агентство/. Эквадор отклонил предложение Перу о совместном патрулировании. "
             "МИД Эквадора заявил протест Перу в связи с задержанием рыболовного судна.",
    "d.txt": "Лима, 14 мая 2031 года – Вестник. Перу отвергло протест Кито в связи с задержанием судна. Вальдивия "
             "и Рохас встретятся снова в Кито в сентябре.",
}


def export(tmp_path, name: str, batches: list[list[str]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in ingested(tmp_path, TEXTS, name, batches))


def test_a_corpus_in_two_halves_either_way_gives_the_export_of_the_whole(tmp_path):
    whole = export(tmp_path, "whole", [list(TEXTS)])
    assert export(tmp_path, "first", [["a.txt", "b.txt"], ["c.txt", "d.txt"]]) == whole
    assert export(tmp_path, "second", [["c.txt", "d.txt"], ["a.txt", "b.txt"]]) == whole
    assert export(tmp_path, "odd", [["b.txt", "d.txt"], ["a.txt", "c.txt"]]) == whole
    assert export(tmp_path, "even", [["a.txt", "c.txt"], ["b.txt", "d.txt"]]) == whole
    records = [json.loads(r) for r in whole]
    dated = {r["path"].rsplit("/", 1)[-1]: r["published_from"] for r in records if r["kind"] == "document"}
    assert dated["b.txt"] == "fused", dated  # the undated page takes the day of the meeting it joins
