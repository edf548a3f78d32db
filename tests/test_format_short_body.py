"""A body a document names in full, then short ("Совместной комиссии"): one format; another outlet's short name, or a
short name two full ones of those sides begin with, is left alone (invented names)."""
from khronika.format_identity import identities
from khronika.format_names import Named

SIDES = {"e:iso-GH", "e:iso-TG"}


def entry(status, rnd, date, doc):
    return {"status": status, "round": rnd, "date": date, "events": [], "docs": [doc], "evidence": "…"}


def full(name="совместная комиссия по водным ресурсам", kind="пограничная комиссия"):
    return Named(name, kind, "Совместной комиссии по водным ресурсам", surface="x")


SHORT = Named("совместная комиссия", "совместная комиссия", "Совместной комиссии", surface="x")


def names(seen):
    return sorted(key[0] for key, _ in identities(seen))


def test_a_short_name_of_the_body_its_document_named_in_full():
    seen = [(full(), "d:1", SIDES, [entry("planned", None, "2027-03", "d:1")]),
            (SHORT, "d:1", SIDES, [entry("round", 9, "2025-07", "d:1")])]
    assert names(seen) == ["совместная комиссия по водным ресурсам"]


def test_a_short_name_of_another_outlet_or_of_two_bodies_is_left_alone():
    other = [(full(), "d:1", SIDES, [entry("planned", None, "2027-03", "d:1")]),
             (SHORT, "d:2", SIDES, [entry("round", 9, "2025-07", "d:2")])]
    assert len(names(other)) == 2
    two = [(full(), "d:1", SIDES, [entry("planned", None, "2027-03", "d:1")]),
           (full("совместная комиссия по торговле", "межправительственная комиссия"), "d:1", SIDES,
            [entry("round", 4, "2024-05", "d:1")]),
           (SHORT, "d:1", SIDES, [entry("round", 9, "2025-07", "d:1")])]
    assert len(names(two)) == 3
