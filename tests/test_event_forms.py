"""The event stage on forms of news written for these tests: meetings of bodies, objects that are no
events, factuality in the trigger's own clause, dates of the event's own words, acts in their other forms."""
import pytest

from khronika.records import Document, PartialDate, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text, published="2024-05-17"):
        return read_news(text, published).events
    return go


def types(evs):
    return sorted(e.type for e in evs)


def test_a_session_of_a_bilateral_commission_is_a_meeting_a_government_session_is_not(events):
    (meet,) = events("Вице-премьеры Армении и Казахстана провели в Ереване седьмое заседание межправительственной "
                     "армяно-казахстанской комиссии по экономическому сотрудничеству.")
    assert meet.type == "CONSULT" and meet.factuality == "occurred" and meet.round == 7
    assert events("В пятницу прошло заседание правительства Армении, на котором министры обсудили бюджет.") == ()
    assert events("Вчера состоялось заседание совета директоров компании.") == ()
    assert events("Межведомственная рабочая группа по миграции провела заседание в Москве.") == ()


def test_a_council_of_an_organisation_meets_and_ends_its_work(events):
    (meet,) = events("Министры обороны собрались в Минске на заседание Совета министров обороны ОДКБ.")
    assert meet.type == "CONSULT" and meet.mode == "multilateral"
    (ended,) = events("СМИД СНГ завершил работу в Душанбе.")
    assert ended.type == "CONSULT" and ended.factuality == "occurred"
    assert events("Госдума завершила работу весенней сессии.") == ()


def test_a_session_of_a_body_named_before_is_a_meeting(events):
    evs = events("Премьеры двух стран провели заседание российско-монгольской межправкомиссии. Следующее "
                 "заседание комиссии пройдет в Улан-Баторе в 2025 году.")
    assert [e.factuality for e in evs if e.type == "CONSULT"] == ["occurred", "planned"]


def test_a_forum_of_two_countries_meets_and_a_bare_round_after_a_round_of_talks_is_one(events):
    (forum,) = events("Вчера в Самарканде прошло пленарное заседание XV Форума регионов Узбекистана и России.")
    assert forum.type == "CONSULT" and forum.date == PartialDate(2024, 5, 16)
    assert events("На пленарном заседании Петербургского экономического форума выступили президенты России и "
                  "Индонезии.") == ()  # a forum no two countries hold together
    evs = events("Министры Чили и Перу провели в Лиме девятый раунд консультаций. В июне 2023 года восьмой раунд "
                 "прошел в Сантьяго.")
    assert [(e.round, e.date) for e in evs] == [(9, PartialDate(2024, 5, 17)), (8, PartialDate(2023, 6))]
    assert events("Боксеры провели девятый раунд. Восьмой раунд прошел в Сантьяго.") == ()
    (ninth,) = events("Министры Чили и Перу провели в Лиме девятый раунд консультаций. С тех пор раунды поочередно "
                      "проходили в Лиме, Кито и Боготе.")  # rounds summed up
    assert ninth.round == 9
    (refused,) = events("Министр Перу Ян Кус накануне консультаций заявил, что Лима не согласится на уступки.")
    assert refused.type == "REJECT"  # talks named as a time


def test_a_capital_or_a_seat_where_a_plural_verb_without_subject_acts_is_its_government(events):
    def sides(text):
        return [(e.type, [(p.entity, p.role) for p in e.participants]) for e in events(text)]

    assert sides("В Лиме осудили решение Сантьяго ввести пошлины.") == [
        ("ACCUSE", [("e:iso-PE", "source"), ("e:iso-CL", "participant")])]
    assert sides("В Кремле назвали заявление Вильнюса провокацией.") == [
        ("ACCUSE", [("e:iso-RU", "source"), ("e:iso-LT", "participant")])]
    assert sides("В Кито выразили протест в связи с учениями.") == [("PROTEST", [("e:iso-EC", "source")])]
    assert events("В Кито прошли учения пожарных.") == ()  # a place, no government acting


def test_a_refusal_not_made_and_a_plan_disowned_are_no_events_and_a_litotes_is_a_threat(events):
    assert types(events("Правительство Перу не согласится на новое соглашение.")) == ["REJECT"]  # no AGREE
    assert events("Кито не откажется от иска в Международный суд.") == ()
    assert events("Правительство Перу не намерено предпринимать новых ответных мер.") == ()
    assert types(events("Однако Перу отказалось парафировать итоговый документ.")) == ["REJECT"]  # no AGREE
    assert types(events("Перу отказалось от переговоров с Чили.")) == ["REJECT"]  # no CONSULT
    (threat,) = events("Министр иностранных дел Перу не исключил ответных мер против Чили.")
    assert threat.type == "THREATEN" and threat.factuality == "occurred"


def test_the_next_meeting_of_a_body_or_of_talks_told_before_is_planned(events):
    evs = events("Президент Чили Хуан Перес и президент Перу Луис Рамос провели в Лиме заседание Совета сотрудничества "
                 "высшего уровня. Следующее заседание Совета решено провести в Куско в 2027 году.")
    assert [(e.factuality, e.date.iso()) for e in evs] == [("occurred", "2024-05-17"), ("planned", "2027")]
    evs = events("Министр иностранных дел Чили Хуан Перес и его перуанский коллега Луис Рамос провели в Лиме "
                 "переговоры по морской границе. Стороны условились провести следующий раунд консультаций "
                 "в Кито в январе 2027 года.")
    assert [(e.type, e.factuality, e.date.iso()) for e in evs if e.type == "CONSULT"] == [
        ("CONSULT", "occurred", "2024-05-17"), ("CONSULT", "planned", "2027-01")]


def test_the_round_whose_date_is_set_is_the_next_one_dated_by_the_clause_that_tells_it(events):
    evs = events("Министры иностранных дел Чили и Перу провели в Лиме очередной раунд консультаций. Как уточнили в "
                 "МИД Перу, стороны утвердили повестку следующего раунда — он состоится в мае 2025 года.")
    (nxt,) = [e for e in evs if e.type == "CONSULT" and e.factuality == "planned"]
    assert nxt.date == PartialDate(2025, 5)
    assert not [p for e in evs for p in e.participants if p.entity not in ("e:iso-CL", "e:iso-PE")]


def test_a_round_set_for_a_month_in_its_relative_clause_is_planned_then_and_no_agreement(events):
    evs = events("По словам министра, чилийская делегация будет участвовать в следующем раунде консультаций, который "
                 "согласован на март.")
    assert [(e.type, e.factuality, e.date.iso()) for e in evs] == [("CONSULT", "planned", "2025-03")]


def test_a_cycle_of_talks_is_a_numbered_round_a_cycle_of_anything_else_is_none(events):
    (met,) = events("Шестой цикл переговоров Чили и Перу прошел в Лиме.")
    assert (met.type, met.round) == ("CONSULT", 6)
    assert events("Третий цикл лекций начался в Лиме.") == ()


def test_a_capital_named_by_its_country_and_a_venue_give_the_city(events):
    (met,) = events("Премьер-министр Греции Никос Папас в турецкой столице провел переговоры с главой Турции.")
    assert met.place == "Анкара"
    (met,) = events("Министры Чили и Перу провели переговоры в столице Эквадора.")
    assert met.place == "Кито"
    (met,) = events("Делегации Чили и Перу провели переговоры во Дворце Наций.")
    assert met.place == "Женева"  # a venue: the city it stands in


def test_talks_resumed_in_a_city_met_there_a_mechanism_resumed_is_no_meeting(events):
    (met,) = events("На прошлой неделе в Кито возобновились переговоры по границе между Чили и Перу.")
    assert met.type == "CONSULT" and met.factuality == "occurred"
    assert events("Переговоры Чили и Перу возобновились в 2023 году.") == ()
    assert types(events("Переговоры Чили и Перу были приостановлены в Лиме.")) == ["SANCTION"]


def test_the_next_meeting_is_to_come_unless_told_in_the_past(events):
    evs = events("Министр подтвердил, что чилийская делегация будет участвовать и в следующем раунде консультаций.")
    assert [e.factuality for e in evs if e.type == "CONSULT"] == ["planned"]
    evs = events("Министры Чили и Перу провели переговоры в Лиме. Следующая встреча прошла в Кито в марте.")
    assert [e.factuality for e in evs] == ["occurred", "occurred"]


def test_a_summit_of_two_sides_is_their_meeting(events):
    (two,) = events("Саммит Чили и Перу прошел в Лиме.")
    assert two.mode == "meet"
    (many,) = events("Саммит Чили, Перу и Боливии прошел в Лиме.")
    assert many.mode == "multilateral"
    (club,) = events("Саммит ЕАЭС с участием России и Казахстана прошел в Минске.")
    assert club.mode == "multilateral"


def test_an_act_named_in_a_question_joins_no_act_told_as_done(events):
    evs = events("Вопрос: Как Лима ответит на высылку двух перуанских дипломатов из Чили?\n\n"
                 "Ответ: Послу было сообщено: двое сотрудников посольства Чили объявлены персонами нон грата.")
    assert [e.type for e in evs] == ["SANCTION", "SANCTION"] and not any(e.more for e in evs)


def test_what_is_evaluated_wanted_or_intended_is_no_event(events):
    assert events("Министр иностранных дел Чили назвал переговоры с коллегой из Перу конструктивными.") == ()
    assert events("Премьер-министр Словакии заявил, что регион нуждается в этой встрече.") == ()
    evs = events("Министры Вьетнама и Лаоса выразили обеспокоенность планами Камбоджи по размещению ракет.")
    assert types(evs) == ["ACCUSE"]
    assert types(events("Глава МИД Латвии отверг обвинения Минска.")) == ["REJECT"]
    assert types(events("Президент Франции призвал Венгрию отказаться от закупок российского газа.")) == ["REQUEST"]


def test_a_standing_position_is_no_protest(events):
    assert events("Индия выступает против любых попыток изменить статус-кво в регионе.") == ()


def test_a_duty_is_no_act_but_a_meeting_due_is_planned(events):
    assert events("Министры финансов стран Евросоюза должны согласовать бюджет до конца года.") == ()


def test_a_meeting_after_one_sided_talks_is_told_in_passing(events):
    evs = events("Австрия согласилась снять возражения после консультаций с Еврокомиссией.")
    assert "CONSULT" not in types(evs)


def test_a_call_told_as_the_circumstance_of_an_agreement_took_place(events):
    evs = events("О визите президенты Египта и Кении договорились в ходе телефонного разговора 2 мая.")
    (call,) = [e for e in evs if e.type == "CONSULT"]
    assert call.factuality == "occurred" and call.date == PartialDate(2024, 5, 2)


def test_an_event_put_off_or_not_held_takes_no_publication_date(events):
    (meet,) = events("Встреча министров иностранных дел Греции и Турции откладывается.")
    assert meet.factuality == "planned" and meet.date == PartialDate()  # still to come, no new date told
    (meet,) = events("Встреча министров иностранных дел Греции и Турции не состоялась.")
    assert meet.factuality == "negated" and meet.date == PartialDate()


def test_a_day_after_the_trigger_noun_phrase_is_its_date(events):
    evs = events("Решение было принято после переговоров министра Италии с коллегой из Туниса в среду, 15 мая.")
    (talks,) = [e for e in evs if e.type == "CONSULT"]
    assert talks.date == PartialDate(2024, 5, 15)


def test_a_weekday_of_a_meeting_told_again_wins_over_the_publication_date(events):
    evs = events("Дипломаты Чили и Перу встретились в Лиме. Встреча в среду прошла за закрытыми дверями.")
    (meet,) = [e for e in evs if e.type == "CONSULT"]
    assert meet.date == PartialDate(2024, 5, 15)


def test_a_planned_month_without_its_year_lies_ahead(events):
    evs = events("Глава МИД Чехии Ян Липавский сообщил, что министры Чехии и Польши договорились встретиться "
                 "снова в марте.")
    (meet,) = [e for e in evs if e.type == "CONSULT"]
    assert meet.factuality == "planned" and meet.date == PartialDate(2025, 3)
    (agree,) = [e for e in evs if e.type == "AGREE"]
    assert agree.date == PartialDate(2024, 5, 17)  # the agreement's day, not the meeting's month


def test_acts_in_their_other_forms(events):
    assert "ACCUSE" in types(events("МИД Литвы расценивает действия белорусских властей как акт пиратства."))
    assert "THREATEN" in types(events("Официальный представитель МИД Китая заявил, что провокации Манилы не "
                                      "останутся без ответа."))
    assert "COERCE" in types(events("Рыболовецкое судно Японии было остановлено российскими пограничниками."))
    assert events("Полиция остановила автомобиль нарушителя на трассе.") == ()
    assert "REJECT" in types(events("Представители Армении отказались обсуждать предложения Азербайджана."))
    (talk,) = events("Министр иностранных дел Индонезии провел беседу с малайзийским коллегой.")
    assert talk.type == "CONSULT"
    assert events("Президент Молдавии провел беседу со школьниками.") == ()


def test_event_forms_a_speakers_own_meeting_is_not_the_meeting_told_before(events):
    found = events("Президент Бразилии и премьер-министр Индии провели переговоры в Дели. "
                   "«Вчера мы с премьер-министром Индии провели часовую беседу», — сказал лидер оппозиции "
                   "Иван Петров.")
    assert types(found) == ["CONSULT", "CONSULT"]


def test_event_forms_a_country_where_something_else_happens_is_no_side(events):
    (frozen,) = [e for e in events("Механизм консультаций был заморожен чилийской стороной после событий в Перу.")
                 if e.type == "SANCTION"]
    assert "e:iso-PE" not in {p.entity for p in frozen.participants}
    (met,) = events("В столице Армении прошел второй раунд переговоров министров иностранных дел Грузии и "
                    "Азербайджана.")
    assert {p.entity for p in met.participants} == {"e:iso-GE", "e:iso-AZ"} and met.round == 2
    (met,) = events("На территории Турции состоялась встреча делегаций Сирии и Ирака.")
    assert "e:iso-TR" not in {p.entity for p in met.participants}


def test_event_forms_coordinated_country_adjectives_and_a_venue_country(events):
    (met,) = events("Американские и китайские переговорщики провели консультации в Швейцарии.")
    assert {p.entity for p in met.participants} == {"e:iso-US", "e:iso-CN"}  # Switzerland hosts them
    (met,) = events("Министр иностранных дел Чили Хуан Перес провел переговоры в Аргентине.")
    assert "e:iso-AR" in {p.entity for p in met.participants}  # no other side told: the host may be one


@pytest.mark.parametrize("text, type_", [
    ("Посла Бельгии пригласили в МИД Марокко и вручили ему ноту из-за ареста блогера.", "PROTEST"),
    ("Министр иностранных дел Катара заявил, что Доха готова выступить посредником между Суданом и Чадом.",
     "SUPPORT"),
    ("Король Иордании принял спецпосланника президента Франции.", "CONSULT"),
    ("«Ответ последует», — пообещала официальный представитель МИД Польши.", "THREATEN"),
    ("МИД Ганы предупредил, что любые попытки перекрыть транзит получат жесткий ответ.", "THREATEN"),
])
def test_event_forms_a_note_handed_mediation_offered_an_envoy_received_an_answer_promised(events, text, type_):
    assert type_ in types(events(text))


def test_event_forms_a_consequence_told_in_the_past_is_no_threat(events):
    assert "THREATEN" not in types(events("Министр иностранных дел Ганы сообщил, что на свой запрос Гана получила "
                                          "адекватный ответ от Того."))


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Грузии заявил, что Тбилиси готов подписать соглашение с Арменией.",
    "Министры Грузии и Армении заявили, что договор готов к подписанию.",
    "Попытки вернуть санкции против Ирана юридически ничтожны, заявил министр иностранных дел Китая.",
])
def test_event_forms_what_one_is_ready_for_or_tries_is_no_act(events, text):
    assert not {"AGREE", "SANCTION"} & set(types(events(text)))


@pytest.mark.parametrize("text", [
    "«Рад приветствовать вас в Минске», – сказал президент Белоруссии гостям.",
    "Премьер-министр Норвегии приветствовал участников форума и пожелал им успешной работы.",
    "Предлагаю перейти к повестке дня.",
    "Генеральный директор компании «Уралсталь» Иван Петров, выступая на «Саммите производителей стали» в Туле, "
    "пообещал сохранить цены для партнёров.",
])
def test_event_forms_a_greeting_a_chairs_procedure_and_a_summit_of_companies_are_no_events(events, text):
    assert events(text) == ()


@pytest.mark.parametrize("text", [
    "Министр культуры Чили провел переговоры с коллегой из Перу. В апреле чилийские артисты посетят Куско и Арекипу.",
    "Министр иностранных дел Чили провел переговоры в Лиме. Балетная труппа Мариинского театра в марте совершит "
    "визит в Бразилию.",
])
def test_event_forms_a_visit_of_private_people_in_a_diplomatic_text_is_no_event(events, text):
    assert types(events(text)) == ["CONSULT"]  # the ministers' talks only


@pytest.mark.parametrize("text", [
    "Министр экономики Чили Иван Петров сообщил, что правительство одобрило проект постановления о регулировании цен "
    "на топливо.",
    "Министр выразил надежду, что автомобильные компании поддержат эти исследования.",
    "Две компании подписали соглашение о поставках меди.",
])
def test_event_forms_a_states_own_law_approved_and_acts_of_companies_are_no_events(events, text):
    assert events(text) == ()


@pytest.mark.parametrize("text", [
    "Официальный представитель МИД Чили заявил, что ответ на эти действия Перу не заставит себя ждать.",
    "Министр обороны Чили предупредил, что любые попытки перекрыть реку будут расценены как акт агрессии.",
    "Правительство Чили пересмотрит уровень взаимодействия с агентством, заявил министр.",
])
def test_event_forms_warnings_of_what_will_come_are_threats_made_now(events, text):
    assert [(e.type, e.factuality) for e in events(text) if e.type == "THREATEN"] == [("THREATEN", "occurred")]


@pytest.mark.parametrize("text", [
    "Вице-премьер Чили также был принят президентом Перу.",
    "Президент Перу принял чилийского сопредседателя комиссии.",
])
def test_event_forms_a_guest_received_in_the_passive_or_by_office_is_a_meeting(events, text):
    assert types(events(text)) == ["CONSULT"]


def test_event_forms_a_joint_body_of_two_countries_that_convenes_meets(events):
    assert types(events("Совместный пограничный комитет Чили и Перу собрался в четверг в Арике.")) == ["CONSULT"]
    assert events("Комитет Госдумы собрался на заседание.") == events("Совет директоров собрался в Москве.") == ()


def test_event_forms_the_speakers_of_a_meetings_stenogram_take_part_in_it(pipeline):
    def people(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities if e.type == "person"}
        return [sorted(names[p.entity] for p in e.participants if p.entity in names) for e in doc.events]
    lead = "В Лиме прошла встреча лидеров в узком составе.\n\nГ.Борич: Уважаемые коллеги, добро пожаловать."
    assert people(lead + "\n\nД.-Х.Боларте: Спасибо. Перу готово принять председательство.") == [["Боларте", "Борич"]]
    assert people(lead) == [[]]  # one speaker: no stenogram of a meeting


def test_event_forms_acts_at_a_meeting_take_its_place_and_separate_talks_stay_apart(events):
    evs = events("В Лиме прошло заседание комиссии Чили и Перу. По итогам заседания Чили и Перу подписали соглашение "
                 "о торговле.")
    assert [e.type for e in evs] == ["CONSULT", "AGREE"] and evs[0].place and evs[1].place == evs[0].place
    evs = events("В Лиме прошла встреча министров Чили и Перу. На полях встречи министр Чили Хуан Перес провел "
                 "отдельные переговоры с министром Боливии Луисом Аркой.")
    assert [e.type for e in evs] == ["CONSULT", "CONSULT"] and evs[1].place == evs[0].place
    evs = events("В Лиме прошла встреча министров Чили и Перу. На полях встречи министр Чили Хуан Перес провел "
                 "переговоры с министром Боливии Луисом Аркой.")  # talks on the sidelines: another meeting
    assert [e.type for e in evs] == ["CONSULT", "CONSULT"]
    evs = events("В Лиме открылся саммит Андского сообщества, в нем участвуют президенты Чили, Перу и Боливии. На "
                 "полях саммита министр Чили Хуан Перес провел переговоры с министром Боливии Луисом Аркой.")
    assert evs[1].place == evs[0].place and {p.entity for p in evs[1].participants if p.entity.startswith("e:")} <= \
        {p.entity for p in evs[0].participants}  # those who met on its sidelines were at the summit
    evs = events("В Лиме прошла встреча министров Чили и Перу. Через неделю Чили и Боливия подписали соглашение.")
    assert evs[-1].place is None  # not set at the meeting
    evs = events("В Лиме прошло заседание комиссии Чили и Перу. По итогам заседания Чили и Перу подписали соглашение.",
                 published=None)  # no dates at all
    assert evs[1].place == evs[0].place


def test_event_forms_a_visit_to_a_capital_has_its_country_among_the_sides(events):
    for text in ("Премьер Чили посетил Лиму.", "Министр иностранных дел Чили прибыл с визитом в Лиму."):
        assert "e:iso-PE" in {p.entity for p in events(text)[0].participants}


@pytest.mark.parametrize("text, expected", [
    ("Перу закрыло границу с Боливией.", ["SANCTION"]),
    ("Перу закрывает пункт пропуска «Десагуадеро» на границе с Боливией.", ["SANCTION"]),
    ("Вчера посла Боливии пригласили в МИД Перу.", ["PROTEST"]),
    ("Поверенного в делах Боливии пригласили в перуанское внешнеполитическое ведомство.", ["PROTEST"]),
    ("В Лиме прошли межправконсультации Перу и Боливии.", ["CONSULT"]),
    ("МИД Боливии заявил протест Перу. Катера береговой охраны Перу применили водометы против судна Боливии.",
     ["ASSAULT", "PROTEST"]),
    ("Боливию на встречу не пригласили.", ["SANCTION"]),  # left out: no meeting of its own
])
def test_event_forms_borders_closed_envoys_summoned_force_used_sides_left_out(events, text, expected):
    assert types(events(text)) == expected


def test_event_forms_a_trigger_left_without_actors_leaves_the_next_of_its_kind_its_chance(events):
    evs = events("Во вторник в Найроби состоялось пятое заседание межправительственной комиссии по торговле.")
    assert types(evs) == ["CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("Боливия приостановила участие делегации в очередном заседании межправкомиссии с Перу.", ["SANCTION"]),
    ("Президент Боливии отказался от участия в саммите, который пройдет в Лиме.", ["REJECT"]),
    ("Боливия приостановила переговоры с Перу.", ["SANCTION"]),
    ("Боливия и Перу возобновили переговоры в Лиме.", ["CONSULT"]),
])
def test_event_forms_talks_stopped_or_a_session_left_are_no_meeting(events, text, expected):
    assert types(events(text)) == expected


def test_event_forms_a_yes_no_question_reports_no_event(events):
    assert events("Введет ли Перу санкции против Чили?") == events("Разве Перу приостановило договор с Чили?") == ()
    assert types(events("Перу приостановило договор с Чили.")) == ["SANCTION"]


def test_event_forms_talks_agreed_to_go_on_are_the_agreement_not_a_meeting(events):
    assert types(events("Чили и Перу договорились возобновить переговоры о зоне свободной торговли.")) == ["AGREE"]
    assert sorted(types(events("Чили и Перу договорились провести следующий раунд переговоров в марте в Лиме."))) == \
        ["AGREE", "CONSULT"]


def test_event_forms_a_joint_body_that_holds_its_own_session_meets(events):
    assert types(events("Совместный комитет Чили и Перу провел в четверг в Арике свое пятое заседание.")) == ["CONSULT"]
    assert events("Совет директоров компании провел свое заседание.") == events("Правительство Перу провело "
                                                                                 "заседание.") == ()


def test_event_forms_a_session_told_again_by_who_chaired_it_is_that_session(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2024-05-17", text=(
        "В Минске прошло заседание Совета министров иностранных дел СНГ. Заседание провел министр иностранных дел "
        "Белоруссии Иван Петров."))))
    names = {e.id: e.name for e in doc.entities}
    (meeting,) = [e for e in doc.events if e.type == "CONSULT"]
    assert "Иван Петров" in {names.get(p.entity) for p in meeting.participants}


def test_event_forms_a_law_or_a_decision_taken_is_no_reception(events):
    assert events("Закон был принят парламентом Перу.") == events("Президент Перу принял решение о визите.") == ()


def test_event_forms_no_comment_is_no_refusal_and_a_proposal_rejected_holds_no_meeting(events):
    assert events("Представитель МИД Перу от комментариев отказался.") == ()
    for talks in ("заседание комиссии", "переговоры"):
        assert types(events(f"Министерство иностранных дел Перу отклонило предложение Чили провести {talks} в "
                            "январе.")) == ["REJECT"]


def test_event_forms_a_meeting_a_side_proposes_is_proposed(events):
    for text in ("Чили предложила Перу провести заседание комиссии в январе.",
                 "Перу поддержало инициативу Чили провести переговоры в январе."):
        assert [e.factuality for e in events(text) if e.type == "CONSULT"] == ["proposed"]


def test_event_forms_results_that_came_quickly_are_no_threat_and_a_threat_said_again_is_one(events):
    assert events("Результаты не заставили себя ждать: урожай вырос.") == ()
    assert types(events("Чили оставляет за собой право на ответные меры. Они не заставят себя ждать.")) == ["THREATEN"]


def test_event_forms_an_envoy_summoned_and_a_mission_closed_told_with_words_between(events):
    assert types(events("Утром в МИД Перу вызвали временного поверенного в делах Чили.")) == ["PROTEST"]
    assert types(events("Посол Боливии Мария Рамос была вызвана в МИД Чили в четверг утром.")) == ["PROTEST"]
    assert types(events("Лима закрывает последнее остававшееся в стране чилийское генконсульство.")) == ["SANCTION"]
    assert events("Я поверил ему и вызвал такси.") == ()


def test_event_forms_heads_of_state_who_sign_are_the_summits_leaders(events):
    evs = events("Президент Чили Хуан Перес и президент Перу Луис Рамос провели саммит в Лиме. Затем руководители "
                 "государств подписали итоговую Лимскую декларацию.")
    (agree,) = [e for e in evs if e.type == "AGREE"]
    assert len([p for p in agree.participants if p.entity.startswith("e:") and not p.entity.startswith("e:iso")]) == 2


def test_event_forms_a_topic_discussed_a_project_frozen_and_an_agenda_approved_are_no_acts(events):
    assert types(events("Министры Чили и Перу обсудили двусторонние отношения и ход совместных инфраструктурных "
                        "проектов, в том числе строительство порта.")) == ["CONSULT"]
    assert events("Затронули и строительство моста: этот проект, по признанию обеих сторон, давно заморожен.") == ()
    assert types(events("Президент Чили Хуан Перес провел переговоры с президентом Перу. Председатель: Уважаемые "
                        "коллеги! Предлагаю утвердить повестку дня.")) == ["CONSULT"]


def test_event_forms_an_act_pointed_back_to_by_a_reaction_is_told_once(events):
    evs = events("Литва ввела санкции против восьми грузинских чиновников. «Мы решительно осуждаем эти санкции», – "
                 "заявила министр иностранных дел Грузии.")
    assert types(evs) == ["ACCUSE", "SANCTION"]


def test_event_forms_cooperation_begun_assets_frozen_and_a_resolution_proposed_are_acts(events):
    assert types(events("Чили и Перу начали совместный проект по строительству порта.")) == ["COOPERATE"]
    assert types(events("Евросоюз заморозил активы центрального банка Боливии.")) == ["SANCTION"]
    assert "REQUEST" in types(events("Президент Чили Хуан Перес провел переговоры с президентом Перу. Перес "
                                     "предложил утвердить проект резолюции о прекращении огня."))


def test_event_forms_a_treaty_ratified_and_a_step_of_another_side_supported_are_events(events):
    assert types(events("Парламент Чили одобрил закон о ратификации соглашения с Перу.")) == ["AGREE"]
    assert types(events("Президент Чили поддержал инициативу Перу о создании зоны свободной торговли.")) == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "Посол Чили настаивал, что Лима обязана заключить с Сантьяго соглашение о границе.",
    "Правительство Чили потребовало от Перу подписания соглашения о квотах на вылов рыбы.",
])
def test_event_forms_an_agreement_demanded_is_a_request_not_an_agreement(events, text):
    assert types(events(text)) == ["REQUEST"]


@pytest.mark.parametrize("text, type_", [
    ("Президент Белоруссии приветствовал решение Литвы открыть границу.", "SUPPORT"),
    ("Министр иностранных дел Чили предложил соседям вернуться к обсуждению договора о границе.", "REQUEST"),
    ("Министр иностранных дел Чили предложил Перу вернуться к переговорам.", "REQUEST"),
    ("Глава «Газпрома» Алексей Миллер провел переговоры с министром энергетики Китая.", "CONSULT"),
])
def test_event_forms_a_step_welcomed_talks_proposed_a_company_meeting_a_state_are_events(events, text, type_):
    assert type_ in types(events(text))


def test_event_forms_the_heads_of_delegations_told_after_a_meeting_take_part_in_it(pipeline):
    def meeting_persons(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        (met,) = [e for e in doc.events if e.type == "CONSULT"]
        return {names.get(p.entity) for p in met.participants}

    assert {"Хуан Перес", "Луис Гарсия"} <= meeting_persons(
        "Министры иностранных дел Чили и Перу провели переговоры в Лиме. Чилийскую делегацию возглавил Хуан Перес, "
        "перуанскую — Луис Гарсия.")
    assert {"Хуан Перес", "Луис Гарсия"} <= meeting_persons(
        "Представители Чили и Перу провели в Арике встречу. С чилийской стороны в ней участвовал первый "
        "заместитель премьера Хуан Перес, с перуанской — министр иностранных дел Луис Гарсия.")
    assert "Хуан Перес" not in meeting_persons(  # too far after the meeting
        "Министры иностранных дел Чили и Перу провели переговоры в Лиме. Погода была солнечной. Стояла жара. "
        "Спустя неделю делегацию на выставку возглавил Хуан Перес.")
    assert {"Боливия", "Ана Рохас"} <= meeting_persons(  # a country represented by an envoy
        "В Лиме состоялась встреча министров иностранных дел стран Андского сообщества. Боливию представляла "
        "посол Ана Рохас.")
    assert "Хосе Диас" not in meeting_persons(  # a company represented is no side
        "Министры Чили и Перу провели переговоры в Лиме. Интересы компании представлял юрист Хосе Диас.")


@pytest.mark.parametrize("text", [
    "Боливия и Парагвай провели в Сукре пятое заседание смешанной комиссии. Заседание, которое длилось два дня, "
    "возглавили вице-президент Боливии Ренато Пинейро и министр иностранных дел Парагвая Эмилио Ороско.",
    "В Сукре прошла пятая сессия смешанной комиссии Боливии и Парагвая. Сопредседателями сессии выступили "
    "глава МИД Боливии Ренато Пинейро и министр торговли Парагвая Эмилио Ороско.",
    "Боливия и Парагвай провели в Сукре пятое заседание смешанной комиссии. Заседание сопредседательствовали "
    "министр Ренато Пинейро и министр Эмилио Ороско.",
])
def test_event_forms_the_co_chairs_of_a_session_told_after_it_take_part_in_it(pipeline, text):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
    names = {e.id: e.name for e in doc.entities}
    met = [e for e in doc.events if e.type == "CONSULT"]
    assert {"Ренато Пинейро", "Эмилио Ороско"} <= {names.get(p.entity) for p in met[0].participants}


def test_event_forms_delegations_told_after_a_session_told_again_are_the_sessions(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2024-05-17", text=(
        "В Асунсьоне в пятницу завершился третий раунд переговоров Боливии и Парагвая. Консультации, начавшиеся в "
        "четверг, проходили при участии посланника Бразилии. Делегацию Боливии возглавил министр Ренато Пинейро, "
        "парагвайскую — министр Эмилио Ороско."))))
    names = {e.id: e.name for e in doc.entities}
    (third,) = [e for e in doc.events if e.type == "CONSULT" and e.round == 3]
    assert {"Ренато Пинейро", "Эмилио Ороско"} <= {names.get(p.entity) for p in third.participants}


def test_event_forms_a_deadline_dates_what_is_planned_for_it(events):
    planned = [e for e in events("Министры Чили и Перу условились провести новую встречу до конца мая.",
                                 published="2024-03-18") if e.factuality == "planned"]
    assert [e.date.iso() for e in planned] == ["2024-05"]


def test_event_forms_acts_as_the_subject_of_a_denial_are_no_acts(events):
    assert "SANCTION" not in types(events("Ни санкции, ни угрозы не сломят наш народ, заявил президент "
                                          "Венесуэлы."))
    (met,) = events("Встреча министров иностранных дел Чили и Перу не состоялась.")
    assert met.factuality == "negated"  # what did not happen is told


def test_event_forms_a_session_of_a_body_of_the_two_countries_named(events):
    (met,) = events("Министры Армении и Грузии провели седьмое заседание комиссии.")
    assert met.type == "CONSULT" and met.round == 7
    assert events("Вчера прошло заседание совета директоров компании, акционеры которой из России и Китая.") == ()


def test_event_forms_a_verb_of_discussing_by_phone_is_a_call_with_the_counterparts_country(pipeline):
    def calls(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.mode, {names.get(p.entity) for p in e.participants}) for e in doc.events if e.type == "CONSULT"]

    ((mode, sides),) = calls("Министр иностранных дел Ганы обсуждал на прошлой неделе с коллегой из Того по телефону "
                             "вопросы транзита.")
    assert mode == "phone" and {"Гана", "Того"} <= sides
    ((mode, sides),) = calls("Глава МИД Ганы обсудил с бенинским коллегой по телефону ситуацию на границе.")
    assert mode == "phone" and {"Гана", "Бенин"} <= sides
    assert not calls("Министры Ганы и Того обсуждали этот вопрос много лет.")


def test_event_forms_an_act_answered_in_kind_is_an_act_of_that_type_the_other_way(pipeline):
    def acts(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, e.date.iso(), {(names.get(p.entity), p.role) for p in e.participants}) for e in doc.events]

    got = acts("Во вторник Гана выслала двух дипломатов Бенина, в четверг Порто-Ново ответил тем же.")
    assert ("SANCTION", "2024-05-16", {("Бенин", "source"), ("Гана", "target")}) in got, got
    got = acts("Гана объявила персоной нон грата первого секретаря посольства Бенина. Бенин ответил "
               "зеркальными мерами.")
    assert len([x for x in got if x[0] == "SANCTION"]) == 2, got
    got = acts("Гана выслала двух дипломатов Бенина. Министр иностранных дел Бенина ответил на вопросы журналистов.")
    assert len([x for x in got if x[0] == "SANCTION"]) == 1, got


@pytest.mark.parametrize("text, type_", [
    ("МИД Ганы не видит необходимости в посредничестве Нигерии.", "REJECT"),
    ("Гана приняла предложение Нигерии о посредничестве на следующий день.", "AGREE"),
])
def test_event_forms_mediation_declined_as_no_need_or_accepted(events, text, type_):
    assert type_ in types(events(text))


def test_event_forms_no_need_and_a_proposal_of_home_affairs_are_no_acts(events):
    assert not events("Министр не видит необходимости в дополнительных проверках, заявил глава Минздрава Ганы.")
    assert "AGREE" not in types(events("Парламент Ганы принял предложение о бюджете."))


def test_event_forms_the_sides_are_the_two_countries_met_and_a_country_talked_about_is_none(pipeline):
    def agreed(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        return [{names.get(p.entity) for p in e.participants} for e in doc.events if e.type == "AGREE"]

    (sides,) = agreed("В Аккре в среду завершился третий раунд диалога заместителей министров Ганы и Того. Стороны "
                      "условились наладить обмен информацией о пусках ракет Нигерии.")
    assert {"Гана", "Того"} <= sides and "Нигерия" not in sides
    (sides,) = agreed("Министры Ганы и Бенина условились об обмене информацией о пусках ракет Нигерии.")
    assert {"Гана", "Бенин"} <= sides and "Нигерия" not in sides


def test_a_roman_numeral_before_a_capitalised_name_numbers_the_sitting(events):
    (meet,) = events("Министры Чили и Боливии провели в Арике XIX Межрегиональный совет, ежегодную встречу двух "
                     "правительств.")
    assert meet.type == "CONSULT" and meet.round == 19
    (meet,) = events("Король Карл III Виндзор встретился с президентом Чили Габриэлем Боричем.")
    assert meet.round is None
    (meet,) = events("В приморской Арике XIX Межрегиональный совет собрал на встречу министров Чили и Боливии.")
    assert meet.round == 19
    (meet,) = events("Премьер Чили встретился с королем Карлом III Виндзором.")
    assert meet.round is None  # the numeral of a name


def test_a_guest_named_before_the_verb_of_receiving_and_the_host_after_it(events):
    (meet,) = events("В тот же день Кравченко принял министр иностранных дел Чили Альберто ван Кларен.")
    assert meet.type == "CONSULT" and meet.mode == "host"
    (meet,) = events("Вечером Шевченко принял президент Киргизии Азамат Жолдошев.")
    assert meet.type == "CONSULT" and meet.mode == "host"
    assert events("Кравченко принял решение уйти в отставку.") == ()


@pytest.mark.parametrize("text", [
    "Во второй половине дня чилийского министра принял президент Перу Хосе Вильянуэва.",
    "В тот же день посла Чили принимал премьер-министр Перу.",
    "Вечером главу делегации Вьетнама принял президент Лаоса.",
])
def test_a_guests_noun_before_the_verb_of_receiving_the_parser_took_for_a_genitive(events, text):
    (meet,) = events(text)
    assert meet.type == "CONSULT" and meet.mode == "host"


def test_a_decision_before_the_verb_of_receiving_is_no_guest(events):
    assert events("Во второй половине дня решение принял президент Лаоса.") == ()


def test_a_dialogue_held_or_taking_place_is_a_meeting_a_dialogue_called_for_is_not(events):
    (meet,) = events("Накануне в Сеуле состоялся стратегический диалог Кореи и Австралии.")
    assert meet.type == "CONSULT" and meet.date == PartialDate(2024, 5, 16)
    (meet,) = events("Заместители министров иностранных дел Кореи и Австралии во вторник провели в Сеуле "
                     "стратегический диалог.")
    assert meet.type == "CONSULT" and meet.date == PartialDate(2024, 5, 14)
    assert events("Корея и Австралия выступают за диалог по вопросам безопасности.") == ()
    assert [e.type for e in events("Министр Кореи призвал Австралию к диалогу.")] == ["REQUEST"]


def test_a_side_not_ready_to_discuss_a_question_rejects_it(events):
    evs = events("Министры Чили и Перу провели переговоры в Лиме. Перуанская сторона, по словам источника, «не была "
                 "готова» обсуждать вопрос о границе.")
    assert sorted(e.type for e in evs) == ["CONSULT", "REJECT"]
    (reject,) = events("Сантьяго пока не готов обсуждать вопрос о границе с Боливией.")
    assert reject.type == "REJECT"
    assert [e.type for e in events("Министры Чили и Перу провели переговоры в Лиме. Перуанская сторона готова "
                                   "обсуждать вопрос о границе.")] == ["CONSULT"]


def test_event_forms_whoever_represented_a_country_was_at_the_talks_held_not_at_the_next(read_news):
    doc = read_news("Переговоры Мали и Нигера прошли в понедельник в Ниамее. Следующий раунд стороны проведут в марте "
                    "в Бамако. Мали на переговорах представлял министр обороны Садио Камара.", "2026-11-25")
    names = {e.id: e.name for e in doc.entities}
    by_fact = {e.factuality: {names.get(p.entity) for p in e.participants} for e in doc.events if e.type == "CONSULT"}
    assert "Садио Камара" in by_fact["occurred"] and "Садио Камара" not in by_fact["planned"]


@pytest.mark.parametrize("question, answer, act", [
    ("— ", "— ", "Мы согласовали программу обменов в сфере образования."),
    ("Вопрос: ", "Ответ: ", "Кроме того, мы договорились о совместной рабочей группе по туризму."),
    ("— ", "— ", "Мы подписали меморандум о сотрудничестве в сфере энергетики."),
])
def test_event_forms_an_interviewees_second_act_in_the_first_person_is_theirs(pipeline, question, answer, act):
    text = ("Интервью\n\nПосол Бразилии в Эквадоре Тобиас Вальдман – об итогах консультаций в Кито\n\n"
            f"{question}Тобиас, на прошлой неделе в Кито прошли консульские консультации. Каковы итоги?\n\n"
            f"{answer}Консультации прошли в пятый раз, и они были продуктивными. {act}\n\n"
            f"{question}Планируются ли визиты?\n\n{answer}Да, министр посетит Бразилиа весной.")
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
    names = {e.id: e.name for e in doc.entities}
    (agree,) = [e for e in doc.events if e.type == "AGREE"]
    assert "Тобиас Вальдман" in {names.get(p.entity) for p in agree.participants}
