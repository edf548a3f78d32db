"""Records' JSON (``record_base``): the function written for each class's fields gives what the plain
walk over the fields gives, on a document of our own sentences through the whole pipeline."""
import dataclasses
import pickle
from types import SimpleNamespace

import pytest

from khronika.record_base import _PLAIN, Record, from_values
from khronika.records import Document, PartialDate, Source, Token
from khronika.stages.annotate import adapt_token


def reference(value):
    """The JSON as a walk over the dataclass fields writes it."""
    if isinstance(value, Record):
        return {f.name: reference(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _PLAIN else reference(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _PLAIN else reference(v) for k, v in value.items()}
    return value


def test_small_records_json_is_the_walk_over_their_fields():
    token = Token(0, 5, "Визит", id="1_1", pos="NOUN", feats={"Case": "Nom"}, lemma="визит", head_id="1_0", rel="root")
    assert token.to_json() == reference(token)
    assert list(token.to_json()) == [f.name for f in dataclasses.fields(Token)]
    assert PartialDate(2031, 3).to_json() == reference(PartialDate(2031, 3))


def test_a_whole_documents_json_is_the_walk_over_its_fields(pipeline):
    text = ("ТОКИО, 3 марта. Министр иностранных дел Японии Иван Петров провел переговоры с коллегой из Перу.\n\n"
            "«Мы договорились продолжить диалог», — заявил он журналистам. Стороны подписали меморандум.")
    doc = pipeline(Document.from_source(Source(path="own.txt", text=text)))
    assert doc.sentences and doc.mentions
    ours = doc.to_json()
    walked = reference(doc)
    walked["done"] = sorted(doc.done)
    assert ours == walked
    assert Document.from_json(ours).to_json() == ours


def test_a_whole_document_comes_back_from_pickle_as_it_went(pipeline):
    """Records pickle as their class and field values (``Record.__reduce__``), as worker processes send them."""
    import copy
    import pickle

    text = ("ЛИМА, 5 июня. Глава МИД Перу Хуан Гарсия встретился с послом Канады. Стороны обсудили торговлю.\n\n"
            "«Диалог продолжится», — сказал он.")
    doc = pipeline(Document.from_source(Source(path="pickled.txt", text=text)))
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.to_json() == doc.to_json()
    assert copy.deepcopy(doc) == doc and pickle.loads(pickle.dumps(PartialDate(2031))) == PartialDate(2031)
    assert all(type(t) is Token for s in back.sentences for t in s.tokens)


def test_a_record_made_of_its_values_equals_one_made_by_init():
    kw = dict(start=4, stop=9, text="Гоа", id="2_3", pos="PROPN", feats={"Case": "Loc"}, lemma="гоа",
              head_id="2_1", rel="obl")
    made = from_values(Token, tuple(kw.values()))
    assert made == Token(**kw)
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.lemma = "x"


def test_adapt_token_is_the_token_init_would_make():
    word = SimpleNamespace(start=10, stop=16, text="послом")
    got = adapt_token(3, "5", word, "NOUN|Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing", "4", "obl")
    assert got == Token(start=10, stop=16, text="послом", id="3_5", pos="NOUN", lemma="посол", head_id="3_4",
                        rel="obl", feats={"Animacy": "Anim", "Case": "Ins", "Gender": "Masc", "Number": "Sing"})


def test_a_documents_replace_is_dataclasses_replace():
    doc = Document.from_source(Source(path="own.txt", text="ОСЛО, 2 мая. Премьер Норвегии посетил Лиму."))
    changed = doc.replace(title="Визит", done=frozenset({"text"}))
    assert changed == dataclasses.replace(doc, title="Визит", done=frozenset({"text"}))
    assert type(changed) is Document and changed.text == doc.text and doc.title is None
    with pytest.raises(TypeError, match="no_such_field"):
        doc.replace(no_such_field=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.title = "x"


def test_a_plain_dict_is_written_as_a_copy_and_a_nested_one_walked():
    feats = {"Case": "Gen", "Number": "Plur"}
    token = Token(0, 6, "послов", feats=feats)
    written = token.to_json()["feats"]
    assert written == feats and written is not feats
    written["Case"] = "Nom"
    assert token.feats["Case"] == "Gen"
    nested = {"a": 1, "when": PartialDate(2031, 4)}
    assert Record.to_json(Token(0, 1, "x", feats=nested))["feats"] == {"a": 1, "when": PartialDate(2031, 4).to_json()}
