"""Support withheld: a verb of support negated (``не одобрил этот план``) or refused (``отказался поддержать …``) is a
negative stance of its subject, towards whoever put forward what is not supported (a demonstrative pointing back to
the subject of the sentence before); support given is positive as ever, and support of an act against a side
withheld is none. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow

PUT = "Канцлер Австрии Карл Майер выдвинул план совместного патрулирования Дуная с участием Румынии. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param(PUT + "Премьер-министр Венгрии Ласло Керестеш не одобрил этот план.",
                 ("negative", "Ласло Керестеш", "Австрия"), id="not_approved_plan"),
    pytest.param(PUT + "Словения не поддержала этот план.", ("negative", "Словения", "Австрия"),
                 id="not_supported_plan"),
    pytest.param("Президент Кипра Андреас Хараламбус предложил провести региональную конференцию по водным ресурсам. "
                 "Мальта отказалась поддержать проведение конференции в нынешнем году.",
                 ("negative", "Мальта", None), id="refused_to_support"),
    pytest.param(PUT + "Словения поддержала этот план.", ("positive", "Словения", "Австрия"), id="supported"),
    pytest.param(PUT + "Словения отклонила этот план.", ("negative", "Словения", "Австрия"),
                 id="rejected_points_to_who_put_it"),
])
def test_stance_of_support_withheld(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize("text", [
    pytest.param("Совет ЕС обсудил новые меры. Словакия не поддержала санкции против Ирана.", id="act_against"),
    pytest.param("Словакия не отказалась поддержать инициативу Чехии.", id="refusal_negated"),
    pytest.param("Италия не поддержала блокаду Кубы.", id="no_proposal_but_an_act_against"),
])
def test_no_negative_stance_when_support_is_not_withheld_from_a_side(run, text):
    assert [s for s in run(text) if s[0] == "negative"] == []
