"""Grouping when a document tells one event several times (a headline, its page's metadata, a recap) and only some of
its tellings are linked to other outlets: a report that fits the group of those tellings and a lone telling of the same
document alike joins the group — the lone telling is that document's event told again, not a second event it could
bridge.  A lone report of another document, or a telling that disagrees with the group, still keeps it apart.  The
rules of agreement and link are stubbed (``cluster.compatible``, ``cluster.link``): the grouping alone is tested."""
import random
from types import SimpleNamespace

import pytest

from khronika.fusion import cluster


def rep(id_, doc, date, **more):
    return SimpleNamespace(id=id_, doc=doc, date=date, default=False, type="SANCTION", persons=[], sides=frozenset(),
                           through=None, round=None, **more)


@pytest.fixture
def rules(monkeypatch):
    """Links (a pair of ids → strength, either way) and disagreements (pairs of ids) for one test."""
    table = SimpleNamespace(links={}, apart=set())

    def link(a, b, settings=None):
        return 0 if a.doc == b.doc else table.links.get(frozenset({a.id, b.id}), 0)

    monkeypatch.setattr(cluster, "link", link)
    monkeypatch.setattr(cluster, "compatible", lambda a, b, settings=None: frozenset({a.id, b.id}) not in table.apart)
    return table


def grouped(reports) -> set[frozenset]:
    out: dict[str, set] = {}
    for eid, gid in cluster.fuse_reports(reports).items():
        out.setdefault(gid, set()).add(eid)
    return {frozenset(g) for g in out.values()}


def _retold():
    body = rep("v:b1", "d:first", "2031-05-08")  # the first outlet's body, linked to the second outlet
    title = rep("v:b0", "d:first", "2031-05-08")  # its headline told again, linked to no other outlet
    other = rep("v:c1", "d:second", "2031-05-08")
    month = rep("v:m1", "d:weekly", "2031-05")  # a weekly's "на прошлой неделе", linked to the headline and the body
    return body, title, other, month


def test_a_report_fitting_an_event_and_its_own_document_telling_it_again_joins_the_event(rules):
    body, title, other, month = _retold()
    rules.links = {frozenset({"v:b1", "v:c1"}): 2, frozenset({"v:m1", "v:b0"}): 1, frozenset({"v:m1", "v:c1"}): 1}
    reports = [body, title, other, month]
    # the headline, alone when its layer was settled, then joins the event its document's body is in
    want = {frozenset({"v:b0", "v:b1", "v:c1", "v:m1"})}
    for seed in range(4):  # whatever the order of the reports
        random.Random(seed).shuffle(reports)
        assert grouped(reports) == want


def test_a_lone_report_of_another_document_still_keeps_it_apart(rules):
    body, _, other, month = _retold()
    third = rep("v:d1", "d:third", "2031-05-08")  # another outlet's lone report: maybe a second act that day
    rules.links = {frozenset({"v:b1", "v:c1"}): 2, frozenset({"v:m1", "v:d1"}): 1, frozenset({"v:m1", "v:c1"}): 1}
    assert grouped([body, other, third, month]) == {frozenset({"v:b1", "v:c1"})}


def test_a_telling_that_disagrees_with_the_group_still_keeps_it_apart(rules):
    body, title, other, month = _retold()
    rules.links = {frozenset({"v:b1", "v:c1"}): 2, frozenset({"v:m1", "v:b0"}): 1, frozenset({"v:m1", "v:c1"}): 1}
    rules.apart = {frozenset({"v:b0", "v:c1"})}  # the document's second act (another target, another day)
    assert grouped([body, title, other, month]) == {frozenset({"v:b1", "v:c1"})}


def test_an_act_its_document_tells_again_alike_joins_the_group_of_its_other_telling(rules, monkeypatch):
    """The headline is linked to another outlet; the lead, longer, to none: told alike by its own document on that
    day (``rules.told_twice``), it joins the headline's group, whatever the order of the reports."""
    twice = {frozenset({"v:h", "v:l"})}
    monkeypatch.setattr(cluster, "told_twice", lambda a, b, settings=None: frozenset({a.id, b.id}) in twice)
    head, lead = rep("v:h", "d:1", "2031-05-08"), rep("v:l", "d:1", "2031-05-08")
    other = rep("v:o", "d:2", "2031-05-08")
    rules.links = {frozenset({"v:h", "v:o"}): 2}
    reports = [head, lead, other]
    for seed in range(3):
        random.Random(seed).shuffle(reports)
        assert grouped(reports) == {frozenset({"v:h", "v:l", "v:o"})}
    twice.clear()  # told otherwise: maybe the document's second act of that type
    assert grouped(reports) == {frozenset({"v:h", "v:o"})}


def _act(id_, doc, text, told="text", date="2031-05-12", sides=("e:iso-CL",)):
    return {"id": id_, "doc": doc, "type": "SANCTION", "date": date, "date_from": told, "format": None,
            "round": None, "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": "санкции",
            "participants": [{"entity": s, "role": "participant"} for s in sides]}


def test_told_twice_is_one_documents_act_of_one_day_told_alike():
    from khronika.fusion import Known, report
    from khronika.fusion.rules import told_twice

    def rpt(e):
        return report(e, Known(), e["text"])

    head = rpt(_act("v:h", "d:1", "Чили ограничила въезд семи перуанским депутатам", told="document"))
    lead = rpt(_act("v:l", "d:1", "Власти Чили в понедельник ограничили въезд семи перуанским депутатам "
                                  "и членам их семей."))
    other = rpt(_act("v:o", "d:1", "Ранее Чили ограничила ввоз удобрений двух аргентинских заводов."))
    assert told_twice(head, lead)
    assert not told_twice(head, other)  # another act of that type: other words
    elsewhere = rpt(_act("v:x", "d:2", "Власти Чили в понедельник ограничили въезд семи перуанским "
                                       "депутатам."))
    assert not told_twice(head, elsewhere)  # another outlet's: a link's to tell
    later = rpt(_act("v:y", "d:1", "Власти Чили ограничили въезд семи перуанским депутатам и членам "
                                   "их семей.", date="2031-05-19"))
    assert not told_twice(lead, later)  # another day
