"""What carries over from one clause or sentence to the next, on news written for these tests (invented places, days
and people): a day told before dates what follows without a day of its own (a headline's act retold in the body, the
sentence before, a meeting's participial clause, the words quoted, ``накануне``), a cancelled visit is dated by its
announcement, a negated acceptance of a demand is a refusal; names and bylines of real pages."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-17"  # a Friday


@pytest.fixture(scope="module")
def doc(read_news):
    def go(text, published=PUBLISHED):
        return read_news(text, published)
    return go


def of_type(d, type_):
    return [e for e in d.events if e.type == type_]


def test_a_headlines_act_told_again_in_a_meetings_clause_takes_the_meetings_day(doc):
    d = doc("Чили и Перу согласовали план по рыболовству\n\nЛИМА, 17 мая. Министры иностранных дел Чили и Перу в "
            "понедельник провели в Лиме встречу, на которой согласовали план по рыболовству.")
    assert [e.date for e in of_type(d, "AGREE")] == [PartialDate(2024, 5, 13)]


def test_the_day_of_a_sentence_without_an_event_dates_the_next_one(doc):
    d = doc("ЛИМА, 17 мая. Чили обвинило Перу в нарушении границы. Перуанская сторона ответила в среду. Министр "
            "иностранных дел Перу отверг обвинения Чили.")
    assert [e.date for e in of_type(d, "REJECT")] == [PartialDate(2024, 5, 15)]


def test_a_participial_clause_of_taking_place_dates_the_session_it_follows(doc):
    d = doc("ЛИМА, 17 мая. На пятой сессии совместной комиссии Чили и Перу, прошедшей 14–15 мая в Лиме, стороны "
            "условились завершить демаркацию границы.")
    assert [e.date for e in of_type(d, "CONSULT")] == [PartialDate(2024, 5, 14)]
    assert [e.date for e in of_type(d, "AGREE")] == [PartialDate(2024, 5, 15)]  # what followed: its last day


def test_today_inside_a_quoted_post_is_the_day_it_was_posted(doc):
    d = doc("ЛИМА, 17 мая. МИД Чили в среду вечером опубликовал серию сообщений:\n\n«Сегодня министерство "
            "иностранных дел Чили вручило послу Перу ноту протеста».")
    assert [e.date for e in of_type(d, "PROTEST")] == [PartialDate(2024, 5, 15)]


def test_the_eve_of_a_day_told_earlier_in_the_paragraph(doc):
    d = doc("ЛИМА, 17 мая. В четверг министр иностранных дел Чили выступил на брифинге. «Отношения прекрасные», — "
            "сказал он. Он добавил, что накануне имел телефонный разговор с коллегой из Перу.")
    assert [e.date for e in of_type(d, "CONSULT")] == [PartialDate(2024, 5, 15)]


def test_a_cancelled_visit_is_dated_by_its_announcement_when_no_day_was_set(doc):
    d = doc("ЛИМА, 17 мая. Президент Перу отменил государственный визит в Чили, сообщило в четверг министерство "
            "иностранных дел Перу.")
    (visit,) = of_type(d, "CONSULT")
    assert visit.factuality == "negated" and visit.date == PartialDate(2024, 5, 16)


def test_a_cancelled_visit_is_dated_by_the_days_it_was_set_for(doc):
    d = doc("ЛИМА, 17 мая. Президент Перу отменил государственный визит в Чили, который должен был состояться с 3 по "
            "5 июня, сообщило в четверг министерство иностранных дел Перу.")
    (visit,) = of_type(d, "CONSULT")
    assert visit.factuality == "negated" and visit.date == PartialDate(2024, 6, 3)


def test_a_demand_not_accepted_is_refused_a_statement_not_adopted_is_not(doc):
    (refusal,) = of_type(doc("ЛИМА, 17 мая. Делегация Уругвая это условие не приняла."), "REJECT")
    assert refusal.factuality == "occurred"
    assert not of_type(doc("ЛИМА, 17 мая. Совместного заявления стороны не приняли."), "REJECT")


def test_foreign_names_that_look_declined(doc):
    d = doc("ЛИМА, 17 мая. Министр иностранных дел Бенина Леон Поль Садом прибыл в Лиму. Он провел переговоры с "
            "коллегой Евой Марией Томаш.")
    persons = {e.name for e in d.entities if e.type == "person"}
    assert persons == {"Леон Поль Садом", "Ева Мария Томаш"}  # not "Сад"; her surname no man's given name


@pytest.mark.parametrize("closing", ["Проверено 16.05.2024 • Автор проверки: Иван Сидоров",
                                     "Автор: Иван Петров, старший научный сотрудник института (Лима)"])
def test_a_fact_checks_stamp_and_an_analysts_byline_are_no_persons(doc, closing):
    d = doc(f"Проверка фактов\n\nПрезидент Перу посетил Чили.\n\n{closing}", None)
    assert not [e for e in d.entities if e.type == "person"]
    if closing.startswith("Проверено"):
        assert d.published == PartialDate(2024, 5, 16)


def test_an_infinitive_parsed_as_the_conjunct_of_a_call_is_what_is_called_for(doc):
    d = doc("ЛИМА, 17 мая. Министры призвали Перу «прекратить блокаду» портов — Кальяо, Пайта и Ило — и согласиться "
            "на передачу спора в арбитраж.")
    assert of_type(d, "REQUEST") and not of_type(d, "AGREE")


def test_a_question_asking_what_was_agreed_tells_no_agreement(doc):
    assert not of_type(doc("ЛИМА, 17 мая. Сенатор спросил министра о переговорах. Что конкретно было согласовано?"),
                       "AGREE")


def test_the_next_round_told_without_sides_is_of_the_talks_before_it(doc):
    d = doc("ЛИМА, 17 мая. В среду в Лиме прошли девятые консультации «2+2» Чили и Перу. Десятый раунд планируется "
            "провести в Сантьяго.")
    rounds = {e.round: {p.entity for p in e.participants} for e in of_type(d, "CONSULT")}
    assert rounds[10] == rounds[9] == {"e:iso-CL", "e:iso-PE"}


def test_a_format_named_in_quotes_as_the_subject_of_taking_place_is_a_meeting(doc):
    (meeting,) = of_type(doc("ЛИМА, 17 мая. В среду в Лиме прошел девятый «2+2» Чили и Перу."), "CONSULT")
    assert meeting.date == PartialDate(2024, 5, 15) and meeting.round == 9


def test_about_this_said_on_a_day_dates_the_act_before_and_names_who_said_it(doc):
    d = doc("ЛИМА, 17 мая. Перу отклонило предложение Чили о посредничестве. Об этом в понедельник сообщил глава МИД "
            "Перу Луис Гомес.")
    (refusal,) = of_type(d, "REJECT")
    gomez = next(e.id for e in d.entities if e.name == "Луис Гомес")
    assert refusal.date == PartialDate(2024, 5, 13) and gomez in {p.entity for p in refusal.participants}


@pytest.mark.parametrize("second, date", [
    # the next sentence of the paragraph tells the act again as words of one day: that day
    ("Министр иностранных дел Перу Луис Гомес во вторник заявил, что учения флота законны.",
     PartialDate(2024, 5, 14)),
    ("Как во вторник пояснили в министерстве, учения флота законны.", PartialDate(2024, 5, 14)),
    # a speaker of the other side reacts: the act keeps its report's day
    ("Министр иностранных дел Чили Ана Торрес во вторник заявила, что ответ Перу неприемлем.",
     PartialDate(2024, 5, 17)),
])
def test_an_opening_act_told_again_as_words_of_a_day_took_place_that_day(doc, second, date):
    d = doc(f"Перу отклонило ноту Чили. {second}\n\nЭксперты ждут продолжения.")
    assert [e.date for e in of_type(d, "REJECT")] == [date]


def test_words_of_a_day_after_an_act_told_in_mid_paragraph_do_not_date_it(doc):
    d = doc("Эксперты ждут продолжения. Перу отклонило ноту Чили. Министр иностранных дел Перу Луис Гомес во вторник "
            "заявил, что учения флота законны.")
    assert [e.date for e in of_type(d, "REJECT")] == [PartialDate(2024, 5, 17)]


def test_a_summit_announced_in_a_sessions_sentence_is_its_own_planned_meeting(doc):
    d = doc("ЛИМА, 17 мая. Министры Чили и Перу в четверг провели в Лиме 5-ю сессию комиссии, на которой утвердили "
            "повестку 12-го саммита глав государств, который пройдет 9 июня в Куско.")
    held, planned = sorted(of_type(d, "CONSULT"), key=lambda e: e.trigger_start)
    assert (held.factuality, held.date, held.round) == ("occurred", PartialDate(2024, 5, 16), 5)
    assert (planned.factuality, planned.date, planned.round) == ("planned", PartialDate(2024, 6, 9), 12)
    assert planned.place != held.place


def test_the_next_round_told_by_an_official_in_a_hearing(doc):
    d = doc("ЛИМА, 17 мая. Вчера консультации «2+2» с Перу прошли в Лиме в девятый раз.\n\nСенатор РОСС: Когда "
            "следующая встреча?\n\nГ-жа ВЕГА: Десятый раунд планируется провести в Куско, предварительно во втором "
            "полугодии 2025 года.")
    (nxt,) = [e for e in of_type(d, "CONSULT") if e.round == 10]
    assert nxt.factuality == "planned" and nxt.date == PartialDate(2025) and "e:iso-PE" in {
        p.entity for p in nxt.participants}


def test_a_time_of_day_before_a_weekday_leaves_the_weekday_the_meetings(doc):
    """``провели переговоры утром в понедельник``: the parser hangs the weekday on ``утром``, a time of the day, not
    another noun; the meeting noun of ``провели переговоры`` is the trigger's own, no other event between."""
    for when, day in (("утром в понедельник", 13), ("вечером в среду", 15)):
        d = doc(f"ЛИМА, 17 мая. Министры иностранных дел Чили и Перу провели переговоры {when} в Лиме.")
        assert [e.date for e in of_type(d, "CONSULT")] == [PartialDate(2024, 5, day)], when


def test_a_meeting_of_other_sides_told_by_a_verb_is_another_meeting(doc):
    """``X провел переговоры с Y в Лиме. Z встретился с W``: none of the first meeting's participants or countries,
    a verb of its own: two meetings (the second used to join the first)."""
    d = doc("ЛИМА, 17 мая. Министр иностранных дел Чили Альберто ван Кларен провел переговоры с главой МИД Перу "
            "Хавьером Гонсалесом-Олаэчеа в Лиме. Министр иностранных дел Кении Питер Камау встретился с главой "
            "МИД Ганы Самуэлем Аддо.")
    assert len(of_type(d, "CONSULT")) == 2


def test_a_sanctions_list_widened_or_left_and_views_exchanged_by_phone(doc):
    kinds = {text: [e.type for e in doc(f"ЛИМА, 17 мая. {text}").events] for text in (
        "Правительство Чили расширило санкционный список против Боливии.",
        "Чили исключило из санкционного списка трех боливийских чиновников.",
        "Министры иностранных дел Чили и Перу обменялись мнениями по телефону.")}
    assert list(kinds.values()) == [["SANCTION"], ["CONCEDE"], ["CONSULT"]]


def test_then_after_the_news_of_a_day_is_of_that_day_and_after_an_earlier_time_undated(doc):
    d = doc("Сегодня в Лиме министры Перу и Эквадора провели переговоры.\n\nСтороны подписали протокол.\n\n"
            "Затем эквадорскую делегацию принял президент Перу Хуан Перес.\n\n"
            "В 2019 году стороны возобновили диалог. Затем диалог был заморожен из-за споров о границе.")
    received = [e.date for e in of_type(d, "CONSULT")
                if any("Затем" in d.text[x.start:x.stop] for x in (e, *e.more))]  # alone, or told with the talks
    assert received == [PartialDate(2024, 5, 17)]
    assert all(e.date.iso() is None for e in d.events if "заморожен" in d.text[e.start:e.stop])
