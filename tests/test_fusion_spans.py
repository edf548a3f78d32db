"""One sitting told held over the same days by two outlets (``meeting_link._one_span``; hand-made events, invented
persons and dates): one report naming no person and fewer sides (``Сессия шла в понедельник и вторник``), the
other the session of those days, is one sitting.  Its limits: another range of days, a single day, persons named by
both, or sides of another pair stay apart."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(persons={"e:cl-min": "Рауль Кинтана", "e:pe-min": "Патрисия Вальдес", "e:ar-min": "Хуан Ортис"},
              roles={"e:cl-min": {("министр экономики", "e:iso-CL")}, "e:pe-min": {("министр финансов", "e:iso-PE")},
                     "e:ar-min": {("министр финансов", "e:iso-AR")}})
SESSION = "Седьмое заседание чилийско-перуанской смешанной комиссии прошло 10–11 марта в Такне."


def session(id_="v:a", doc="d:1", text=SESSION, people=("e:iso-CL", "e:iso-PE", "e:cl-min")):
    return ev(id_, doc, "2031-03-10", list(people), place="Такна", text=text)


def bare(id_, doc, text, people=("e:iso-CL",), date="2031-03-10"):
    return ev(id_, doc, date, list(people), text=text)


def test_a_bare_sitting_of_the_same_two_days_is_that_session():
    told = bare("v:b", "d:2", "Сессия шла в понедельник и вторник в ведомстве.")
    assert grouped([session(), told], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_other_days_persons_in_both_or_another_pair_stay_apart():
    other_days = bare("v:b", "d:2", "Сессия шла во вторник и среду в ведомстве.", date="2031-03-11")
    one_day = bare("v:c", "d:3", "Заседание прошло в понедельник в министерстве.")
    persons = bare("v:d", "d:4", "Встреча проходила в понедельник и вторник.", people=("e:iso-CL", "e:ar-min"))
    others = bare("v:e", "d:5", "Сессия шла в понедельник и вторник в ведомстве.",
                  people=("e:iso-AR", "e:iso-BO"))
    for other in (other_days, one_day, persons, others):
        assert grouped([session(), other], KNOWN) == set()


def test_a_bare_sitting_of_two_days_shares_a_key_with_the_session():
    """An ingest compares its reports only with stored ones sharing a key (``keys.py``): a sitting told over the same
    two days with no person, no place and one side has nothing else in common with the session."""
    from khronika.fusion import report
    from khronika.fusion.keys import keys_of
    told = bare("v:b", "d:2", "Заседание проходило во вторник и среду в министерстве иностранных дел.",
                date="2031-03-11")
    held = session(text="Девятое заседание чилийско-перуанской смешанной комиссии прошло 11–12 марта в Такне.")
    held["date"] = "2031-03-11"
    both = [report(e, KNOWN, e["text"]) for e in (held, told)]
    assert both[1].through == "2031-03-12"
    assert keys_of(both[0]) & keys_of(both[1])
    other = report(bare("v:c", "d:3", "Заседание проходило в среду и четверг в министерстве.", date="2031-03-12"),
                   KNOWN, "Заседание проходило в среду и четверг в министерстве.")
    assert not keys_of(both[0]) & keys_of(other)
