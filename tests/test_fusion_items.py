"""In a digest or a listing page (``Document.items``), the meetings an event may follow (the held round a planned
one is the next of, the talks an outcome came out of) are those of its own item only: the next item is another
story, whatever meeting it tells before.  Invented page and countries."""
from khronika.fusion.incremental import _Part
from khronika.fusion.report import Known
from khronika.settings import DEFAULT

PAGE = ("Дипломатия\n\n14 июня\n\nМалави и Замбия провели стратегический диалог в Лилонгве\n\n"
        "Стороны договорились о поставках удобрений.\n\n11 июня\n\n"
        "Правительство Чада и повстанцы завершили второй раунд переговоров в Ниамее\n\n"
        "Третий раунд намечен на сентябрь.\n\n9 июня\n\nБотсвана открыла посольство в Луанде\n\n"
        "Это первое посольство страны в Анголе.")


def row(id_, text, type_="CONSULT", factuality="occurred", date="2031-06-14"):
    start = PAGE.index(text)
    return {"id": id_, "doc": "d:tag", "type": type_, "factuality": factuality, "date": date,
            "start": start, "stop": start + len(text), "trigger_start": start, "participants": [], "place": None}


class _Store:
    def __init__(self, rows):
        self.rows = rows

    def events_by(self, *, docs=(), ids=()):
        return [r for r in self.rows if r["doc"] in set(docs) or r["id"] in set(ids)]


def test_a_planned_round_follows_the_meetings_of_its_own_item_only():
    dialogue = row("v:1", "Малави и Замбия провели стратегический диалог в Лилонгве")
    round_ = row("v:2", "Правительство Чада и повстанцы завершили второй раунд переговоров в Ниамее", date="2031-06-11")
    planned = row("v:3", "Третий раунд намечен на сентябрь.", factuality="planned", date="2031-09")
    part = _Part(_Store([dialogue, round_, planned]), Known(), DEFAULT.fusion)
    part.docs["d:tag"] = {"text": PAGE, "published": "2031-06-15", "published_from": "metadata"}
    assert [m["id"] for m in part._meetings(planned)] == ["v:2"]


def test_on_an_ordinary_page_every_meeting_told_before_is_followed():
    text = PAGE.replace("\n\n14 июня", "").replace("\n\n11 июня", "").replace("\n\n9 июня", "")
    part = _Part(_Store([]), Known(), DEFAULT.fusion)
    part.docs["d:tag"] = {"text": text, "published": "2031-06-15", "published_from": "metadata"}
    rows = []
    for id_, said, fact, date in (("v:1", "Малави и Замбия провели стратегический диалог в Лилонгве", "occurred",
                                   "2031-06-14"),
                                  ("v:2", "Правительство Чада и повстанцы завершили второй раунд переговоров в Ниамее",
                                   "occurred", "2031-06-11"),
                                  ("v:3", "Третий раунд намечен на сентябрь.", "planned", "2031-09")):
        start = text.index(said)
        rows.append({"id": id_, "doc": "d:tag", "type": "CONSULT", "factuality": fact, "date": date, "start": start,
                     "stop": start + len(said), "trigger_start": start, "participants": [], "place": None})
    part.store = _Store(rows)
    assert [m["id"] for m in part._meetings(rows[2])] == ["v:1", "v:2"]


def test_a_refusal_alone_in_its_item_or_on_its_day_is_the_one_told_of_the_talks():
    """``_lone``: the only refusal of its item of a listing (another item's is another story's), and the only one
    of its day in an article (``острова наши с 1905 года, и мы это не пересматриваем`` is no act of that day)."""
    listing = ("Дипломатия\n\n14 июня\n\nМалави и Замбия провели переговоры в Лилонгве\n\n"
               "Лусака вновь отвергла требование о компенсации.\n\n11 июня\n\n"
               "Чад отклонил ноту Нигера\n\nНиамей пообещал ответить.\n\n9 июня\n\n"
               "Ботсвана открыла посольство в Луанде")
    article = ("Министры Малави и Замбии провели переговоры в Лилонгве. Замбия отклонила это предложение. "
               "«Острова наши с 1905 года, и мы это не пересматриваем», — сказал министр.")

    def rows(text, told):
        out = []
        for k, (said, date) in enumerate(told):
            start = text.index(said)
            out.append({"id": f"v:{k}", "doc": "d:1", "type": "REJECT", "factuality": "occurred", "date": date,
                        "start": start, "stop": start + len(said), "trigger_start": start, "participants": [],
                        "place": None})
        return out

    tag = rows(listing, [("Лусака вновь отвергла", "2031-06-14"), ("Чад отклонил ноту", "2031-06-11")])
    part = _Part(_Store(tag), Known(), DEFAULT.fusion)
    part.docs["d:1"] = {"text": listing, "published": "2031-06-15", "published_from": "metadata"}
    assert part._lone(tag[0]) and part._lone(tag[1])
    told = rows(article, [("Замбия отклонила", "2031-06-14"), ("«Острова наши", "1905")])
    part = _Part(_Store(told), Known(), DEFAULT.fusion)
    part.docs["d:1"] = {"text": article, "published": "2031-06-14", "published_from": "metadata"}
    assert part._lone(told[0])
    both = rows(article, [("Замбия отклонила", "2031-06-14"), ("«Острова наши", "2031-06-14")])
    part = _Part(_Store(both), Known(), DEFAULT.fusion)
    part.docs["d:1"] = {"text": article, "published": "2031-06-14", "published_from": "metadata"}
    assert not part._lone(both[0])  # two refusals told of one day: neither is the one
