"""What a format's own name tells (issue 10, item 1): the topic of numbered talks (``восьмого раунда
боливийско-парагвайских переговоров по водным ресурсам``), the sea its commission works in (``комиссии по
сотрудничеству в Балтийском море``, not the city its session meets in), the pair its compound adjective names whoever
else the sentence names, a session of a joint body in a document that also tells a working group only agreed to be set
up, and no dangling ``по`` before a name (invented news, other countries)."""
import pytest

from tests.test_format_carry import ingested_formats

pytestmark = pytest.mark.slow


def _named(tmp_path, text, word):
    return [f for f in ingested_formats(tmp_path, text) if word in f["name"]]


def test_the_topic_of_numbered_talks_is_their_name(tmp_path):
    text = ("АСУНСЬОН, 22 октября 2031 года. Восьмой раунд боливийско-парагвайских переговоров по водным ресурсам "
            "прошел вчера в Асунсьоне. Седьмой раунд состоялся в Ла-Пасе в марте 2030 года.")
    found = _named(tmp_path, text, "переговоры по водным ресурсам")
    assert found, [f["name"] for f in ingested_formats(tmp_path, text)]
    assert {("round", 8), ("round", 7)} <= {(h["status"], h["round"]) for h in found[0]["history"]}


def test_the_sea_of_a_commission_is_its_name_and_its_pair_the_adjectives(tmp_path):
    text = ("РИГА, 2 ноября 2031 года. Посольство России в Латвии отвергло любые обвинения.\n\n"
            "Меры по защите кабелей министры обсудят на IX сессии Латвийско-литовской комиссии по сотрудничеству в "
            "Балтийском море, которая пройдет 22 ноября в Вильнюсе.")
    found = _named(tmp_path, text, "в балтийском море")
    assert found, [f["name"] for f in ingested_formats(tmp_path, text)]
    assert sorted(found[0]["sides"]) == ["e:iso-LT", "e:iso-LV"]


def test_a_city_after_the_topic_is_where_it_meets(tmp_path):
    text = ("МИНСК, 2 ноября 2031 года. Девятое заседание белорусско-казахстанской межправительственной комиссии по "
            "торгово-экономическому сотрудничеству в Минске завершилось подписанием протокола.")
    assert not any("в минске" in f["name"] for f in ingested_formats(tmp_path, text))


def test_a_working_group_only_agreed_on_leaves_the_council_its_sessions(tmp_path):
    text = ("ЛИССАБОН, 28 октября 2031 года. XII сессия Португало-бразильского консультативного совета по Азорским "
            "островам состоялась сегодня в Лиссабоне. Стороны договорились провести в 2032 году совместное "
            "обследование рыбных запасов и создать рабочую группу по обмену данными о промысле. Министры условились "
            "провести XIII сессию совета в Бразилиа в 2032 году. Предыдущая, XI сессия прошла в июне 2030 года в "
            "Ресифи.")
    found = _named(tmp_path, text, "консультативный совет")
    assert found, [f["name"] for f in ingested_formats(tmp_path, text)]
    assert not found[0]["name"].endswith(" по")
    assert {("round", 11), ("round", 12), ("planned", 13)} <= {(h["status"], h["round"]) for h in found[0]["history"]}


def test_a_side_named_only_by_the_formats_adjective_is_an_entity_of_the_export(tmp_path):
    import io
    import json

    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.export import write_jsonl
    from khronika.store import Store

    doc = tmp_path / "news.txt"
    doc.write_text("РИГА, 2 ноября 2031 года. Министры обсудят меры на IX сессии Латвийско-литовской комиссии по "
                   "сотрудничеству, которая пройдет 22 ноября в Вильнюсе.", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    out = io.StringIO()
    with Store(db) as store:
        write_jsonl(store, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    entities = [r["id"] for r in records if r["kind"] == "entity"]
    sides = {s for r in records if r["kind"] == "format" for s in r["sides"]}
    assert sides and sides <= set(entities) and entities == sorted(entities)
