"""Support both reports tell with their speakers, none in common, is two acts however alike the lines
(``act_link._said_by_others``: the guest minister's support of the host and the host minister's support of a third
country at one meeting); the same speaker's support told by an outlet that does not say whose side he is of is one.
Invented countries, persons and lines."""
from khronika.fusion import Known, report
from khronika.fusion.rules import compatible, link

KNOWN = Known(persons={"e:a": "Томас Ригер", "e:b": "Лиина Каск"})


def _act(id_, doc, text, parts, trigger):
    return report({"id": id_, "doc": doc, "type": "SUPPORT", "date": "2031-05-16", "date_from": "text", "format": None,
                   "round": None, "mode": None, "place": None, "factuality": "occurred", "text": text,
                   "trigger": trigger, "participants": [{"entity": e, "role": r} for e, r in parts]}, KNOWN, text)


GUEST = _act("v:a", "d:1", "По данным МИД, австрийский министр Томас Ригер заявил о поддержке усилий Таллина по "
                           "укреплению энергетической безопасности.",
             [("e:iso-AT", "source"), ("e:a", "source"), ("e:iso-EE", "target")], "заявил о поддержке")


def test_two_speakers_support_at_one_meeting_is_two_acts():
    host = _act("v:b", "d:2", "Эстонский министр Лиина Каск заявила, что Таллин разделяет озабоченность Австрии, и "
                              "выразила поддержку усилиям по укреплению энергетической безопасности Молдавии.",
                [("e:iso-EE", "participant"), ("e:b", "participant"), ("e:iso-AT", "participant"),
                 ("e:iso-MD", "participant")], "выразила поддержку")
    assert not (compatible(GUEST, host) and link(GUEST, host) > 0)


def test_one_speakers_support_told_without_his_side_is_one_act():
    retold = _act("v:b", "d:2", "Томас Ригер заявил о поддержке усилий Таллина по укреплению энергетической "
                                "безопасности, сообщил МИД.", [("e:a", "participant"), ("e:iso-EE", "participant")],
                  "заявил о поддержке")
    assert compatible(GUEST, retold) and link(GUEST, retold) > 0
