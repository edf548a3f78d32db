"""An agreement told with one verb by two persons in common, its signatories, of one object or one told by one
report only (``act_link._signed_by_two``: ``Документ, подписанный X и Y``), is one signing; another document the pair
signed, or one signatory in common, stays apart (invented countries, persons and texts)."""
from .test_fusion_next import KENYA, ev, groups

PAIR = KENYA + ["e:pe-dm", "e:ke-dm"]
SIGNED = "Хорхе Салинас и Дэвид Кипроно подписали меморандум о морском сотрудничестве."


def signing(id_, doc, date, people, text, told="text"):
    """An agreement whose trigger is the text's first word of signing (``подписали``, ``подписанный``)."""
    trigger = next(w.strip(",.") for w in text.split() if w.lower().startswith("подпис"))
    return {**ev(id_, doc, date, people, place=None, text=text, type_="AGREE", told=told), "trigger": trigger}


def test_a_signing_by_the_same_two_persons_told_otherwise_joins():
    for date, text in ((None, "Меморандум, который подписали Салинас и Кипроно, открывает рыбакам новые районы."),
                       (None, "Документ, подписанный Салинасом и Кипроно, вступит в силу весной."),
                       ("2031-06-05", "Бумагу подписали Кипроно и Салинас, сообщили журналистам в аэропорту.")):
        told = "document" if date else "text"
        other = signing("v:b", "d:2", date, PAIR, text, told)
        assert groups([signing("v:a", "d:1", "2031-06-04", PAIR, SIGNED), other]) == {frozenset({"v:a", "v:b"})}, text


def test_another_document_or_one_signatory_in_common_stays_apart():
    held = signing("v:a", "d:1", "2031-06-04", PAIR, SIGNED)
    other = signing("v:b", "d:2", None, PAIR, "Салинас и Кипроно также подписали протокол о визах для моряков.")
    assert groups([held, other]) == set()  # another document the pair signed
    one = signing("v:c", "d:3", None, KENYA + ["e:pe-dm"], "Документ, подписанный Салинасом, вступит в силу весной.")
    assert groups([held, one]) == set()  # one signatory only
