"""A country with two current short names is exported under the one its documents use most."""
import io
import json

from khronika.country_spelling import written_name
from khronika.export import write_jsonl
from khronika.records import Document, Entity, Mention, PartialDate
from khronika.store import Store


def test_the_spelling_most_mentions_use_names_the_country():
    assert written_name("BY", "Белоруссия", ["Беларуси", "Минском", "Беларусью", "Белоруссии"]) == "Беларусь"
    assert written_name("KG", "Киргизия", ["Кыргызской Республики", "Киргизии", "Кыргызстаном"]) == "Кыргызстан"
    assert written_name("KR", "Южная Корея", ["Республикой Корея"]) == "Республика Корея"


def test_a_tie_takes_the_countrys_own_name_and_no_listed_spelling_keeps_the_gazetteer_name():
    assert written_name("TM", "Туркмения", ["Туркменистана", "Туркмении"]) == "Туркменистан"
    assert written_name("TM", "Туркмения", ["Туркмении", "Туркменией"]) == "Туркмения"
    assert written_name("TM", "Туркмения", ["Ашхабадом"]) == "Туркмения"
    assert written_name("RU", "Россия", ["РФ", "Российской Федерации"]) == "Россия"


def test_the_export_names_the_country_as_written_and_keeps_the_other_name_an_alias(tmp_path):
    text = "Посол Беларуси прибыл в Молдову. Министр Беларуси выступил."
    entities = (Entity("e:iso-BY", "country", "Белоруссия", code="BY"),
                Entity("e:iso-MD", "country", "Молдавия", code="MD"))
    mentions = (Mention(6, 14, "LOC", "Беларуси", entity="e:iso-BY"),
                Mention(24, 31, "LOC", "Молдову", entity="e:iso-MD"),
                Mention(41, 49, "LOC", "Беларуси", entity="e:iso-BY"))
    d = Document(id="d:" + "3" * 16, path="c.txt", raw=text, text=text, title=None, source="ТАСС",
                 published=PartialDate(2030, 1, 2), published_from="metadata", content_hash="3" * 64,
                 mentions=mentions, entities=entities)
    out = io.StringIO()
    with Store(tmp_path / "k.db") as s:
        s.save(d)
        write_jsonl(s, out)
    names = {r["id"]: (r["name"], r["aliases"]) for r in map(json.loads, out.getvalue().splitlines())
             if r["kind"] == "entity"}
    assert names["e:iso-BY"][0] == "Беларусь" and "Белоруссия" in names["e:iso-BY"][1]
    assert names["e:iso-MD"][0] == "Молдова"
