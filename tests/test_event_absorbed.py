"""Two events of one document that a restatement must not absorb: a reception by a head of state after talks of
ministers, a body agreed on after documents signed; and true retellings of one act that still join.  On sentences
written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text):
        doc = read_news(text, "2026-10-14")
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, names.get(e.place, e.place), len(e.more)) for e in doc.events]
    return go


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Перу Хуан Салас провел в Кито переговоры с министром иностранных дел Эквадора "
    "Мартином Вегой. В тот же день Хуана Саласа принял президент Эквадора Даниэль Ортис.",
    "Премьер-министр Португалии Луиш Мартинш провел переговоры с премьер-министром Марокко Азизом Беннани в "
    "Рабате. Вечером Луиша Мартинша принял король Марокко Хасан Идриси.",
    "Вице-премьер Армении Тигран Мелконян и вице-премьер Грузии Ираклий Беридзе провели в Тбилиси заседание "
    "межправительственной комиссии. Тиграна Мелконяна также принял президент Грузии Давид Цулая.",
])
def test_a_reception_by_a_head_of_state_after_talks_of_ministers_is_a_meeting_of_its_own(events, text):
    told = events(text)
    assert [t for t, _, _ in told] == ["CONSULT", "CONSULT"]
    assert told[1][1] == told[0][1] is not None  # the guest is received in the city of his talks


@pytest.mark.parametrize("text", [
    "Президент Эквадора Даниэль Ортис принял министра иностранных дел Перу Хуана Саласа. Хуан Салас был принят "
    "президентом в его резиденции.",
    "Министр иностранных дел Перу Хуан Салас прибыл в Кито. Его принял президент Эквадора Даниэль Ортис.",
])
def test_a_reception_told_again_or_after_an_arrival_joins(events, text):
    assert [t for t, _, _ in events(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Монголия и Казахстан подписали в Улан-Баторе четыре соглашения. Монголия и Казахстан также договорились о "
    "создании совместной комиссии по водным ресурсам.",
    "Министры Чили и Аргентины подписали меморандум о пограничной торговле. Кроме того, стороны договорились "
    "создать рабочую группу по горнодобывающей отрасли.",
    "Вьетнам и Лаос договорились об учреждении совместного совета по энергетике. Министры подписали также "
    "протокол о транзите.",
])
def test_documents_signed_and_a_body_agreed_on_are_two_acts(events, text):
    assert [t for t, _, _ in events(text) if t == "AGREE"] == ["AGREE", "AGREE"]


@pytest.mark.parametrize("text", [
    "Монголия и Казахстан подписали в Улан-Баторе четыре соглашения. Соглашения подписали министры иностранных дел "
    "Монголии и Казахстана.",
    "Монголия и Казахстан договорились создать совместную комиссию по водным ресурсам. Министры иностранных дел "
    "Монголии и Казахстана договорились о создании комиссии в Улан-Баторе.",
    "Чили и Аргентина договорились об учреждении рабочей группы по горнодобывающей отрасли. Соответствующая "
    "договоренность между Чили и Аргентиной достигнута в Сантьяго.",
])
def test_one_act_told_again_still_joins(events, text):
    assert [(t, more) for t, _, more in events(text) if t == "AGREE"] == [("AGREE", 1)]


def test_a_reception_after_a_session_told_with_one_person_is_a_meeting_of_its_own(events):
    told = events("Вице-премьер Армении Тигран Мелконян провел в Тбилиси заседание межправительственной комиссии. "
                  "В тот же день Тигран Мелконян был принят президентом Грузии Давидом Цулая.")
    assert [t for t, _, _ in told] == ["CONSULT", "CONSULT"]


def test_a_reception_after_a_visit_of_one_person_joins(events):
    told = events("Министр иностранных дел Перу Хуан Салас прибыл с официальным визитом в Эквадор. Его принял "
                  "президент Эквадора Даниэль Ортис.")
    assert [t for t, _, _ in told] == ["CONSULT"]


def test_a_host_named_before_a_guest_read_as_a_second_subject_receives_him(events):
    assert [t for t, _, _ in events("Президент Парагвая Хосе Бенитес в пятницу принял Шевчука в Асунсьоне.")] == [
        "CONSULT"]


@pytest.mark.parametrize("text", [
    "Министр энергетики Чили Гонсало Фуэнтес и министр энергетики Перу Хорхе Кинтана провели в Лиме заседание "
    "совместной комиссии. Гонсало Фуэнтес в Лиме провел отдельную встречу с премьер-министром Перу Рафаэлем Сото.",
    "Министры иностранных дел Кении Джон Мбугуа и Танзании Амос Мвакьюса провели переговоры в Аруше. Джон Мбугуа "
    "также встретился с президентом Танзании Хамисом Салимом.",
])
def test_a_meeting_with_a_head_of_government_after_a_session_of_ministers_is_its_own(events, text):
    assert [t for t, _, _ in events(text)] == ["CONSULT", "CONSULT"]


def test_a_meeting_told_again_by_its_noun_with_a_head_named_joins(events):
    told = events("Министры иностранных дел Кении Джон Мбугуа и Танзании Амос Мвакьюса провели переговоры в Аруше. "
                  "В ходе встречи президент Танзании Хамис Салим приветствовал министров.")
    assert [t for t, _, _ in told if t == "CONSULT"] == ["CONSULT"]
