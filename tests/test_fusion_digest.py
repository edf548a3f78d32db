"""A later report's or a week's digest's retelling of an act, told in the past with no day of its own and so dated by
its document only, joins the act some days before it (``days.retold``) when the same actor and target are told by
both and the evidence is alike (``acts.retelling``); a retelling of another actor or target, of alike words only
through the countries, of a meeting, or of more than five days before, stays apart.  Invented countries and people."""
import random

from .test_fusion import grouped
from .test_fusion_sittings import KNOWN
from .test_fusion_sittings import ev as act


def told(id_, doc, date, source, target, text, type_="REJECT", own=True):
    return act(id_, doc, date, [source, target], type_=type_, text=text, told="text" if own else "document",
               roles={source: "source", target: "target"})


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


FIRST = [
    told("v:a", "d:1", "2031-03-02", "e:iso-UY", "e:iso-PY",
         "Уругвай во вторник отклонил предложение Парагвая о совместном патрулировании реки."),
    told("v:c", "d:3", "2031-06-10", "e:iso-EC", "e:iso-BO",
         "Эквадор в понедельник отказался от посредничества Боливии в споре о квотах."),
    told("v:e", "d:5", "2031-09-15", "e:iso-MN", "e:iso-KZ",
         "Монголия 15 сентября выслала двух дипломатов Казахстана за деятельность, несовместимую со статусом.",
         type_="SANCTION"),
]
RETOLD = [
    told("v:b", "d:2", "2031-03-07", "e:iso-UY", "e:iso-PY",
         "Напомним, Монтевидео отверг инициативу Асунсьона по реке.", own=False),
    told("v:d", "d:4", "2031-06-15", "e:iso-EC", "e:iso-BO",
         "Кито тогда отклонил боливийское посредничество в споре о квотах.", own=False),
    told("v:f", "d:6", "2031-09-19", "e:iso-MN", "e:iso-KZ",
         "Ранее Улан-Батор объявил персонами нон грата двух казахстанских дипломатов.", own=False, type_="SANCTION"),
]


def test_a_retelling_dated_by_its_document_joins_the_act_days_before():
    for first, later in zip(FIRST[:2], RETOLD[:2]):
        assert groups([first, later]) == {frozenset({first["id"], later["id"]})}, later["text"]


def test_the_groups_do_not_depend_on_the_order_of_the_reports():
    events = FIRST[:2] + RETOLD[:2]
    want = groups(events)
    for seed in range(4):
        random.Random(seed).shuffle(events)
        assert groups(events) == want


def test_a_retelling_of_another_actor_or_target_stays_apart():
    first = FIRST[0]
    other_actor = told("v:x", "d:7", "2031-03-07", "e:iso-CL", "e:iso-PY",
                       "Чили отвергло инициативу Асунсьона по реке.", own=False)
    other_target = told("v:y", "d:8", "2031-03-07", "e:iso-UY", "e:iso-AR",
                        "Монтевидео отверг инициативу Буэнос-Айреса по реке.", own=False)
    assert groups([first, other_actor]) == set()
    assert groups([first, other_target]) == set()


def test_a_retelling_long_after_or_of_a_meeting_stays_apart():
    late = told("v:z", "d:9", "2031-03-08", "e:iso-UY", "e:iso-PY",
                "Напомним, Монтевидео отверг инициативу Асунсьона по реке.", own=False)
    assert groups([FIRST[0], late]) == set()
    met = act("v:m", "d:1", "2031-03-02", ["e:iso-UY", "e:iso-PY"], text="Министры Уругвая и Парагвая встретились.")
    again = act("v:n", "d:2", "2031-03-07", ["e:iso-UY", "e:iso-PY"], told="document",
                text="Министры Уругвая и Парагвая встретились на прошлой неделе.")
    assert groups([met, again]) == set()


def test_a_retelling_told_alike_only_through_its_countries_stays_apart():
    # the same actor, target and type, but another act: an expulsion is not duties on grain however near its days
    expelled = told("v:e", "d:5", "2031-09-15", "e:iso-MN", "e:iso-KZ", FIRST[2]["text"], type_="SANCTION")
    duties = told("v:w", "d:10", "2031-09-19", "e:iso-MN", "e:iso-KZ",
                  "Улан-Батор ввел пошлины на казахстанское зерно.", own=False, type_="SANCTION")
    retold = told("v:f", "d:6", "2031-09-19", "e:iso-MN", "e:iso-KZ", RETOLD[2]["text"], own=False, type_="SANCTION")
    assert groups([expelled, duties]) == set()
    assert groups([expelled, retold]) == {frozenset({"v:e", "v:f"})}


NEWS = ("Уругвай отклонил инициативу Парагвая о патрулировании реки\n\nМОНТЕВИДЕО, 2 марта 2031 года. Министерство "
        "иностранных дел Уругвая 2 марта отклонило предложение Парагвая о совместном патрулировании пограничной "
        "реки, сообщило ведомство.\n")
DIGEST = ("Обзор недели\n\n7 марта 2031 года\n\nНапомним, Уругвай отклонил предложение Парагвая о совместном "
          "патрулировании реки. Стороны продолжат консультации.\n")


def test_a_digests_retelling_joins_the_act_whichever_document_comes_first(tmp_path):
    from .test_fusion_incremental import ingested

    texts = {"news.txt": NEWS, "digest.txt": DIGEST}
    runs = [ingested(tmp_path, texts, name, batches) for name, batches in
            (("one", [["news.txt", "digest.txt"]]), ("news", [["news.txt"], ["digest.txt"]]),
             ("digest", [["digest.txt"], ["news.txt"]]))]
    assert runs[0] == runs[1] == runs[2]
    rejects = [r for r in runs[0] if r.get("kind") == "event" and r["type"] == "REJECT"]
    assert len(rejects) == 1 and len(rejects[0]["sources"]) == 2 and rejects[0]["date"] == "2031-03-02"
