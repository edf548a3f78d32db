"""A meeting's own day (issue 10, item 3): a participial clause of taking place that describes a meeting noun dates it
(``events/clause_date.py``), and what the meeting's sides do after an act of the meeting's own day (``… завершилось в
среду подписанием протокола. X призвал … Y согласилась …``) took place at the meeting, that day, not on the day of
publication (``events/story.py``).  Invented news of other countries, documents of different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, word, date", [
    # imperfective participle, a range of days, the parser's noun may be the last genitive: the first day
    ("2024-05-17", "ЛИМА, 17 мая. Сессия межправкомиссии Боливии и Парагвая, проходившая 14–15 мая в Асунсьоне, "
                   "завершилась подписанием пяти соглашений.", "Сессия", PartialDate(2024, 5, 14)),
    # perfective, a weekday
    ("2024-05-17", "ЛИМА, 17 мая. Заседание совместной комиссии Чили и Перу, состоявшееся во вторник в Арике, было "
                   "посвящено рыболовству.", "Заседание", PartialDate(2024, 5, 14)),
    # plural
    ("2024-05-17", "ЛИМА, 17 мая. Консультации министров Эквадора и Колумбии, прошедшие в понедельник в Кито, "
                   "завершились без результата.", "Консультации", PartialDate(2024, 5, 13)),
    # "накануне"
    ("2024-05-17", "ЛИМА, 17 мая. Встреча министров Панамы и Коста-Рики, проходившая накануне в Сан-Хосе, продлилась "
                   "три часа.", "Встреча", PartialDate(2024, 5, 16)),
    # a participle of founding is the body's, not the meeting's
    ("2024-05-17", "ЛИМА, 17 мая. Комиссия Чили и Перу, созданная в 2019 году, провела заседание во вторник в Арике.",
     "заседание", PartialDate(2024, 5, 14)),
    # the opening of a session of several days: the verb's own time, as before
    ("2024-05-17", "ЛИМА, 17 мая. Двухдневную сессию комиссии, открывшуюся в среду, провели министры Чили и Перу.",
     "сессию", PartialDate(2024, 5, 15)),
])
def test_a_participle_of_taking_place_dates_its_meeting(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    # the other side agrees; a Friday's document, a Wednesday's meeting
    ("2024-05-17", "ЛИМА, 17 мая. Заседание смешанной комиссии Чили и Перу завершилось в среду в Арике подписанием "
                   "протокола. Министр Чили призвал соседей снизить пошлины на рыбу. Перу согласилось пересмотреть "
                   "пошлины до конца года.", "согласилось", PartialDate(2024, 5, 15)),
    # a proposal of one side; a Monday's session
    ("2024-05-17", "ЛИМА, 17 мая. Сессия комиссии Боливии и Парагвая завершилась в понедельник в Асунсьоне "
                   "подписанием трех соглашений. Парагвай предложил создать рабочую группу по энергетике.",
     "предложил", PartialDate(2024, 5, 13)),
    # a Thursday's document, a Tuesday's consultations
    ("2024-05-16", "ЛИМА, 16 мая. Консультации Уругвая и Аргентины завершились во вторник в Монтевидео подписанием "
                   "плана действий. Аргентина согласилась снять ограничения на импорт риса.", "согласилась",
     PartialDate(2024, 5, 14)),
    # a request told before: as before
    ("2024-05-17", "ЛИМА, 17 мая. Переговоры министров Эквадора и Колумбии завершились во вторник в Кито подписанием "
                   "меморандума. Эквадор призвал ускорить строительство моста.", "призвал", PartialDate(2024, 5, 14)),
    # not a side of the meeting: the day of publication
    ("2024-05-17", "ЛИМА, 17 мая. Заседание смешанной комиссии Чили и Перу завершилось в среду в Арике подписанием "
                   "протокола. Бразилия ввела санкции против Венесуэлы.", "санкции", PartialDate(2024, 5, 17)),
    # a standing position: no day
    ("2024-05-17", "ЛИМА, 17 мая. Заседание смешанной комиссии Чили и Перу завершилось в среду в Арике подписанием "
                   "протокола. Перу по-прежнему настаивает на снижении пошлин.", "настаивает", PartialDate()),
])
def test_the_sides_acts_after_the_meetings_own_act_take_its_day(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("word", ["переговоры", "согласовали", "предложил"])
def test_a_time_in_words_quoted_does_not_date_the_meeting_they_were_said_at(events, word):
    # "сегодня" of the quoted words is the day they were said, not the day of the report: it does not date the
    # meeting told outside the quotation, whose story (Thursday's) goes on
    found = events("ЛИМА, 17 мая. В четверг в Кито прошел трехсторонний саммит Эквадора, Колумбии и Перу. Президенты "
                   "трех стран провели переговоры во дворце Каронделет.\n\nСтороны согласовали план строительства "
                   "новой линии электропередачи до конца 2027 года.\n\n«Наши народы связаны историей, и сегодня мы "
                   "доказываем, что умеем работать вместе», — сказал президент Эквадора, открывая встречу.\n\n"
                   "Президент Колумбии в ходе саммита предложил пригласить в формат Венесуэлу.", "2024-05-17")
    assert _dated(found, word) == [PartialDate(2024, 5, 16)]


@pytest.mark.parametrize("published, text, word, date", [
    # a summit of a day before the publication: its eve is the day before that
    ("2024-05-17", "ЛИМА, 17 мая. Саммит лидеров Перу, Чили и Боливии прошел в четверг в Арике. Лидеры приняли "
                   "совместную декларацию. Накануне саммита президент Перу провел двусторонние переговоры с "
                   "президентом Чили.", "провел", PartialDate(2024, 5, 15)),
    # a meeting of the day of publication
    ("2024-05-17", "ЛИМА, 17 мая. Заседание совета министров иностранных дел Перу и Эквадора прошло сегодня в Лиме. "
                   "Накануне заседания министры провели переговоры в узком составе.", "провели",
     PartialDate(2024, 5, 16)),
    # "за день до", an adjective before the noun
    ("2024-05-20", "КИТО, 20 мая. В субботу в Кито прошли консультации министров Эквадора и Колумбии. За день до "
                   "официальных консультаций министры обеих стран встретились с президентом Эквадора.", "встретились",
     PartialDate(2024, 5, 17)),
])
def test_what_is_told_on_the_eve_of_the_meeting_is_of_the_day_before_it(read_news, published, text, word, date):
    assert _dated(read_news(text, published).events, word) == [date]


def test_a_meeting_on_the_eve_of_a_summit_of_its_sides_is_its_own_of_the_day_before(read_news):
    doc = read_news("ЛИМА, 17 мая. Президент Перу Хуан Перес принял участие в саммите лидеров Перу, Чили и Боливии. Во "
                    "встрече также приняли участие президент Чили Карлос Сото и президент Боливии Луис Мамани. Лидеры "
                    "приняли совместную декларацию. Накануне саммита Хуан Перес провел двусторонние переговоры с "
                    "Карлосом Сото.", "2024-05-17")
    assert _dated(doc.events, "провел") == [PartialDate(2024, 5, 16)]
    assert PartialDate(2024, 5, 17) in _dated(doc.events, "саммите")


def test_another_day_told_between_ends_the_story_of_the_earlier_one(read_news):
    doc = read_news("ЛИМА, 17 мая. 14 мая правительство Чили объявило персоной нон грата советника посольства Перу в "
                    "Сантьяго. Сегодня в МИД Перу был приглашен посол Чили Хуан Сото. Ему сообщено о симметричных "
                    "ответных мерах: один из советников посольства Чили в Лиме объявлен персоной нон грата.",
                    "2024-05-17")
    assert sorted(e.date.iso() for e in doc.events if e.type == "SANCTION") == ["2024-05-14", "2024-05-17"]
