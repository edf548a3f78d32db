"""An invitation accepted (events.patterns): told alone, in either word order, it is an agreement; told with what it
is to (an infinitive: ``принял приглашение посетить …``), the visit to come is the event, and no agreement besides; on
sentences written for these tests."""
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
    "Премьер Того приняла приглашение принять участие в саммите в Аккре.",
])
def test_an_invitation_to_a_visit_is_the_visit(types_of, text):
    got = types_of(text)
    assert "AGREE" not in got and "CONSULT" in got, got


def test_an_invitation_declined_is_no_agreement_reached(events):
    got = [(e.type, e.factuality) for e in events(STORY + "Президент Того не принял приглашение.", "2026-11-25")]
    assert ("AGREE", "occurred") not in got, got
