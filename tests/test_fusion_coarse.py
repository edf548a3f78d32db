"""Fusion of a report dated coarser than another (hand-made events, invented persons and wording): a meeting or
an act dated to its month only (``на прошлой неделе``, ``в начале месяца``) joins the report of a day of that month
when it fits one group only; acts told without their actor on one day; a body the store links to no country, whose
name tells one."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_incremental import ingested

KNOWN = Known(
    persons={"e:pt-dep": "Нуну Феррейра", "e:gh-dep": "Кофи Аддо", "e:pt-amb": "Тиагу Соуза"},
    roles={"e:pt-dep": {("заместитель министра иностранных дел", "e:iso-PT")},
           "e:gh-dep": {("заместитель министра иностранных дел", "e:iso-GH")}},
    country={"e:accra": "e:iso-GH", "e:lome": "e:iso-TG"},
    names={"e:accra": "Аккра", "e:lome": "Ломе", "e:mfa-ec": "эквадорский МИД", "e:embassy": "Посольство Перу в Чили"})


def ev(id_, doc, date, people, text, *, type_="CONSULT", place=None, rnd=None, roles=None, told="text"):
    roles = roles or {}
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": rnd,
            "mode": "meet" if type_ == "CONSULT" else None, "place": place, "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": roles.get(p, "participant")} for p in people]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


HELD = "В четверг в Аккре состоялся новый раунд консультаций заместителей министров иностранных дел " \
       "Португалии и Ганы по вопросам торговли и миграции"
LAST_WEEK = [  # the guest only, and the host's capital: the month is all the date it tells
    "На прошлой неделе в Аккре португальские дипломаты провели консультации по вопросам торговли и миграции",
    "Консультации заместителей министров по миграции прошли в Аккре в середине месяца, сообщили в Лиссабоне",
    "В начале месяца Португалия и Гана провели в Аккре консультации по торговле",
]


def test_a_meeting_dated_to_its_month_joins_the_meeting_of_a_day_of_it_in_that_city():
    held = ev("v:a", "d:1", "2031-03-13", ["e:pt-dep", "e:gh-dep"], HELD, place="e:accra", rnd=4)
    for i, text in enumerate(LAST_WEEK):
        sides = ["e:iso-PT", "e:iso-GH"] if "Гана" in text else ["e:iso-PT"]
        month = ev(f"v:m{i}", f"d:m{i}", "2031-03", sides, text, place="e:accra")
        assert groups([held, month]) == {frozenset({"v:a", f"v:m{i}"})}, text


def test_a_meeting_dated_to_its_month_stays_apart_elsewhere_in_another_month_or_between_two():
    held = ev("v:a", "d:1", "2031-03-13", ["e:pt-dep", "e:gh-dep"], HELD, place="e:accra", rnd=4)
    elsewhere = ev("v:b", "d:2", "2031-03", ["e:iso-PT", "e:iso-GH"], LAST_WEEK[2].replace("Аккре", "Ломе"),
                   place="e:lome")
    later = ev("v:c", "d:3", "2031-04", ["e:iso-PT", "e:iso-GH"], LAST_WEEK[2], place="e:accra")
    assert groups([held, elsewhere, later]) == set()
    unlike = ev("v:f", "d:6", "2031-03", ["e:iso-PT", "e:iso-GH"],
                "Представители Португалии и Ганы обсудили в Аккре какао", place="e:accra")
    assert groups([held, unlike]) == set()  # the sides and the city, and nothing else in common
    again = ev("v:d", "d:4", "2031-03-27", ["e:pt-dep", "e:gh-dep"], HELD.replace("очередной", "внеочередной"),
               place="e:accra", rnd=5)
    month = ev("v:e", "d:5", "2031-03", ["e:iso-PT", "e:iso-GH"], LAST_WEEK[2], place="e:accra")
    assert groups([held, again, month]) == set()  # it fits two sittings alike: it bridges none


def test_an_undated_meeting_of_two_persons_joins_the_one_of_those_very_persons_not_one_with_a_third():
    talks = ev("v:a", "d:1", "2031-03-12", ["e:pt-dep", "e:gh-dep", "e:pt-amb"],
               "Заместители министров провели переговоры при участии посла", place="e:accra")
    pair = ev("v:b", "d:2", "2031-03-13", ["e:pt-dep", "e:gh-dep"], "Заместитель министра принял коллегу",
              place="e:accra")
    undated = ev("v:c", "d:3", None, ["e:pt-dep", "e:gh-dep"], "Заместители министров встретились в Аккре")
    assert groups([talks, pair, undated]) == {frozenset({"v:b", "v:c"})}
    other = ev("v:d", "d:4", "2031-03-14", ["e:pt-dep", "e:gh-dep"], "Заместитель министра вновь принял коллегу",
               place="e:accra")
    assert groups([talks, pair, other, undated]) == set()  # two meetings of its very persons: it bridges none


def test_a_guests_meeting_told_by_one_outlet_with_one_side_only_joins_that_days_meeting_in_that_city():
    both = ev("v:a", "d:1", "2031-03-13", ["e:pt-dep", "e:gh-dep"],
              "В четверг в Аккре заместители министров обсудили торговлю и миграцию", place="e:accra")
    own = ev("v:b", "d:2", "2031-03-13", ["e:pt-dep"],
             "Заместитель министра в четверг обсудил в Аккре торговлю и миграцию", place="e:accra")
    assert groups([both, own]) == {frozenset({"v:a", "v:b"})}
    elsewhere = dict(own, place="e:lome", text=own["text"].replace("Аккре", "Ломе"))
    unlike = dict(own, text="Португальский заместитель министра посетил ярмарку какао и встретился со студентами")
    host = ev("v:c", "d:3", "2031-03-13", ["e:gh-dep"],
              "Заместитель министра в четверг обсудил в Аккре торговлю и миграцию", place="e:accra")
    assert groups([both, elsewhere]) == set() and groups([both, unlike]) == set()
    assert groups([both, host]) == set()  # the host in his own city: he receives many guests a day


IMPOSED = "Правительство Португалии в среду ввело санкции против шести чиновников и двух компаний Ганы"
EARLY = [
    "В начале месяца Лиссабон ввел санкции против шести ганских чиновников и двух компаний",
    "Португалия на прошлой неделе ввела санкции против шести чиновников Ганы",
    "Введенные в начале месяца португальские санкции затронули шесть чиновников и две компании",
]


def test_an_act_dated_to_its_month_joins_the_act_of_a_day_of_it():
    day = ev("v:a", "d:1", "2031-03-12", ["e:iso-PT", "e:iso-GH"], IMPOSED, type_="SANCTION",
             roles={"e:iso-PT": "source", "e:iso-GH": "target"})
    for i, text in enumerate(EARLY):
        month = ev(f"v:m{i}", f"d:m{i}", "2031-03", ["e:iso-PT", "e:iso-GH"], text, type_="SANCTION")
        assert groups([day, month]) == {frozenset({"v:a", f"v:m{i}"})}, text


def test_an_act_dated_to_its_month_prefers_the_act_whose_actor_it_tells_to_the_mirror_act():
    day = ev("v:a", "d:1", "2031-03-12", ["e:iso-PT", "e:iso-GH"], IMPOSED, type_="SANCTION",
             roles={"e:iso-PT": "source", "e:iso-GH": "target"})
    mirror = ev("v:b", "d:2", "2031-03-16", ["e:iso-PT", "e:iso-GH"],
                "В понедельник в ответ введены санкции против шести чиновников и двух компаний Португалии",
                type_="SANCTION")
    month = ev("v:c", "d:3", "2031-03", ["e:iso-PT"], EARLY[0], type_="SANCTION")
    assert groups([day, mirror, month]) == {frozenset({"v:a", "v:c"})}
    other = ev("v:d", "d:4", "2031-03", ["e:iso-PT"], "В начале месяца Лиссабон отозвал посла", type_="SANCTION")
    assert groups([day, other]) == set()  # little in common but the country: another act


UNTOLD = [  # one day, each outlet leaving the actor untold, somewhat alike
    ("Во вторник двое сотрудников посольства Ганы в Лиссабоне признаны персонами нон грата, им велено выехать "
     "за семь суток",
     "Двух ганских дипломатов во вторник объявили персонами нон грата за деятельность, несовместимую со статусом, "
     "сообщила газета со ссылкой на источники"),
    ("Против шести чиновников Ганы введены санкции за нарушения прав человека во время выборов, сообщили во вторник "
     "в Лиссабоне официальные представители правительства",
     "Во вторник португальские санкции против шести ганских чиновников вступили в силу: их активы заморожены, "
     "въезд закрыт, банковские счета арестованы"),
    ("Посол Ганы был вызван во вторник в Лиссабон, где ему передали ноту протеста из-за задержания рыболовного "
     "судна",
     "Ганскому послу во вторник вручили ноту протеста; дипломат назвал претензии необоснованными и обещал доложить в "
     "столицу"),
]


def test_acts_of_one_day_told_without_their_actor_fuse_when_of_one_pair_and_somewhat_alike():
    for one, two in UNTOLD:
        type_ = "PROTEST" if "нот" in one else "SANCTION"
        a = ev("v:a", "d:1", "2031-03-11", ["e:iso-PT", "e:iso-GH"], one, type_=type_)
        b = ev("v:b", "d:2", "2031-03-11", ["e:iso-GH", "e:iso-PT"], two, type_=type_)
        assert groups([a, b]) == {frozenset({"v:a", "v:b"})}, one
        other = ev("v:c", "d:3", "2031-03-11", ["e:iso-TG", "e:iso-PT"], two.replace("Ган", "Тог"), type_=type_)
        assert groups([a, other]) == set(), one  # another pair of countries
        few = ev("v:d", "d:4", "2031-03-11", ["e:iso-PT", "e:iso-GH"],
                 "Во вторник Португалия и Гана обменялись резкими заявлениями", type_=type_)
        assert groups([a, few]) == set(), one  # little in common but the countries and the day


def test_a_body_linked_to_no_country_stands_for_the_one_its_name_tells():
    protest = "Министерство иностранных дел Эквадора в пятницу вызвало посла Колумбии и вручило ему ноту протеста"
    a = ev("v:a", "d:1", "2031-06-06", ["e:iso-EC", "e:iso-CO"], protest, type_="PROTEST",
           roles={"e:iso-EC": "source", "e:iso-CO": "target"})
    b = ev("v:b", "d:2", "2031-06-06", ["e:mfa-ec", "e:iso-CO"],
           "эквадорский МИД в пятницу вызвал колумбийского посла и вручил ноту протеста", type_="PROTEST",
           roles={"e:mfa-ec": "source", "e:iso-CO": "target"})
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}
    assert KNOWN.side("e:embassy") == set()  # two countries in its name: none


TEXTS = {
    "a.txt": "АККРА, 13 марта 2031 года. Заместитель министра иностранных дел Португалии Нуну Феррейра и заместитель "
             "министра иностранных дел Ганы Кофи Аддо провели в Аккре консультации по вопросам торговли и миграции.\n",
    "b.txt": "ЛИССАБОН, 20 марта 2031 года. На прошлой неделе в Аккре португальские и ганские дипломаты провели "
             "консультации о визах и образовании.\n",
}


def test_a_meeting_dated_to_its_month_joins_whatever_the_order_of_ingestion(tmp_path):
    runs = [ingested(tmp_path, TEXTS, name, batches) for name, batches in
            (("whole", [["a.txt", "b.txt"]]), ("ab", [["a.txt"], ["b.txt"]]), ("ba", [["b.txt"], ["a.txt"]]))]
    assert runs[0] == runs[1] == runs[2]
    met = [r for r in runs[0] if r["kind"] == "event" and r["type"] == "CONSULT"]
    assert any(len({e["doc"] for e in r["evidence"]}) == 2 for r in met), met
