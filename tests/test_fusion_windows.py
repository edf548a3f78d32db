"""Fusion of reports whose dates are not days told by their own words (hand-made events, invented persons):
a report dated only by its document's date is of that day or a few days before; an undated report of its
document's day keeps its year-less dateline, one its own words leave undated (``на прошлой неделе``) does not;
a numbered round in one place; a meeting told without its sides; an act told by its target."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pt-fm": "Руй Алвеш", "e:cl-fm": "Мануэль Рохас", "e:pt-pm": "Жуан Кошта"},
    roles={"e:pt-fm": {("министр иностранных дел", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")},
           "e:pt-pm": {("премьер-министр", "e:iso-PT")}},
    country={"e:valpo": "e:iso-CL", "e:porto": "e:iso-PT"},
    names={"e:valpo": "Вальпараисо", "e:porto": "Порту"})

MINISTERS = ["e:pt-fm", "e:cl-fm"]


def ev(id_, doc, date, people, *, told="text", type_="CONSULT", place=None, rnd=None, text="", roles=None,
       factuality="occurred", dateline=None):
    roles = roles or {}
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": rnd,
            "mode": "meet" if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
            "dateline": dateline,
            "participants": [{"entity": p, "role": roles.get(p, "participant")} for p in people]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_a_document_dated_report_is_of_its_day_or_a_few_days_before():
    held = ev("v:a", "d:1", "2031-04-07", MINISTERS)
    digest = ev("v:b", "d:2", "2031-04-10", MINISTERS, told="document")  # a digest of the week, no date of its own
    assert groups([held, digest]) == {frozenset({"v:a", "v:b"})}
    late = ev("v:c", "d:3", "2031-04-12", MINISTERS, told="document")  # five days on: another meeting
    assert groups([held, late]) == set()
    said = ev("v:d", "d:4", "2031-04-10", MINISTERS)  # a day its own words tell is that day
    assert groups([held, said]) == set()


def test_two_meetings_of_the_same_ministers_a_week_apart_stay_two():
    first = ev("v:a", "d:1", "2031-04-03", MINISTERS, place="e:valpo")
    second = ev("v:b", "d:2", "2031-04-10", MINISTERS, place="e:porto")
    news = ev("v:c", "d:3", "2031-04-10", MINISTERS, told="document")  # the news of the day of the second
    late = ev("v:d", "d:4", "2031-04-06", MINISTERS, told="document")  # three days after the first: the first
    assert groups([first, second, news, late]) == {frozenset({"v:b", "v:c"}), frozenset({"v:a", "v:d"})}


def test_a_document_dated_report_between_two_meetings_joins_neither():
    first = ev("v:a", "d:1", "2031-04-07", MINISTERS, place="e:valpo")
    second = ev("v:b", "d:2", "2031-04-09", MINISTERS, place="e:porto")
    between = ev("v:c", "d:3", "2031-04-10", MINISTERS, told="document")  # fits both equally: bridges none
    assert groups([first, second, between]) == set()


def test_acts_dated_by_their_documents_on_two_days_fuse_only_much_alike():
    said = "Министерство иностранных дел Португалии осудило обстрел гуманитарного конвоя в провинции"
    a = ev("v:a", "d:1", "2031-05-01", ["e:iso-PT"], told="document", type_="ACCUSE", text=said,
           roles={"e:iso-PT": "source"})
    b = ev("v:b", "d:2", "2031-05-02", ["e:iso-PT"], told="document", type_="ACCUSE", roles={"e:iso-PT": "source"},
           text="Португалия осудила нападение на колонну беженцев у границы")  # somewhat alike
    assert groups([a, b]) == set()  # a condemnation of each day
    assert groups([a, {**b, "date": "2031-05-01"}]) == {frozenset({"v:a", "v:b"})}
    assert groups([a, {**b, "text": said}]) == {frozenset({"v:a", "v:b"})}  # one told by two outlets a day apart
    assert groups([a, {**b, "text": said, "date": "2031-05-06"}]) == set()


def test_a_year_less_dateline_dates_only_an_event_of_the_documents_day():
    held = ev("v:a", "d:1", "2031-04-03", MINISTERS)
    of_the_day = ev("v:b", "d:2", None, MINISTERS, told="document", dateline="04-10")
    assert groups([held, of_the_day]) == set()  # a week before the dateline: another meeting
    last_week = {**of_the_day, "date_from": "text"}  # "на прошлой неделе": undated by its own words
    assert groups([held, last_week]) == {frozenset({"v:a", "v:b"})}


def test_one_numbered_round_in_one_place_however_each_names_it():
    dated = ev("v:a", "d:1", "2031-06-18", ["e:iso-PT"], place="Лиссабон", rnd=41)
    undated = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-CL"], place="Лиссабон", rnd=41, told="document",
                 dateline="06-18")
    month = ev("v:c", "d:3", "2031-06", [], place="Лиссабон", rnd=41)
    assert groups([dated, undated, month]) == {frozenset({"v:a", "v:b", "v:c"})}
    assert groups([dated, {**month, "round": 42}]) == set()  # two rounds of one format never fuse
    assert groups([dated, {**month, "place": "Женева"}]) == set()
    planned = ev("v:d", "d:4", "2032", ["e:iso-PT"], place="Лиссабон", rnd=41, factuality="planned")
    assert groups([dated, planned]) == set()  # a planned round of another date


def test_a_meeting_told_without_its_sides_on_one_day_in_one_city():
    named = ev("v:a", "d:1", "2031-03-05", ["e:iso-PT", "e:iso-CL"], place="e:valpo",
               text="Представители Португалии и Чили провели в четверг в Вальпараисо встречу по рыболовству")
    unnamed = ev("v:b", "d:2", "2031-03-05", [], place="Вальпараисо",
                 text="Встреча представителей по рыболовству прошла в четверг в Вальпараисо")
    assert groups([named, unnamed]) == {frozenset({"v:a", "v:b"})}
    other = {**unnamed, "text": "В Вальпараисо прошла встреча выпускников морской академии"}
    assert groups([named, other]) == set()  # the evidence tells another meeting
    assert groups([named, {**unnamed, "place": "Сантьяго"}]) == set()


def test_a_protest_told_by_its_target():
    protest = ev("v:a", "d:1", None, ["e:iso-PT", "e:iso-CL"], type_="PROTEST", told="document", dateline="09-14",
                 roles={"e:iso-PT": "source", "e:iso-CL": "target"},
                 text="Португалия заявила решительный протест Чили в связи с задержанием рыболовного судна")
    rejected = ev("v:b", "d:2", "2031-09-14", ["e:iso-CL", "e:iso-PT"], type_="PROTEST",
                  text="Сантьяго отверг протест Лиссабона в связи с задержанием траулера")  # somewhat alike
    assert groups([protest, rejected]) == {frozenset({"v:a", "v:b"})}
    assert groups([protest, {**rejected, "date": "2031-09-20"}]) == set()  # another day
    third = {**rejected, "text": "Сантьяго отверг протест Буэнос-Айреса в связи с задержанием траулера",
             "participants": [{"entity": "e:iso-CL", "role": "participant"},
                                          {"entity": "e:iso-AR", "role": "participant"}]}
    assert groups([protest, third]) == set()  # another pair of countries


def test_an_act_told_without_its_actor_fuses_on_its_very_day_only():
    agreed = ev("v:a", "d:1", "2031-10-02", ["e:iso-PT"], type_="AGREE", told="document", roles={"e:iso-PT": "source"},
                text="Стороны договорились провести следующий раунд консультаций в марте будущего года в Порту")
    retold = ev("v:b", "d:2", "2031-10-02", ["e:iso-PT"], type_="AGREE", told="document",
                text="Следующий раунд консультаций договорились провести в марте в Порту")
    assert groups([agreed, retold]) == {frozenset({"v:a", "v:b"})}
    other = {**retold, "text": "Договорились открыть выставку рыболовных судов весной"}
    assert groups([agreed, other]) == set()
    assert groups([agreed, {**retold, "date": "2031-10-03"}]) == set()  # a day later: another outlet, or another act


def test_a_retaliation_told_days_later_without_its_actor_is_not_the_act_it_answers():
    expelled = ev("v:a", "d:1", "2031-05-13", ["e:iso-PT", "e:iso-CL"], type_="SANCTION",
                  roles={"e:iso-PT": "source", "e:iso-CL": "target"},
                  text="Во вторник Португалия выслала двух чилийских дипломатов")
    answer = ev("v:b", "d:2", "2031-05-16", ["e:iso-PT", "e:iso-CL"], type_="SANCTION", told="document",
                text="В Лиссабоне назвали ожидаемым решение Чили выслать двух португальских дипломатов")
    assert groups([expelled, answer]) == set()


def test_a_bare_numbered_round_of_a_digest_joins_the_one_round_of_its_days():
    held = ev("v:a", "d:1", "2031-06-18", ["e:iso-PT", "e:iso-CL"], place="Лиссабон", rnd=41)
    digest = ev("v:b", "d:2", "2031-06-20", [], rnd=41, told="document", text="Это уже 41-й раунд переговоров")
    assert groups([held, digest]) == {frozenset({"v:a", "v:b"})}
    assert groups([held, {**digest, "round": 42}]) == set()
    assert groups([held, {**digest, "date": "2031-06-25"}]) == set()
    other = ev("v:c", "d:3", "2031-06-19", ["e:iso-AR", "e:iso-UY"], place="Монтевидео", rnd=41)
    assert groups([held, other, digest]) == set()  # two 41st rounds in its days: it bridges neither


def test_an_act_without_its_actor_whose_country_is_the_others_actor_on_that_day():
    banned = ev("v:a", "d:1", "2031-02-07", ["e:iso-CL"], type_="SANCTION", roles={"e:iso-CL": "source"},
                text="Власти Чили в пятницу закрыли въезд ещё шести португальским чиновникам")
    retold = ev("v:b", "d:2", "2031-02-07", ["e:iso-CL"], type_="SANCTION",
                text="Напомним, накануне Чили внесла в список лиц, которым закрыт въезд, шесть чиновников")
    assert groups([banned, retold]) == {frozenset({"v:a", "v:b"})}
    assert groups([banned, {**retold, "date": "2031-02-08"}]) == set()
    other = {**retold, "participants": [{"entity": "e:iso-AR", "role": "participant"}]}
    assert groups([banned, other]) == set()


def test_an_act_told_without_its_actor_fuses_only_much_alike_or_naming_the_actor():
    item = ev("v:a", "d:1", "2031-04-07", [], type_="REQUEST",
              text="призвали соседние страны разморозить португальские активы")  # a statement's list item
    other = ev("v:b", "d:2", "2031-04-07", ["e:iso-CL", "e:iso-PT"], type_="REQUEST", roles={"e:iso-CL": "source"},
               text="Чилийская сторона также призвала португальские власти и другие страны сформировать правительство")
    assert groups([item, other]) == set()  # three words of six in common: another call
    short = ev("v:c", "d:3", "2031-04-07", [], type_="REQUEST", text="потребовали освободить экипаж судна")
    full = ev("v:d", "d:4", "2031-04-07", ["e:iso-CL", "e:iso-PT"], type_="REQUEST", roles={"e:iso-CL": "source"},
              text="Власти Чили потребовали немедленно освободить экипаж задержанного судна")
    assert groups([short, full]) == {frozenset({"v:c", "v:d"})}


def test_an_act_of_one_source_and_target_told_under_a_year_less_dateline_the_next_day():
    recalled = ev("v:a", "d:1", "2031-06-24", ["e:iso-PT", "e:iso-CL"], type_="SANCTION",
                  roles={"e:iso-PT": "source", "e:iso-CL": "target"},
                  text="Во вторник Португалия отозвала своего посла из Сантьяго для консультаций")
    told = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-CL"], type_="SANCTION", told="document", dateline="06-25",
              roles={"e:iso-PT": "source", "e:iso-CL": "target"},
              text="Португалия отозвала посла из Чили после инцидента с траулером")
    assert groups([recalled, told]) == {frozenset({"v:a", "v:b"})}
    answer = {**told, "participants": [{"entity": "e:iso-CL", "role": "source"},
                                       {"entity": "e:iso-PT", "role": "target"}]}
    assert groups([recalled, answer]) == set()  # the other side's recall in return
    late = {**told, "dateline": "07-02"}
    assert groups([recalled, late]) == set()  # a week on: another act
