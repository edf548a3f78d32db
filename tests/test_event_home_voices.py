"""A domestic debate is no diplomacy (events.domestic): an opposition party, a lawmaker or a parliament's committee
that criticises, calls on or supports its own government, and what such a call asks for, make no event, however the
address is worded; a lawmaker's own diplomacy and a state's acts beside the debate stay; on sentences written for
these tests."""
import pytest

pytestmark = pytest.mark.slow

STORY = "Министр иностранных дел Эквадора провел переговоры с коллегой из Колумбии в Кито. "


@pytest.mark.parametrize("text", [
    # an opposition party, its criticism and its call told together
    "Оппозиционная партия «Вперед» раскритиковала правительство за медлительность и призвала вызвать в МИД посла "
    "Колумбии.",
    "Оппозиционные социалисты раскритиковали решение правительства и потребовали отставки министра.",
    # a lawmaker: a call, a demand from, an accusation
    "Депутат парламента Карлос Мендес призвал правительство разорвать отношения с Колумбией.",
    "Сенаторы потребовали от правительства объяснений по итогам переговоров.",
    "Депутат Национального собрания Ана Торрес обвинила власти в уступках Боготе и призвала их пересмотреть договор.",
    # one of a parliament's people, a committee's head, a part of its members
    "Председатель комитета сената по иностранным делам Хуан Перес выразил поддержку позиции МИД, но призвал "
    "правительство действовать осторожно.",
    "Часть членов парламента раскритиковала кабинет за поспешность.",
    # what the government did, told in the criticism's own clause
    "Парламентская оппозиция осудила переговоры, заявив, что правительство «уступает Колумбии».",
])
def test_a_domestic_debate_makes_no_event(types_of, text):
    got = types_of(STORY + text)
    assert got == ["CONSULT"], got


@pytest.mark.parametrize("text, kind", [
    ("Сенатор одобрил инициативу колумбийского посла о совместном мониторинге реки.", "SUPPORT"),
    ("Депутаты парламента Эквадора встретились с послом Колумбии.", "CONSULT"),
    ("Парламентарии Эквадора и Колумбии подписали совместное заявление.", "AGREE"),
    # an opposition that is a party to talks refuses a government's proposal
    ("Правительство Колумбии и вооруженная оппозиция провели переговоры в Гаване. Оппозиция отвергла предложение "
     "правительства провести выборы в марте.", "REJECT"),
    # a government of another state, named, is a side
    ("Депутат парламента Эквадора призвал правительство Колумбии освободить задержанных рыбаков.", "REQUEST"),
    # the state's own voice after the opposition's, in the same sentence
    ("Оппозиция раскритиковала правительство, а МИД Эквадора призвал Колумбию вернуть посла.", "REQUEST"),
])
def test_a_lawmakers_diplomacy_and_a_states_acts_stay(types_of, text, kind):
    assert kind in types_of(text)


def test_human_rights_defenders_are_private(types_of):
    got = types_of(STORY + "Правозащитники раскритиковали соглашение о высылке мигрантов.")
    assert "ACCUSE" not in got, got
