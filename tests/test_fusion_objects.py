"""The object of an act (``tellings.act_object``: the head noun of what was signed or agreed, lemmatised) and fusion
by it (``act_link``): two reports of one day that tell an agreement on one thing, one of them without its actor and
only somewhat alike, are one act; agreements on other things, on a generic thing (``соглашение``) or of other days
stay apart.  Invented sentences, countries and persons."""
import pytest

from khronika.fusion import Known
from khronika.fusion.tellings import act_object

from .test_fusion import grouped
from .test_fusion_incremental import ingested


@pytest.mark.parametrize(("sentence", "trigger", "noun"), [
    ("Делегации подписали совместное коммюнике по итогам переговоров.", "подписали", "коммюнике"),
    ("Совместная декларация была подписана в четверг вечером.", "подписана", "декларация"),
    ("Подписан протокол о пограничном режиме.", "Подписан", "протокол"),
    ("Министры условились в течение трех месяцев отменить визовые сборы.", "условились", "сбор"),
    ("Стороны договорились увеличить количество авиарейсов между столицами.", "договорились", "авиарейс"),
    ("Стороны договорились о создании совместной комиссии по рыболовству.", "договорились", "комиссия"),
    ("Стороны договорились о продлении перемирия.", "договорились", "перемирие"),
    ("Норвегия вручила послу Исландии ноту протеста.", "вручила", "нота"),
    ("Подписано девять соглашений.", "Подписано", "соглашение"),
    ("Бразилия и Парагвай в среду подписали в Асунсьоне меморандум о туризме.", "подписали", "меморандум"),
    ("Министры подписали в Министерстве иностранных дел протокол консультаций.", "подписали", "протокол"),
    ("Норвегия вручила в Осло временному поверенному ноту.", "вручила", "нота"),
    ("Стороны договорились изучить возможность поставок сжиженного газа.", "договорились", "поставка"),
    ("Бразилия и Парагвай договорились.", "договорились", None),
    ("Документ подписали.", "заявили", None),
    ("Премьер Гайаны отверг обвинения северного соседа в укрывательстве контрабандистов.", "отверг", "обвинение"),
])
def test_the_head_noun_of_an_acts_object(sentence, trigger, noun):
    assert act_object(sentence, trigger) == noun


KNOWN = Known(persons={}, country={"e:hanoi": "e:iso-VN"}, names={"e:hanoi": "Ханой"})


def agree(id_, doc, date, text, trigger, sides=(), source=None, told="text"):
    parts = [{"entity": s, "role": "source" if s == source else "participant"} for s in sides]
    return {"id": id_, "doc": doc, "type": "AGREE", "date": date, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": trigger,
            "participants": parts}


ONE = agree("v:a", "d:1", "2031-03-12",
            "Делегации скрепили подписями совместную декларацию, а еще решили расширить обмен студентами.", "скрепили",
            ["e:iso-VN", "e:iso-LA"], told="document")
TWO = agree("v:b", "d:2", "2031-03-12",
            "Во вторник Вьетнам и Лаос подписали совместную декларацию о морских перевозках.", "подписали",
            ["e:iso-VN", "e:iso-LA"])


def test_one_thing_signed_that_day_is_one_act_in_either_order():
    assert grouped([ONE, TWO], KNOWN) == {frozenset({"v:a", "v:b"})}
    assert grouped([TWO, ONE], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_one_thing_agreed_in_other_words():
    a = agree("v:a", "d:1", "2031-06-02", "Стороны договорились до конца года отменить таможенные пошлины на рис.",
              "договорились", ["e:iso-KH", "e:iso-TH"], source="e:iso-KH", told="document")
    b = agree("v:b", "d:2", "2031-06-02", "Главы ведомств обеих стран во вторник договорились отменить пошлины на рис.",
              "договорились")
    assert grouped([a, b], KNOWN) == grouped([b, a], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_one_thing_signed_told_with_its_city_before_it_is_one_act():
    """A city between the verb and the paper (``подписали в Ханое декларацию``) is no part of what was signed."""
    placed = agree("v:b", "d:2", "2031-03-12", "Во вторник Вьетнам и Лаос подписали в Ханое совместную декларацию.",
                   "подписали", ["e:iso-VN", "e:iso-LA"])
    assert grouped([ONE, placed], KNOWN) == grouped([placed, ONE], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_other_things_signed_that_day_stay_apart():
    other = agree("v:c", "d:2", "2031-03-12",
                  "Во вторник Вьетнам и Лаос подписали совместный меморандум о морских перевозках и обмене.",
                  "подписали", ["e:iso-VN", "e:iso-LA"])
    assert grouped([ONE, other], KNOWN) == grouped([other, ONE], KNOWN) == set()


def test_a_generic_thing_or_another_day_tells_no_one_act():
    generic = [agree("v:a", "d:1", "2031-03-12",
                     "Делегации скрепили подписями соглашение, а еще решили расширить обмен студентами.", "скрепили",
                     ["e:iso-VN", "e:iso-LA"], told="document"),
               agree("v:b", "d:2", "2031-03-12",
                     "Во вторник Вьетнам и Лаос подписали соглашение о морских перевозках и обмене.", "подписали",
                     ["e:iso-VN", "e:iso-LA"])]
    assert grouped(generic, KNOWN) == set()
    later = {**TWO, "date": "2031-03-19"}
    assert grouped([ONE, later], KNOWN) == set()


TEXTS = {
    "a.txt": "Вьентьян, 12 марта 2031 года — Премьер-министры Вьетнама и Лаоса провели переговоры во Вьентьяне.\n\n"
             "Стороны подписали совместную декларацию, а еще решили расширить обмен студентами.\n",
    "b.txt": "Ханой, 12 марта 2031 года\n\nГлавы правительств двух стран в среду подписали совместную декларацию о "
             "морских перевозках.\n",  # told without its countries: only the object joins it to the other
}


def test_one_thing_signed_fuses_whatever_the_order_of_ingestion(tmp_path):
    runs = [ingested(tmp_path, TEXTS, name, batches) for name, batches in
            (("whole", [["a.txt", "b.txt"]]), ("ab", [["a.txt"], ["b.txt"]]), ("ba", [["b.txt"], ["a.txt"]]))]
    assert runs[0] == runs[1] == runs[2]
    agreed = [r for r in runs[0] if r["kind"] == "event" and r["type"] == "AGREE"]
    assert len(agreed) == 1 and len({e["doc"] for e in agreed[0]["evidence"]}) == 2


def test_one_process_of_one_object_told_with_other_words_after_it_is_one_thing():
    a = agree("v:a", "d:1", "2031-08-19", "Стороны также условились наладить в ближайшие месяцы совместное "
                                          "патрулирование озера для борьбы с браконьерством.", "условились",
              ["e:iso-MW", "e:iso-TZ"])
    b = agree("v:b", "d:2", "2031-08-19", "Министры Малави и Танзании во вторник договорились о совместном "
                                          "патрулировании озера Ньяса и о создании рабочей группы.", "договорились",
              ["e:iso-MW", "e:iso-TZ"], told="document")
    assert grouped([a, b], KNOWN) == grouped([b, a], KNOWN) == {frozenset({"v:a", "v:b"})}
    other = agree("v:c", "d:3", "2031-08-19", "Министры Малави и Танзании во вторник договорились о совместной "
                                              "очистке озера Ньяса и о создании рабочей группы.", "договорились",
                  ["e:iso-MW", "e:iso-TZ"], told="document")
    assert grouped([a, other], KNOWN) == set()
