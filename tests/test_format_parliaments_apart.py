"""A body of two parliaments and the intergovernmental commission of the same two countries that sat the same week
are two mechanisms, each with its own rounds, however the week's reports are fused (``format_identity._one``: a body
of the parliaments' level is never a government's).  Invented texts."""
import pytest

from .test_fusion_incremental import ingested

pytestmark = pytest.mark.slow

TEXTS = {
    "a.txt": "ТАЛЛИН, 23 июня 2031 года. Во вторник спикер парламента Эстонии Юри Ратас провел в Таллине 15-е "
             "заседание межпарламентской комиссии по сотрудничеству с председателем Сейма Латвии Эдвардсом Смилтенсом, "
             "а в четверг в Риге вице-премьеры Тоомас Киви и Андрис Спрудс собрали межправкомиссию. "
             "Предыдущее, 14-е заседание межпарламентской комиссии прошло в апреле 2030 года в Риге.",
    "b.txt": "РИГА, 22 июня 2031 года. Вице-премьеры Латвии и Эстонии Андрис Спрудс и Тоомас Киви провели в Риге 25-е "
             "заседание межправительственной латвийско-эстонской комиссии по торгово-экономическому сотрудничеству. "
             "Предыдущее заседание межправкомиссии прошло в мае 2030 года в Таллине.",
}


def test_a_parliaments_body_and_a_governments_commission_are_two(tmp_path):
    records = ingested(tmp_path, TEXTS, "w", [list(TEXTS)])
    formats = [r for r in records if r["kind"] == "format"]
    rounds = {f["name"]: sorted(h["round"] for h in f["history"] if h.get("round")) for f in formats}
    parliaments = [r for name, r in rounds.items() if "межпарламент" in name]
    governments = [r for name, r in rounds.items() if "межправ" in name]
    assert parliaments == [[14, 15]], rounds  # the parliaments' body with its own rounds
    assert governments and all(14 not in r and 25 in r for r in governments), rounds
