"""Two meetings of one sentence or story told on other days stay two: ``Во вторник X провел заседание …, а в четверг
Y провели заседание …`` (the days of two clauses are no span of one sitting: ``meeting_blocks.told_days``); a meeting
told ``Накануне, в среду, …`` after the story's meeting was told in the body is the day before it
(``_day_before_the_story``), while a headline's meeting told ``накануне`` by the next morning's lead is that one; a
call told in the past is held, whatever plan its sentence names (``обсудили подготовку к заседанию``).
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def meetings(read_news):
    def go(text, published="2031-06-20"):
        return sorted((e.factuality, e.date.iso()) for e in read_news(text, published).events if e.type == "CONSULT")
    return go


def test_sittings_of_two_clauses_of_other_days_are_two(meetings):
    text = ("Во вторник спикер парламента Монголии провел в Улан-Баторе заседание межпарламентской комиссии, а в "
            "четверг в Пекине вице-премьеры Монголии и Китая провели заседание межправкомиссии.")
    assert meetings(text) == [("occurred", "2031-06-17"), ("occurred", "2031-06-19")]


def test_a_sitting_told_over_two_days_stays_one(meetings):
    text = ("Вице-премьеры Монголии и Китая провели в Пекине заседание межправкомиссии. Заседание, проходившее в "
            "среду и в четверг, завершилось подписанием протокола.")
    assert len(meetings(text)) == 1


def test_a_meeting_the_day_before_the_story_is_another(meetings):
    text = ("В Пекине прошло заседание межправкомиссии Монголии и Китая\n\nВице-премьеры Монголии и Китая провели в "
            "Пекине заседание межправительственной комиссии.\n\nНакануне, в среду, вице-премьер Монголии встретился с "
            "министром коммерции Китая Ли Мином.")
    assert meetings(text, "2031-06-19") == [("occurred", "2031-06-18"), ("occurred", "2031-06-19")]


def test_the_headlines_meeting_told_the_day_before_by_the_lead_is_one(meetings):
    text = ("Министры Монголии и Китая встретились в Пекине\n\nПЕКИН, 19 июня. Накануне министры иностранных дел "
            "Монголии и Китая провели в Пекине переговоры о транзите.")
    assert meetings(text, "2031-06-19") == [("occurred", "2031-06-18")]


def test_a_call_told_in_the_past_is_held_on_its_day(meetings):
    text = ("УЛАН-БАТОР, 13 июня. Монголия и Китай провели заседание комиссии. Следующее стороны договорились "
            "провести в Пекине в 2032 году.\n\n2 июня ход подготовки к заседанию обсудили по телефону министры "
            "иностранных дел Монголии и Китая.")
    assert ("occurred", "2031-06-02") in meetings(text, "2031-06-13")


@pytest.mark.parametrize("text", [
    "В четверг в Пекине вице-премьеры Монголии и Китая собрали межправкомиссию.",
    "Министры Армении и Грузии провели Межправительственную комиссию по экономическому сотрудничеству.",
])
def test_a_body_convened_meets(meetings, text):
    assert len(meetings(text)) == 1


def test_a_companys_commission_is_no_meeting(meetings):
    assert meetings("Компания провела комиссию по приемке здания.") == []


def test_talks_the_day_before_the_report_of_no_new_person_are_the_session(meetings):
    text = ("Пекин. 19 июня 2031 года. Монголия и Китай договорились создать совместное предприятие.\n\n"
            "Межправкомиссия собралась в восьмой раз. Накануне министры двух стран провели переговоры в расширенном "
            "составе.")
    assert len(meetings(text, "2031-06-19")) == 1
