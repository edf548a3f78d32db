"""One agreement of one meeting that two outlets tell with other verbs and other objects (``tellings.object_phrase``,
``acts.things_meet``): the head noun of what was agreed and the words after it — one outlet's head named in the
other's phrase (``передать остров комиссии`` / ``создать комиссию по острову``), one head with words in common after
it, a document's form and what it is about (``согласован план патрулирования`` / ``договорились о патрулировании``).
And its limits: other things agreed at one meeting (``комиссия по рыболовству`` / ``авиасообщение``) never join, nor
one thing agreed by another pair of countries, or a month later.  Hand-made events, invented sentences."""
import pytest

from khronika.fusion.tellings import object_phrase

from .test_fusion_carry import groups
from .test_fusion_incremental import ingested
from .test_fusion_sittings import ev

SIDES = ["e:iso-PT", "e:iso-CL"]
DAY = "2031-05-14"


def agree(id_, doc, text, trigger, people=(), date=DAY, told="text", meetings=None):
    event = {**ev(id_, doc, date, list(people), type_="AGREE", text=text, told=told), "trigger": trigger}
    return {**event, "meetings": meetings} if meetings else event


def talks(id_, doc, date=DAY):
    return ev(id_, doc, date, SIDES, place="e:porto", text="Переговоры министров Португалии и Чили прошли в Порту.")


@pytest.mark.parametrize(("sentence", "trigger", "words"), [
    ("Стороны договорились создать рабочую группу по вопросам рыболовства, а также продлить перемирие.",
     "договорились", ("рыболовство",)),
    ("Министры согласовали маршрут нового газопровода между столицами.", "согласовали", ("новый", "газопровод")),
    ("Решено учредить комиссию России и Перу.", "учредить", ()),  # countries tell no thing
    ("Стороны условились увеличить число авиарейсов с весны.", "условились", ()),  # when, not which
])
def test_the_words_that_tell_which_thing_was_agreed(sentence, trigger, words):
    assert object_phrase(sentence, trigger)[1] == words


PAIRS = [  # (one outlet's sentence, its verb), (the other's): one agreement of one meeting, few words in common
    (("Стороны договорились передать спорный остров под временное управление совместной комиссии до конца года.",
      "договорились"),
     ("Как сообщили вечером в министерстве, главы ведомств согласились учредить комиссию по острову.", "согласились")),
    (("Португалия и Чили условились создать рабочую группу по рыболовству в северных водах.", "условились"),
     ("По словам источника в правительстве, решено учредить группу по рыболовству.", "решено")),
    (("Согласован план совместного патрулирования побережья на ближайшие полгода начиная с января.", "Согласован"),
     ("Главы военных ведомств в четверг договорились о патрулировании побережья силами флота.", "договорились")),
    (("Завершив переговоры, министры условились расширить обмен студентами.", "условились"),
     ("Стороны согласовали программу обмена студентами и преподавателями.", "согласовали")),
    (("Достигнута договоренность о строительстве моста через пограничную реку.", "договоренность"),
     ("Правительства после долгих споров договорились за три года построить мост.", "договорились")),
    (("Главы энергетических ведомств двух стран утвердили маршрут нового газопровода.", "утвердили"),
     ("Португалия и Чили, как стало известно в пятницу, пришли к согласию о маршруте будущего газопровода по дну "
      "залива.", "согласию")),
    (("Министры условились вдвое нарастить количество регулярных рейсов уже с весны.", "условились"),
     ("Накануне вечером правительства договорились о новых авиарейсах.", "договорились")),
]


@pytest.mark.parametrize(("one", "other"), PAIRS)
def test_one_agreement_told_with_other_verbs_and_objects_is_one(one, other):
    a = agree("v:a", "d:1", *one, SIDES)
    b = agree("v:b", "d:2", *other, SIDES, told="document")
    assert groups([a, b]) == groups([b, a]) == {frozenset({"v:a", "v:b"})}


def test_the_process_an_object_is_of():
    assert object_phrase("Министры условились ускорить разминирование спорных участков.", "условились") \
        == (("разминирование",), ())


def test_an_agreement_told_by_its_process_and_one_told_by_its_paper_are_not_set_apart():
    process = agree("v:a", "d:1", "Министры условились ускорить разминирование спорных участков вдоль реки.",
                    "условились", SIDES)
    paper = agree("v:b", "d:2", "Накануне подписан протокол о разминировании и обмене пленными.", "подписан", SIDES,
                  told="document")
    assert groups([process, paper]) == {frozenset({"v:a", "v:b"})}


def test_told_without_its_sides_after_one_meeting_it_is_one():
    a = agree("v:a", "d:1", *PAIRS[0][0], meetings=[talks("v:m", "d:1")])
    b = agree("v:b", "d:2", *PAIRS[0][1], meetings=[talks("v:n", "d:2")])
    assert groups([a, b, talks("v:m", "d:1"), talks("v:n", "d:2")]) >= {frozenset({"v:a", "v:b"})}


def test_other_things_agreed_at_one_meeting_stay_apart():
    meet = [talks("v:m", "d:1")]
    fish = agree("v:a", "d:1", "По итогам встречи в Порту стороны договорились создать комиссию по рыболовству.",
                 "договорились", SIDES, meetings=meet)
    flights = agree("v:b", "d:2", "По итогам встречи в Порту стороны договорились открыть прямое авиасообщение.",
                    "договорились", SIDES, meetings=[talks("v:n", "d:2")])
    assert groups([fish, flights]) == set()
    fish_too = agree("v:c", "d:2", "Министры согласились учредить комиссию по вопросам рыболовства.", "согласились",
                     SIDES, told="document")
    found = groups([fish, flights, fish_too])
    assert frozenset({"v:a", "v:c"}) in found and not any("v:b" in g for g in found)


def test_one_thing_agreed_by_another_pair_or_a_month_later_stays_apart():
    a = agree("v:a", "d:1", *PAIRS[1][0], SIDES)
    other_pair = agree("v:b", "d:2", *PAIRS[1][1], ["e:iso-PE", "e:iso-BO"])
    later = agree("v:c", "d:3", *PAIRS[1][1], SIDES, date="2031-06-16")
    assert groups([a, other_pair]) == set()
    assert groups([a, later]) == set()


def test_a_fund_and_a_consulate_told_in_one_frame_stay_apart():
    frame = "В ходе встречи министров в Порту стороны договорились {}."
    fund = agree("v:a", "d:1", frame.format("учредить фонд развития приграничных районов"), "договорились", SIDES)
    consulate = agree("v:b", "d:2", frame.format("открыть генеральное консульство в приграничных районах"),
                      "договорились", SIDES)
    assert groups([fund, consulate]) == set()


# A meeting retold by a later report dated by its document only (a weekly review, a digest: "… провели
# межправительственные консультации"), four or five days after the day the first report's words give.
HELD = ev("v:h", "d:1", "2031-05-13", SIDES, place="e:porto",
          text="Во вторник в Порту прошли межправительственные консультации Португалии и Чили во главе с премьерами.")


@pytest.mark.parametrize("text", [
    "Португалия и Чили провели межправительственные консультации, подписав пакет документов.",
    "На неделе состоялись португальско-чилийские межправительственные консультации.",
    "Межправительственные консультации Португалии и Чили, прошедшие в Порту, дали старт новой программе.",
    "Главы правительств Португалии и Чили провели в Порту межправительственные консультации.",
])
def test_a_sitting_of_one_body_retold_days_later_by_a_review_is_one(text):
    review = ev("v:r", "d:2", "2031-05-17", SIDES, text=text, told="document")
    assert groups([HELD, review]) == groups([review, HELD]) == {frozenset({"v:h", "v:r"})}


def test_a_retold_meeting_of_another_body_another_pair_or_a_week_later_stays_apart():
    body = ev("v:r", "d:2", "2031-05-17", SIDES, text="Португалия и Чили провели заседание совместной комиссии по "
                                                       "рыболовству.", told="document")
    plain = ev("v:r", "d:2", "2031-05-17", SIDES, text="Португалия и Чили провели переговоры о торговле.",
               told="document")
    pair = ev("v:r", "d:2", "2031-05-17", ["e:iso-PT", "e:iso-UY"],
              text="Португалия и Уругвай провели межправительственные консультации.", told="document")
    later = ev("v:r", "d:2", "2031-05-21", SIDES, text="Португалия и Чили провели межправительственные консультации.",
               told="document")
    for other in (body, plain, pair, later):
        assert groups([HELD, other]) == set(), other["text"]


REVIEW_TEXTS = {
    "a.txt": "ПОРТУ, 13 мая 2031 года — Во вторник в Порту прошли межправительственные консультации Португалии и Чили. "
             "Делегации возглавили премьер-министры двух стран.\n",
    "b.txt": "ЛИССАБОН, 17 мая 2031 года — Португалия и Чили провели межправительственные консультации, "
             "подписав пакет документов о торговле.\n",  # a review under the dateline of another city
}


def test_a_retold_sitting_fuses_whatever_the_order_of_ingestion(tmp_path):
    runs = [ingested(tmp_path, REVIEW_TEXTS, name, batches) for name, batches in
            (("whole", [["a.txt", "b.txt"]]), ("ab", [["a.txt"], ["b.txt"]]), ("ba", [["b.txt"], ["a.txt"]]))]
    assert runs[0] == runs[1] == runs[2]
    held = [r for r in runs[0] if r["kind"] == "event" and r["type"] == "CONSULT"]
    assert len(held) == 1 and len({e["doc"] for e in held[0]["evidence"]}) == 2


TRUCES = [  # one truce however an outlet names it
    ("Стороны договорились о прекращении огня на две недели в приграничных округах.", "договорились"),
    ("Делегации согласовали тридцатидневное перемирие на севере страны.", "согласовали"),
    ("Правительство и повстанцы условились соблюдать режим тишины вдоль реки.", "условились"),
    ("Подписано соглашение о прекращении огня.", "Подписано"),
]


@pytest.mark.parametrize(("one", "other"), [(TRUCES[0], TRUCES[1]), (TRUCES[1], TRUCES[2]), (TRUCES[3], TRUCES[1])])
def test_one_truce_however_named_is_one_agreement(one, other):
    a = agree("v:a", "d:1", *one, SIDES)
    b = agree("v:b", "d:2", *other, SIDES, told="document")
    assert groups([a, b]) == groups([b, a]) == {frozenset({"v:a", "v:b"})}


def test_a_truce_and_another_thing_agreed_that_day_or_another_pairs_truce_stay_apart():
    truce = agree("v:a", "d:1", *TRUCES[0], SIDES)
    prisoners = agree("v:b", "d:2", "Делегации договорились об обмене пленными по формуле «всех на всех».",
                      "договорились", SIDES, told="document")
    other_pair = agree("v:c", "d:3", *TRUCES[1], ["e:iso-PE", "e:iso-BO"])
    assert groups([truce, prisoners]) == set()
    assert groups([truce, other_pair]) == set()


VISA_FREE = [  # one visa-free regime however an outlet names it
    ("Стороны подписали соглашение об отмене виз для обладателей дипломатических паспортов.", "подписали"),
    ("Министры подписали соглашение о безвизовом режиме для дипломатов.", "подписали"),
    ("Стороны договорились о безвизовом въезде для туристов.", "договорились"),
]


@pytest.mark.parametrize(("one", "other"), [(VISA_FREE[0], VISA_FREE[1]), (VISA_FREE[2], VISA_FREE[0])])
def test_one_visa_free_regime_however_named_is_one_agreement(one, other):
    a = agree("v:a", "d:1", *one, SIDES)
    b = agree("v:b", "d:2", *other, SIDES, told="document")
    assert groups([a, b]) == groups([b, a]) == {frozenset({"v:a", "v:b"})}


def test_a_visa_free_regime_and_another_thing_signed_that_day_stay_apart():
    visas = agree("v:a", "d:1", *VISA_FREE[0], SIDES)
    flights = agree("v:b", "d:2", "Министры подписали соглашение о воздушном сообщении.", "подписали", SIDES,
                    told="document")
    assert groups([visas, flights]) == set()


def test_one_truce_told_with_other_words_around_it_is_one_agreement():
    """One pair's truce of one day, one outlet telling its length and kind, the other only its signing and one side:
    one truce, however little else their lines share."""
    told = agree("v:a", "d:1", "Стороны договорились о сорокадневном гуманитарном перемирии и создании совместного "
                               "комитета по наблюдению.", "договорились", SIDES)
    signed = agree("v:b", "d:2", "В Порту сегодня по итогам переговоров подписано соглашение о перемирии, передает "
                                 "пресс-служба МИД.", "подписано", ["e:iso-PT"])
    assert groups([told, signed]) == groups([signed, told]) == {frozenset({"v:a", "v:b"})}
    other_day = agree("v:c", "d:3", "Переговоры в Порту завершились подписанием соглашения о перемирии.",
                      "подписанием", ["e:iso-PT"], date="2031-06-20")
    assert groups([told, other_day]) == set()

