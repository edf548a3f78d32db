"""An invitation accepted (events.patterns): told alone, in either word order, it is an agreement; told with what it
is to (an infinitive: ``принял приглашение посетить …``), the visit to come is an event, and the acceptance, done
that day, another (``invitations.py``); so is the invitation made (``пригласил X посетить …``); on sentences written
for these tests."""
import pytest

pytestmark = pytest.mark.slow

STORY = "Президент Ганы пригласил президента Того посетить Аккру с государственным визитом. "


@pytest.mark.parametrize("text", [
    "Президент Того с благодарностью принял приглашение.",
    "Тоголезская сторона приглашение приняла.",
    "Тоголезская сторона приняла это приглашение в тот же день.",
])
def test_an_invitation_accepted_alone_is_an_agreement(types_of, text):
    got = types_of(STORY + text)
    assert "AGREE" in got, got


@pytest.mark.parametrize("text", [
    "Президент Того принял приглашение посетить Аккру с государственным визитом.",
    "Премьер Того приняла приглашение посетить Аккру в следующем году.",
])
def test_an_invitation_to_a_visit_is_the_visit_and_its_acceptance(events, text):
    got = {(e.type, e.factuality) for e in events(text, "2026-11-25")}
    assert {("CONSULT", "planned"), ("AGREE", "occurred")} <= got, got


@pytest.mark.parametrize("text, act", [
    ("Президент Ганы пригласил президента Того посетить Аккру с государственным визитом в 2027 году.", "пригласил"),
    ("Министр иностранных дел Ганы передал президенту Бенина приглашение посетить Аккру в следующем году.", "передал"),
])
def test_an_invitation_to_a_visit_is_made_the_day_it_is_told(events, text, act):
    """The visit lies ahead; the inviting is done, on the day of the news (``invitations.py``)."""
    got = {(e.type, e.factuality, e.date.iso(), e.trigger) for e in events(text, "2026-11-25")}
    assert ("CONSULT", "planned", "2027", "посетить") in got, got
    assert ("REQUEST", "occurred", "2026-11-25", act) in got, got


@pytest.mark.parametrize("then", ["Приглашение было с благодарностью принято.",
                                  "Приглашение с благодарностью принято."])
def test_an_invitation_accepted_in_the_passive_is_of_the_sides_invited(events, then):
    """``Приглашение принято`` right after the invitation: that invitation accepted, by its sides."""
    got = [e for e in events("Министр иностранных дел Ганы передал президенту Бенина приглашение посетить Аккру. "
                             + then, "2026-11-25") if e.type == "AGREE"]
    assert [(e.factuality, e.date.iso()) for e in got] == [("occurred", "2026-11-25")], got
    assert got[0].participants


def test_an_invitation_told_as_a_plan_is_no_act(events):
    got = {e.type for e in events("Президент Ганы намерен пригласить президента Того посетить Аккру.", "2026-11-25")}
    assert "REQUEST" not in got, got


def test_an_invitation_declined_is_no_agreement_reached(events):
    got = [(e.type, e.factuality) for e in events(STORY + "Президент Того не принял приглашение.", "2026-11-25")]
    assert ("AGREE", "occurred") not in got, got


@pytest.mark.parametrize("text, act", [
    ("Передано приглашение министру иностранных дел Бенина посетить Аккру с официальным визитом.", "Передано"),
    ("Министр передала президенту Того приглашение президента Ганы посетить Аккру с государственным визитом.",
     "передала"),
])
def test_an_invitation_handed_over_or_told_in_the_passive_is_made(events, text, act):
    """The invitation is the subject of a passive verb of handing over, or the object of the verb the parser hangs
    the infinitive on: the visit is one to come, the invitation made that day."""
    got = {(e.type, e.factuality, e.trigger) for e in events(text, "2026-11-25")}
    assert ("CONSULT", "planned", "посетить") in got, got
    assert ("REQUEST", "occurred", act) in got, got


def test_an_invitation_told_in_the_passive_then_accepted_is_agreed_by_its_sides(events):
    got = events("Передано приглашение министру иностранных дел Бенина посетить Аккру с официальным визитом. "
                 "Приглашение с благодарностью принято.", "2026-11-25")
    (agreed,) = [e for e in got if e.type == "AGREE"]
    assert agreed.factuality == "occurred" and agreed.participants
