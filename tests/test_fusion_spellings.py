"""The holder of one office named in two transcriptions by two outlets (invented persons, places and dates): one
person, so two reports of a meeting or an agreement of theirs agree and share their persons; and its limits: another
first initial, surnames further apart, too short a surname, a woman's surname, two different offices."""
from khronika.fusion import Known, same_event
from khronika.fusion.agree import left_in_genitive, offices_agree, shared_persons, spelt_apart
from khronika.fusion.persons import Person, fuller, same_person
from khronika.fusion.report import report

from .test_fusion import ev

FM_CL, FM_PE = ("министр иностранных дел", "e:iso-CL"), ("министр иностранных дел", "e:iso-PE")
KNOWN = Known(
    persons={"e:cl-a": "Матеус Гимараш", "e:cl-b": "Матеус Гимарас", "e:pe-a": "Патрисия Тхонгчай",
             "e:pe-b": "Патрисия Тонгчай", "e:pe-c": "Роберто Тонгчай", "e:cl-c": "Матеус Гимарес",
             "e:cl-d": "Матеус Гомес", "e:cl-e": "Матеус Гонсалвеш", "e:cl-dep": "Матеус Гимарат"},
    roles={"e:cl-a": {FM_CL}, "e:cl-b": {FM_CL}, "e:cl-c": {FM_CL}, "e:cl-d": {FM_CL}, "e:cl-e": {FM_CL},
           "e:pe-a": {FM_PE}, "e:pe-b": {FM_PE}, "e:pe-c": {FM_PE},
           "e:cl-dep": {("посол", "e:iso-CL")}})


def person(surname: str, initial: str = "м") -> Person:
    return Person(f"e:{surname}", surname, initial, frozenset())


def test_one_office_holder_spelt_two_ways_is_one_person():
    assert spelt_apart(person("гимараш"), person("гимарас"))  # Portuguese final s heard as ш
    assert spelt_apart(person("тхонгчай", "п"), person("тонгчай", "п"))  # an aspirate written or not
    assert spelt_apart(person("тхаммават", "с"), person("таммавад", "с"))  # two letters apart in a long surname
    assert not spelt_apart(person("гимараш"), person("гимарас", "ж"))  # another first name
    assert not spelt_apart(person("гимараш"), person("гомес"))  # another surname
    assert not spelt_apart(person("гимараш"), person("гимурес"))  # three letters apart: too many
    assert not spelt_apart(person("кова"), person("кона"))  # too short to tell
    assert not spelt_apart(person("петров"), person("петрова"))  # a man's surname and a woman's
    assert not spelt_apart(person("гимарас"), person("гимарас"))  # the same: ``same_person``'s to tell


def test_a_meeting_of_two_ministers_spelt_otherwise_by_each_outlet_is_one():
    one = ev("v:a", "d:1", "2031-04-14", ["e:cl-a", "e:pe-a"], place="Лима")
    other = ev("v:b", "d:2", "2031-04-14", ["e:cl-b", "e:pe-b"], place="Лима")
    assert same_event(one, other, KNOWN)


def test_different_holders_of_one_office_still_disagree():
    one = report(ev("v:a", "d:1", "2031-04-14", ["e:cl-a", "e:pe-a"]), KNOWN)
    for people in (["e:cl-d", "e:pe-a"], ["e:cl-e", "e:pe-a"], ["e:cl-a", "e:pe-c"]):
        # another surname, one too far from it, another first name
        assert not offices_agree(one, report(ev("v:b", "d:2", "2031-04-14", people), KNOWN)), people
    assert offices_agree(one, report(ev("v:c", "d:3", "2031-04-14", ["e:cl-c", "e:pe-b"]), KNOWN))


def test_a_name_spelt_alike_in_another_office_is_no_holder_of_the_same():
    minister = report(ev("v:a", "d:1", "2031-04-14", ["e:cl-a", "e:iso-PE"]), KNOWN)
    ambassador = report(ev("v:b", "d:2", "2031-04-14", ["e:cl-dep", "e:iso-PE"]), KNOWN)
    assert shared_persons(minister, ambassador) == []


def test_a_name_written_in_another_order_or_joined_otherwise_is_one_person():
    known = Known(persons={"e:1": "Таро Мацумото", "e:2": "Мацумото Таро", "e:3": "Пак Сон Хо", "e:4": "Пак Сонхо",
                           "e:5": "Кэнта Мацумото", "e:6": "Пак Сон Ын"})
    first, last, spaced, joined, other, kin = (known.person(f"e:{i}") for i in range(1, 7))
    assert same_person(first, last) and same_person(spaced, joined)
    assert not same_person(first, other)  # another given name
    assert not same_person(spaced, kin) and not same_person(joined, kin)  # another syllable


def test_a_summit_told_with_a_leaders_name_in_another_order_agrees():
    fm = ("премьер-министр", "e:iso-CL")
    known = Known(persons={"e:a": "Таро Мацумото", "e:b": "Мацумото Таро"}, roles={"e:a": {fm}, "e:b": {fm}})
    one = ev("v:a", "d:1", "2031-04-14", ["e:a", "e:iso-CL", "e:iso-PE"], place="Лима")
    other = ev("v:b", "d:2", "2031-04-14", ["e:b", "e:iso-CL", "e:iso-PE"], place="Лима")
    assert offices_agree(*(report(e, known, "") for e in (one, other)))


def test_a_name_told_in_full_with_a_title_or_more_fathers_is_one_person():
    known = Known(persons={"e:1": "Наджиб бин Мансур аль-Зарафи", "e:2": "Шейх Наджиб бин Мансур бин Фахд аль-Зарафи",
                           "e:3": "Умар ибн Тарик", "e:4": "Умар ибн Тарик Аль Заруни",
                           "e:5": "Мансур бин Фахд", "e:6": "Наджиб бин Мансур бин Фахд",
                           "e:7": "Наджиб бин Салем аль-Зарафи", "e:8": "Салем бин Мансур аль-Зарафи"})
    short, full, bare, family, father, son, brother, other = (known.person(f"e:{i}") for i in range(1, 9))
    assert same_person(short, full) and same_person(full, short)  # a title and one more father
    assert same_person(bare, family)  # the family name added
    assert not same_person(father, son)  # the father's name after "бин" is not the son's
    assert not fuller(short.words, brother.words)  # another father (same_person joins them by name and initial)
    assert not same_person(short, other)  # another first name


def test_two_ministers_one_of_them_told_in_full_meet_once():
    fm = ("министр иностранных дел", "e:iso-QA")
    known = Known(persons={"e:a": "Наджиб бин Мансур аль-Зарафи",
                           "e:b": "Сайид Наджиб бин Мансур бин Фахд аль-Зарафи", "e:pe": "Патрисия Тхонгчай"},
                  roles={"e:a": {fm}, "e:b": {fm}, "e:pe": {FM_PE}})
    one = ev("v:a", "d:1", "2031-04-14", ["e:a", "e:pe", "e:iso-QA", "e:iso-PE"], place="Лима")
    other = ev("v:b", "d:2", "2031-04-14", ["e:b", "e:pe", "e:iso-QA", "e:iso-PE"], place="Лима")
    assert offices_agree(*(report(e, known, "") for e in (one, other)))
    assert same_event(one, other, known)


def test_an_honorific_before_a_name_is_not_its_first_name():
    known = Known(persons={"e:1": "Шейха Амира аль-Кувари", "e:2": "Амира аль-Кувари", "e:3": "Сайид Фахд ибн Тарик",
                           "e:4": "Фахд Тарик", "e:5": "Шейх Ндао", "e:6": "Сайид Омар ибн Тарик"})
    titled, plain, sayyid, short, given, other = (known.person(f"e:{i}") for i in range(1, 7))
    assert same_person(titled, plain) and same_person(sayyid, short)
    assert given.initial == "ш"  # "Шейх" of a name of two words may be its given name
    assert not same_person(short, other)  # another first name after the honorific


def test_an_office_holders_name_left_in_the_genitive_is_his():
    known = Known(persons={"e:nz-a": "Бена Корда", "e:nz-b": "Бен Корд", "e:nz-c": "Бен Корт"},
                  roles={p: {("министр иностранных дел", "e:iso-NZ")} for p in ("e:nz-a", "e:nz-b", "e:nz-c")})
    told = report(ev("v:a", "d:1", "2031-04-14", ["e:nz-a", "e:iso-NZ"]), known)
    assert offices_agree(told, report(ev("v:b", "d:2", "2031-04-14", ["e:nz-b", "e:iso-NZ"]), known))
    assert not offices_agree(told, report(ev("v:c", "d:3", "2031-04-14", ["e:nz-c", "e:iso-NZ"]), known))
    assert left_in_genitive(("бена", "корда"), ("бен", "корд"))
    assert not left_in_genitive(("бен", "корда"), ("бен", "корд"))  # the surname alone: a woman's
    assert not left_in_genitive(("корда",), ("корд",))  # a surname alone tells no case


def test_an_office_holder_told_with_one_of_his_two_surnames_is_one_person():
    fm = ("министр обороны", "e:iso-UY")
    known = Known(persons={"e:a": "Хорхе Ибаньес Салинас", "e:b": "Хорхе Ибаньес", "e:c": "Хорхе Ибаньеса Салинас",
                           "e:d": "Хорхе Салинас", "e:e": "Мартин Ибаньес", "e:pe": "Патрисия Тхонгчай"},
                  roles={**{p: {fm} for p in ("e:a", "e:b", "e:c", "e:d", "e:e")}, "e:pe": {FM_PE}})
    full, short, oblique, second, other, _ = (known.person(p) for p in ("e:a", "e:b", "e:c", "e:d", "e:e", "e:pe"))
    assert spelt_apart(full, short) and spelt_apart(oblique, short)  # a case ending left on the first surname
    assert not spelt_apart(second, short)  # another surname
    assert not spelt_apart(full, other) and not spelt_apart(other, full)  # another first name
    one = ev("v:a", "d:1", "2031-04-14", ["e:a", "e:pe", "e:iso-UY", "e:iso-PE"], place="Лима")
    told = ev("v:b", "d:2", "2031-04-14", ["e:b", "e:pe", "e:iso-UY", "e:iso-PE"], place="Лима")
    assert offices_agree(*(report(e, known, "") for e in (one, told)))
    assert same_event(one, told, known)


def test_a_short_last_word_after_the_same_words_may_be_one_letter_apart():
    """``Пак Хён`` and ``Пак Хюн`` (a Korean given name heard two ways after the same family name): one holder; not a
    short word after other words, nor one two letters apart."""
    def named(*words: str) -> Person:
        return Person(f"e:{'-'.join(words)}", words[-1], words[0][:1], frozenset(), words)

    assert spelt_apart(named("пак", "хен"), named("пак", "хюн"))
    assert not spelt_apart(named("пак", "хен"), named("пек", "хюн"))
    assert not spelt_apart(named("пак", "хен"), named("пак", "хан", "у"))
    assert not spelt_apart(named("пак", "хен"), named("пак", "сун"))
    assert not spelt_apart(person("кова"), person("кона"))  # no words told: still too short

