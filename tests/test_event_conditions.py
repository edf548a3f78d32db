"""Acts a sentence names without telling them (conditions.py): the condition of another, what a threat threatens,
meetings that sides agree to make a practice of; and readiness to help, an offer of support."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(read_news):
    """The types and factualities of the events of a text published on 2024-03-15."""
    return lambda text: [(e.type, e.factuality) for e in read_news(text, "2024-03-15").events]


@pytest.mark.parametrize("text", [
    "Если Оттава введет санкции против Каракаса, Венесуэла ответит.",
    "Если Бразилия пойдет на ограничительные меры, ответ последует незамедлительно.",
    "В случае если Мали закроет границу с Нигером, Ниамей ответит.",
    "Нигер ответит, если Мали закроет границу.",
    "Кения готова помочь, если Уганда и Танзания попросят о посредничестве.",
    "При условии, что Египет подпишет соглашение с Суданом, Хартум возобновит поставки.",
    "Если бы министры Чили и Перу встретились в марте, кризиса удалось бы избежать.",
    "Венгрия предупредила, что в случае «враждебных действий» Словакии ответ не заставит себя ждать.",
])
def test_an_act_in_a_condition_is_none(types, text):
    assert [t for t, _ in types(text) if t != "THREATEN" and t != "SUPPORT"] == []


def test_the_threat_of_a_condition_stays(types):
    assert [t for t, _ in types("Если Оттава введет санкции против Каракаса, Венесуэла ответит.")] == ["THREATEN"]


def test_a_past_told_after_if_is_a_fact(types):
    """``если раньше …, то …`` contrasts facts: what the clause tells took place."""
    assert "AGREE" in [t for t, _ in types("Если в прошлом году Чили и Перу подписали три соглашения, то в этом году — "
                                           "пять.")]


@pytest.mark.parametrize("text", [
    "Президент Чили пригрозил отменить визит в Перу.",
    "Министр Эквадора пригрозил отложить встречу с коллегой из Перу, если Лима не выплатит долг.",
    "Премьер Дании пригрозила бойкотировать саммит НАТО.",
    "Каир угрожает выслать посла Эфиопии.",
    "Эквадор пригрозил ввести санкции против Перу.",
    "Глава МИД Мали пригрозил разрывом дипломатических отношений с Алжиром.",
    "Пригрозив отменить визит в Перу, президент Чили покинул Сантьяго.",
    "Венгрия пригрозила Словакии высылкой дипломатов.",
])
def test_what_a_threat_names_is_no_act(types, text):
    assert [t for t, _ in types(text)] == ["THREATEN"]


def test_an_act_beside_a_threat_stays(types):
    assert types("Президент Чили отменил визит в Перу.") == [("CONSULT", "negated")]
    assert "CONSULT" in [t for t, _ in types(
        "Министр Кении пригрозил отменить визит, но затем провел встречу с президентом Уганды.")]


@pytest.mark.parametrize("text", [
    "Чили и Перу договорились проводить консультации на регулярной основе.",
    "Министры Кении и Уганды условились ежегодно проводить встречи.",
    "Египет и Судан согласились регулярно проводить заседания совместной комиссии.",
    "Египет и Судан решили проводить консультации раз в полгода.",
    "Договорившись проводить консультации ежегодно, министры Чили и Перу завершили визит.",
    "Министры Кении и Уганды договорились, что будут проводить встречи регулярно.",
])
def test_a_practice_of_meetings_agreed_is_the_agreement(types, text):
    assert "AGREE" in [t for t, _ in types(text)]
    assert ("CONSULT", "planned") not in types(text)


@pytest.mark.parametrize("text", [
    "Чили и Перу договорились провести следующий раунд консультаций в Лиме в мае.",
    "Египет и Судан договорились провести консультации в апреле.",
])
def test_one_meeting_agreed_is_planned(types, text):
    assert ("CONSULT", "planned") in types(text)


@pytest.mark.parametrize("text", [
    "Турция готова содействовать, если обе стороны обратятся с просьбой.",
    "Казахстан готов помочь, если Армения и Азербайджан попросят.",
    "Норвегия готова содействовать урегулированию конфликта.",
    "Швейцария готова помочь Эфиопии и Эритрее в поиске компромисса.",
    "Норвегия готова содействовать переговорам Колумбии и Венесуэлы.",
])
def test_readiness_to_help_is_support(types, text):
    assert "SUPPORT" in [t for t, _ in types(text)]


@pytest.mark.parametrize("text", [
    "Клуб готов помочь игроку с переездом.",
    "Компания готова содействовать развитию региона.",
    "Вратарь готов помочь команде в финале.",
    "Кито готов содействовать многостороннему сотрудничеству в приграничной зоне.",
    "Египет готов содействовать развитию торговли с Суданом.",
])
def test_readiness_of_private_people_or_to_promote_its_own_affairs_is_none(types, text):
    assert types(text) == []
