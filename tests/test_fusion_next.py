"""The next meeting of a series, told after the meeting its document tells held (invented countries, persons and
cities): two reports of the next round of one series fuse, one of them telling neither its sides nor its date
(``Очередной раунд намечено провести в X``: it is the next round of the meeting told before it); the next rounds of
two series hosted by one city stay apart — another format, or another other side, is another event.  And the limits
that hold for any two reports: the same sides a month apart, two rounds of one series, agreements of one day on
other things."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pe-dm": "Хорхе Салинас", "e:ke-dm": "Дэвид Кипроно", "e:gh-dm": "Кофи Аппиа"},
    roles={"e:pe-dm": {("заместитель министра иностранных дел", "e:iso-PE")},
           "e:ke-dm": {("заместитель министра иностранных дел", "e:iso-KE")},
           "e:gh-dm": {("заместитель министра иностранных дел", "e:iso-GH")}},
    country={"e:lima": "e:iso-PE"}, names={"e:lima": "Лима"})

HOSTED = Known(persons={**KNOWN.persons, "e:ke-pres": "Сэмюэл Очиенг"},
               roles={**KNOWN.roles, "e:ke-pres": {("президент", "e:iso-KE")}}, country=KNOWN.country,
               names=KNOWN.names)

KENYA = ["e:iso-PE", "e:iso-KE"]
GHANA = ["e:iso-PE", "e:iso-GH"]


def ev(id_, doc, date, people, *, place="e:lima", rnd=None, fmt=None, text="", factuality="occurred",
       type_="CONSULT", told="text", after=None):
    event = {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": fmt, "round": rnd,
             "mode": "meet" if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
             "participants": [{"entity": p, "role": "participant"} for p in people]}
    return {**event, "meetings": after} if after is not None else event


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def held_kenya(id_, doc, text="Хорхе Салинас и Дэвид Кипроно провели в Лиме третий раунд политических консультаций."):
    return ev(id_, doc, "2031-06-04", KENYA + ["e:pe-dm", "e:ke-dm"], rnd=3, fmt="f:pe-ke-pol", text=text)


def held_ghana(id_, doc):
    return ev(id_, doc, "2031-06-18", GHANA + ["e:pe-dm", "e:gh-dm"], rnd=2, fmt="f:pe-gh-cons",
              text="Хорхе Салинас и Кофи Аппиа провели в Лиме второй раунд консульских консультаций.")


def test_the_next_round_told_by_two_reports_of_the_round_held_is_one():
    """One report tells the next round with its sides and year, the other only its city: it is the next round of the
    meeting its own document told held."""
    held, also = held_kenya("v:a", "d:1"), held_kenya("v:b", "d:2", "Перу и Кения провели в среду консультации в Лиме.")
    dated = ev("v:c", "d:1", "2032", KENYA, factuality="planned", rnd=4, after=[held],
               text="Стороны договорились провести следующий, четвертый раунд таких консультаций в Лиме в 2032 году.")
    bare = ev("v:d", "d:2", None, [], factuality="planned", after=[also],
              text="Очередной раунд консультаций намечено провести в Лиме.")
    assert groups([held, also, dated, bare]) == {frozenset({"v:a", "v:b"}), frozenset({"v:c", "v:d"})}


def test_the_next_summit_of_one_kind_told_undated_and_placeless_by_one_report_is_one():
    """One report tells the next summit with its city and year, the other only its host country, both after the
    summit their documents tell held and of its kind: the next one of that series."""
    held = ev("v:a", "d:1", "2031-06-04", KENYA + ["e:pe-dm", "e:ke-dm"], fmt="f:summit",
              text="Лидеры Перу и Кении провели в Лиме саммит.")
    also = ev("v:b", "d:2", "2031-06-04", KENYA + ["e:pe-dm", "e:ke-dm"], fmt="f:summit",
              text="В Лиме завершился саммит лидеров Перу и Кении.")
    dated = ev("v:c", "d:1", "2032", ["e:iso-KE"], fmt="f:summit", factuality="planned", after=[held],
               text="Следующий саммит пройдет в Найроби в 2032 году.")
    bare = ev("v:d", "d:2", None, ["e:iso-KE"], place=None, fmt="f:summit", factuality="planned", after=[also],
              text="Следующий саммит примет у себя Кения.")
    assert frozenset({"v:c", "v:d"}) in groups([held, also, dated, bare])
    other = {**bare, "format": "f:forum"}  # another kind of meeting planned: not that summit
    assert not any("v:d" in g for g in groups([held, also, dated, other]))
    undated = {**dated, "date": None}  # two undated plans: of any year
    assert not any("v:d" in g for g in groups([held, also, undated, bare]))


def test_a_visit_planned_after_the_round_held_is_not_the_next_round():
    """An invitation to visit the city next year, told after the round held, and the next round planned there that
    year by another outlet: a person's trip is not the next sitting of the series."""
    held, also = held_kenya("v:a", "d:1"), held_kenya("v:b", "d:2", "Перу и Кения провели в среду консультации в Лиме.")
    round_ = ev("v:c", "d:1", "2032", KENYA, factuality="planned", rnd=4, after=[held],
                text="Четвертый раунд пройдет в Лиме в 2032 году.")
    visit = {**ev("v:d", "d:2", "2032", KENYA, factuality="planned", after=[also],
                  text="Кенийскую сторону пригласили посетить Лиму в следующем 2032 году."), "mode": "visit"}
    assert not any("v:d" in g for g in groups([held, also, round_, visit]))
    both = {**round_, "mode": "visit"}  # two visits planned there that year, after one round: may be one
    assert frozenset({"v:c", "v:d"}) in groups([held, also, both, visit])


def test_next_rounds_of_two_series_hosted_by_one_city_stay_apart():
    """Another other side: the next round of Peru and Ghana is not that of Peru and Kenya, though both are planned in
    Lima and the report of the one tells neither sides nor date."""
    kenya, ghana = held_kenya("v:a", "d:1"), held_ghana("v:b", "d:2")
    dated = ev("v:c", "d:1", "2032", KENYA, factuality="planned", rnd=4, after=[kenya],
               text="Стороны договорились провести следующий, четвертый раунд таких консультаций в Лиме в 2032 году.")
    for text in ("Следующий раунд консультаций планируется провести в Лиме.",
                 "Очередную встречу стороны условились провести в Лиме.",
                 "Новый раунд консультаций пройдет в Лиме, сообщили в МИД.",
                 "Договорились провести следующие консультации в Лиме."):
        bare = ev("v:d", "d:2", None, [], factuality="planned", after=[ghana], text=text)
        assert groups([kenya, ghana, dated, bare]) == set(), text
    past = ev("v:e", "d:2", "2029-10", [], rnd=1, text="Первый раунд консультаций прошел в октябре 2029 года.")
    recalled = ev("v:d", "d:2", None, [], factuality="planned", after=[ghana, past],
                  text="Следующий раунд консультаций планируется провести в Лиме.")
    assert groups([kenya, ghana, dated, recalled]) == set()  # of the round held, not of the first one it recalls


def test_two_bare_plans_after_meetings_of_other_sides_may_still_be_one():
    """Both plans tell no sides: the sides of the meetings held before them may be misread (a digest naming the
    mediators), so they alone do not part two plans of one city that are much alike."""
    held = held_kenya("v:a", "d:1")
    mediated = ev("v:b", "d:2", "2031-06-04", ["e:iso-GH", "e:iso-NO"], rnd=3,
                  text="При посредничестве Ганы и Норвегии в Лиме прошел третий раунд переговоров.")
    first = ev("v:c", "d:1", "2032-01", [], factuality="planned", after=[held],
               text="Следующий раунд переговоров в Лиме стороны планируют провести в январе.")
    second = ev("v:d", "d:2", None, [], factuality="planned", after=[mediated],
                text="Следующий раунд переговоров планируют провести в Лиме.")
    assert frozenset({"v:c", "v:d"}) in groups([held, mediated, first, second])


def test_next_rounds_of_two_formats_of_one_pair_stay_apart():
    """Another format of the same two sides: the next consular consultations are not the next political ones."""
    political = held_kenya("v:a", "d:1")
    consular = ev("v:b", "d:2", "2031-06-18", KENYA + ["e:ke-dm"], rnd=2, fmt="f:pe-ke-cons",
                  text="Дэвид Кипроно провел в Лиме консульские консультации с перуанскими коллегами.")
    dated = ev("v:c", "d:1", "2032", KENYA, factuality="planned", after=[political],
               text="Стороны договорились провести следующий раунд консультаций в Лиме в 2032 году.")
    bare = ev("v:d", "d:2", None, [], factuality="planned", after=[consular],
              text="Следующий раунд консультаций пройдет в Лиме в будущем году.")
    assert groups([political, consular, dated, bare]) == set()


def test_a_plan_with_no_meeting_before_it_keeps_joining_the_one_group_it_fits():
    """A plan whose document tells no meeting held keeps its own (no) sides: it may join the one group it fits."""
    held = held_kenya("v:a", "d:1")
    dated = ev("v:c", "d:1", "2032", KENYA, factuality="planned", after=[held],
               text="Стороны договорились провести следующий раунд консультаций в Лиме в 2032 году.")
    alone = ev("v:d", "d:2", None, [], factuality="planned",
               text="Следующий раунд консультаций договорились провести в Лиме в 2032 году.")
    assert frozenset({"v:c", "v:d"}) in groups([held, dated, alone])


def test_the_same_sides_a_month_apart_or_two_rounds_stay_apart():
    june = held_kenya("v:a", "d:1")
    july = ev("v:b", "d:2", "2031-07-04", KENYA + ["e:pe-dm", "e:ke-dm"], fmt="f:pe-ke-pol",
              text="Хорхе Салинас и Дэвид Кипроно провели в Лиме политические консультации.")
    fourth = ev("v:c", "d:3", "2031-06", KENYA, rnd=4, fmt="f:pe-ke-pol",
                text="В Лиме прошел четвертый раунд политических консультаций Перу и Кении.")
    assert groups([june, july]) == set()
    assert groups([june, fourth]) == set()


def test_agreements_of_one_day_on_other_things_stay_apart():
    def agree(id_, doc, text, verb="подписали"):
        return {**ev(id_, doc, "2031-06-04", KENYA, type_="AGREE", text=text), "trigger": verb}

    fish = agree("v:a", "d:1", "Перу и Кения подписали соглашение о сотрудничестве в области рыболовства.")
    air = agree("v:b", "d:2", "Перу и Кения подписали соглашение о воздушном сообщении.")
    school = agree("v:c", "d:3", "Министры подписали договор о сотрудничестве в сфере образования.")
    health = agree("v:d", "d:4", "Был подписан договор о взаимной помощи по вопросам здравоохранения.", "подписан")
    assert groups([fish, air]) == set()
    assert groups([school, health]) == set()
    border = agree("v:f", "d:6", "Стороны подписали протокол по демаркации участка границы.")
    marks = agree("v:g", "d:7", "Подписан протокол об установке пограничных знаков.", "Подписан")
    assert groups([border, marks]) == {frozenset({"v:f", "v:g"})}  # a form: one protocol, what it does reworded
    again = agree("v:e", "d:5", "Перу и Кения подписали в Лиме соглашение о рыболовстве.")
    assert groups([fish, again]) == {frozenset({"v:a", "v:e"})}  # one paper, told in other words


# A retelling dated to its week or month only (``на прошлой неделе``) of a meeting another outlet dates
# to its day: one person in common, and the counterpart in common (two sides, or the one side it tells, not one the
# person holds an office of).
DAY = "Хорхе Салинас и Дэвид Кипроно провели 4 июня в Найроби политические консультации."


def dated_kenya(id_="v:a", doc="d:1", text=DAY, date="2031-06-04"):
    return ev(id_, doc, date, KENYA + ["e:pe-dm", "e:ke-dm"], place="Найроби", text=text)


def retold(id_, doc, date, people, text, place=None):
    return ev(id_, doc, date, people, place=place, text=text)


def test_a_retelling_of_the_week_or_month_with_a_person_and_the_counterpart_in_common_joins():
    for date, people, text in (
            ("2031-06", KENYA + ["e:pe-dm"], "На прошлой неделе замминистра Хорхе Салинас провел консультации с "
                                            "кенийскими партнерами."),
            ("2031-06", KENYA + ["e:pe-dm", "e:iso-GH"], "Салинас на минувшей неделе обсудил с Кенией торговлю, "
                                                          "а затем посетил Гану."),
            ("2031-06", ["e:iso-KE", "e:pe-dm"], "Как рассказал Салинас, переговоры с кенийской стороной в начале "
                                                 "месяца были трудными."),
            ("2031-06", KENYA + ["e:ke-dm"], "Кипроно в начале месяца принимал перуанскую делегацию."),
            ("2031-06", ["e:pe-dm", "e:iso-KE"], "Визит Салинаса в Кению, состоявшийся на днях, дал результаты.")):
        digest = retold("v:b", "d:2", date, people, text)
        assert groups([dated_kenya(), digest]) == {frozenset({"v:a", "v:b"})}, text


def test_a_retelling_that_shares_only_the_persons_own_country_or_a_day_apart_stays_apart():
    host = ev("v:a", "d:1", "2031-06-04", ["e:iso-KE", "e:ke-dm", "e:iso-GH", "e:gh-dm"], place="Найроби",
              text="Дэвид Кипроно принял в Найроби Кофи Аппиа.")
    own = retold("v:b", "d:2", "2031-06", ["e:iso-KE", "e:ke-dm"], "Кипроно на прошлой неделе провел ряд встреч.")
    assert groups([host, own]) == set()  # the host's own country: whom he received, it does not say
    other = retold("v:c", "d:3", "2031-06", GHANA + ["e:pe-dm"], "На прошлой неделе Салинас провел консультации с "
                                                                  "ганскими партнерами.")
    assert groups([dated_kenya(), other]) == set()  # another counterpart
    may = retold("v:d", "d:4", "2031-05", KENYA + ["e:pe-dm"], "В мае Салинас провел консультации с Кенией.")
    assert groups([dated_kenya(), may]) == set()  # another month
    undated = retold("v:f", "d:6", None, ["e:iso-KE", "e:pe-dm"], "Салинас однажды назвал переговоры с кенийской "
                                                                    "стороной трудными.")
    assert groups([dated_kenya(), undated]) == set()  # of any year: its words must be much alike
    july = dated_kenya("v:e", "d:5", "Салинас и Кипроно провели 2 июля новые консультации.", "2031-07-02")
    assert groups([dated_kenya(), july]) == set()  # both dated, a month apart


def test_a_retelling_that_fits_two_meetings_of_its_month_joins_neither():
    first, second = dated_kenya(), dated_kenya("v:c", "d:3", "Салинас и Кипроно вновь встретились 20 июня.",
                                               "2031-06-20")
    digest = retold("v:b", "d:2", "2031-06", KENYA + ["e:pe-dm"], "В июне Салинас провел консультации с Кенией.")
    assert not any("v:b" in g for g in groups([first, second, digest]))


def test_a_retelling_joins_the_talks_of_its_day_not_the_reception_the_host_gave():
    talks = {**dated_kenya(), "round": 3, "format": "f:pe-ke-pol"}  # a session the host does not sit in
    received = {**ev("v:c", "d:3", "2031-06-04", KENYA + ["e:pe-dm", "e:ke-pres"], place="Найроби",
                     text="Президент Кении Сэмюэл Очиенг принял в Найроби Хорхе Салинаса."), "mode": "host"}
    digest = retold("v:b", "d:2", "2031-06", KENYA + ["e:pe-dm"], "На прошлой неделе Салинас провел консультации с "
                                                                   "кенийскими коллегами.")
    assert frozenset({"v:a", "v:b"}) in grouped([talks, received, digest], HOSTED)


# An act other than a meeting retold by its week or month (``на прошлой неделе``), by the same actor to the same
# target, somewhat alike: it joins the act of a day of that month (the one group it fits).
ACTORS = Known(persons={}, roles={}, country={"e:no-gov": "e:iso-NO", "e:no-mfa": "e:iso-NO", "e:by-mfa": "e:iso-BY"},
               names={"e:no-gov": "правительство Норвегии", "e:no-mfa": "МИД Норвегии", "e:by-mfa": "МИД Беларуси"})


def act(id_, doc, date, type_, text, source="e:iso-NO", target="e:iso-BY"):
    return {**ev(id_, doc, date, [source, target], type_=type_, text=text),
            "participants": [{"entity": source, "role": "source"}, {"entity": target, "role": "target"}]}


def test_an_act_retold_by_its_week_or_month_joins_the_act_of_its_day():
    for type_, dated, retold_ in (
            ("SANCTION", "Правительство Норвегии 12 мая расширило санкционный перечень в отношении Беларуси, "
                         "включив в него двадцать компаний оборонного сектора и пятерых чиновников министерства "
                         "промышленности.",
             "На прошлой неделе Норвегия расширила санкционный перечень против Беларуси, а Минск ответил запретом на "
             "въезд для депутатов стортинга."),
            ("SANCTION", "Норвегия 12 мая объявила двух сотрудников белорусского посольства персонами нон грата за "
                         "деятельность, несовместимую с их статусом, и дала им неделю на отъезд.",
             "В начале месяца Осло выслал двух белорусских дипломатов, сотрудников посольства, и Минск "
             "обещал зеркальный ответ."),
            ("PROTEST", "МИД Норвегии 12 мая заявил протест временному поверенному Беларуси в связи с задержанием "
                        "рыболовного судна и потребовал немедленно освободить экипаж и вернуть улов.",
             "На минувшей неделе Осло заявил Минску протест из-за задержания судна, но белорусская сторона "
             "ответила, что экипаж нарушил правила лова."),
            ("ACCUSE", "Норвегия 12 мая обвинила Беларусь во вмешательстве в работу норвежских журналистов, "
                       "аккредитованных в Минске, и пригрозила ответными мерами.",
             "На прошлой неделе норвежская сторона обвинила Минск во вмешательстве в работу журналистов, что "
             "белорусский МИД счел провокацией перед выборами.")):
        day = act("v:a", "d:1", "2031-05-12", type_, dated)
        week = act("v:b", "d:2", "2031-05", type_, retold_)
        assert groups_of([day, week]) == {frozenset({"v:a", "v:b"})}, retold_


def test_an_act_retold_by_its_month_stays_apart_from_other_acts():
    day = act("v:a", "d:1", "2031-05-12", "SANCTION", "Правительство Норвегии 12 мая расширило санкционный "
                                                      "перечень в отношении Беларуси, добавив двадцать компаний.")
    mirror = act("v:b", "d:2", "2031-05", "SANCTION", "На прошлой неделе Беларусь расширила санкционный перечень "
                                                      "против Норвегии на двадцать компаний.",
                 source="e:iso-BY", target="e:iso-NO")
    other_target = act("v:c", "d:3", "2031-05", "SANCTION", "На прошлой неделе Норвегия расширила санкционный "
                                                            "перечень против Ирана на двадцать компаний.",
                       target="e:iso-IR")
    unlike = act("v:d", "d:4", "2031-05", "SANCTION", "В мае Норвегия ввела пошлины на белорусский калий.")
    april = act("v:e", "d:5", "2031-04", "SANCTION", "В апреле Норвегия расширила санкционный перечень против "
                                                     "Беларуси на двадцать компаний.")
    for other in (mirror, other_target, unlike, april):
        assert groups_of([day, other]) == set(), other["text"]
    again = act("v:f", "d:6", "2031-05-26", "SANCTION", "Правительство Норвегии 26 мая вновь расширило санкционный "
                                                        "перечень в отношении Беларуси, добавив двадцать компаний.")
    week = act("v:b", "d:2", "2031-05", "SANCTION", "В мае Норвегия расширила санкционный перечень против "
                                                    "Беларуси на двадцать компаний.")
    assert not any("v:b" in g for g in groups_of([day, again, week]))  # two of that month: it joins neither


def groups_of(events) -> set[frozenset]:
    return grouped(events, ACTORS)
