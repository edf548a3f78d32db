"""A sentence that tells two mechanisms: an organisation's council in session and the summit it prepares, announced
in a relative clause (``…, на которой одобрил программу 35-го саммита глав государств Лиги, который пройдет 3 июня
…``): each its own history entry, the council's session held, the summit planned with its round and its date; the
council named with its organisation (``Министерский совет ЛАГ``).  Sentences written for these tests."""
import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.format_kinds import formats_in

SESSION = ("КАИР, 14 мая 2031 года. /Агентство/. Министерский совет Лиги арабских государств в среду провел в Каире "
           "160-ю сессию, на которой одобрил программу 35-го саммита глав государств Лиги, который пройдет 3 июня "
           "в Багдаде.")


@pytest.mark.parametrize("sentence, names", [
    ("Министерский совет Лиги арабских государств провел 160-ю сессию.", ["Министерский совет ЛАГ"]),
    ("Министерский совет Экономического сообщества стран Западной Африки провел в Абудже 90-ю сессию.",
     ["Министерский совет ЭКОВАС"]),
    ("Пятая министерская встреча АСЕАН и ЭКОВАС прошла в Абудже.", ["министерская встреча"]),
    ("Министерский совет Лиги арабских государств провел сессию, на которой обсудил подготовку саммита, который "
     "пройдет в июне.", ["Министерский совет ЛАГ", "Лига арабских государств"]),
])
def test_an_organisations_council_is_named_with_it_and_a_summit_beside_it_is_the_organisations(sentence, names):
    assert [n.name for n in formats_in(sentence)] == names


@pytest.mark.slow
def test_a_council_session_and_the_summit_it_prepares_are_two_entries(tmp_path):
    (tmp_path / "a.txt").write_text(SESSION, encoding="utf-8")
    runner = CliRunner()
    db, out = tmp_path / "x.db", tmp_path / "x.jsonl"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    formats = {r["name"]: [(h["status"], h["round"], h["date"]) for h in r["history"]]
               for r in records if r["kind"] == "format"}
    assert formats == {"Министерский совет ЛАГ": [("round", 160, "2031-05-14")],
                       "Лига арабских государств": [("planned", 35, "2031-06-03")]}
    summit = next(r for r in records if r["kind"] == "event" and r["factuality"] == "planned")
    assert summit["format_name"] == "Лига арабских государств" and summit["date"] == "2031-06-03"
