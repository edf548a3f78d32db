"""Stances in the common forms of diplomatic speech, on sentences written for these tests with invented persons:
relations a side says it has so (``С X у нас прекрасные отношения``: the speaker's side, ``у Y сложились отличные
отношения с X``: Y), an
act not tolerated past a concessive clause (``не позволит никому, кем бы он ни был,
диктовать``), sovereignty questioned or respected (``ставит под сомнение суверенитет X``, ``в Y никто не
подвергает сомнению …``, ``уважает целостность X``), a side following another blindly (``слепо копирует решения X``,
``пошла на поводу у X``), a government called a regime (``назвал власти X «режимом, …»``), a feeling expressed in a
statement (``В коммюнике X выражается возмущение …``); and the forms that are
none (a company's partners, a goal, a stadium, a study's independence, a visa regime)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("«С Латвией у нас отличные отношения, как никогда прежде», — сказал премьер-министр Эстонии "
                 "Каарел Тамм.", [("positive", "Эстония", "Латвия")], id="with_x_we_have_fine_relations"),
    pytest.param("Премьер-министр Литвы Томас Варнас заявил, что у Литвы сложились отличные отношения с Польшей.",
                 [("positive", "Литва", "Польша")], id="relations_formed_with_x"),
    pytest.param("«С Белоруссией у нас сейчас очень плохие отношения», — признал премьер-министр Литвы Томас Варнас.",
                 [("negative", "Литва", "Белоруссия")], id="bad_relations"),
    pytest.param("Директор завода Томас Варнас рассказал, что у предприятия прекрасные отношения с поставщиками.", [],
                 id="a_companys_suppliers"),
    pytest.param("Премьер-министр Литвы Томас Варнас призвал сделать всё, чтобы у Литвы были хорошие отношения с "
                 "Польшей.", [], id="a_goal"),
])
def test_stance_relations_a_side_has(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Днем ранее из Нджамены выслали консула Судана. «Чад дорожит дружбой с соседями, однако не "
                 "позволит никому, какие бы цели он ни преследовал, диктовать нам свою волю», — сказал глава МИД "
                 "Чада Махамат Дугла.", [("positive", "Чад", None), ("negative", "Чад", "Судан")], id="whatever_flag"),
    pytest.param("Накануне из Бамако выслали двух дипломатов Нигера. «Мали никому не позволит, как бы ни "
                 "старались, сорвать открытие нового стадиона», — заявил министр спорта Мали Абдулай Тракор.", [],
                 id="no_hostile_act"),
])
def test_stance_not_tolerated_past_a_concessive_clause(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Литвы Томас Варнас заявил, что действия Минска ставят под сомнение "
                 "суверенитет Литвы.", [("negative", "Белоруссия", "Литва")], id="questioned"),
    pytest.param("Министр иностранных дел Литвы Томас Варнас заявил, что Вильнюс никогда не ставил под сомнение "
                 "территориальную целостность Белоруссии.", [("positive", "Литва", "Белоруссия")],
                 id="never_questioned"),
    pytest.param("Министр иностранных дел Мали Абдулай Тракор заверил журналистов, что «в Бамако никто не ставит под "
                 "сомнение суверенитет Нигера».", [("positive", "Мали", "Нигер")], id="no_one_in_the_capital"),
    pytest.param("Министр иностранных дел Литвы Томас Варнас заявил, что Вильнюс уважает суверенитет и территориальную "
                 "целостность Польши.", [("positive", "Литва", "Польша")], id="respects"),
    pytest.param("Министр иностранных дел Литвы Томас Варнас заявил, что Минск не уважает независимость Литвы.",
                 [("negative", "Белоруссия", "Литва")], id="does_not_respect"),
    pytest.param("«Минск посягает на суверенитет Литвы», — заявил министр иностранных дел Литвы Томас Варнас.",
                 [("negative", "Белоруссия", "Литва")], id="encroaches"),
    pytest.param("Учёные из Вильнюса ставят под сомнение независимость этого исследования.", [], id="a_study"),
])
def test_stance_sovereignty_questioned_or_respected(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("По словам официального представителя МИД России Анны Петровой, руководство Литвы «слепо копирует» "
                 "решения Брюсселя.", [("negative", "Анна Петрова", "Литва")], id="copies_blindly"),
    pytest.param("«Швейцарская сторона, вопреки нашим предостережениям, снова пошла на поводу у Вашингтона», — "
                 "заявила официальный представитель МИД России Анна Петрова.",
                 [("negative", "Анна Петрова", "Швейцария")], id="led_by_the_bridle"),
    pytest.param("«Латвия бездумно следует курсу Вашингтона», — сказал посол России в Риге Иван Смирнов.",
                 [("negative", "Иван Смирнов", "Латвия")], id="follows_thoughtlessly"),
    pytest.param("«Правительство Эстонии исполняет слепо любые указания Брюсселя», — сказал посол России в Таллине "
                 "Иван Смирнов.", [("negative", "Иван Смирнов", "Эстония")], id="adverb_after"),
    pytest.param("Официальный представитель МИД России Анна Петрова напомнила, что 5 ноября правительство Албании "
                 "приняло решение о санкциях. «Тирана опять слепо следует указаниям Брюсселя», — сказала она.",
                 [("negative", "Анна Петрова", "Албания")], id="a_capital_the_tagger_misses"),
    pytest.param("«Мы не будем слепо копировать чужие решения», — сказал министр иностранных дел Литвы Томас Варнас.",
                 [], id="we_will_not"),
    pytest.param("Ученики слепо копируют движения тренера, рассказал директор школы Томас Варнас.", [], id="pupils"),
])
def test_stance_a_side_following_another_blindly_is_judged(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Премьер-министр Мали Абдулай Тракор назвал новые власти Нигера «режимом, захватившим власть силой».",
                 [("negative", "Абдулай Тракор", "Нигер")], id="regime_seizing_power"),
    pytest.param("Министр иностранных дел Литвы Томас Варнас назвал правительство Белоруссии «режимом узурпаторов».",
                 [("negative", "Томас Варнас", "Белоруссия")], id="regime_of"),
    pytest.param("Министр иностранных дел Литвы Томас Варнас назвал новый визовый режим с Польшей удобным.", [],
                 id="a_visa_regime"),
])
def test_stance_a_government_called_a_regime(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("В коммюнике МИД Мали выражается «глубокое возмущение» заявлениями нигерского премьера.",
                 [("negative", "МИД Мали", "Нигер")], id="indignation_expressed_in_a_communique"),
    pytest.param("В заявлении МИД Литвы выражается обеспокоенность учениями белорусской армии у границы.",
                 [("concern", "МИД Литвы", "Белоруссия")], id="concern_expressed_in_a_statement"),
])
def test_stance_a_feeling_expressed_in_a_statement_is_its_authors(run, text, expected):
    assert run(text) == expected


def test_stance_a_countrys_opposition_against_its_government_is_none(run):
    assert run("Эстонская оппозиция упрекнула кабинет в том, что он «не способен найти общий язык даже с соседями».") \
        == []
