"""Fusion of one event that outlets tell in different forms (hand-made events, invented persons, places and dates):
a long foreign surname transcribed with another vowel inside it; the same two sides on one day, one report naming the
country and the other a city of it; a summit of two sides that one report tells as a multilateral sitting, with its
number; a document telling one act twice, one telling settled alone before the other joined an event.  And their
limits: other letters of a name, other days, another country, talks on a summit's sidelines, a summit of an
organisation of more members, another round, a document's two acts that disagree."""
from types import SimpleNamespace

from khronika.fusion import Known, cluster
from khronika.fusion.persons import same_surname

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:lk-dep": "Нишанта Карунатилаке", "e:lk-dep2": "Нишанта Карунатилеке",
             "e:pt-dep": "Тьягу Лобату", "e:pt-dep2": "Тьягу Лобату", "e:lk-amb": "Рохан Карунатилуке",
             "e:cl-amb": "Игнасио Вальдерас"},
    roles={"e:lk-dep": {("заместитель министра иностранных дел", "e:iso-LK")},
           "e:lk-dep2": {("заместитель министра иностранных дел", "e:iso-LK")},
           "e:lk-amb": {("заместитель министра иностранных дел", "e:iso-LK")},
           "e:pt-dep": {("заместитель министра иностранных дел", "e:iso-PT")},
           "e:cl-amb": {("посол", "e:iso-CL")},
           "e:pt-dep2": {("заместитель министра иностранных дел", "e:iso-PT")}},
    country={"e:braga": "e:iso-PT", "e:faro": "e:iso-PT", "e:valpo": "e:iso-CL"},
    names={"e:braga": "Брага", "e:faro": "Фару", "e:valpo": "Вальпараисо"})


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_a_surname_transcribed_with_another_inner_vowel_is_one_surname():
    assert same_surname("карунатилаке", "карунатилеке")
    assert same_surname("мбалавеле", "мбаловеле")
    assert not same_surname("карунатилаке", "карунатилака")  # the last letter: an ending
    assert not same_surname("лобату", "лобати")  # too short to tell
    assert not same_surname("карунатилаке", "карунатилуку")  # two letters
    assert not same_surname("карунатилаке", "карунатиласе")  # a consonant


CONSULTATIONS = "В Браге прошли политические консультации Португалии и Шри-Ланки на уровне заместителей министров."


def test_one_meeting_with_a_participant_named_in_two_transcriptions_is_one():
    one = ev("v:a", "d:1", "2031-05-14", ["e:pt-dep", "e:lk-dep", "e:iso-PT", "e:iso-LK"], place="e:braga",
             text=CONSULTATIONS)
    other = ev("v:b", "d:2", "2031-05-14", ["e:pt-dep2", "e:lk-dep2", "e:iso-PT", "e:iso-LK"], place="e:braga",
               text="Заместители министров иностранных дел Португалии и Шри-Ланки провели в Браге консультации.")
    assert groups([one, other]) == {frozenset({"v:a", "v:b"})}
    other_person = {**other, "participants": [{"entity": p, "role": "participant"}
                                              for p in ("e:pt-dep2", "e:lk-amb", "e:iso-PT", "e:iso-LK")]}
    assert groups([one, other_person]) == set()  # two letters apart: another deputy holding that office


BLOG = "09:15 Делегации сели за стол в гостевом доме правительства. Чилийский министр впервые прилетел в Португалию."
TALKS = "Глава чилийского внешнеполитического ведомства обсудил в Фару с португальской стороной Уругвай и торговлю."


def test_the_same_two_sides_on_one_day_in_a_country_and_in_a_city_of_it_are_one_meeting():
    blog = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], place="e:iso-PT", text=BLOG, told="document")
    talks = ev("v:b", "d:2", "2031-05-14", ["e:iso-CL", "e:iso-PT", "e:iso-UY"], place="e:faro", text=TALKS)
    assert groups([blog, talks]) == {frozenset({"v:a", "v:b"})}
    assert groups([blog, {**talks, "date": "2031-05-20"}]) == set()  # another day
    others = {**talks, "participants": [{"entity": p, "role": "participant"} for p in ("e:iso-CL", "e:iso-UY")]}
    assert groups([blog, others]) == set()  # one side in common


SUMMIT = "Браге не примет 3 июня XIV чилийско-португальскую встречу в верхах: ее проведут осенью."


def _summit(id_, doc, people, mode, rnd, text, place=None):
    return {**ev(id_, doc, "2031-06-03", people, mode=mode, rnd=rnd, place=place, text=text, factuality="planned"),
            "format": "summit"}


def test_a_summit_of_two_sides_told_as_a_multilateral_sitting_is_one_with_its_other_reports():
    multi = _summit("v:a", "d:1", [], "multilateral", 14, SUMMIT, place="e:braga")
    numbered = _summit("v:b", "d:2", ["e:iso-CL", "e:iso-PT"], "meet", 14,
                       "Правительства Чили и Португалии сдвинули 14-ю встречу лидеров в Браге с 3 июня на осень.",
                       place="e:braga")
    plain = _summit("v:c", "d:3", ["e:iso-CL", "e:iso-PT"], "meet", None,
                    "Лидеры Чили и Португалии не увидятся 3 июня: их регулярный саммит сдвинут.")
    assert groups([multi, numbered, plain]) == {frozenset({"v:a", "v:b", "v:c"})}
    assert groups([multi, {**numbered, "round": 15}]) == set()  # another round


def test_a_summit_of_more_sides_or_talks_on_its_sidelines_stay_apart():
    summit = _summit("v:a", "d:1", ["e:iso-CL", "e:iso-PT", "e:iso-UY"], "multilateral", None,
                     "Саммит Чили, Португалии и Уругвая пройдет 3 июня в Браге.", place="e:braga")
    talks = _summit("v:b", "d:2", ["e:iso-CL", "e:iso-PT"], "meet", None,
                    "Президенты Чили и Португалии проведут 3 июня в Браге двусторонний саммит.", place="e:braga")
    assert groups([summit, talks]) == set()


def _act(id_, doc, date, default=False):
    return SimpleNamespace(id=id_, doc=doc, date=date, default=default, type="SANCTION", persons=[],
                           sides=frozenset(), through=None, round=None)


def test_a_document_telling_an_act_twice_joins_both_tellings_to_the_event(monkeypatch):
    """The second outlet tells the ban in its lead and again in a later sentence; the first outlet's headline, dated by
    its document only, joins the lead (its stronger link): the other telling, settled alone in its layer, joins too."""
    links = {frozenset({"v:h", "v:l"}): 2, frozenset({"v:h", "v:r"}): 1}
    apart: set[frozenset] = set()
    monkeypatch.setattr(cluster, "link",
                        lambda a, b, settings=None: 0 if a.doc == b.doc else links.get(frozenset({a.id, b.id}), 0))
    monkeypatch.setattr(cluster, "compatible", lambda a, b, settings=None: frozenset({a.id, b.id}) not in apart)
    head, lead, recap = _act("v:h", "d:1", "2031-05-08", True), _act("v:l", "d:2", "2031-05-08"), \
        _act("v:r", "d:2", "2031-05-08")
    assert set(cluster.fuse_reports([head, lead, recap]).values()) == {"v:h"}
    assert set(cluster.fuse_reports([head, lead, recap])) == {"v:h", "v:l", "v:r"}
    apart.add(frozenset({"v:l", "v:r"}))  # the document's second act (another target): it stays alone
    assert set(cluster.fuse_reports([head, lead, recap])) == {"v:h", "v:l"}


def test_the_index_keys_link_each_variant_so_an_ingest_finds_it():
    """An ingest compares a new report only with those sharing a key (``keys.py``): the two transcriptions of one
    name, and a country with a city of it on one day, share one."""
    from khronika.fusion import report
    from khronika.fusion.keys import keys_of

    one = ev("v:a", "d:1", "2031-05-14", ["e:pt-dep", "e:lk-dep", "e:iso-PT", "e:iso-LK"], text=CONSULTATIONS)
    other = ev("v:b", "d:2", "2031-05-14", ["e:lk-dep2"], text="Нишанта Карунатилеке провел консультации.")
    assert keys_of(report(one, KNOWN, one["text"])) & keys_of(report(other, KNOWN, other["text"]))
    blog = ev("v:c", "d:3", "2031-05-14", ["e:iso-PT", "e:iso-CL"], place="e:iso-PT", text=BLOG, told="document")
    talks = ev("v:d", "d:4", "2031-05-14", ["e:iso-CL", "e:iso-PT", "e:iso-UY"], place="e:faro", text=TALKS)
    assert keys_of(report(blog, KNOWN, BLOG)) & keys_of(report(talks, KNOWN, TALKS))


def _agree(id_, doc, date, text, trigger, sides=(), told="text"):
    return {"id": id_, "doc": doc, "type": "AGREE", "date": date, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": trigger,
            "participants": [{"entity": s, "role": "participant"} for s in sides]}


RICE = _agree("v:a", "d:1", "2031-06-02", "Стороны условились наладить экспорт лаосского кофе во Вьетнам с весны.",
              "условились", ["e:iso-LA", "e:iso-VN"])


def test_one_thing_agreed_told_by_the_month_of_its_day_is_one_act():
    month = _agree("v:b", "d:2", "2031-06", "В начале месяца правительства договорились об экспорте кофе из Лаоса.",
                   "договорились")
    assert groups([RICE, month]) == groups([month, RICE]) == {frozenset({"v:a", "v:b"})}
    other_thing = {**month, "text": "В начале месяца правительства договорились о квотах на вылов рыбы у Лаоса."}
    assert groups([RICE, other_thing]) == set()
    other_month = {**month, "date": "2031-08"}
    assert groups([RICE, other_month]) == set()


def test_one_thing_agreed_told_by_two_documents_of_days_near_is_one_act():
    one = _agree("v:a", "d:1", "2031-06-02", "Оман и Кения договорились увеличить число авиарейсов между столицами.",
                 "договорились", ["e:iso-OM", "e:iso-KE"], told="document")
    two = _agree("v:b", "d:2", "2031-06-03", "Маскат и Найроби условились о новых авиарейсах со следующего сезона.",
                 "условились", ["e:iso-OM", "e:iso-KE", "e:iso-TZ"], told="document")
    assert groups([one, two]) == {frozenset({"v:a", "v:b"})}
    visas = {**two, "text": "Маскат и Найроби условились об отмене виз для дипломатов со следующего сезона."}
    assert groups([one, visas]) == set()


def test_two_reports_with_persons_of_each_side_in_a_country_and_its_city_stay_apart():
    """Two meetings a document may tell of one visit (talks, then a reception), each with its persons: the country
    one report names does not make them one."""
    blog = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL", "e:pt-dep"], place="e:iso-PT", text=BLOG,
              told="document")
    talks = ev("v:b", "d:2", "2031-05-14", ["e:iso-CL", "e:iso-PT", "e:iso-UY", "e:cl-amb"], place="e:faro", text=TALKS)
    assert groups([blog, talks]) == set()


def test_a_lone_telling_that_fits_two_events_of_its_document_joins_neither(monkeypatch):
    """The document tells two acts of one type that joined two events: its third telling, linked to both, would bridge
    them."""
    links = {frozenset({"v:h", "v:l"}): 2, frozenset({"v:g", "v:m"}): 2, frozenset({"v:h", "v:r"}): 1,
             frozenset({"v:g", "v:r"}): 1}
    apart = {frozenset({"v:h", "v:g"}), frozenset({"v:l", "v:m"}), frozenset({"v:h", "v:m"}),
             frozenset({"v:g", "v:l"})}
    monkeypatch.setattr(cluster, "link",
                        lambda a, b, settings=None: 0 if a.doc == b.doc else links.get(frozenset({a.id, b.id}), 0))
    monkeypatch.setattr(cluster, "compatible", lambda a, b, settings=None: frozenset({a.id, b.id}) not in apart)
    reports = [_act("v:h", "d:1", "2031-05-08", True), _act("v:g", "d:3", "2031-05-08", True),
               _act("v:l", "d:2", "2031-05-08"), _act("v:m", "d:2", "2031-05-08"), _act("v:r", "d:2", "2031-05-08")]
    assert set(cluster.fuse_reports(reports)) == {"v:h", "v:l", "v:g", "v:m"}
