"""The trigger families beyond meetings, on sentences written for these tests: each PLOVER type's verbs,
deverbal nouns and passive participles, the senses they need (``отозвал посла``, not ``отозвала
автомобили``), evaluative speech as an accusation, and the roles a passive clause gives."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

# A sentence of a diplomatic document (a minister is named first) and the event type it must give.
CONTEXT = "Министр иностранных дел выступил с заявлением. "


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text, context=CONTEXT):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=context + text, published="2024-03-15")))
        names = {e.id: e.name for e in doc.entities}
        return doc, names
    return go


def types_of(doc):
    return {e.type for e in doc.events}


@pytest.mark.parametrize("text, type_", [
    # SANCTION: an envoy recalled, an entry ban, an exclusion, an embargo, relations broken
    ("Норвегия отозвала своего посла из Москвы для консультаций.", "SANCTION"),
    ("Главе правительства Ирана и двадцати чиновникам запрещён въезд на территорию Канады.", "SANCTION"),
    ("Власти Латвии запретили въезд в страну пяти российским депутатам.", "SANCTION"),
    ("В 2022 году Венгрия была исключена из Совета Европы.", "SANCTION"),
    ("Евросоюз ввёл эмбарго на поставки нефти из Венесуэлы.", "SANCTION"),
    ("Грузия разорвала дипломатические отношения с Россией.", "SANCTION"),
    # COERCE: an arrest, also at another state's request
    ("Гражданин Франции был арестован в Бангкоке по запросу властей США.", "COERCE"),
    ("Власти Ирана арестовали британского дипломата.", "COERCE"),
    # COOPERATE: extradition, joint patrols
    ("Власти Чехии экстрадировали гражданина России в США.", "COOPERATE"),
    ("Власти Испании выдали Соединённым Штатам российского программиста.", "COOPERATE"),
    ("Россия и Китай провели совместное патрулирование в Тихом океане.", "COOPERATE"),
    # AGREE: a body or zone created jointly, consent, an agreement reached or concluded
    ("Армения и Грузия создали межправительственную комиссию по торговле.", "AGREE"),
    ("Казахстан и Узбекистан объявили о создании зоны свободной торговли.", "AGREE"),
    ("Иран согласен на переговоры с Евросоюзом по ядерной программе.", "AGREE"),
    ("Россия и Турция заключили соглашение о строительстве газопровода.", "AGREE"),
    # REQUEST
    ("Франция настояла на включении вопроса о Ливии в повестку дня саммита.", "REQUEST"),
    ("Президент Молдавии обратился к ООН с просьбой направить миротворцев.", "REQUEST"),
    # PROTEST: a rally or picket at an embassy, a note of protest
    ("Сотни активистов собрались у посольства Китая в Вашингтоне.", "PROTEST"),
    ("Члены оппозиции провели пикет у посольства США в Каракасе.", "PROTEST"),
    ("У здания посольства Израиля в Анкаре прошла акция протеста.", "PROTEST"),
    ("МИД Китая направил ноту протеста посольству Японии.", "PROTEST"),
    ("Посол Норвегии был вызван в МИД Финляндии.", "PROTEST"),  # a summons told in the passive
    ("Токио заявил серьезные представления Пекину.", "PROTEST"),  # a démarche
    ("Власти Эстонии закрывают генконсульство Латвии в Тарту.", "SANCTION"),
    # CONSULT: a mechanism held, a ministerial conference
    ("В Минске прошел Совет министров иностранных дел СНГ.", "CONSULT"),
    ("В Дакаре открылась министерская конференция Форума партнерства Франция – Африка.", "CONSULT"),
    # CONCEDE: prisoners exchanged
    ("Армения и Азербайджан обменялись военнопленными.", "CONCEDE"),
    ("Состоялся обмен пленными между Эфиопией и Эритреей.", "CONCEDE"),
    # MOBILIZE: forces brought close, moved, weapons tested
    ("Китайские истребители пролетели в опасной близости от американского самолёта-разведчика.", "MOBILIZE"),
    ("Россия перебросила к границе с Украиной дополнительные войска.", "MOBILIZE"),
    ("Северная Корея провела испытание баллистической ракеты.", "MOBILIZE"),
    # ASSAULT
    ("Турецкий истребитель сбил российский бомбардировщик над Сирией.", "ASSAULT"),
    ("Иранский беспилотник был сбит силами ПВО Израиля.", "ASSAULT"),
    ("Российский вертолёт нарушил воздушное пространство Грузии и был сбит грузинской армией.", "ASSAULT"),
    ("Хуже всего было, когда иранский беспилотник в марте залетел в воздушное пространство Израиля и был сбит "
     "армией Израиля.", "ASSAULT"),  # the passive's subject elided into the clause before
    ("Азербайджан атаковал позиции армянской армии.", "ASSAULT"),
    # REJECT
    ("Тегеран не согласился с требованием Вашингтона прекратить обогащение урана.", "REJECT"),
    ("США наложили вето на проект резолюции СБ ООН.", "REJECT"),
    # ACCUSE: evaluative speech of a state actor, a sharp reaction
    ("Премьер-министр Японии заявил, что визит российского президента на остров вызывает сожаление.", "ACCUSE"),
    ("Министр иностранных дел Германии назвал решение Москвы неприемлемым.", "ACCUSE"),
    ("Глава МИД Китая назвал поездку президента Тайваня в США провокацией.", "ACCUSE"),
    ("Министр иностранных дел России резко отреагировал на заявление японского премьера.", "ACCUSE"),
    ("МИД Индии назвал заявление Пакистана некорректной попыткой вмешательства во внутренние дела.", "ACCUSE"),
    ("Премьер-министр Индии заявил, что «это — не что иное, как некорректная попытка вмешательства».", "ACCUSE"),
    ("Президент Финляндии Саули Ниинисто назвал учения российской армии у границы «в высшей степени достойными "
     "сожаления».", "ACCUSE"),
    # the parser attaches the said clause to another verb: the nearest verb of speech before it
    ("Напомним, что премьер-министр Финляндии Н. Иванов заявил, что этот шаг «вызывает сожаление».", "ACCUSE"),
    # CONCEDE, THREATEN, SUPPORT, CONSULT
    ("Евросоюз снял санкции с трёх белорусских чиновников.", "CONCEDE"),
    ("Президент Турции предупредил Евросоюз о последствиях.", "THREATEN"),
    ("Президент Египта выразил поддержку мирной инициативе Франции.", "SUPPORT"),
    ("Министр иностранных дел Индии побеседовал с коллегой из Австралии.", "CONSULT"),
])
def test_event_family_gives_its_type(events, text, type_):
    doc, _ = events(text)
    assert type_ in types_of(doc), [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text, type_", [
    ("Компания Toyota отозвала сто тысяч автомобилей из-за дефекта тормозов.", "SANCTION"),
    ("Футбольный клуб отозвал заявку на участие в чемпионате.", "SANCTION"),
    ("Команда «Звезда» была исключена из турнира за неявку.", "SANCTION"),
    ("Студент был исключён из университета за неуспеваемость.", "SANCTION"),
    ("Водитель грузовика сбил пешехода на перекрёстке.", "ASSAULT"),
    ("Водитель грузовика не справился с управлением, и был сбит пешеход.", "ASSAULT"),
    ("Банк выдал кредит на сто миллионов рублей.", "COOPERATE"),
    ("Бывшую жену бизнесмена выдали замуж в Италии.", "COOPERATE"),
    ("Компания разместила в соцсетях заявление о сбое.", "MOBILIZE"),
    ("Правительство Канады создало комиссию по делам молодёжи.", "AGREE"),
    ("Президент Ирана объявил свою страну ядерной державой.", "AGREE"),
    ("Певица назвала своё выступление неудачным.", "ACCUSE"),
    ("Министр заявил, что, к сожалению, переговоры с Японией не дали результата.", "ACCUSE"),
    ("Президент Чили заявил, что с сожалением узнал о гибели граждан Перу.", "ACCUSE"),
    ("Они считают свои войны необходимыми для успеха России во враждебном окружении, где заправляют США.", "ACCUSE"),
    ("Цель США — способствовать освобождению от боевиков ИГИЛ стратегически важного города Ракка.", "CONCEDE"),
    ("Маневр с выдвижением во главу списка «либерала» Дмитрия Медведева будет повторен ещё раз.", "MOBILIZE"),
    ("В ходе кампании с призывами голосовать за сохранение членства в ЕС ссылались на опросы.", "REQUEST"),
    # a wish or what is prevented is no act, and the words of the pattern it takes are no triggers either
    ("Многие европейские государства проявляют желание отменить санкции против России.", "CONCEDE"),
    ("Многие европейские государства проявляют желание отменить санкции против России.", "SANCTION"),
    ("Территориальный спор не дает Японии и России заключить мирное соглашение.", "AGREE"),
    ("Страны ЕС хотят смягчить отношения с Китаем, а также отменить санкции против него.", "CONCEDE"),
    # a passive participle that describes a noun names it
    ("Число арестованных в Китае журналистов выросло.", "COERCE"),
])
def test_a_trigger_without_its_diplomatic_sense_gives_no_event(events, text, type_):
    doc, _ = events(text)
    assert type_ not in types_of(doc), [(e.type, e.trigger) for e in doc.events]


def test_a_passive_clause_makes_its_subject_the_target_and_the_requesting_state_the_source(events):
    doc, names = events("Гражданин Франции был арестован в Бангкоке по запросу властей США.")
    (arrest,) = [e for e in doc.events if e.type == "COERCE"]
    roles = {names[p.entity]: p.role for p in arrest.participants}
    assert roles["США"] == "source" and roles["Франция"] == "target"
    doc, names = events("Иранский беспилотник был сбит силами ПВО Израиля.")
    (shot,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert {names[p.entity]: p.role for p in shot.participants}["Израиль"] == "source"


def test_an_entry_ban_targets_the_persons_not_the_territory(events):
    doc, names = events("Главе правительства Ирана и двадцати чиновникам запрещён въезд на территорию Канады.")
    (ban,) = [e for e in doc.events if e.type == "SANCTION"]
    roles = {names[p.entity]: p.role for p in ban.participants}
    assert roles["Иран"] == "target" and roles["Канада"] == "participant"


def test_an_evaluation_by_a_state_speaker_is_an_accusation_with_the_verb_and_the_evaluation(events):
    doc, _ = events("Министр иностранных дел Германии назвал решение Москвы неприемлемым.")
    (accuse,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse.trigger == "назвал неприемлемым"
    doc, _ = events("Министр иностранных дел Германии не считает решение Москвы провокацией.")
    assert "ACCUSE" not in types_of(doc)


def test_a_meeting_consented_to_is_no_meeting_held(events):
    doc, _ = events("Иран согласен на переговоры с Евросоюзом по ядерной программе.")
    assert "CONSULT" not in types_of(doc) and "AGREE" in types_of(doc)
