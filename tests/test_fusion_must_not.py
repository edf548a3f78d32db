"""Reports of different events that meet the evidence of some fusion path and must never join (hand-made events,
invented persons, cities and wording): commissions of other pairs of countries signing protocols in one week; an
outcome told without its sides beside a dated agreement of other sides; one minister's visits to two countries in
one week; one ministry's protests to two embassies on one day; a company's or a university's agreement beside a
diplomatic one; a round planned beside the round held; two meetings with one person in common only."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pt-fm": "Руй Алвеш", "e:cl-fm": "Мануэль Рохас", "e:pe-fm": "Хорхе Кинтана",
             "e:uy-fm": "Диего Феррейра"},
    roles={"e:pt-fm": {("министр иностранных дел", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")},
           "e:pe-fm": {("министр иностранных дел", "e:iso-PE")},
           "e:uy-fm": {("министр иностранных дел", "e:iso-UY")}},
    country={"e:porto": "e:iso-PT", "e:valpo": "e:iso-CL", "e:cusco": "e:iso-PE", "e:salto": "e:iso-UY"},
    names={"e:porto": "Порту", "e:valpo": "Вальпараисо", "e:cusco": "Куско", "e:salto": "Сальто"})


def ev(id_, doc, date, parts, *, type_="CONSULT", mode="meet", place=None, rnd=None, text="",
       factuality="occurred", told="text", meetings=()):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": rnd,
            "mode": mode if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
            "meetings": list(meetings),
            "participants": [{"entity": e, "role": r} for e, r in
                             ((p, "participant") if isinstance(p, str) else p for p in parts)]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def agree(id_, doc, date, sides, text, **kw):
    return ev(id_, doc, date, [(s, "source") for s in sides], type_="AGREE", text=text, **kw)


PT_CL = ["e:iso-PT", "e:iso-CL"]
PE_UY = ["e:iso-PE", "e:iso-UY"]


# --- commissions of other pairs of countries signing protocols in one week

def test_two_commissions_of_other_pairs_signing_protocols_in_one_week_stay_apart():
    one = agree("v:a", "d:1", "2031-05-14", PT_CL,
                "По итогам заседания межправительственной комиссии стороны подписали протокол о торговле.")
    two = agree("v:b", "d:2", "2031-05-16", PE_UY,
                "По итогам заседания межправительственной комиссии стороны подписали протокол о торговле.")
    assert groups([one, two]) == set()
    assert groups([one, {**two, "date": "2031-05-14"}]) == set()
    assert groups([one, {**two, "date": "2031-05-17", "date_from": "document"}]) == set()


def test_two_sessions_of_commissions_of_other_pairs_in_one_week_stay_apart():
    text = "В {} завершилось заседание межправительственной комиссии по торговле и инвестициям."
    one = ev("v:a", "d:1", "2031-05-14", PT_CL, place="e:porto", rnd=5, text=text.format("Порту"))
    two = ev("v:b", "d:2", "2031-05-14", PE_UY, place="e:cusco", rnd=5, text=text.format("Куско"))
    assert groups([one, two]) == set()
    assert groups([one, {**two, "place": None}]) == set()


# --- an outcome told without its sides beside a dated agreement of other sides

def _their_meeting(doc, date, sides, place):
    return ev(f"m:{doc}", doc, date, sides, place=place,
              text="Министры провели переговоры в расширенном составе.")


def test_an_outcome_without_sides_takes_those_of_its_documents_meeting():
    dated = agree("v:a", "d:1", "2031-05-14", PT_CL, "Португалия и Чили подписали протокол о рыболовстве.")
    bare = agree("v:b", "d:2", "2031-05-14", [], "Стороны подписали протокол о рыболовстве.",
                 meetings=[_their_meeting("d:2", "2031-05-14", PE_UY, "e:cusco")])
    assert groups([dated, bare]) == set()
    agreed = agree("v:c", "d:3", "2031-05-14", [], "Стороны договорились о сотрудничестве в рыболовстве.",
                   meetings=[_their_meeting("d:3", "2031-05-14", PE_UY, "e:cusco")])
    assert groups([agree("v:a", "d:1", "2031-05-14", PT_CL,
                         "Португалия и Чили договорились о сотрудничестве в рыболовстве."), agreed]) == set()


def test_an_outcome_with_no_sides_and_no_meeting_joins_no_other_document():
    dated = agree("v:a", "d:1", "2031-05-14", PT_CL, "Португалия и Чили подписали протокол о рыболовстве.")
    for date in ("2031-05-14", None, "2031-05"):
        bare = agree("v:b", "d:2", date, [], "Стороны подписали протокол о рыболовстве.")
        assert groups([dated, bare]) == set(), date


def test_an_outcome_of_its_own_meeting_still_joins_its_telling_by_another_outlet():
    held = ev("m:1", "d:1", "2031-05-14", PT_CL, place="e:porto",
              text="Министры Португалии и Чили провели переговоры в Порту.")
    dated = agree("v:a", "d:1", "2031-05-14", PT_CL, "Португалия и Чили подписали протокол о рыболовстве.",
                  meetings=[held])
    bare = agree("v:b", "d:2", "2031-05-14", [], "Стороны подписали протокол о рыболовстве.",
                 meetings=[_their_meeting("d:2", "2031-05-14", PT_CL, "e:porto")])
    assert groups([dated, bare]) == {frozenset({"v:a", "v:b"})}


# --- one minister's visits to two countries in one week

def test_one_ministers_visits_to_two_countries_in_one_week_stay_apart():
    one = ev("v:a", "d:1", "2031-05-12", ["e:pt-fm", "e:iso-PT", "e:iso-CL"], mode="visit", place="e:valpo",
             text="Министр иностранных дел Португалии прибыл с визитом в Вальпараисо.")
    two = ev("v:b", "d:2", "2031-05-15", ["e:pt-fm", "e:iso-PT", "e:iso-PE"], mode="visit", place="e:cusco",
             text="Министр иностранных дел Португалии прибыл с визитом в Куско.")
    assert groups([one, two]) == set()
    assert groups([one, {**two, "date": "2031-05"}]) == set()
    assert groups([one, {**two, "date": None}]) == set()
    assert groups([one, {**two, "place": None}]) == set()


# --- one ministry's protests to two embassies on one day

def test_one_ministrys_protests_to_two_embassies_on_one_day_stay_apart():
    one = ev("v:a", "d:1", "2031-05-14", [("e:iso-PT", "source"), ("e:iso-CL", "target")], type_="PROTEST",
             text="МИД Португалии вызвал посла Чили, чтобы выразить протест из-за задержания судна.")
    two = ev("v:b", "d:2", "2031-05-14", [("e:iso-PT", "source"), ("e:iso-PE", "target")], type_="PROTEST",
             text="МИД Португалии вызвал посла Перу, чтобы выразить протест из-за задержания судна.")
    assert groups([one, two]) == set()
    assert groups([one, {**two, "date": "2031-05-14", "date_from": "document"}]) == set()


# --- a company's, a university's or a club's agreement beside a diplomatic one

def test_an_agreement_of_companies_or_universities_never_joins_one_of_states():
    dated = agree("v:a", "d:1", "2031-05-14", PT_CL, "Португалия и Чили подписали соглашение о сотрудничестве.")
    for i, text in enumerate(("Университет и компания подписали соглашение о сотрудничестве.",
                              "Два футбольных клуба подписали соглашение о сотрудничестве.",
                              "Стороны подписали соглашение о сотрудничестве, сообщила пресс-служба компании.")):
        for date in ("2031-05-14", None):
            noise = agree(f"v:n{i}", f"d:n{i}", date, [], text)
            assert groups([dated, noise]) == set(), (text, date)


# --- a round planned beside the round held

def test_a_planned_round_and_the_round_held_stay_apart():
    text = "В Порту прошел пятый раунд консультаций Португалии и Чили."
    held = ev("v:a", "d:1", "2031-05-14", PT_CL, place="e:porto", rnd=5, text=text)
    own = ev("m:2", "d:2", "2031-05-14", PT_CL, place="e:porto", rnd=5, text=text)
    nxt = "Следующий раунд консультаций Португалии и Чили пройдет в Порту."
    for date, told in ((None, "text"), ("2031-05-14", "document"), ("2031-09", "text")):
        planned = ev("v:b", "d:2", date, PT_CL, place="e:porto", factuality="planned", told=told, text=nxt,
                     meetings=[own])
        assert groups([held, planned]) == set(), date
    assert groups([held, ev("v:c", "d:3", "2031-05-14", PT_CL, place="e:porto", rnd=6, factuality="planned",
                            text=nxt)]) == set()


def test_the_next_meetings_told_after_sittings_of_other_series_stay_apart():
    one = ev("m:1", "d:1", "2031-05-14", PT_CL, place="e:porto", text="Комиссия завершила в Порту свою девятую сессию.")
    two = ev("m:2", "d:2", "2031-05-19", ["e:iso-PT", "e:iso-PE"], text="Министры провели очередной диалог.")
    a = ev("v:a", "d:1", "2032", ["e:iso-PT"], place="e:iso-PT", rnd=10, factuality="planned",
           text="Комиссия соберется в Португалии на свое очередное заседание в 2032 году.", meetings=[one])
    b = ev("v:b", "d:2", "2032", ["e:iso-PT"], place="e:porto", rnd=10, factuality="planned",
           text="Министры намерены встретиться в десятый раз в Порту в 2032 году.", meetings=[{**two, "participants": [
               {"entity": "e:iso-PT", "role": "participant"}]}])
    assert groups([a, b]) == set()


# --- one person in common only

def test_two_meetings_with_one_person_in_common_only_stay_apart():
    one = ev("v:a", "d:1", "2031-05-14", ["e:pt-fm", "e:cl-fm", "e:iso-PT", "e:iso-CL"], place="e:porto",
             text="Министры иностранных дел Португалии и Чили провели переговоры в Порту.")
    two = ev("v:b", "d:2", "2031-05-14", ["e:pt-fm", "e:uy-fm", "e:iso-PT", "e:iso-UY"], place="e:porto",
             text="Министры иностранных дел Португалии и Уругвая провели переговоры в Порту.")
    assert groups([one, two]) == set()
    assert groups([one, {**two, "date": "2031-05"}]) == set()
    assert groups([one, {**two, "date": None}]) == set()


# --- a report told with no side whose evidence names other countries

def test_a_report_without_sides_naming_other_countries_stays_apart():
    one = ev("v:a", "d:1", "2031-05-14", [("e:iso-PT", "source"), ("e:iso-CL", "target")], type_="PROTEST",
             text="МИД Португалии вызвал посла Чили, чтобы выразить протест из-за задержания рыболовного судна.")
    other = ev("v:b", "d:2", "2031-05-14", [], type_="PROTEST",
               text="Послу Перу заявлен протест в связи с задержанием рыболовного судна, сообщил МИД.")
    assert groups([one, other]) == set()
    signed = agree("v:a", "d:1", "2031-05-14", PT_CL, "Португалия и Чили подписали протокол о рыболовстве.")
    theirs = agree("v:b", "d:2", "2031-05-14", [], "Перу и Уругвай подписали протокол о рыболовстве.")
    assert groups([signed, theirs]) == set()
    held = ev("v:a", "d:1", "2031-05-14", PT_CL, place="e:porto",
              text="В Порту прошли консультации по вопросам рыболовства.")
    told = ev("v:b", "d:2", "2031-05-14", [], place="e:porto",
              text="В Порту прошли консультации Перу и Уругвая по вопросам рыболовства.")
    assert groups([held, told]) == set()


def test_a_report_without_sides_naming_the_same_countries_still_joins():
    one = ev("v:a", "d:1", "2031-05-14", [("e:iso-PT", "source"), ("e:iso-CL", "target")], type_="PROTEST",
             text="МИД Португалии вызвал посла Чили, чтобы выразить протест из-за задержания рыболовного судна.")
    other = ev("v:b", "d:2", "2031-05-14", [], type_="PROTEST",
               text="Послу Чили заявлен протест в связи с задержанием рыболовного судна, сообщил МИД.")
    assert groups([one, other]) == {frozenset({"v:a", "v:b"})}


def test_a_meeting_whose_words_name_only_its_hosts_country_still_joins():
    known = Known(persons=KNOWN.persons, roles=KNOWN.roles, country=KNOWN.country,
                  names={**KNOWN.names, "e:town": "Брага"})
    held = ev("v:a", "d:1", "2031-12-03", ["e:iso-PE", "e:pe-fm"], place="e:town", factuality="planned",
              text="Хорхе Кинтана намерен принять участие в совете министров организации, который заседает в Браге "
                   "2-3 декабря.")
    told = ev("v:b", "d:2", "2031-12", [], place="e:town", factuality="planned",
              text="Совет министров организации проведет в португальской Браге заседание в первых числах декабря.")
    assert grouped([held, told], known) == {frozenset({"v:a", "v:b"})}


def test_an_agreement_naming_only_the_venue_it_agreed_on_or_after_a_sitting_of_one_side_still_joins():
    signed = agree("v:a", "d:1", "2031-05-14", PT_CL,
                   "Португалия и Чили договорились в ходе телефонного разговора о встрече министров в Куско.")
    venue = {**agree("v:b", "d:2", "2031-05-14", [],
                     "Напомним, министры обеих стран во время телефонного разговора условились о встрече в Куско."),
             "place": "e:cusco"}
    assert groups([signed, venue]) == {frozenset({"v:a", "v:b"})}
    forum = ev("m:3", "d:3", "2031-05-14", ["e:iso-PE"], place="e:cusco", text="В Куско прошел форум.")
    after = agree("v:c", "d:3", "2031-05-14", [],
                  "Португалия и Чили договорились в ходе телефонного разговора о встрече министров в Куско.",
                  meetings=[forum])
    assert groups([signed, after]) == {frozenset({"v:a", "v:c"})}
