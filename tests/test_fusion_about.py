"""An agreement told by a noun of the agreement itself (``договоренность``, ``соглашение``: ``OBJECT_ABOUT``): its
object is what it is about, after ``о``/``об`` (``tellings.act_object``), so it meets the agreement told by its verb;
and two agreements about other things stay apart.  Invented sentences."""
import pytest

from khronika.fusion.tellings import act_object, object_phrase

from .test_fusion_sittings import ev
from .test_fusion_things import DAY, SIDES, agree, groups


@pytest.mark.parametrize(("sentence", "trigger", "head"), [
    ("Итогом переговоров стала договоренность о совместной комиссии по рыболовству.", "стала договоренность",
     "комиссия"),
    ("Стороны достигли договоренности о продлении режима тишины на границе.", "достигли", "режим"),
    ("Министры подписали соглашение об отмене виз для дипломатов.", "подписали", "отмена"),
    ("Стороны подписали соглашение, которое вступит в силу в январе.", "подписали", "соглашение"),  # about nothing told
    ("Министры подписали протокол о транзите грузов.", "подписали", "протокол"),  # a paper: ``OBJECT_FORMS``
])
def test_what_an_agreement_noun_is_about(sentence, trigger, head):
    assert act_object(sentence, trigger) == head


def test_the_agreement_noun_is_no_process_of_its_object():
    assert object_phrase("Министры подписали соглашение о продлении режима тишины.", "подписали")[0] == ("продление",)


def test_an_agreement_told_by_its_noun_and_by_its_verb_is_one():
    noun = agree("v:a", "d:1", "По словам министра, главным итогом стала договоренность о комиссии по рыболовству в "
                 "северных водах.", "стала договоренность", SIDES)
    verb = agree("v:b", "d:2", "Португалия и Чили условились учредить совместную комиссию по рыболовству в северных "
                 "водах.", "условились", SIDES, told="document")
    assert groups([noun, verb]) == groups([verb, noun]) == {frozenset({"v:a", "v:b"})}


def test_agreements_about_other_things_stay_apart():
    visas = agree("v:a", "d:1", "Министры двух стран подписали в Порту соглашение об отмене виз.", "подписали", SIDES)
    fish = agree("v:b", "d:2", "Министры двух стран подписали в Порту соглашение о рыболовстве.", "подписали", SIDES)
    assert groups([visas, fish]) == set()


def test_an_agreement_about_a_generic_thing_is_about_its_field():
    assert act_object("Стороны подписали соглашение о сотрудничестве в сфере туризма.", "подписали") == "туризм"
    assert act_object("Стороны подписали соглашение о сотрудничестве между министерствами.", "подписали") \
        == "соглашение"


def _act(id_, doc, text, trigger, roles):
    return {**ev(id_, doc, DAY, list(roles), type_="AGREE", text=text, roles=roles), "trigger": trigger}


def test_an_invitation_accepted_is_no_other_agreement_of_the_day():
    accepted = _act("v:a", "d:1", "Чили приняла приглашение.", "приняла", {"e:iso-CL": "source"})
    agreed = _act("v:b", "d:2", "Чили и Португалия сегодня договорились проводить консультации на регулярной основе.",
                  "договорились", {"e:iso-CL": "source", "e:iso-PT": "target"})
    assert groups([accepted, agreed]) == groups([agreed, accepted]) == set()
    again = _act("v:c", "d:3", "Чили с благодарностью приняла приглашение.", "приняла", {"e:iso-CL": "source"})
    assert groups([accepted, again, agreed]) == {frozenset({"v:a", "v:c"})}
