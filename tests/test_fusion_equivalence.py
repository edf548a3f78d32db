"""Mechanisms of equivalence between outlets' reports of one event (hand-made events, invented countries' people):

* a sitting of days: an act its document dates to one day of a sitting it tells lasted two or three days (``в
  понедельник и вторник``, ``16–17 ноября``, ``завершилось двухдневное заседание``) may have been on any of them;
* one count written in figures or in words (``19``, ``девятнадцать``), the persons an act counts however worded
  (``человек``, ``физических лиц``), a country named in several words (``Боснии и Герцеговины``) as the country.
And their limits: a meeting of one day, days not in a row, an act whose own sentence tells its day, another count,
another month."""
from khronika.fusion import Known
from khronika.fusion.evidence import evidence_words
from khronika.fusion.span import in_range
from khronika.settings import DEFAULT

from .test_fusion import grouped

KNOWN = Known()
SIDES = ["e:iso-EC", "e:iso-BO"]


def ev(id_, doc, date, text, *, type_="AGREE", document=None, published="2031-03-12", people=SIDES, roles=None):
    roles = roles or {}
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": "text", "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": roles.get(p, "participant")} for p in people],
            "document": document or text, "published": published}


# 2031-03-10 is a Monday.
MON, TUE, WED = "2031-03-10", "2031-03-11", "2031-03-12"


def test_an_act_told_in_the_sentence_of_a_sitting_of_two_weekdays():
    told = "Эквадор и Боливия провели в понедельник и вторник в Ла-Пасе сессию комиссии, по итогам которой " \
           "министры подписали протокол о транзите."
    assert in_range(MON, told, told, WED) == (MON, TUE)
    nominal = "Итогом сессии, прошедшей в понедельник и вторник в Ла-Пасе, стало подписание протокола о транзите."
    assert in_range(MON, nominal, nominal, WED) == (MON, TUE)
    assert in_range(TUE, nominal, nominal, WED) == (MON, TUE)


def test_an_act_after_a_sentence_that_tells_the_sitting_of_days():
    doc = "Сессия комиссии прошла в Ла-Пасе в понедельник и во вторник. По итогам заседания министры подписали " \
          "протокол о транзите."
    assert in_range(MON, "По итогам заседания министры подписали протокол о транзите.", doc, WED) == (MON, TUE)
    ended = "В среду завершилось двухдневное заседание комиссии. Стороны договорились открыть новый пункт пропуска."
    assert in_range(WED, "Стороны договорились открыть новый пункт пропуска.", ended, WED) == (TUE, WED)
    lasted = "Переговоры, продолжавшиеся три дня, завершились в среду. Был подписан меморандум о транзите."
    assert in_range(WED, "Был подписан меморандум о транзите.", lasted, WED) == (MON, WED)


def test_no_sitting_of_days_no_range():
    one_day = "В понедельник в Ла-Пасе прошла сессия комиссии. Министры подписали протокол о транзите."
    assert in_range(MON, "Министры подписали протокол о транзите.", one_day, WED) == (MON, None)
    apart = "Делегации встречались в понедельник и четверг. Министры подписали протокол о транзите."
    assert in_range(MON, "Министры подписали протокол о транзите.", apart, WED) == (MON, None)
    own_day = "Во вторник министры подписали протокол о транзите."  # the act's own sentence tells its day
    doc = "Сессия прошла в понедельник и вторник. " + own_day
    assert in_range(TUE, own_day, doc, WED) == (TUE, None)


def test_one_signing_told_by_the_first_day_of_a_sitting_and_by_its_second():
    first = ev("v:a", "d:1", MON, "По итогам которой министры подписали протокол о транзите грузов.",
               document="Эквадор и Боливия в понедельник и вторник провели сессию комиссии, по итогам которой "
                        "министры подписали протокол о транзите грузов.")
    second = ev("v:b", "d:2", TUE, "Во вторник министры обеих стран подписали протокол о транзите грузов.")
    assert grouped([first, second], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_the_same_signing_a_day_off_without_a_sitting_of_days_or_a_month_later_stays_apart():
    first = ev("v:a", "d:1", MON, "Министры подписали протокол о транзите грузов.",
               document="В понедельник прошла сессия комиссии. Министры подписали протокол о транзите грузов.")
    second = ev("v:b", "d:2", TUE, "Во вторник министры обеих стран подписали протокол о транзите грузов.")
    later = ev("v:c", "d:3", "2031-04-08", "Во вторник министры обеих стран подписали протокол о транзите грузов.")
    assert grouped([first, second], KNOWN) == set()
    assert grouped([second, later], KNOWN) == set()


def words(text):
    return evidence_words(text, DEFAULT.fusion)


def test_a_count_in_figures_or_in_words_is_one_word():
    assert "num:19" in words("Власти Гондураса освободили девятнадцать никарагуанских рыбаков.") \
        & words("Объявлено об освобождении 19 граждан Никарагуа.")
    assert {"num:8", "num:5"} <= words("санкции против восьми судов и пяти компаний") \
        & words("санкции против 8 судов и 5 компаний")
    assert "num:12" in words("Подписаны двенадцать документов о сотрудничестве.")


def test_a_day_a_year_or_a_time_is_no_count():
    found = words("Стороны встретились 20 ноября 2031 года в 10:30 в Кито, 20.11.2031.")
    assert not {w for w in found if w.startswith("num:")}
    assert "num:2031" not in words("В 2031 году стороны договорились о транзите.")
    assert not {w for w in words("Министры встретились в формате «2+2» и «3+3».") if w.startswith("num:")}


def test_the_persons_an_act_counts_however_worded():
    assert "one_persons" in words("ввела санкции против трех физических лиц и двух компаний") \
        & words("ввело санкции против трех человек и двух компаний")
    assert "one_persons" not in words("Лицо компании представило новый продукт и новые услуги.") - {"one_persons"}


def test_a_short_nouns_forms_are_one_word():
    """A noun whose lemma is shorter than the crude stem is its lemma: its stem would hold its case ending."""
    assert {"мера", "нота"} <= words("Эквадор примет жесткие меры и направит ноту.") \
        & words("Кито пригрозил жесткими мерами, нота уже подписана.")
    assert words("Стороны обсудили меры доверия.") & words("Стороны обсудили мероприятия.") == {"сторо", "обсуд"}
    assert not words("Стороны договорились о встрече в 2032 году.") & words("Совет собрался в начале 2032 года.")
    assert not words("Эквадор вручил ноту послу Перу.") & words("В посольстве Эквадора нота не получена.") - {
        "нота", "iso:EC"}  # "послу" is not "посольстве"
    said = words("Москва заявила, что ответ будет адекватным.")
    done = words("Москва заявила, что ответ было решено дать.")
    assert not said & done - {"iso:RU", "заяви", "ответ"}  # "будет", "было": no noun, two words


def test_a_country_of_several_words_is_the_country():
    assert "iso:BA" in words("Правительство Боснии и Герцеговины ввело визы для граждан.")
    assert "iso:SS" in words("Делегация Южного Судана подписала протокол о транзите.")
    assert "iso:SD" not in words("Делегация Южного Судана подписала протокол о транзите.")
    assert "iso:PG" in words("Премьер Папуа — Новой Гвинеи подписал протокол о транзите.")


SOURCE = {"e:iso-HN": "source"}


def test_one_release_told_in_figures_and_in_words_fuses():
    words_ = ev("v:a", "d:1", MON, "Власти Гондураса в понедельник освободили девятнадцать никарагуанских рыбаков.",
                type_="CONCEDE", people=["e:iso-HN"], roles=SOURCE)
    figures = ev("v:b", "d:2", MON, "Гондурас объявил об освобождении 19 граждан Никарагуа, задержанных в море.",
                 type_="CONCEDE", people=["e:iso-HN"], roles=SOURCE)
    assert grouped([words_, figures], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_sanctions_counting_persons_otherwise_fuse_and_another_count_or_month_stays_apart():
    a = ev("v:a", "d:1", MON, "Гондурас ввел санкции против шести судов, трех компаний и четырех физических лиц.",
           type_="SANCTION", people=["e:iso-HN"], roles=SOURCE)
    b = ev("v:b", "d:2", MON, "Гондурас ввел санкции против 6 судов, 3 компаний и 4 человек.",
           type_="SANCTION", people=["e:iso-HN"], roles=SOURCE)
    assert grouped([a, b], KNOWN) == {frozenset({"v:a", "v:b"})}
    later = ev("v:c", "d:3", "2031-04-14", "Гондурас ввел санкции против 6 судов, 3 компаний и 4 человек.",
               type_="SANCTION", people=["e:iso-HN"], roles=SOURCE)
    assert grouped([a, later], KNOWN) == set()


def test_an_undated_agreement_that_names_no_state_joins_no_report():
    dated = ev("v:a", "d:1", MON, "Эквадор и Боливия условились обмениваться данными наблюдений за ледниками и о "
               "совместной экспедиции.")
    told = {**ev("v:c", "d:3", None, "Эквадор и Боливия условились обмениваться данными наблюдений за ледниками и о "
                 "совместной экспедиции."), "date_from": ""}
    assert grouped([dated, told], KNOWN) == {frozenset({"v:a", "v:c"})}  # an undated report of the sides joins
    for text in ("Стороны условились обмениваться данными наблюдений за ледниками и о совместной экспедиции.",
                 "Ученые двух институтов условились обмениваться данными наблюдений за ледниками и о совместной "
                 "экспедиции."):
        noise = {**ev("v:b", "d:2", None, text, people=[]), "date_from": ""}
        assert grouped([dated, noise], KNOWN) == set()
        assert grouped([told, noise], KNOWN) == set()


def planned(id_, doc, date, people, place, text, rnd=7):
    return {**ev(id_, doc, date, text, type_="CONSULT", people=people), "mode": "meet", "place": place,
            "round": rnd, "factuality": "planned"}


PLACES = Known(country={"e:sucre": "e:iso-BO", "e:quito": "e:iso-EC", "e:cali": "e:iso-CO"},
               names={"e:sucre": "Сукре", "e:quito": "Кито", "e:cali": "Кали", "e:iso-BO": "Боливия",
                      "e:iso-EC": "Эквадор", "e:iso-CO": "Колумбия"})


def test_the_next_numbered_session_told_in_a_city_and_in_the_country_it_lies_in():
    city = planned("v:a", "d:1", "2032", SIDES, "e:sucre",
                   "Седьмую сессию комиссии решено провести в Сукре в 2032 году.")
    country = planned("v:b", "d:2", None, ["e:iso-BO"], "e:iso-BO", "Седьмая сессия комиссии пройдет в Боливии.")
    assert grouped([city, country], PLACES) == {frozenset({"v:a", "v:b"})}


def test_next_sessions_of_another_round_another_country_or_two_formats_sharing_a_host_stay_apart():
    city = planned("v:a", "d:1", "2032", SIDES, "e:sucre",
                   "Седьмую сессию комиссии решено провести в Сукре в 2032 году.")
    other_round = planned("v:b", "d:2", None, ["e:iso-BO"], "e:iso-BO", "Восьмая сессия комиссии пройдет в Боливии.",
                          rnd=8)
    elsewhere = planned("v:c", "d:3", None, ["e:iso-EC"], "e:iso-EC", "Седьмая сессия комиссии пройдет в Эквадоре.")
    other_pair = planned("v:d", "d:4", None, ["e:iso-BO", "e:iso-CO"], "e:iso-BO",
                         "Седьмая сессия боливийско-колумбийской комиссии пройдет в Боливии.")
    for x in (other_round, elsewhere, other_pair):
        assert grouped([city, x], PLACES) == set()


def test_the_sources_own_country_is_no_target():
    known = Known(persons={"e:ec-fm": "Мануэль Кордеро"}, roles={"e:ec-fm": {("министр иностранных дел", "e:iso-EC")}})
    own = ev("v:a", "d:1", MON, "Глава эквадорской дипломатии Кордеро отверг идею арбитража, выдвинутую Боливией.",
             type_="REJECT", people=["e:ec-fm", "e:iso-EC"], roles={"e:ec-fm": "source"})
    named = ev("v:b", "d:2", MON, "Эквадор отверг предложение Боливии передать спор в международный арбитраж.",
               type_="REJECT", people=["e:iso-EC", "e:iso-BO"], roles={"e:iso-EC": "source", "e:iso-BO": "target"})
    assert grouped([own, named], known) == {frozenset({"v:a", "v:b"})}
    other = ev("v:c", "d:3", MON, "Эквадор отверг предложение Колумбии передать спор в международный арбитраж.",
               type_="REJECT", people=["e:iso-EC", "e:iso-CO"], roles={"e:iso-EC": "source", "e:iso-CO": "target"})
    assert grouped([named, other], known) == set()


def test_a_person_of_no_known_country_is_no_target_and_a_named_source_country_keeps_the_other():
    known = Known(persons={"e:ec-fm": "Мануэль Кордеро", "e:aide": "Луис Пардо"},
                  roles={"e:ec-fm": {("министр иностранных дел", "e:iso-EC")}})
    unknown = ev("v:a", "d:1", MON, "Министр Кордеро выразил обеспокоенность ростом миграции через границу, сообщил "
                 "Пардо.", type_="ACCUSE", people=["e:ec-fm", "e:aide"], roles={"e:ec-fm": "source"})
    named = ev("v:b", "d:2", MON, "Эквадор выразил обеспокоенность ростом миграции через границу с Боливией.",
               type_="ACCUSE", people=["e:iso-EC", "e:iso-BO"], roles={"e:iso-EC": "source", "e:iso-BO": "target"})
    assert grouped([unknown, named], known) == {frozenset({"v:a", "v:b"})}
