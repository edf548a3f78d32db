"""Kinds of standing mechanisms that news of other corpora tell (invented sentences): a regional group spelt
another way, the next meeting told without its noun and with a parenthesis, a commission named in full once and
short elsewhere, a trilateral committee whose rounds are listed in one sentence."""
import pytest

from khronika.format_names import ANOTHER_ROUND
from khronika.formats import formats_in


def ingested_formats(tmp_path, text: str) -> list[dict]:
    """Ingest one invented document as a user would (``khronika ingest``) and build its formats."""
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    doc = tmp_path / "news.txt"
    doc.write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        return build_formats(store)


def _history(fmt: dict) -> set[tuple]:
    return {(h["status"], h["round"], h["date"]) for h in fmt["history"]}


@pytest.mark.parametrize("sentence", [
    "Министры иностранных дел Вишеградской четверки собрались в Праге.",
    "Президенты стран Вышеградской группы провели встречу в Кракове.",
])
def test_a_regional_group_in_either_spelling(sentence):
    assert "Вышеградская группа" in {n.name for n in formats_in(sentence)}


@pytest.mark.parametrize("sentence, found", [
    ("Следующая, как сообщили в министерстве, пройдет в мае в Лиме.", True),
    ("Следующий, по словам посла, состоится осенью.", True),
    ("Следующий, по словам посла, вопрос касался виз.", False),
])
def test_the_next_meeting_without_its_noun_and_with_a_parenthesis(sentence, found):
    assert bool(ANOTHER_ROUND.search(sentence)) == found


@pytest.mark.slow
def test_a_commission_named_in_full_once_and_short_elsewhere_keeps_its_rounds(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Эквадор и Колумбия подписали протокол шестого заседания Межправительственной комиссии\n\n"
        "КИТО, 12 марта 2031. Министр финансов Эквадора Хорхе Вальдес, сопредседатель Межправительственной "
        "эквадорско-колумбийской комиссии по торговому и промышленному сотрудничеству, и его колумбийская коллега "
        "Марта Рестрепо подписали протокол шестого заседания комиссии, которое прошло в Кито 11 марта.\n\n"
        "Пятое заседание комиссии состоялось в мае прошлого года в Боготе. Следующее, седьмое заседание пройдет в "
        "2032 году в Колумбии.\n"))
    history = set().union(*(_history(f) for f in formats if "комиссия" in f["name"]))
    assert {("round", 5, "2030-05"), ("round", 6, "2031-03-11"), ("planned", 7, "2032")} <= history


@pytest.mark.slow
def test_a_trilateral_committee_and_its_rounds_listed_in_one_sentence(tmp_path):
    formats = ingested_formats(tmp_path, (
        "В Бразилиа прошло заседание трехстороннего комитета\n\n"
        "БРАЗИЛИА, 4 июня 2031. Заместители министров иностранных дел Бразилии, Аргентины и Чили провели в "
        "Бразилиа третье заседание трехстороннего комитета Бразилии, Аргентины и Чили.\n\n"
        "Первое заседание трехстороннего комитета состоялось в марте 2029 года в Сантьяго, второе — в мае 2030 года "
        "в Буэнос-Айресе.\n\nСтороны договорились провести четвертое заседание комитета в 2032 году в Сантьяго.\n"))
    committee = [f for f in formats if f["name"].startswith("трехсторонний комитет")]
    assert len(committee) == 1 and len(committee[0]["sides"]) == 3
    assert {("round", 1, "2029-03"), ("round", 2, "2030-05"), ("round", 3, "2031-06-04"),
            ("planned", 4, "2032")} <= _history(committee[0])
