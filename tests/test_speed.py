"""Speed work that must not change an answer: the fusion index read with the dates of the events
looking it up returns every stored event whose date may agree (``rules.dates_agree``)."""
from khronika.fusion.rules import dates_agree
from khronika.records import PartialDate
from khronika.store import Store
from tests.test_fusion_incremental import meeting_doc

STORED = {"a": "2015-03-04", "b": "2015-03", "c": "2015", "d": None, "e": "2015-04-01", "f": "2016-03-04",
          "g": "2015-03-05"}


def _date(iso: str | None) -> PartialDate | None:
    return PartialDate.from_iso(iso) if iso else None


def test_events_with_keys_keeps_every_event_whose_date_may_agree(tmp_path):
    with Store(tmp_path / "s.db") as store:
        docs = [meeting_doc(k, ["Иван Волков", "Пётр Орлов"], _date(d)) for k, d in STORED.items()]
        store.save_many(docs)
        store.set_event_keys({f"v:{k}": (doc.id, frozenset({"CONSULT|p:vlk"})) for k, doc in zip(STORED, docs)})
        everything = store.events_with_keys(["CONSULT|p:vlk"])
        assert len(everything) == len(STORED)
        date_of = {e: d for _, e, d in everything}
        for wanted in ({"2015-03-04"}, {"2015-03"}, {"2015"}, {"2016-03-04", "2015-04-01"}, {"2014"}):
            found = {e for _, e, _ in store.events_with_keys(["CONSULT|p:vlk"], {"CONSULT|p:vlk": wanted})}
            agreeing = {e for e, d in date_of.items() if any(dates_agree(d, w) for w in wanted)}
            assert found == agreeing, wanted  # all of them, and (here) no more
        undated = {e for _, e, _ in store.events_with_keys(["CONSULT|p:vlk"], {"CONSULT|p:vlk": {None}})}
        assert undated == set(date_of)
