"""Fusion of one meeting told by outlets that name less of it (hand-made events, invented persons, cities and dates):
the host alone on the day of the talks in his city; the same two sides with one person in common on one day; an
undated report in the city of a dated one, of a side in common and somewhat alike; a place that only the document's
dateline gives, against the venue the other report's evidence names.  And their limits: two guests of one host,
another day, another city, too few words in common, two groups it fits alike, two undated reports, places that both
reports' evidence names."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:pt-pm": "Жоао Мендеш", "e:cl-fm": "Рауль Кинтана", "e:uy-fm": "Пабло Ортис",
             "e:pt-pm2": "Мендеш", "e:cl-fm2": "Кинтана", "e:pt-dep": "Ана Роша"},
    roles={"e:pt-pm": {("премьер-министр", "e:iso-PT")}, "e:pt-pm2": {("премьер-министр", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")}, "e:cl-fm2": {("министр иностранных дел", "e:iso-CL")},
           "e:uy-fm": {("министр иностранных дел", "e:iso-UY")},
           "e:pt-dep": {("заместитель министра иностранных дел", "e:iso-PT")}},
    country={"e:porto": "e:iso-PT", "e:braga": "e:iso-PT", "e:faro": "e:iso-PT"},
    names={"e:porto": "Порту", "e:braga": "Брага", "e:faro": "Фару"})


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


TALKS = "Премьер-министр Португалии Жоао Мендеш провел в Порту переговоры с министром иностранных дел Чили."
HOST = "Премьер-министр Португалии Жоао Мендеш провел в Порту переговоры с чилийской делегацией."


def test_the_host_alone_or_two_guests_of_one_host_stay_apart():
    """One person in common in one city on one day is not enough: a host receives several guests a day."""
    talks = ev("v:a", "d:1", "2031-05-14", ["e:pt-pm", "e:cl-fm", "e:iso-CL"], place="e:porto", text=TALKS)
    host = ev("v:b", "d:2", "2031-05-14", ["e:pt-pm2"], place="e:porto", text=HOST)
    other_guest = ev("v:c", "d:3", "2031-05-14", ["e:pt-pm2", "e:uy-fm"], place="e:porto",
                     text="Премьер-министр Португалии Жоао Мендеш провел в Порту переговоры с министром Уругвая.")
    for other in (host, other_guest):
        assert groups([talks, other]) == set(), other["id"]


SESSION = "Заседание португальско-чилийской комиссии под председательством Жоао Мендеша прошло в Фару."


def test_the_same_two_sides_with_one_person_in_common_on_one_day_are_one_meeting():
    held = ev("v:a", "d:1", "2031-05-14", ["e:pt-pm", "e:cl-fm", "e:iso-PT", "e:iso-CL"], place="e:faro",
              text=SESSION)
    told = ev("v:b", "d:2", "2031-05-15", ["e:pt-pm2", "e:pt-dep", "e:iso-CL"], told="document",
              text="Заседание португальско-чилийской комиссии под председательством Мендеша состоялось накануне.")
    assert groups([held, told]) == {frozenset({"v:a", "v:b"})}
    other_day = {**told, "date": "2031-05-20"}
    assert groups([held, other_day]) == set()


BORDER = "Пограничная комиссия Португалии и Чили собралась в Браге впервые за год, обсудив вопросы разграничения."
UNDATED = "Португалия и Чили по итогам заседания пограничной комиссии, прошедшего в Браге, подписали протокол."


def test_an_undated_report_in_the_city_of_a_dated_one_somewhat_alike_joins_it():
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT"], place="e:braga", text=BORDER)
    undated = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-CL"], place="e:braga", text=UNDATED)
    assert groups([held, undated]) == {frozenset({"v:a", "v:b"})}


def test_an_undated_report_elsewhere_unlike_twice_fitting_or_with_an_undated_one_stays_apart():
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT"], place="e:braga", text=BORDER)
    away = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-CL"], place="e:faro", text=UNDATED.replace("Браге", "Фару"))
    unlike = ev("v:c", "d:3", None, ["e:iso-PT", "e:iso-CL"], place="e:braga",
                text="Португалия и Чили провели в Браге переговоры о торговле.")
    other_side = ev("v:d", "d:4", None, ["e:iso-UY", "e:iso-CL"], place="e:braga", text=UNDATED)
    for other in (away, unlike, other_side):
        assert groups([held, other]) == set(), other["id"]
    later = ev("v:e", "d:5", "2032-03-02", ["e:iso-PT"], place="e:braga", text=BORDER)
    undated = ev("v:f", "d:6", None, ["e:iso-PT", "e:iso-CL"], place="e:braga", text=UNDATED)
    assert not any("v:f" in g for g in groups([held, later, undated]))  # it would bridge two sessions
    both_undated = ev("v:g", "d:7", None, ["e:iso-PT"], place="e:braga", text=BORDER)
    assert groups([both_undated, undated]) == set()


AT_POST = "Жоао Мендеш и Рауль Кинтана провели сегодня переговоры на пограничном пункте Вилар-Формозу."


def test_a_place_only_the_dateline_gives_yields_to_two_persons_on_one_day():
    venue = ev("v:a", "d:1", "2031-05-14", ["e:pt-pm", "e:cl-fm"], place="Вилар-Формозу", text=AT_POST)
    dateline = ev("v:b", "d:2", "2031-05-14", ["e:pt-pm2", "e:cl-fm2"], place="e:porto",
                  text="Мендеш и Кинтана встретились на границе и обсудили торговлю.")
    assert groups([venue, dateline]) == {frozenset({"v:a", "v:b"})}


def test_places_both_reports_name_or_another_day_keep_meetings_apart():
    venue = ev("v:a", "d:1", "2031-05-14", ["e:pt-pm", "e:cl-fm"], place="Вилар-Формозу", text=AT_POST)
    named = ev("v:b", "d:2", "2031-05-14", ["e:pt-pm2", "e:cl-fm2"], place="e:porto",
               text="Мендеш и Кинтана встретились в Порту и обсудили торговлю.")
    later = ev("v:c", "d:3", "2031-05-18", ["e:pt-pm2", "e:cl-fm2"], place="e:porto",
               text="Мендеш и Кинтана встретились на границе и обсудили торговлю.")
    assert groups([venue, named]) == set()
    assert groups([venue, later]) == set()


def test_a_womans_surname_in_the_mans_form_is_her_when_the_first_names_agree():
    from khronika.fusion.persons import Person, same_person, surname_key

    her = Person("e:1", "хакимова", "т", frozenset())
    assert same_person(her, Person("e:2", "хакимов", "т", frozenset()))
    assert not same_person(her, Person("e:3", "хакимов", "р", frozenset()))  # another first name: her husband
    assert not same_person(her, Person("e:4", "хакимов", "", frozenset()))  # no first name to tell
    assert surname_key("хакимова") == surname_key("хакимов") and surname_key("гарсиа") == "гарсиа"


def test_a_meeting_of_days_is_of_each_of_them():
    from khronika.fusion.span import span

    assert span("2031-05-13", "Во вторник и среду прошло заседание комиссии.") == ("2031-05-13", "2031-05-14")
    assert span("2031-05-14", "Во вторник и среду прошло заседание комиссии.") == ("2031-05-13", "2031-05-14")
    assert span("2031-05-15", "Во вторник и среду прошло заседание комиссии.") == ("2031-05-15", None)  # Thursday
    assert span("2031-05-14", "Сегодня завершилось двухдневное заседание.") == ("2031-05-13", "2031-05-14")
    assert span("2031-05-14", "Сегодня завершилось трехдневное заседание.") == ("2031-05-12", "2031-05-14")
    assert span("2031-05-14", "Сегодня открылось двухдневное заседание.") == ("2031-05-14", None)  # its end unknown
    assert span("2031-05-14", "Во вторник и в пятницу прошли встречи.") == ("2031-05-14", None)  # not in a row
    assert span("2031-05", "Во вторник и среду прошло заседание.") == ("2031-05", None)
    assert span("2031-05-14", "Переговоры прошли 13–14 мая в Фару.") == ("2031-05-13", "2031-05-14")
    assert span("2031-05-14", "Переговоры прошли 14–15 мая в Фару.") == ("2031-05-14", "2031-05-15")
    assert span("2031-05-14", "Переговоры прошли 11–12 мая в Фару.") == ("2031-05-14", None)


def test_a_report_that_fits_two_tellings_of_one_document_joins_the_fuller():
    first = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], rnd=9, text="Девятое заседание комиссии прошло.")
    again = ev("v:b", "d:1", "2031-05-14", ["e:iso-PT"], rnd=9, text="На девятом заседании комиссии стороны …")
    month = ev("v:c", "d:2", "2031-05", [], place="e:faro", rnd=9,
               text="В мае в Фару прошло девятое заседание комиссии.")
    assert groups([first, again, month]) == {frozenset({"v:a", "v:c"})}  # the telling with both sides
    assert groups([{**first, "id": "v:d"}, again, month]) == {frozenset({"v:d", "v:c"})}  # whatever its id
    named = ev("v:e", "d:1", "2031-05-14", ["e:pt-pm"], rnd=9, text="Мендеш открыл девятое заседание комиссии.")
    assert groups([first, named, month]) == {frozenset({"v:e", "v:c"})}  # a person told says more than a side
    other_doc = {**again, "doc": "d:3", "date": "2031-05-20"}  # two documents' reports it fits alike: it bridges none
    # (of another day: on the same day, the ninth session told with one side is that of the first, one event)
    assert not any("v:c" in g for g in groups([first, other_doc, month]))


def test_a_session_of_two_days_told_by_its_first_and_by_its_last_is_one():
    first = ev("v:a", "d:1", "2031-05-13", ["e:pt-pm", "e:cl-fm"], place="e:faro",
               text="Во вторник и среду Жоао Мендеш и Рауль Кинтана провели в Фару заседание комиссии.")
    last = ev("v:b", "d:2", "2031-05-14", ["e:pt-pm2", "e:cl-fm2"], place="e:faro",
              text="В Фару сегодня завершилось двухдневное заседание комиссии Мендеша и Кинтаны.")
    assert groups([first, last]) == {frozenset({"v:a", "v:b"})}
    one_day = {**first, "text": "Во вторник Жоао Мендеш и Рауль Кинтана провели в Фару заседание комиссии."}
    single = {**last, "text": "В Фару сегодня прошло заседание комиссии Мендеша и Кинтаны."}
    assert groups([one_day, single]) == set()


def test_outcomes_with_the_same_count_of_documents_signed_are_one():
    from khronika.fusion.outcome import documents_signed

    assert documents_signed("Стороны подписали 14 межправительственных соглашений.") == 14
    assert documents_signed("Подписан пакет из четырнадцати документов.") == 14
    assert documents_signed("Стороны подписали два документа.") is None  # too common to tell
    assert documents_signed("Протокол о знаках на 112 километрах границы.") is None
    signed = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], type_="AGREE",
                text="Португалия и Чили подписали в Фару 14 соглашений, в том числе о рыболовстве.")
    undated = ev("v:b", "d:2", None, [], type_="AGREE",
                 text="Стороны подписали четырнадцать документов о сотрудничестве.")
    other = ev("v:c", "d:3", None, [], type_="AGREE", text="Стороны подписали двенадцать документов о сотрудничестве.")
    later = ev("v:d", "d:4", "2031-06-20", [], type_="AGREE", text="Стороны подписали 14 документов.")
    assert groups([signed, undated]) == {frozenset({"v:a", "v:b"})}
    assert groups([signed, other]) == set()
    assert groups([signed, later]) == set()
    porto = ev("v:m1", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], place="e:porto", text="Переговоры в Порту.")
    braga = ev("v:m2", "d:2", "2031-05-14", ["e:iso-PT", "e:iso-UY"], place="e:braga", text="Переговоры в Браге.")
    after = [{**ev(i, d, "2031-05-14", [], type_="AGREE", text=t), "meetings": [m]}
             for i, d, m, t in (("v:e", "d:1", porto, "Стороны подписали 14 соглашений о торговле."),
                                ("v:f", "d:2", braga, "По итогам министры подписали четырнадцать документов."))]
    assert groups(after) == set()  # after two meetings that are not one


def test_a_count_of_documents_signed_told_with_its_actor_by_one_report_only_is_one():
    roles = {"e:iso-PT": "source", "e:iso-CL": "target"}
    named = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], type_="AGREE", roles=roles,
               text="Португалия и Чили подписали 9 соглашений об инвестициях.")
    bare = ev("v:b", "d:2", None, [], type_="AGREE", text="Подписано девять межведомственных документов.")
    assert groups([named, bare]) == {frozenset({"v:a", "v:b"})}
    third = ev("v:c", "d:3", None, ["e:iso-UY"], type_="AGREE", text="Подписано девять документов с Уругваем.")
    assert groups([named, third]) == set()  # a country of another pair
    actors = {**bare, "participants": [{"entity": "e:iso-UY", "role": "source"}]}
    assert groups([named, actors]) == set()  # another actor


def test_outcomes_of_one_meeting_whose_dateline_is_not_its_venue_are_one():
    held = ev("v:m1", "d:1", "2031-05-14", ["e:pt-pm", "e:cl-fm"], place="Вилар-Формозу", text=AT_POST)
    told = ev("v:m2", "d:2", "2031-05-14", ["e:pt-pm2", "e:cl-fm2"], place="e:porto",
              text="Мендеш и Кинтана встретились на границе и обсудили торговлю.")
    sign = "Стороны подписали протокол о пограничных знаках на участке границы."
    a = {**ev("v:a", "d:1", "2031-05-14", [], type_="AGREE", place="Вилар-Формозу",
              text=sign + " Протокол подписан в Вилар-Формозу."), "meetings": [held]}
    b = {**ev("v:b", "d:2", "2031-05-14", [], type_="AGREE", place="e:porto", text=sign), "meetings": [told]}
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}
    named = {**b, "text": sign + " Протокол подписан в Порту."}  # both name their places: two
    assert groups([a, named]) == set()


def test_the_planned_meeting_of_the_same_sides_undated_by_one_outlet_joins_it():
    pair = ["e:iso-PT", "e:iso-CL"]
    dated = ev("v:a", "d:1", "2031-12", pair, place="e:porto", factuality="planned",
               text="Заседание португальско-чилийского совета сотрудничества, намеченное на декабрь в Порту, "
                    "перенесено.")
    undated = ev("v:b", "d:2", None, pair, factuality="planned",
                 text="Лиссабон и Сантьяго перенесли заседание португальско-чилийского совета сотрудничества.")
    assert groups([dated, undated]) == {frozenset({"v:a", "v:b"})}
    other = {**undated, "text": "Стороны договорятся о визите министров в следующем году."}
    held = {**undated, "factuality": "occurred"}
    three = {**undated, "participants": undated["participants"] + [{"entity": "e:iso-UY", "role": "participant"}]}
    later = ev("v:c", "d:3", "2032-06", pair, factuality="planned", text=dated["text"].replace("декабрь", "июнь"))
    for x in (other, held, three):
        assert groups([dated, x]) == set(), x
    assert not any("v:b" in g for g in groups([dated, later, undated]))  # two planned sittings it fits alike
