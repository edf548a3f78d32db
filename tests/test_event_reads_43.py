"""Constructions of events read since session 43: a guest the parser hangs on the place of a reception, members of a
delegation received, a verdict on the other side's words or terms as a rejection, a memorandum signed in a relative
clause of the talks, a readiness declared by a verb of saying; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Премьер-министр Кении принял в среду членов эфиопской делегации.",
    "Президент Ганы принял участников нигерийской делегации в Аккре.",
])
def test_a_reception_is_a_meeting(acts_of, text):
    assert ("CONSULT", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Правительство Кении приняло в среду решение о новых пошлинах.",
])
def test_what_is_adopted_at_a_place_is_no_reception(acts_of, text):
    assert ("CONSULT", "occurred") not in acts_of(text)


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Эквадора назвал обвинения Перу «голословными».",
    "Глава делегации Непала назвала такие условия «неприемлемыми».",
    "Посол Чили назвал требования Боливии абсурдными.",
    "Министр Ганы заявил, что претензии Того необоснованны.",
])
def test_a_verdict_on_the_other_sides_words_or_terms_is_a_rejection(acts_of, text):
    told = acts_of(text)
    assert ("REJECT", "occurred") in told and ("ACCUSE", "occurred") not in told


@pytest.mark.parametrize("text", [
    "МИД Эквадора назвал решение Перу «недружественным».",
    "Министр иностранных дел Ганы назвал действия Того «недопустимыми».",
])
def test_a_verdict_on_an_act_stays_an_accusation(acts_of, text):
    told = acts_of(text)
    assert ("ACCUSE", "occurred") in told and ("REJECT", "occurred") not in told


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Кении и Танзании провели переговоры, по итогам которых подписан меморандум о "
    "сотрудничестве в энергетике.",
    "Главы МИД Египта и Иордании встретились в Каире, где был подписан протокол о консультациях.",
])
def test_a_document_signed_in_a_clause_of_the_talks_is_an_agreement(acts_of, text):
    told = acts_of(text)
    assert ("AGREE", "occurred") in told and ("CONSULT", "occurred") in told


def test_a_meeting_set_for_a_date_in_a_clause_is_no_agreement_of_its_own(acts_of):
    told = acts_of("Министры Кении и Танзании обсудили встречу, которая назначена на январь.")
    assert ("AGREE", "occurred") not in told


@pytest.mark.parametrize("text", [
    "Министр торговли Марокко подчеркнула готовность марокканской стороны наращивать поставки фосфатов в Мавританию.",
    "Посол Индии сообщил о готовности индийской стороны увеличить число стипендий для студентов из Непала.",
    "Глава МИД Турции заверил коллегу из Ирака в готовности Анкары расширить поставки электроэнергии.",
])
def test_a_readiness_declared_is_support(acts_of, text):
    assert ("SUPPORT", "occurred") in acts_of(text)


def test_a_readiness_checked_is_no_support(acts_of):
    assert ("SUPPORT", "occurred") not in acts_of("Губернатор Ташкентской области проверил готовность дорог к зиме.")


@pytest.mark.parametrize("text", [
    "Сегодня в Аккре начался третий цикл диалога между правительством Мали и Координацией движений Азавада.",
    "В Женеве завершился второй тур консультаций России и Норвегии по Арктике.",
])
def test_a_cycle_or_a_tour_of_talks_is_a_meeting(acts_of, text):
    assert ("CONSULT", "occurred") in acts_of(text)


def test_a_tour_of_an_election_is_no_meeting(acts_of):
    assert ("CONSULT", "occurred") not in acts_of("Во втором туре выборов президента Ганы победил кандидат оппозиции.")


def test_a_session_of_a_body_told_before_opening_is_a_meeting(lima_news):
    doc = lima_news("Министры Ганы и Того подписали в пятницу протокол пятого заседания Смешанной ганско-тоголезской "
                    "комиссии по сотрудничеству. Трехдневное заседание открылось в среду.")
    opened = [e for e in doc.events if e.type == "CONSULT" and doc.text[e.start:e.stop].startswith("Трехдневное")]
    assert opened and opened[0].date.iso() == "2024-05-15"


@pytest.mark.parametrize("text", [
    "Вызов норвежского посла в МИД Исландии стал первым за пять лет.",
    "Сегодня в МИД Латвии был приглашен временный поверенный в делах Беларуси.",
    "В эстонское внешнеполитическое ведомство был приглашен посол России.",
])
def test_a_summons_told_as_a_noun_or_ministry_first_is_a_protest(acts_of, text):
    assert ("PROTEST", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Министр финансов Латвии бросил вызов послу на шахматный турнир.",
    "В МИД Латвии был приглашен известный писатель.",
])
def test_a_challenge_or_a_guest_of_a_ministry_is_no_protest(acts_of, text):
    assert ("PROTEST", "occurred") not in acts_of(text)


@pytest.mark.parametrize("decision", [
    "Главный итог — решение начать переговоры о соглашении о рыболовстве.",
    "Итогом встречи стало решение о создании совместной рабочей группы по границе.",
    "Основной результат — решение провести следующий раунд в Аккре.",
])
def test_a_decision_told_as_the_outcome_of_talks_is_their_agreement(lima_news, decision):
    doc = lima_news(f"Министры иностранных дел Ганы и Того провели переговоры в Ломе. {decision}")
    agreed = [e for e in doc.events if e.type == "AGREE"]
    assert agreed and {"e:iso-GH", "e:iso-TG"} <= {p.entity for p in agreed[0].participants}


@pytest.mark.parametrize("text", [
    "Итогом заседания правительства Ганы стало решение о повышении пенсий.",
    "Министры Ганы и Того провели переговоры в Ломе. Итог — решение за вами.",
])
def test_one_states_decision_or_none_is_no_agreement(acts_of, text):
    assert ("AGREE", "occurred") not in acts_of(text)


@pytest.mark.parametrize("text", [
    "МИД Японии назвал действия Пекина провокацией. По его словам, маневры носят демонстративный характер.",
    "В заявлении МИД Норвегии говорится, что учения в понедельник стали проявлением давления на соседей.",
])
def test_exercises_described_are_no_mobilization(types_of, text):
    assert "MOBILIZE" not in types_of(text)


@pytest.mark.parametrize("text", [
    "Военные учения Китая начались в понедельник у берегов Тайваня.",
    "Китай провел военные учения у берегов Тайваня.",
])
def test_exercises_held_stay_a_mobilization(types_of, text):
    assert "MOBILIZE" in types_of(text)


def test_an_impersonal_agreement_after_talks_is_an_agreement(lima_news):
    doc = lima_news("Министры иностранных дел Ганы и Того провели консультации в Аккре. Условлено продолжить работу "
                    "над проектом соглашения о морской границе.")
    assert any(e.type == "AGREE" and doc.text[e.start:e.stop].startswith("Условлено") for e in doc.events)


@pytest.mark.parametrize("text", [
    "Гана и Того обязались не предпринимать односторонних действий в спорном районе до завершения съемки.",
    "Эфиопия обязалась не заполнять водохранилище плотины до подписания соглашения с Египтом.",
])
def test_a_commitment_is_an_agreement(acts_of, text):
    assert ("AGREE", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Индия твердо выступает против односторонних санкций против иранской нефти.",
    "Посольство Турции заявило, что Анкара «решительно выступает против» попыток Греции милитаризировать острова.",
])
def test_a_standing_opposition_to_an_act_is_an_accusation(types_of, text):
    assert "ACCUSE" in types_of(text)


@pytest.mark.parametrize("text", [
    "Индия выступает против любых форм протекционизма в торговле.",
    "Индия решительно выступает против того, чтобы страны создавали закрытые блоки.",
])
def test_an_opposition_in_principle_is_no_accusation(types_of, text):
    assert "ACCUSE" not in types_of(text)


def test_a_summons_commented_on_in_a_question_is_no_protest(acts_of):
    assert ("PROTEST", "occurred") not in acts_of("Вопрос: Как в МИД Латвии прокомментируют вызов латвийского посла в "
                                                  "МИД Беларуси?")



def test_a_common_front_against_sanctions_is_no_accusation(types_of):
    assert "ACCUSE" not in types_of("Министр заявил, что Индия и Бразилия выступают единым фронтом против "
                                    "односторонних санкций.")
