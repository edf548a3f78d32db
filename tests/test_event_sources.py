"""Who acts in an event and where: the person named after a subject title, the state of a subject body, the
speaker of a quote that tells the act in the first person or that is the act itself, the place of the verb and the
city of a building; on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roles(pipeline):
    def go(text, type_):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2024-05-17")))
        names = {e.id: e.name for e in doc.entities}
        (event,) = [e for e in doc.events if e.type == type_]
        return {names.get(p.entity, p.entity): p.role for p in event.participants}
    return go


def test_the_person_named_after_a_subject_title_acts(roles):
    found = roles("Официальный представитель МИД Чили Ана Вилк на брифинге осудила решение властей Перу.", "ACCUSE")
    assert found["Ана Вилк"] == "source" and found["Перу"] == "participant"


def test_the_state_of_a_subject_body_acts_not_a_place_after_a_preposition(roles):
    assert roles("Правительство Перу пригрозило выходом из договора о рыболовстве.", "THREATEN")["Перу"] == "source"
    found = roles("Посол в Перу Томас Вилк выразил протест властям страны.", "PROTEST")
    assert found.get("Перу") != "source"


def test_a_first_person_statement_is_its_authors_act(roles):
    text = ("Комментарий официального представителя МИД Чили Т.Вилка в связи с высылкой чилийского дипломата из "
            "Перу\n\n20 мая власти Перу выслали из страны второго секретаря посольства Чили.\n\n"
            "Расцениваем это решение как недружественный шаг официальной Лимы.")
    assert "source" in roles(text, "ACCUSE").values()


def test_the_speaker_of_a_threat_told_in_indirect_speech_makes_it(roles):
    found = roles("Официальный представитель МИД Чили Ана Вилк осудила решение Лимы. По ее словам, ответные меры "
                  "последуют незамедлительно.", "THREATEN")
    assert found == {"Ана Вилк": "source"}


def test_where_a_meeting_took_place_is_the_verbs_place_and_the_city_of_a_building(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=(
        "Очередной, 20-й раунд переговоров о стабильности в Андах состоялся в четверг во Дворце мира в Гааге с "
        "участием делегаций Чили и Перу."))))
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(e.place) for e in doc.events] == ["Гаага"]


def test_the_official_who_announces_his_states_act_takes_part_in_it(roles):
    found = roles("Правительство Чили отклонило предложение Перу о посредничестве. Об этом сообщил журналистам "
                  "глава МИД Чили Хуан Перес.", "REJECT")
    assert found["Чили"] == "source" and found["Хуан Перес"] == "participant"


def test_the_one_who_decided_an_act_told_as_a_decision_takes_it(roles):
    found = roles("Министерство иностранных дел Уругвая приняло решение отозвать посла в Чили для консультаций.",
                  "SANCTION")
    assert found["Уругвай"] == "source" and found.get("Чили") != "source"
    found = roles("Министерство иностранных дел Уругвая приняло решение отозвать посла в Чилийской Республике Ану "
                  "Роша в Монтевидео для консультаций.", "SANCTION")
    assert found["Уругвай"] == "source" and [r for n, r in found.items() if "Рош" in n] == ["participant"]
    found = roles("МИД Португалии назвал ожидаемым решение Уругвая выслать двух португальских дипломатов.", "SANCTION")
    assert found["Уругвай"] == "source" and found.get("Португалия") != "source"
    assert roles("Правительство Уругвая решило выслать дипломатов после скандала.", "SANCTION")["Уругвай"] == "source"
