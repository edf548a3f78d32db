"""Fusion of a host's reception whose guest one outlet tells by the country's adjective only (``принял эстонского
гостя``: no guest among its participants) or as the guest's meeting with the host (``провела встречу с президентом``),
hand-made events, invented persons and dates: one reception of one country's guest by one host on one day.  And its
limits: a guest of another country, another day, another host, a session rather than a meeting."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:host": "Мартин Эчеверрия", "e:host2": "Эчеверрия", "e:other": "Лусия Кастро",
             "e:guest": "Ану Раудсепп"},
    roles={"e:host": {("президент", "e:iso-CL")}, "e:host2": {("президент", "e:iso-CL")},
           "e:other": {("премьер-министр", "e:iso-CL")}, "e:guest": {("министр энергетики", "e:iso-EE")}})
HOST = {"e:host": "source", "e:host2": "source", "e:other": "source", "e:iso-CL": "source"}
FULL = "Вечером президент Чили Мартин Эчеверрия принял министра энергетики Эстонии Ану Раудсепп."


def reception(id_, doc, date, people, text):
    return ev(id_, doc, date, people, mode="host", text=text, roles=HOST)


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_a_guest_told_by_the_adjective_of_its_country_is_the_hosts_guest():
    told = reception("v:a", "d:1", "2031-06-11", ["e:host", "e:guest"], FULL)
    brief = reception("v:b", "d:2", "2031-06-11", ["e:host2"], "Эчеверрия принял эстонского гостя во дворце.")
    assert groups([told, brief]) == {frozenset({"v:a", "v:b"})}


def test_a_reception_told_as_the_guests_meeting_with_the_host_is_one():
    brief = reception("v:a", "d:1", "2031-06-11", ["e:host"], "Президент Мартин Эчеверрия принял эстонского министра.")
    guests = ev("v:b", "d:2", "2031-06-11", ["e:guest", "e:host2"],
                text="Министр энергетики Ану Раудсепп также провела встречу с президентом Эчеверрией.")
    assert groups([brief, guests]) == {frozenset({"v:a", "v:b"})}


def test_another_countrys_guest_another_day_another_host_or_a_session_stays_apart():
    told = reception("v:a", "d:1", "2031-06-11", ["e:host", "e:guest"], FULL)
    others = reception("v:b", "d:2", "2031-06-11", ["e:host2"], "Эчеверрия принял латвийского гостя.")
    later = reception("v:c", "d:3", "2031-06-13", ["e:host2"], "Эчеверрия принял эстонского гостя.")
    premier = reception("v:d", "d:4", "2031-06-11", ["e:other"], "Премьер Лусия Кастро приняла эстонского гостя.")
    for other in (others, later, premier):
        assert groups([told, other]) == set()
    brief = reception("v:e", "d:5", "2031-06-11", ["e:host"], "Президент Мартин Эчеверрия принял эстонского министра.")
    latvian = ev("v:f", "d:6", "2031-06-11", ["e:host2", "e:iso-LV"],
                 text="Президент Эчеверрия провел встречу с министром Латвии.")
    session = ev("v:g", "d:7", "2031-06-11", ["e:guest", "e:host2"], rnd=5,
                 text="Пятое заседание комиссии Эстонии и Чили провели министр Раудсепп и президент Эчеверрия.")
    for other in (latvian, session):
        assert groups([brief, other]) == set()


def test_a_guests_meeting_with_another_person_beside_his_session_is_another_meeting():
    kin = Known(persons={**KNOWN.persons, "e:fm": "Рауль Мена"},
                roles={**KNOWN.roles, "e:fm": {("министр иностранных дел", "e:iso-CL")}})
    session = ev("v:a", "d:1", "2031-06-11", ["e:guest", "e:fm"], rnd=7, place="Сантьяго",
                 text="В Сантьяго министры Раудсепп и Рауль Мена провели седьмое заседание комиссии Эстонии и Чили.")
    aside = ev("v:b", "d:2", "2031-06-11", ["e:guest", "e:other"], place="Сантьяго",
               text="В Сантьяго министр Ану Раудсепп также встретилась с премьер-министром Лусией Кастро.")
    told = ev("v:c", "d:3", "2031-06-11", ["e:guest", "e:fm"], rnd=7, place="Сантьяго",
              text="Седьмое заседание комиссии провели в Сантьяго Раудсепп и Мена.")
    assert grouped([session, aside, told], kin) == {frozenset({"v:a", "v:c"})}


def test_a_person_and_his_counterparts_side_on_one_day_is_one_meeting():
    kin = Known(persons={"e:fm": "Рауль Мена", "e:fm2": "Мена", "e:ee": "Ану Раудсепп", "e:lv": "Иварс Озолс"},
                roles={"e:fm": {("министр иностранных дел", "e:iso-CL")}, "e:ee": {("министр", "e:iso-EE")},
                       "e:lv": {("министр", "e:iso-LV")}})
    full = ev("v:a", "d:1", "2031-06-11", ["e:fm", "e:ee"], place="Брюссель",
              text="В Брюсселе министры Рауль Мена и Ану Раудсепп провели переговоры.")
    said = "Мена назвал встречу с {} делегацией полезной."
    brief = ev("v:b", "d:2", "2031-06-11", ["e:fm2", "e:iso-EE"], text=said.format("эстонской"))
    latvian = ev("v:c", "d:3", "2031-06-11", ["e:fm2", "e:iso-LV"], text=said.format("латвийской"))
    later = ev("v:d", "d:4", "2031-06-13", ["e:fm2", "e:iso-EE"], text=said.format("эстонской"))
    assert grouped([full, brief], kin) == {frozenset({"v:a", "v:b"})}
    for other in (latvian, later):
        assert grouped([full, other], kin) == set()


def test_a_reception_and_a_session_of_a_body_told_without_its_number_stay_apart():
    """``на заседании чилийско-эстонской межправкомиссии, которое прошло в четверг в Сантьяго`` (no number, no format
    of the gazetteer: a body of the general patterns) and the president's reception of the guest minister later that
    day, in one document: two meetings, and neither joins the other's group through a third report."""
    session = ev("v:a", "d:1", "2031-06-11", ["e:guest", "e:iso-CL", "e:iso-EE"], place="Сантьяго",
                 text="Договоренность достигнута на заседании чилийско-эстонской межправкомиссии, которое прошло в "
                      "четверг в Сантьяго.")
    received = reception("v:b", "d:1", "2031-06-11", ["e:host", "e:guest"], FULL)
    told = reception("v:c", "d:2", "2031-06-11", ["e:host2", "e:guest"],
                     "Президент Эчеверрия в четверг принял министра Раудсепп.")
    assert groups([session, received, told]) == {frozenset({"v:b", "v:c"})}
