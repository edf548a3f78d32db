"""One standing body of two sides told by each outlet under a name of its own (hand-made events, invented persons and
places): a session of one day, the same sides, a body of one head noun (``комиссия``, ``комитет``, ``совет``) in
each report and evidence much alike is one sitting, whichever persons each report names; so is one sitting in one city
told by one report with a side in its words only; a meeting told ended has the length a next sentence tells.  And
their limits: bodies of other head nouns, other sides, other days, or evidence little alike stay apart."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:pe-sp": "Ана Кинтеро", "e:ke-sp": "Джозеф Мванги", "e:ke-pr": "Сэмюэл Очиенг",
             "e:no-sp": "Туре Хальворсен"},
    roles={"e:pe-sp": {("председатель конгресса", "e:iso-PE")},
           "e:ke-sp": {("спикер национального собрания", "e:iso-KE")},
           "e:ke-pr": {("президент", "e:iso-KE")},
           "e:no-sp": {("председатель стортинга", "e:iso-NO")}},
    country={"e:nairobi": "e:iso-KE"}, names={"e:nairobi": "Найроби"})
SIDES = ["e:iso-PE", "e:iso-KE"]


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


CHAIRS = ("Во вторник Ана Кинтеро и Джозеф Мванги провели в Найроби третье заседание Комиссии по сотрудничеству "
          "между Конгрессом Перу и Национальным собранием Кении.")
DIGEST = ("Председатель Конгресса Перу во вторник провела в Найроби заседание межпарламентской комиссии с Национальным "
          "собранием Кении; участников приветствовал президент Сэмюэл Очиенг.")


def test_one_body_named_otherwise_by_two_outlets_on_one_day_is_one_sitting():
    chairs = ev("v:a", "d:1", "2031-04-15", SIDES + ["e:pe-sp", "e:ke-sp"], rnd=3, text=CHAIRS)
    digest = ev("v:b", "d:2", "2031-04-15", SIDES + ["e:ke-pr"], place="Найроби", text=DIGEST)
    assert groups([chairs, digest]) == {frozenset({"v:a", "v:b"})}


def test_a_committee_named_by_its_topic_and_by_its_kind_is_one():
    topic = ev("v:a", "d:1", "2031-06-03", SIDES + ["e:pe-sp"],
               text="В среду Ана Кинтеро открыла в Лиме заседание Комитета по торговле Перу и Кении, стороны обсудили "
                    "пошлины на кофе и цветы.")
    kind = ev("v:b", "d:2", "2031-06-03", SIDES + ["e:ke-pr"],
              text="Совместный комитет Кении и Перу в среду обсудил пошлины на кофе и цветы, сообщил президент "
                   "Сэмюэл Очиенг.")
    assert groups([topic, kind]) == {frozenset({"v:a", "v:b"})}


def test_bodies_of_other_head_nouns_stay_apart():
    commission = ev("v:a", "d:1", "2031-04-15", SIDES + ["e:pe-sp", "e:ke-sp"], rnd=3, text=CHAIRS)
    council = ev("v:b", "d:2", "2031-04-15", SIDES + ["e:ke-pr"], place="Найроби",
                 text="Президент Сэмюэл Очиенг во вторник провел в Найроби заседание Делового совета Кении и Перу с "
                      "участием парламентариев.")
    assert groups([commission, council]) == set()


def test_one_body_of_other_sides_or_another_day_stays_apart():
    chairs = ev("v:a", "d:1", "2031-04-15", SIDES + ["e:pe-sp", "e:ke-sp"], rnd=3, text=CHAIRS)
    other_sides = ev("v:b", "d:2", "2031-04-15", ["e:iso-PE", "e:iso-NO", "e:no-sp"],
                     text="Председатель стортинга Туре Хальворсен во вторник провел заседание межпарламентской "
                          "комиссии с Конгрессом Перу.")
    next_day = ev("v:c", "d:3", "2031-04-16", SIDES + ["e:ke-pr"], place="Найроби", text=DIGEST)
    assert groups([chairs, other_sides]) == set()
    assert groups([chairs, next_day]) == set()


def test_one_body_told_little_alike_stays_apart():
    chairs = ev("v:a", "d:1", "2031-04-15", SIDES + ["e:pe-sp", "e:ke-sp"], rnd=3, text=CHAIRS)
    other = ev("v:b", "d:2", "2031-04-15", SIDES + ["e:ke-pr"],
               text="Президент Сэмюэл Очиенг заявил журналистам, что комиссия по морским границам с Перу "
                    "подготовит предложения к лету.")
    assert groups([chairs, other]) == set()


# One sitting in one city on one day, one report telling a side in its words only (the mediator's capital, a
# country's adjective), the other naming it as a side.
CAIRO = Known(persons={"e:co-neg": "Луис Кордеро", "e:ve-neg": "Рамон Итурбе"}, roles={},
              country={"e:cairo": "e:iso-EG"}, names={"e:cairo": "Каир"})
BEGUN = ("Правительство Колумбии и повстанцы во вторник начали в Каире третий раунд мирных переговоров при "
         "посредничестве Египта.")


def test_a_sitting_in_one_city_on_one_day_told_with_a_side_in_words_only_is_one():
    begun = ev("v:a", "d:1", "2031-05-13", ["e:iso-CO", "e:iso-EG"], place="e:cairo", rnd=3, text=BEGUN)
    resumed = ev("v:b", "d:2", "2031-05-13", ["e:iso-CO", "e:co-neg"], place="e:cairo",
                 text="Во вторник в Каире возобновились мирные переговоры между правительством Колумбии и "
                      "повстанцами, сообщил переговорщик Луис Кордеро.")
    assert grouped([begun, resumed], CAIRO) == {frozenset({"v:a", "v:b"})}


def test_a_sitting_of_a_side_whose_other_side_it_does_not_name_stays_apart():
    begun = ev("v:a", "d:1", "2031-05-13", ["e:iso-CO", "e:iso-VE"], place="e:cairo", rnd=3,
               text="Колумбия и Венесуэла во вторник начали в Каире третий раунд переговоров о границе.")
    other = ev("v:b", "d:2", "2031-05-13", ["e:iso-CO", "e:co-neg"], place="e:cairo",
               text="Во вторник в Каире начались переговоры правительства Колумбии с повстанцами, сообщил "
                    "переговорщик Луис Кордеро.")
    assert grouped([begun, other], CAIRO) == set()


def test_a_meeting_told_ended_with_its_length_in_the_next_sentence_is_of_each_of_its_days():
    from khronika.fusion.incremental import _length_after
    from khronika.fusion.span import span
    text = ("Делегации Чада и Нигера в пятницу завершили в Ниамее раунд консультаций по границе. Переговоры "
            "продолжались три дня. Следующий раунд пройдет весной.\nДругой абзац: встречи шли два дня.")
    stop = text.index("границе.") + len("границе.")
    assert _length_after(text, stop) == ["Переговоры продолжались три дня."]
    assert _length_after(text, text.index("Следующий") - 1) == []  # the next paragraph's length is not its own
    told = text[:stop] + " " + _length_after(text, stop)[0]
    assert span("2031-05-16", told) == ("2031-05-14", "2031-05-16")
    assert span("2031-05-16", "Сессия комиссии завершилась в пятницу. Заседания длились двое суток.") == \
        ("2031-05-15", "2031-05-16")
    assert span("2031-05-16", "Сессия комиссии открылась в пятницу. Заседания продлятся три дня.") == \
        ("2031-05-16", None)  # begun, not ended: its length says nothing of the days before


def test_two_acts_of_one_sitting_that_share_only_its_generic_words_stay_apart():
    """An agreement to set up a body and a protocol signed, each the outcome of one session told by two outlets,
    share "стороны" and "сессия" only: two acts.  The same act told alike by both is one."""
    pair = SIDES + ["e:pe-sp", "e:ke-sp"]
    held = ev("v:m1", "d:1", "2031-04-15", pair, rnd=3, place="Найроби", text=CHAIRS)
    told = ev("v:m2", "d:2", "2031-04-15", pair, rnd=3, place="Найроби",
              text="Ана Кинтеро и Джозеф Мванги во вторник провели в Найроби третье заседание комиссии.")
    set_up = {**ev("v:a", "d:1", "2031-04-15", [], type_="AGREE",
                   text="По итогам сессии стороны условились учредить совместный комитет по туризму и рыболовству."),
              "meetings": [held]}
    protocol = {**ev("v:b", "d:2", "2031-04-15", [], type_="AGREE", text="Стороны подписали протокол сессии."),
                "meetings": [told]}
    assert groups([set_up, protocol]) == set()
    same = {**protocol, "text": "Стороны условились учредить совместный комитет по туризму и рыболовству."}
    assert groups([set_up, same]) == {frozenset({"v:a", "v:b"})}


def test_a_session_of_one_body_under_the_dateline_of_the_outlets_city_is_the_session_held_elsewhere():
    """The city an outlet writes from (its dateline, not named by the evidence) is not where the body of two sides sat;
    a city both reports' evidence names, when they differ, still tells two sessions."""
    known = Known(persons={}, roles={}, country={"e:cusco": "e:iso-PE", "e:nairobi": "e:iso-KE"},
                  names={"e:cusco": "Куско", "e:nairobi": "Найроби"})
    held = ev("v:a", "d:1", "2031-09-11", SIDES, place="e:cusco",
              text="В Куско в четверг прошла сессия Совместной торговой комиссии Перу и Кении.")
    home = ev("v:b", "d:2", "2031-09-11", SIDES, place="e:nairobi",
              text="Главным итогом сессии совместной торговой комиссии Кении и Перу стал меморандум о пошлинах.")
    assert grouped([held, home], known) == {frozenset({"v:a", "v:b"})}
    named = {**home, "text": "В Найроби заседала совместная торговая комиссия Кении и Перу."}
    assert grouped([held, named], known) == set()


def test_the_fusion_index_gives_each_such_pair_a_key_in_common():
    """An ingest compares its reports only with stored ones sharing a key (``keys.py``): a body named otherwise by a
    report of one side, and a sitting told in one city, share one."""
    from khronika.fusion import report
    from khronika.fusion.keys import keys_of
    chairs = ev("v:a", "d:1", "2031-04-15", SIDES + ["e:pe-sp", "e:ke-sp"], rnd=3, text=CHAIRS)
    one_side = ev("v:b", "d:2", "2031-04-15", ["e:iso-KE", "e:ke-pr"],
                  text="Президент Сэмюэл Очиенг во вторник провел заседание межпарламентской комиссии "
                       "Национального собрания с Конгрессом Перу.")
    assert groups([chairs, one_side]) == {frozenset({"v:a", "v:b"})}
    assert keys_of(report(chairs, KNOWN, CHAIRS)) & keys_of(report(one_side, KNOWN, one_side["text"]))
