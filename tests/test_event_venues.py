"""Event places and days on news written for these tests (invented places, sides and days): a venue named with its
kind (``в перуанском городе X``), a capital the entities stage takes for its country, an outcome told after its
meeting, a dateline that names where the report was written, ``Тогда`` and ``накануне`` of a day told before."""
import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes

pytestmark = pytest.mark.slow

PUBLISHED = "2031-03-21"  # a Friday


@pytest.fixture(scope="module")
def run(read_news):
    def go(text, published=PUBLISHED):
        doc = read_news(text, published)
        names = {e.id: e.name for e in doc.entities}
        return [(e, names.get(e.place, e.place)) for e in doc.events]
    return go


def of_type(evs, type_):
    return [(e, place) for e, place in evs if e.type == type_]


@pytest.mark.parametrize("where", ["в перуанском городе Пиура", "в районе города Пиура", "в перуанской Пиуре"])
def test_a_venue_named_with_its_kind_is_the_place(run, where):
    ((_, place),) = of_type(run(f"Министры иностранных дел Чили и Эквадора провели переговоры {where}."), "CONSULT")
    assert place == "Пиура"


def test_a_capital_taken_for_its_government_is_the_city_where_it_names_a_place(run):
    evs = of_type(run("Очередная сессия комиссии Перу и Чили пройдет в городе Кито весной 2032 года."), "CONSULT")
    assert [place for _, place in evs] == ["Кито"]


def test_an_outcome_told_after_its_meeting_took_place_there(run):
    evs = run("Президенты Перу и Чили в четверг провели в Лиме шестое заседание Совета по торговому "
              "партнерству. Стороны подписали 15 соглашений.")
    ((agree, place),) = of_type(evs, "AGREE")
    assert place == "Лима" and agree.date == PartialDate(2031, 3, 20)


def test_an_outcome_of_talks_is_not_placed_at_an_earlier_session(run):
    evs = run("Президенты Перу и Чили провели в воскресенье в Пиуре второе заседание Совета. Первая сессия совета "
              "прошла 6 мая 2029 года в Кито. По итогам встречи президенты подписали 12 соглашений.",
              published=None)
    assert all(place is None or place.startswith("Пиур") for _, place in of_type(evs, "AGREE"))


def test_a_protocol_of_a_session_is_signed_where_the_session_was_held(run):
    evs = run("ЛИМА, 21 марта. Вчера в Пиуре состоялась 13-я сессия межправкомиссии Перу и Чили. На сессии "
              "присутствовали члены обеих делегаций. Стороны обсудили вопросы торговли и подписали протокол сессии.")
    assert [place[:4] for _, place in of_type(evs, "AGREE")] == ["Пиур"]


def test_a_meeting_told_again_is_where_the_text_placed_it_not_at_the_dateline(run):
    evs = run("ЛИМА, 21 марта. В перуанском городе Пиура сегодня завершилось двухдневное заседание совместной "
              "комиссии Перу и Чили по демаркации границы. Это уже шестая сессия "
              "комиссии за десять лет.")
    assert {place for _, place in of_type(evs, "CONSULT")} == {"Пиура"}


def test_then_dates_by_the_time_told_before(run):
    evs = run("Министры иностранных дел Перу и Чили в конце февраля провели переговоры в Пиуре. Тогда они "
              "договорились открыть консульства в приграничных городах.")
    ((agree, _),) = of_type(evs, "AGREE")
    assert agree.date == PartialDate(2031, 2)


def test_then_without_a_time_told_before_takes_no_date(run):
    ((agree, _),) = of_type(run("Тогда стороны договорились сократить сроки выдачи виз дипломатам."), "AGREE")
    assert agree.date == PartialDate()


def test_the_eve_of_a_day_told_in_the_sentence():
    (thursday, eve) = find_timexes("Президент в четверг принял министра, вернувшегося из Кито, где накануне прошел "
                                   "третий раунд переговоров.", PartialDate(2031, 3, 21))
    assert thursday.date == PartialDate(2031, 3, 20) and eve.date == PartialDate(2031, 3, 19)


@pytest.mark.parametrize("text", ["Текст утвердили накануне на третьей сессии рабочей группы.",
                                  "Накануне она заявила о протесте.",
                                  "Документ был подписан накануне министрами иностранных дел."])
def test_a_bare_eve_is_the_day_before(text):
    assert [x.date for x in find_timexes(text, PartialDate(2031, 3, 21))] == [PartialDate(2031, 3, 20)]


def test_the_eve_of_an_event_is_no_date():
    assert find_timexes("Накануне визита министра стороны обменялись нотами.", PartialDate(2031, 3, 21)) == []


@pytest.mark.parametrize("text, capital", [
    ("Посла Чили в Перу вызвали в пятницу в министерство иностранных дел Перу, где ему заявили решительный "
     "протест.", "Лима"),
    ("Министерство иностранных дел Эквадора вручило ноту протеста послу Перу, вызванному сегодня в МИД.", "Кито"),
    ("Как сообщили в МИД Чили, посла Перу пригласили в министерство и вручили ему ноту.", "Сантьяго"),
])
def test_a_protest_is_lodged_in_the_capital_of_the_ministry_that_lodges_it(run, text, capital):
    assert [place for _, place in of_type(run(text), "PROTEST")] == [capital]


def test_a_protest_of_a_country_with_no_ministry_named_stays_unplaced(run):
    assert [place for _, place in of_type(run("Эквадор заявил протест Перу в связи с учениями."), "PROTEST")] \
        == [None]


def test_a_charge_daffaires_of_a_country_does_not_place_the_event_there(run):
    evs = run("Поверенного в делах Чили Хуана Переса вызвали в пятницу в министерство, где ему заявили "
              "протест.")
    assert all(place != "Чили" for _, place in of_type(evs, "PROTEST"))


def test_a_protest_told_by_a_ministry_that_rejects_it_is_not_placed_at_that_ministry(run):
    evs = run("Пресс-секретарь МИД Перу позже сообщила журналистам, что Перу отвергает протест Чили.")
    assert all(place != "Лима" for _, place in of_type(evs, "PROTEST"))


@pytest.mark.parametrize("text", ["Президенты Перу и Чили подписали в пятницу в Лиме совместное заявление.",
                                  "Министры Перу, Чили и Эквадора в Лиме договорились о совместной инициативе."])
def test_an_agreement_is_placed_by_a_city_of_its_own_verb(run, text):
    assert [place for _, place in of_type(run(text), "AGREE")] == ["Лима"]


def test_an_agreement_is_not_placed_where_what_was_agreed_will_be(run):
    evs = run("Министры Перу и Чили договорились о проведении следующей встречи в Лиме.")
    assert all(place is None for _, place in of_type(evs, "AGREE"))


def test_a_meeting_put_off_is_dated_by_the_date_it_is_put_off_to(run):
    evs = run("Сессия перуанско-чилийского Совета партнерства высшего уровня, которую планировалось провести в "
              "декабре в Лиме, переносится на первый квартал 2032 года.")
    got = [(meeting.factuality, meeting.date) for meeting, _ in of_type(evs, "CONSULT")]
    assert got[0] == ("planned", PartialDate(2032)) and [f for f, _ in got[1:]] == ["negated"], got  # not in December


def test_a_day_told_before_the_trigger_in_its_clause_is_its_own(run):
    evs = run("Лима ответила тем же: в среду послу Эквадора вручили ноту протеста, эквадорского "
              "атташе высылают.", published="2031-03-22")
    assert [e.date for e, _ in of_type(evs, "PROTEST")] == [PartialDate(2031, 3, 19)]


def test_a_day_of_another_clause_joined_by_a_conjunction_stays_its_own(run):
    evs = run("В среду МИД Перу заявил протест, а в четверг выслал дипломата Чили.", published="2031-03-22")
    assert [e.date for e, _ in of_type(evs, "SANCTION")] == [PartialDate(2031, 3, 20)]


def test_talks_on_the_sidelines_of_a_meeting_told_with_an_adjective_are_where_and_when_it_was(run):
    evs = run("Встреча министров иностранных дел стран Андского сообщества в Лиме завершилась во вторник. На полях "
              "министерской встречи министр Перу провел переговоры с чилийским коллегой.", published="2031-03-20")
    talks = [(e.date, place) for e, place in of_type(evs, "CONSULT") if e.start > 0]
    assert talks == [(PartialDate(2031, 3, 18), "Лима")]


@pytest.mark.parametrize("text, city", [
    ("На минувшей неделе Лима приняла межправительственные консультации Перу и Чили.", "Лима"),
    ("Эль-Кувейт принял девятую министерскую встречу ССАГПЗ и Перу.", "Эль-Кувейт"),
])
def test_a_city_that_hosts_a_meeting_is_its_place(run, text, city):
    assert [place for _, place in of_type(run(text), "CONSULT")] == [city]


def test_a_person_who_receives_a_guest_places_nothing(run):
    assert [place for _, place in of_type(run("Глава МИД Перу принял посла Чили."), "CONSULT")] == [None]


@pytest.mark.parametrize("text, capital", [
    ("Министерство иностранных дел Эквадора во вторник объявило атташе посольства Перу персоной нон грата.",
     "Кито"),  # the expelling state's ministry (no source read)
    ("Чили выслала двух сотрудников перуанского посольства.", "Сантьяго"),  # the one state among the sources
    ("МИД Перу вызвал посла Боливии и сообщил ему, что советник посольства объявлен персоной нон грата.", "Лима"),
])
def test_an_expulsion_takes_place_in_the_capital_of_the_expelling_state(run, text, capital):
    assert [place for _, place in of_type(run(text), "SANCTION")] == [capital]


def test_an_expulsion_told_by_a_ministry_named_without_its_country_stays_unplaced(run):
    evs = run("Министерство иностранных дел в понедельник пригласило посла Чили и уведомило его, что двое "
              "сотрудников посольства объявлены персонами нон грата.")
    assert [place for _, place in of_type(evs, "SANCTION")] == [None]


def test_sanctions_other_than_an_expulsion_stay_unplaced(run):
    assert [place for _, place in of_type(run("Чили ввела санкции против трех перуанских компаний."), "SANCTION")] \
        == [None]


def test_an_answer_to_an_expulsion_is_not_placed_at_the_embassy_of_the_act_it_answers(run):
    evs = run("На прошлой неделе мы сообщили о нашем ответе на высылку сотрудника посольства Перу в Сантьяго, заявил "
              "министр иностранных дел Перу Луис Гомес.")
    assert all(place != "Сантьяго" for _, place in of_type(evs, "SANCTION"))


def test_an_expulsion_of_two_states_against_each_other_is_placed_by_neither(run):
    evs = of_type(run("Перу и Боливия обменялись высылками дипломатов."), "SANCTION")
    assert all(place is None for _, place in evs)
