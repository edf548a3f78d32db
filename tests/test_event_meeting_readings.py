"""How a meeting is read where another act is the sentence's news (invented news): a sitting of a series named after
``по итогам`` is reported; a resumption backed is to come; talks to be finished are a process; a country a document
concerns or that someone is portrayed as is no side; a bilateral talk beside a summit is another meeting."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def meetings(lima_news):
    def go(text):
        doc = lima_news(text)
        names = {e.id: e.name for e in doc.entities}
        return [(e.factuality, sorted(names.get(p.entity, p.entity) for p in e.participants))
                for e in doc.events if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text", [
    "Лидеры Чили, Перу и Эквадора в понедельник подписали в Лиме совместную декларацию по итогам 4-го трехстороннего "
    "саммита.",
    "Документ подписали в четверг министр обороны Чили Мария Фернандес и ее перуанский коллега Вальтер Астудильо по "
    "итогам встречи министров иностранных дел и обороны двух стран в формате «два плюс два».",
])
def test_a_sitting_of_a_series_named_after_its_outcome_is_reported(meetings, text):
    assert [f for f, _ in meetings(text)] == ["occurred"]


def test_a_resumption_of_talks_backed_is_to_come(meetings):
    assert [f for f, _ in meetings("Стороны выразили поддержку возобновлению переговоров под эгидой ООН.")] \
        == ["proposed"]


def test_talks_to_be_finished_first_are_no_meeting(meetings):
    assert meetings("Парагвай и Боливия настаивали на том, чтобы сначала завершить переговоры о зоне свободной "
                    "торговли, которые ведутся с 2009 года.") == []


def test_a_country_the_decision_concerns_or_is_portrayed_as_is_no_side(meetings):
    found = meetings("Заявление относительно декларации, принятой 21 июня в Лиме на трехсторонней встрече Чили, Перу "
                     "и Эквадора, касающейся Боливии. Попытки представить Колумбию источником напряженности в регионе "
                     "не соответствуют действительности.")
    assert found and all("Боливия" not in sides and "Колумбия" not in sides for _, sides in found)


def test_a_bilateral_talk_beside_a_summit_is_another_meeting(meetings):
    found = meetings("Президент Габриэль Борич вернулся в Сантьяго после участия в 4-м трехстороннем саммите Чили, "
                     "Перу и Эквадора, который прошел накануне в перуанской столице. На двусторонней встрече с "
                     "президентом Болуарте Борич обсудил вопрос поставок газа.")
    assert len(found) == 2


def test_a_talk_on_the_sidelines_keeps_its_partner_though_a_day_follows_the_summit(meetings):
    found = meetings("На полях саммита премьер-министр Ямайки Эндрю Холнесс во вторник провел двустороннюю встречу с "
                     "премьер-министром Барбадоса Миа Моттли.")
    assert any("Миа Моттли" in sides for _, sides in found), found


def test_a_call_about_talks_ended_the_day_before_is_two_events(lima_news):
    doc = lima_news("Министр иностранных дел Чили сегодня провел телефонный разговор с министром иностранных дел Перу "
                    "Хавьером Гонсалесом, в ходе которого стороны обсудили итоги консультаций по морской границе, "
                    "завершившихся накануне в Лиме.")
    assert sorted((e.mode, e.date.iso()) for e in doc.events if e.type == "CONSULT") \
        == [("meet", "2024-05-16"), ("phone", "2024-05-17")]


@pytest.mark.parametrize("cue", ["В тот же день Хаимбе", "Хаимбе также отдельно"])
def test_a_meeting_told_apart_the_same_day_is_another_meeting(meetings, cue):
    found = meetings("Министры иностранных дел Мулямбо Хаимбе и Нэнси Тембо провели в Лусаке в четверг сессию "
                     "совместной комиссии Замбии и Малави. Президент Хакайнде Хичилема принял главу МИД Малави в "
                     f"четверг в Доме правительства. {cue} провел переговоры с министром иностранных дел Анголы Тете "
                     "Антониу, который находился в Лусаке.")
    assert len(found) == 3, found
