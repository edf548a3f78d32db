"""The event stage on sentences written for these tests (none from the seeds)."""
import pytest

from khronika.records import Document, PartialDate, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text, published=None):
        src = Source(path="t.txt", text=text, published=published)
        doc = pipeline(Document.from_source(src))
        names = {e.id: e.name for e in doc.entities}
        return doc, names
    return go


def by_type(doc, type_):
    return [e for e in doc.events if e.type == type_]


def test_events_meeting_with_participants_date_and_place(events):
    doc, names = events("Министр иностранных дел Индии Рагхунатх Бхатнагар 5 апреля встретился в Пекине "
                        "с главой МИД Китая Ван И, сообщили дипломаты.", "2024-04-06")
    (meet,) = by_type(doc, "CONSULT")
    assert {names[p.entity] for p in meet.participants} >= {"Рагхунатх Бхатнагар", "Ван И"}
    assert meet.date == PartialDate(2024, 4, 5) and names.get(meet.place) == "Пекин"
    assert meet.factuality == "occurred" and meet.mode == "meet"


def test_events_planned_negated_and_hypothetical(events):
    planned, _ = events("Министры обороны двух стран встретятся в Анкаре на следующей неделе.", "2024-04-06")
    assert by_type(planned, "CONSULT")[0].factuality == "planned"
    negated, _ = events("Переговоры президентов не состоялись из-за разногласий.", "2024-04-06")
    assert by_type(negated, "CONSULT")[0].factuality == "negated"
    maybe, _ = events("Эксперты надеются, что стороны смогут договориться о прекращении огня.", "2024-04-06")
    assert by_type(maybe, "AGREE")[0].factuality == "hypothetical"


def test_events_types_from_patterns(events):
    doc, _ = events("Парламент Литвы выразил обеспокоенность учениями у границы. Делегации пришли к единому "
                    "мнению о продлении соглашения. Канада присоединилась к санкциям против Ирана.", "2024-04-06")
    assert {e.type for e in doc.events} >= {"ACCUSE", "AGREE", "SANCTION"}


def test_events_format_and_round(events):
    doc, _ = events("Во вторник в Сеуле прошёл третий раунд консультаций в формате «два плюс два».", "2024-04-06")
    (meet,) = by_type(doc, "CONSULT")
    assert meet.round == 3 and meet.format == "2+2"


def test_events_mentioned_in_passing_are_not_events(events):
    doc, _ = events("В ходе встречи обсуждался механизм консультаций. Журналисты задали вопрос о запусках ракет.",
                    "2024-04-06")
    assert doc.events == ()


def test_events_a_meeting_reported_again_is_one_record(events):
    doc, _ = events("Президенты Бразилии и Аргентины провели переговоры в Брази́лиа. Переговоры продлились три часа.",
                    "2024-04-06")
    meetings = by_type(doc, "CONSULT")
    assert len(meetings) == 1 and len(meetings[0].more) == 1


def test_events_undated_document_gives_no_invented_date(events):
    doc, _ = events("Премьер-министр Греции в субботу провел переговоры с канцлером Германии.")
    (meet,) = by_type(doc, "CONSULT")
    assert meet.date.iso() is None


def test_events_triggers_need_their_sense(events):
    sport, _ = events("Казахстан и Армения сыграют в одной группе квалификационного раунда чемпионата мира.")
    assert not by_type(sport, "CONSULT")
    town, _ = events("Армия Ирака освободила город Мосул.")
    assert not by_type(town, "CONCEDE")
    people, _ = events("Власти Ирана освободили журналиста Джейсона Райана.")
    assert by_type(people, "CONCEDE")
    meant, _ = events("Операция Турции была призвана укрепить позиции Анкары в Сирии.")
    assert not by_type(meant, "REQUEST")
    side, _ = events("Молдавия не будет принимать сторону Румынии в этом споре.")
    assert not by_type(side, "CONSULT")


def test_events_outlets_are_no_participants(events):
    doc, names = events("Власти Ирана выслали дипломатов Великобритании, пишет газета «Вашингтонский вестник».")
    (sanction,) = by_type(doc, "SANCTION")
    assert {names[p.entity] for p in sanction.participants} == {"Иран", "Великобритания"}


def test_events_noun_without_actors_is_no_event_but_a_meeting_is(events):
    doc, _ = events("Санкции оказались болезненными для экономики.")
    assert not doc.events
    doc, _ = events("Завершилась встреча в расширенном составе.")
    assert by_type(doc, "CONSULT")


def test_events_condition_and_aim_are_hypothetical(events):
    doc, _ = events("Если Киев до конца года выполнит все условия Евросоюза по реформе судов, Брюссель "
                    "поддержит его заявку.")
    assert by_type(doc, "SUPPORT")[0].factuality == "hypothetical"


def test_events_round_told_with_a_future_verb_is_planned(events):
    doc, _ = events("В июне в Сеуле пройдёт очередной раунд консультаций министров Кореи и Японии.")
    assert by_type(doc, "CONSULT")[0].factuality == "planned"


def test_events_meeting_a_plan_was_made_for_is_planned(events):
    doc, _ = events("Встречу министров Кореи и Японии изначально предполагалось провести в Пусане.")
    assert by_type(doc, "CONSULT")[0].factuality == "planned"


def test_events_what_is_demanded_is_the_demand_only(events):
    doc, _ = events("Франция потребовала освободить журналистов, задержанных в Мали.")
    assert by_type(doc, "REQUEST") and not by_type(doc, "CONCEDE")


def test_events_suspended_consultations_are_no_meeting(events):
    doc, _ = events("В 2021 году консультации Австралии и Китая были приостановлены.")
    assert not by_type(doc, "CONSULT")
    (sanction,) = by_type(doc, "SANCTION")
    assert sanction.date == PartialDate(2021)


def test_events_previous_round_is_another_meeting(events):
    doc, _ = events("Министры Кореи и Японии встретились в Париже. Предыдущий раунд консультаций прошёл в Риме.",
                    "2024-05-02")
    assert len(by_type(doc, "CONSULT")) == 2


def test_events_country_adjective_of_an_agent_is_a_participant(events):
    doc, names = events("Норвежские власти задержали российское рыболовецкое судно.")
    (coerce,) = by_type(doc, "COERCE")
    assert [(names[p.entity], p.role) for p in coerce.participants] == [("Норвегия", "source")]


def test_events_two_sides_discussing_is_a_talk_and_the_visit_discussed_is_planned(events):
    doc, names = events("Министры иностранных дел Индии и Бразилии Бхатнагар и Тавейра обсудили в Дели подготовку "
                        "визита Перейры да Кошты в Индию.")
    talks = [e for e in by_type(doc, "CONSULT") if e.factuality == "occurred"]
    visits = [e for e in by_type(doc, "CONSULT") if e.factuality == "planned"]
    assert talks and visits
    assert not any("Перейра" in names[p.entity] for p in talks[0].participants), talks[0].participants
    experts, _ = events("Эксперты обсудили перспективы мировой экономики.")
    assert not by_type(experts, "CONSULT")


def test_events_compound_adjective_headline_and_numbered_round_are_one_meeting(events):
    doc, names = events("Индийско-пакистанские консультации по вопросам водных ресурсов\n\n"
                        "3 марта в Дели состоялся пятый раунд индийско-пакистанских консультаций по вопросам "
                        "водных ресурсов.\n\nСтороны договорились провести следующий раунд консультаций в Исламабаде.",
                        "2024-03-03")
    meetings = by_type(doc, "CONSULT")
    held = [e for e in meetings if e.factuality == "occurred"]
    assert len(held) == 1 and held[0].round == 5, meetings
    assert {names[p.entity] for p in held[0].participants} >= {"Индия", "Пакистан"}
    (planned,) = [e for e in meetings if e.factuality == "planned"]
    assert planned.date == PartialDate()  # what is planned takes no date from the document


def test_events_present_imperfective_reports_an_act_and_the_past_one_a_habit(events):
    doc, names = events("Эстония высылает двух дипломатов Белоруссии.")
    (sanction,) = by_type(doc, "SANCTION")
    assert {names[p.entity] for p in sanction.participants} == {"Эстония", "Белоруссия"}
    habit, _ = events("Министры обороны двух стран раньше регулярно встречались.")
    assert not by_type(habit, "CONSULT")


def test_events_an_act_told_again_in_the_document_is_one_record(events):
    doc, _ = events("Эстония высылает белорусского дипломата.\n\n"
                    "МИД Эстонии объявил персоной нон грата сотрудника посольства Белоруссии в Таллине. "
                    "В посольстве Белоруссии назвали решение недружественным и пообещали ответные меры.")
    (sanction,) = by_type(doc, "SANCTION")
    assert len(sanction.more) == 1
    assert by_type(doc, "ACCUSE") and by_type(doc, "THREATEN")


def test_events_transcript_speaker_takes_part_in_what_they_tell(events):
    doc, names = events("Заявления для прессы.\n\nЭ.Макрон: Переговоры с Премьер-министром Индии Нарендрой Моди "
                        "прошли успешно. Мы договорились расширить торговлю.\n\nН.Моди: Благодарю за приём.",
                        "2024-05-02")
    (talks,) = [e for e in by_type(doc, "CONSULT") if "Макрон" in " ".join(names[p.entity] for p in e.participants)]
    assert {names[p.entity] for p in talks.participants} >= {"Нарендра Моди"}
    (agree,) = by_type(doc, "AGREE")
    assert any("Макрон" in names[p.entity] for p in agree.participants)


def sentence_of(words):
    """A document of one hand-parsed sentence: (text, pos, head, rel) per token."""
    from khronika.records import Sentence, Token

    tokens, at = [], 0
    for i, (w, pos, head, rel) in enumerate(words):
        tokens.append(Token(at, at + len(w), w, id=f"1_{i + 1}", pos=pos, head_id=head, rel=rel))
        at += len(w) + 1
    text = " ".join(w for w, *_ in words)
    doc = Document(id="d:test", path="t.txt", raw=text, text=text,
                   sentences=(Sentence(0, len(text), text, tuple(tokens)),))
    return doc, tokens


def test_events_a_cancelled_visit_is_negated_however_it_is_parsed():
    from khronika.stages.events.factuality import factuality
    from khronika.stages.events.sentence import Words

    doc, tokens = sentence_of([("отмена", "NOUN", "1_9", "nsubj"), ("визита", "NOUN", "1_5", "nmod"),
                               ("ведомств", "NOUN", "1_9", "nmod")])
    w = Words.of(doc, doc.sentences[0])
    assert factuality(w, [tokens[1]]) == "negated"  # the parser hung "визита" on another word


def test_events_a_meeting_told_again_with_a_person_named_just_before_is_another(events):
    """The merge rule as measured (meeting_blocks._new_person): a person new to the meeting who was named in
    the sentence before the restating one makes another meeting; one named only there joins it."""
    doc, names = events("Президенты Бразилии и Аргентины провели переговоры в Бразилиа. Затем в столицу прилетел "
                        "министр иностранных дел Чили Хорхе Фаурие. Переговоры с Хорхе Фаурие продлились три часа.")
    first, second = by_type(doc, "CONSULT")
    assert first.more == () and [names[p.entity] for p in second.participants] == ["Хорхе Фаурие"]
    doc, names = events("Президенты Бразилии и Аргентины провели переговоры в Бразилиа. Переговоры с участием "
                        "министра иностранных дел Чили Хорхе Фаурие продлились три часа.")
    (meeting,) = by_type(doc, "CONSULT")
    assert len(meeting.more) == 1 and "Хорхе Фаурие" in {names[p.entity] for p in meeting.participants}


def test_events_a_quote_is_linked_to_the_event_of_its_sentence(events):
    doc, _ = events("Министры иностранных дел Индии и Китая встретились в Пекине. «Мы договорились продолжить "
                    "диалог», — сказал Рагхунатх Бхатнагар журналистам. «Погода в Пекине хорошая», — добавил он.")
    (agree,) = by_type(doc, "AGREE")
    agreed, weather = doc.quotes
    assert agreed.event == agree.id
    assert weather.event is None  # its sentence reports no event


def test_events_a_habit_or_a_series_takes_no_document_date(events):
    doc, _ = events("Президенты Чили и Перу регулярно проводят переговоры.", "2024-04-06")
    assert by_type(doc, "CONSULT") == []  # a custom, no one meeting
    doc, _ = events("Германия третий год подряд настаивает на отмене пошлин.", "2024-04-06")
    assert all(e.date.iso() is None for e in by_type(doc, "REQUEST"))
    doc, _ = events("Президенты Чили и Перу провели переговоры.", "2024-04-06")
    (meet,) = by_type(doc, "CONSULT")
    assert meet.date == PartialDate(2024, 4, 6)  # one event, told in the past: the document's day


def test_events_a_page_stamp_alone_dates_no_event(events):
    stamp = "Опубликовано: 6 апреля 2024\n\n"
    doc, _ = events(stamp + "Президенты Чили и Перу провели переговоры. Стороны обсудили торговлю.")
    assert doc.published == PartialDate(2024, 4, 6)
    assert [e.date.iso() for e in by_type(doc, "CONSULT")] == [None]  # an essay's past: no day of its own
    for text in ("САНТЬЯГО, 6 апреля 2024. Президенты Чили и Перу провели переговоры.",  # a dateline with a place
                 stamp + "В субботу президенты Чили и Перу провели переговоры. Стороны договорились о "
                         "снижении пошлин."):  # a day of the document's week
        doc, _ = events(text)
        assert {e.date for e in doc.events if e.type in ("CONSULT", "AGREE")} == {PartialDate(2024, 4, 6)}, text


def test_events_a_when_clause_takes_the_time_it_refers_to(events):
    doc, _ = events("Совет был учрежден в 2002 году, но заседания совета не проводились с июня 2014 года, когда НАТО "
                    "приостановила всё военное сотрудничество с Россией.", "2016-04-19")
    (act,) = by_type(doc, "SANCTION")
    assert act.date == PartialDate(2014, 6)


def test_events_an_arrest_or_a_strike_has_its_place(events):
    doc, names = events("Гражданин Чехии был задержан в Стамбуле по запросу Франции.", "2024-04-06")
    (arrest,) = by_type(doc, "COERCE")
    assert names[arrest.place] == "Стамбул"
    doc, names = events("Израиль нанёс авиаудар по складу в Дамаске.", "2024-04-06")
    assert [names.get(e.place) for e in by_type(doc, "ASSAULT")] == ["Дамаск"]


def test_events_meeting_the_public_and_opposing_an_act_are_no_events(events):
    for text in ("Глава МИД Венгрии на встрече с журналистами заявил, что Будапешт против санкций.",
                 "Президент Бразилии встретился со студентами университета в Пекине.",
                 "Министр провёл встречу с представителями СМИ."):
        doc, _ = events(text, "2024-04-06")
        assert not [e.type for e in doc.events if e.type in ("CONSULT", "SANCTION")], text
    doc, _ = events("Президент Бразилии встретился с председателем КНР Си Цзиньпином.", "2024-04-06")
    assert by_type(doc, "CONSULT")
    doc, _ = events("Евросоюз ввёл санкции против Белоруссии.", "2024-04-06")
    assert by_type(doc, "SANCTION")


def test_events_postponed_and_the_latest_round_told_again(events):
    doc, _ = events("Президенты Чили и Перу отложили встречу на неопределённый срок.", "2024-04-06")
    assert [e.factuality for e in by_type(doc, "CONSULT")] == ["negated"]  # put off indefinitely
    doc, _ = events("Саммит Чили и Перу перенесен на 2025 год.", "2024-04-06")
    assert [(e.factuality, e.date.iso()) for e in by_type(doc, "CONSULT")] == [("planned", "2025")]  # still to come
    doc, _ = events("В 2022 году раунды переговоров Чили и Перу переносились.", "2024-04-06")
    assert [e.factuality for e in by_type(doc, "CONSULT")] == ["negated"]  # a series that did not take place
    doc, _ = events("Министры Чили и Перу отложили в сторону разногласия и провели переговоры.", "2024-04-06")
    assert [e.factuality for e in by_type(doc, "CONSULT")] == ["occurred"]  # not what was put aside
    doc, _ = events("Чили и Перу провели консультации в Лиме. Министр Чили провёл в Лиме очередной, пятый раунд "
                    "консультаций с министром Перу.", "2024-04-06")
    (meeting,) = by_type(doc, "CONSULT")  # the latest round of the series is the meeting just reported
    assert meeting.round == 5 and len(meeting.more) == 1
    doc, _ = events("Последний раунд консультаций России и Японии состоялся в Токио в марте 2024 года.", "2025-11-14")
    assert [e.date.iso() for e in by_type(doc, "CONSULT")] == ["2024-03"]  # the round's date, not the talks'


def test_events_calls_requests_and_possibilities(events):
    doc, _ = events("ВАРШАВА, 6 апреля 2024. Министры иностранных дел Польши и Литвы обсудили по телефону "
                    "ситуацию в регионе.")
    (call,) = by_type(doc, "CONSULT")
    assert call.mode == "phone" and call.place is None  # a call is placed nowhere, whatever the dateline
    doc, _ = events("Эстония запросила консультации в НАТО.", "2024-04-06")
    assert not by_type(doc, "CONSULT") and by_type(doc, "REQUEST")
    doc, _ = events("Президент Франции заявил, что встреча с канцлером Германии может состояться в мае.", "2024-04-06")
    assert [e.factuality for e in by_type(doc, "CONSULT")] == ["hypothetical"]


def test_events_an_envoy_coming_home_makes_no_visit(events):
    doc, names = events("Эквадор отозвал своего посла в Боливии Хорхе Эспинозу для консультаций. "
                        "Посол Эспиноза прибыл в Эквадор во вторник.")
    assert not by_type(doc, "CONSULT"), [(e.trigger, e.participants) for e in doc.events]
    visit, _ = events("Министр иностранных дел Кении Питер Камау прибыл в Эквадор во вторник.")
    assert by_type(visit, "CONSULT")


def test_meetings_that_were_not_held_are_negated(events):
    got, _ = events("Переговоры министров Гайаны и Суринама в этом формате не проводились с 2019 года.", "2024-04-06")
    assert [e.factuality for e in by_type(got, "CONSULT")] == ["negated"]
