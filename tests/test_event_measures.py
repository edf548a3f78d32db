"""Steps coordinated with one's allies, an answer told as taken, and an act evaluated as unlawful; on sentences written
for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министр Японии пояснил, что пакет ограничений был согласован с партнерами по «семерке».",
    "Премьер Австралии сказал, что новые ограничения согласованы с союзниками.",
    "Глава МИД Норвегии сообщил, что согласовал эти шаги со своими партнерами.",
])
def test_steps_coordinated_with_allies_are_no_agreement(acts_of, text):
    assert ("AGREE", "occurred") not in acts_of(text)


def test_an_agreement_with_a_state_stays(acts_of):
    assert ("AGREE", "occurred") in acts_of("Аргентина согласовала с Уругваем график поставок.")


@pytest.mark.parametrize("text", [
    "Временному поверенному сообщили, что в качестве ответной меры трое сотрудников консульства Чили объявлены "
    "персонами нон грата.",
    "В качестве ответной меры МИД Эквадора выслал трех колумбийских дипломатов.",
])
def test_an_answer_told_as_taken_is_no_threat(acts_of, text):
    told = acts_of(text)
    assert ("SANCTION", "occurred") in told and not any(t == "THREATEN" for t, _ in told)


def test_an_answer_to_come_is_a_threat(acts_of):
    assert ("THREATEN", "occurred") in acts_of("МИД Перу заявил, что в качестве ответной меры будут высланы два "
                                               "чилийских дипломата.")


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Перу заявил: «Мы считаем блокаду Боливии незаконной».",
    "Министр иностранных дел Перу назвал блокаду Боливии незаконной.",
    "Президент Чили считает санкции против Венесуэлы незаконными.",
])
def test_an_act_called_unlawful_is_an_accusation_not_the_act(acts_of, text):
    assert acts_of(text) == [("ACCUSE", "occurred")]


def test_a_tag_of_a_reposted_post_is_no_act(acts_of):
    text = ("Посольство Перу в Чили\nРешительно протестуем против решения властей Чили.\n#Чили #санкции #переговоры\n"
            "👍 120  😡 15  👁 9,1K")
    assert not any(t in ("SANCTION", "CONSULT") for t, _ in acts_of(text))


def test_a_mailing_footer_is_no_agreement(acts_of):
    assert acts_of("Министры Чили и Перу провели переговоры в Лиме.\n\nВы получили это письмо как подписчик "
                  "бюллетеня «Мировая неделя».") == [("CONSULT", "occurred")]


@pytest.mark.parametrize("text", [
    "Крупные агрохолдинги и Ассоциация мукомолов провели в Самаре второй раунд переговоров о ценах на зерно. Стороны "
    "обменялись предложениями, но договориться так и не смогли. Следующая встреча делегаций назначена на март.",
    "Автоконцерн «Восток-Моторс» и Союз дилеров провели переговоры о скидках. Договориться не удалось, следующая "
    "встреча делегаций пройдет в январе.",
])
def test_sides_no_state_are_no_diplomacy(acts_of, text):
    assert acts_of(text) == []


def test_sides_of_states_told_by_adjectives_act(acts_of):
    told = acts_of("Глава чилийского правительства провел в перуанской столице переговоры с перуанским лидером. "
                  "Стороны подписали 11 документов.")
    assert ("AGREE", "occurred") in told
