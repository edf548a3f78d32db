"""An act with no mirror act (a proposal, an agreement) told by two outlets whose documents date it to days a day or
so apart (hand-made events, invented persons): one act, the same actor or one told by one report only, much of the
same words.  Not an act against a side (the other side's answer in kind reads alike a day later), nor one told by
another actor or by other persons."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_windows import ev

KNOWN = Known(persons={"e:ke-fm": "Дэниел Мутуа", "e:un": "Ингрид Хольм"},
              roles={"e:ke-fm": {("министр иностранных дел", "e:iso-KE")}})
SRC = {"e:iso-KE": "source"}


def told(id_, doc, date, people, text, type_="REQUEST", how="document", roles=SRC):
    trigger = next(w for w in text.split() if w.startswith(("предлож", "высл", "призва")))
    return {**ev(id_, doc, date, people, told=how, type_=type_, text=text, roles=roles), "trigger": trigger}


PROPOSAL = "Кения предложила Уганде создать совместные патрули на озере Виктория для борьбы с контрабандой рыбы."


def test_a_proposal_told_by_the_papers_of_two_days_is_one():
    one = told("v:a", "d:1", "2031-03-11", ["e:iso-KE", "e:iso-UG"], PROPOSAL)
    other = told("v:b", "d:2", "2031-03-12", ["e:iso-KE"], "Кенийская делегация, по данным источников, предложила "
                 "организовать совместное патрулирование озера Виктория, однако ответа пока нет.")
    assert grouped([one, other], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_an_act_against_a_side_another_actor_other_persons_or_a_day_told_stay_apart():
    one = told("v:a", "d:1", "2031-03-11", ["e:iso-KE", "e:iso-UG"], PROPOSAL)
    other = told("v:b", "d:2", "2031-03-12", ["e:iso-UG", "e:iso-KE"],
                 "Уганда предложила Кении создать совместные патрули на озере Виктория.", roles={"e:iso-UG": "source"})
    assert grouped([one, other], KNOWN) == set()
    expel = "Кения выслала двух угандийских дипломатов за вмешательство во внутренние дела."
    answer = told("v:d", "d:4", "2031-03-12", ["e:iso-KE", "e:iso-UG"], expel, type_="SANCTION", roles={})
    assert grouped([told("v:c", "d:3", "2031-03-11", ["e:iso-KE", "e:iso-UG"], expel, type_="SANCTION"), answer],
                   KNOWN) == set()
    minister = told("v:e", "d:5", "2031-03-11", ["e:ke-fm", "e:iso-KE"],
                    "Министр Дэниел Мутуа призвал стороны создать совместные патрули на озере Виктория.", roles={})
    envoy = told("v:f", "d:6", "2031-03-12", ["e:un"],
                 "Ингрид Хольм призвала стороны создать совместные патрули на озере Виктория.", roles={})
    assert grouped([minister, envoy], KNOWN) == set()
