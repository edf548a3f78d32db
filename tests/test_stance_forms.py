"""Stances in their common forms, on sentences written for these tests: acts and attitudes aimed at a
target (``санкции против X``, ``антироссийские``, ``враждебное отношение к X``), better relations sought,
feelings whose object holds them (``X беспокоит нас``), claims both sides make, relations raised to a new
level, evaluations of another side, reactions; and the forms that are no stance."""
import pytest

from khronika.stages.stances.cues import cues

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_stance_forms_every_new_frame_has_a_cue():
    assert {"toward", "rapport", "experiencer", "claim", "level", "judge"} <= {c.frame for c in cues()}


@pytest.mark.parametrize("text, expected", [
    # acts aimed at a target: the sponsor holds them
    pytest.param("Евросоюз ввёл новые санкции против Белоруссии.",
                 [("negative", "ЕС", "Белоруссия")], id="sanctions_against_a_country"),
    pytest.param("США внесли в Совет Безопасности ООН проект резолюции против Ирана.",
                 [("negative", "США", "Иран")], id="a_resolution_against_a_country"),
    pytest.param("Польша выступила за продление антироссийских санкций.",
                 [("negative", "Польша", "Россия")], id="an_adjective_against_a_country"),
    pytest.param("Министр иностранных дел Венгрии Петер Сийярто раскритиковал антикитайскую риторику Вашингтона.",
                 [("negative", "Петер Сийярто", "США"), ("negative", "США", "Китай")],
                 id="the_owner_of_an_act_against_a_country"),
    pytest.param("Враждебное отношение Белоруссии к Литве усиливается, считает эксперт.",
                 [("negative", "Белоруссия", "Литва")], id="a_hostile_attitude_towards"),
    pytest.param("Премьер-министр Японии Фумио Кисида заявил, что к действиям Китая следует относиться "
                 "с осторожностью.",
                 [("concern", "Фумио Кисида", "Китай")], id="to_be_treated_with_caution"),
    # acts turned around, or without a holder or a target: no stance
    pytest.param("Венгрия выступила за отмену санкций против Белоруссии.", [], id="lifting_sanctions_is_no_sanction"),
    pytest.param("Венгрия выступила против продления антироссийских санкций.", [("negative", "Венгрия", None)],
                 id="against_an_act_against_is_not_against_its_target"),
    pytest.param("Санкции против Ирана продлены.", [], id="sanctions_nobody_named_imposes"),
    pytest.param("Евросоюз обсудил санкции.", [], id="sanctions_against_no_one"),
    pytest.param("Россия ввела ответные санкции против российских компаний.", [], id="a_target_of_the_holders_side"),
    # better relations sought by the subject of a verb of aim
    pytest.param("Германия стремится к улучшению отношений с Китаем.",
                 [("positive", "Германия", "Китай")], id="seeking_better_relations"),
    pytest.param("Нормализации отношений с Ираном хотят Оман и Катар.",
                 [("positive", "Оман", "Иран")], id="wanting_normal_relations"),
    pytest.param("Улучшение отношений с Китаем обсуждалось на встрече министров.", [], id="better_relations_discussed"),
    pytest.param("Германия не заинтересована в улучшении отношений с Китаем.", [], id="not_interested"),
    # a feeling whose object holds it
    pytest.param("«Нас серьезно тревожит наращивание армии Азербайджана», — заявил премьер-министр Армении "
                 "Ваграм Казарян.", [("concern", "Армения", "Азербайджан")], id="it_worries_us"),
    pytest.param("Министр обороны Южной Кореи заявил, что запуски ракет КНДР не могут не беспокоить Сеул.",
                 [("concern", "Южная Корея", "КНДР")], id="cannot_but_worry"),
    pytest.param("«Учения Азербайджана нас не беспокоят», — заявил премьер-министр Армении Ваграм Казарян.",
                 [], id="it_does_not_worry_us"),
    # a claim both sides make; keeping one's own opinion
    pytest.param("Острова, которые и Китай, и Япония считают своими, стали предметом спора.",
                 [("diverge", "Китай", "Япония")], id="both_claim_it"),
    pytest.param("Китай и Россия считают своим долгом укреплять мир.", [], id="a_duty_is_no_claim"),
    pytest.param("Министр иностранных дел Египта выслушал доводы Эфиопии, но остался при своём мнении.",
                 [("diverge", "Египет", "Эфиопия")], id="kept_his_own_opinion"),
    # relations raised to a new level
    pytest.param("Президент Казахстана Бекет-Жомарт Сатыбалдиев заявил, что Казахстан и Узбекистан вывели отношения "
                 "на новый уровень.", [("positive", "Казахстан", "Узбекистан")], id="a_new_level"),
    pytest.param("Новый уровень воды в реке превысил норму.", [], id="a_new_level_of_no_relations"),
    # a step toward better relations: the speaker's side, or the sides of the relations
    pytest.param("Визит стал шагом к нормализации отношений между Арменией и Турцией.",
                 [("positive", "Армения", "Турция")], id="a_step_toward_normal_relations"),
    pytest.param("Обе страны предпринимают серьёзные шаги для укрепления двустороннего диалога, "
                 "заявил посол Индии в Египте.",
                 [("positive", "Индия", "Египет")], id="steps_to_strengthen_a_dialogue"),
    pytest.param("Спортсмены сделали шаг к победе в чемпионате.", [], id="a_step_toward_no_relations"),
    pytest.param("Москва рассматривает размещение ракет как шаг в сторону эскалации.",
                 [], id="a_step_toward_escalation_is_no_better_relations"),
    # the holder of a naming verb before "как", whatever the parser made the head of the cue
    pytest.param("Власти Эстонии расценивают эти полёты как провокации со стороны Белоруссии, но Минск "
                 "считает, что агрессором является НАТО.",
                 [("negative", "Эстония", "Белоруссия"), ("negative", "Белоруссия", "НАТО")],
                 id="naming_before_as_then_a_but_clause"),
    # the subject before a subordinate clause set off by commas
    pytest.param("Канцлер Австрии Карл Нехаммер, хотя и выслушал доводы венгерской стороны, остался при своём мнении.",
                 [("diverge", "Австрия", "Венгрия")], id="a_subject_before_a_subordinate_clause"),
    # evaluations of another side, reactions
    pytest.param("Премьер-министр Индии Раджив Менон назвал действия Пакистана циничными.",
                 [("negative", "Раджив Менон", "Пакистан")], id="cynical"),
    pytest.param("«Провокатором в этом споре является Азербайджан», — заявил премьер-министр Армении Ваграм Казарян.",
                 [("negative", "Ваграм Казарян", "Азербайджан")], id="a_provocateur"),
    pytest.param("Министр финансов Чили Марио Марсель сказал, что прежний бюджет был ошибочным.",
                 [], id="an_evaluation_of_no_other_side"),
    # feelings expressed in a note, a solidarity, a state of the subject; speaking out against
    pytest.param("МИД Японии вручил ноту протеста послу Китая в связи с инцидентом у островов.",
                 [("negative", "МИД Японии", "Китай")], id="a_note_of_protest"),
    pytest.param("Президент Литвы выразил солидарность с народом Украины.",
                 [("positive", "Литва", "Украина")], id="solidarity"),
    pytest.param("Россия обеспокоена действиями Японии.", [("concern", "Россия", "Япония")], id="worried_state"),
    pytest.param("Министр иностранных дел Индии заявил, что Индия разочарована решением Канады.",
                 [("negative", "Индия", "Канада")], id="disappointed_state"),
    pytest.param("Премьер-министр Венгрии Ласло Ковач высказался против вступления Украины в Евросоюз.",
                 [("negative", "Ласло Ковач", "Украина")], id="spoke_out_against"),
    pytest.param("Польша отреагировала положительно на предложение Литвы.",
                 [("positive", "Польша", "Литва")], id="a_positive_reaction"),
    pytest.param("Бразилия и Аргентина разделяют подходы к ключевым вопросам региона.",
                 [("converge", "Бразилия", "Аргентина")], id="sharing_approaches"),
    pytest.param("МИД Бразилии расценивает действия властей Уругвая как акт морского пиратства.",
                 [("negative", "МИД Бразилии", "Уругвай")], id="called_piracy"),
    # appreciation, satisfaction of both sides, solidarity in an assessment, regret, a one-sided document
    pytest.param("Министр иностранных дел Египта заявил, что Каир высоко ценит поддержку Пекина.",
                 [("positive", "Египет", "Китай")], id="highly_values_support"),
    pytest.param("Делегации Казахстана и Узбекистана провели в Ташкенте заседание комиссии. Казахстан и Узбекистан "
                 "обсудили торговлю. Стороны выразили удовлетворение итогами переговоров.",
                 [("positive", "Узбекистан", "Казахстан"), ("converge", "Узбекистан", "Казахстан")],
                 id="both_sides_satisfied"),
    pytest.param("Стороны выразили обеспокоенность ситуацией. Россия и Китай провели консультации. Россия и Китай "
                 "договорились.", [], id="both_sides_worried_about_no_one_named"),
    pytest.param("Министры иностранных дел Китая и Пакистана провели переговоры. Пекин и Исламабад солидарны в оценке "
                 "ситуации в Афганистане.", [("converge", "Китай", "Пакистан")], id="solidary_in_assessment"),
    pytest.param("Франция сожалеет о решении Мали разорвать соглашение.", [("negative", "Франция", "Мали")],
                 id="regrets_a_decision"),
    pytest.param("Франция сожалеет, что не смогла принять участие в саммите.", [], id="regret_of_no_other_side"),
    pytest.param("Постпред Китая при ООН Фу Цун назвал британскую резолюцию «однобокой».",
                 [("negative", "Фу Цун", "Великобритания")], id="called_one_sided"),
    pytest.param("Проект, внесенный Францией, заблокировал Китай. Постпред Китая при ООН Фу Цун назвал документ "
                 "«однобоким».", [("negative", "Фу Цун", "Франция")], id="the_document_points_back"),
    pytest.param("Постпред Китая при ООН Фу Цун назвал документ «однобоким».", [], id="his_office_is_no_other_side"),
    pytest.param("Турция потребовала изменить конституцию Греции. Афины расценили такое требование как вмешательство "
                 "в свои внутренние дела.", [("negative", "Греция", "Турция")], id="this_demand_an_interference"),
    pytest.param("Армия соседней Сирии обстреляла пограничный пост Ливана. Бейрут считает такие действия агрессией.",
                 [("negative", "Ливан", "Сирия")], id="such_acts_an_aggression"),
    pytest.param("Президент Казахстана назвал Китай надежным партнером.", [("positive", "Казахстан", "Китай")],
                 id="a_reliable_partner"),
    pytest.param("Китай выступает против санкций в отношении Ирана.", [("negative", "Китай", None)],
                 id="what_is_talked_about_is_no_other_side"),
    # a protest told in the passive: the note's sender, named before, holds it
    pytest.param("Министерство иностранных дел Литвы вручило ноту послу Белоруссии. В ноте выражен самый решительный "
                 "протест по поводу нарушения границы.",
                 [("negative", "Министерство иностранных дел Литвы", "Белоруссия")],
                 id="a_protest_expressed_in_a_note"),
    # a statement titled with its author: the first person plural is the author's side
    pytest.param("Комментарий официального представителя МИД России в связи с решением Польши\n\nРасцениваем это "
                 "решение как недружественный шаг официальной Варшавы.",
                 [("negative", "Россия", "Польша")], id="an_authored_comment"),
    # "европейская сторона": the European Union, when the text names it
    pytest.param("Делегации Индии и Евросоюза провели переговоры. Индия считает, что ответственность за срыв "
                 "переговоров лежит на европейской стороне.", [("negative", "Индия", "ЕС")],
                 id="the_european_side_is_the_union"),
    pytest.param("Стороны обсудили торговлю. Европейская сторона выразила обеспокоенность действиями Китая, сообщил "
                 "представитель ЕС.", [("concern", "ЕС", "Китай")], id="the_european_side_holds"),
    pytest.param("Европейская сторона выразила обеспокоенность действиями Китая.", [],
                 id="the_european_side_of_a_text_naming_no_union_is_no_one"),
    # a seat of government that is not the capital stands for its government as a capital does
    pytest.param("Министр заявил, что Котону полностью разделяет озабоченность Ниамея ростом насилия.",
                 [("positive", "Бенин", "Нигер")], id="a_seat_of_government_shares_a_concern"),
    pytest.param("В Дар-эс-Саламе назвали решение Найроби недружественным.", [("negative", "Танзания", "Кения")],
                 id="a_seat_of_government_calls_a_decision"),
    # a seat of government speaks for its country: "в Кремле заявили", "в Белом доме назвали"
    pytest.param("В Елисейском дворце подчеркнули, что всю ответственность за ухудшение отношений несет алжирская "
                 "сторона.", [("negative", "Франция", "Алжир")], id="a_seat_lays_the_blame"),
    pytest.param("В Белом доме назвали решение Венесуэлы недружественным.", [("negative", "США", "Венесуэла")],
                 id="a_seat_calls_a_decision"),
    pytest.param("В Кремле выразили обеспокоенность действиями Молдавии.", [("concern", "Россия", "Молдавия")],
                 id="a_seat_is_concerned"),
    pytest.param("Брифинг официального представителя МИД Казахстана А.С.Смагуловой, Астана, 3 марта 2027 года\n\n"
                 "О высылке дипломата\n\nВ пятницу власти Монголии выслали казахстанского консула. Расцениваем этот "
                 "шаг как очередную провокацию официального Улан-Батора.",
                 [("negative", "Казахстан", "Монголия")], id="a_briefing_is_the_briefers_words"),
    pytest.param("Стенограмма пресс-конференции официального представителя МИД Перу Хуана Риоса 2 апреля 2027 года\n\n"
                 "Об учениях\n\nРасцениваем учения эквадорского флота как провокацию.",
                 [("negative", "Перу", "Эквадор")], id="a_transcript_titled_with_its_speaker"),
    # disagreement said plainly; consent to an act is none
    pytest.param("Министр иностранных дел Норвегии заявил, что Осло не согласен с позицией Дании по квотам.",
                 [("diverge", "Норвегия", "Дания")], id="not_agreeing_with_a_side"),
    pytest.param("Братислава с этим не согласна, заявил представитель МИД Словакии.",
                 [("diverge", "Словакия", None)], id="not_agreeing_with_what_was_said"),
    pytest.param("Президент Финляндии не согласился приехать на саммит.", [], id="consent_to_an_act_is_no_stance"),
    pytest.param("«Мы ценим роль Турции в урегулировании», — заявил президент Сомали.",
                 [("positive", "Сомали", "Турция")], id="a_sides_role_valued"),
    pytest.param("Посол Венгрии назвал совет ЕС клубом по интересам.", [("negative", "Венгрия", "ЕС")],
                 id="a_body_dismissed_as_a_club"),
    pytest.param("Министр иностранных дел Чили назвал встречу с министром Перу «деловой и уважительной».",
                 [("positive", "Чили", "Перу")], id="a_meeting_with_a_side_called_businesslike"),
    pytest.param("Министры иностранных дел Кувейта и Омана заявили о полном совпадении позиций по Йемену.",
                 [("converge", "Кувейт", "Оман")], id="convergence_told_of_with_o"),
    pytest.param("Премьер-министр Фиджи назвал решение Канберры «непропорциональным».",
                 [("negative", "Фиджи", "Австралия")], id="a_decision_called_disproportionate"),
])
def test_stance_forms(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, holder, other", [
    ("Посол Ганы вернулся в Того после трехмесячного перерыва в отношениях между Ганой и Того. Министр иностранных "
     "дел Того Робер Лафонтен приветствовал это решение. «Мы считаем этот шаг проявлением мудрости», — сказал он.",
     "Того", "Гана"),
    ("Власти Гватемалы освободили задержанных рыбаков из Белиза. Спор Белиза и Гватемалы длится десятилетия. "
     "Премьер-министр Белиза Джон Ндонго выступил в парламенте. «Мы рассматриваем это как жест доброй воли», — "
     "заявил он.", "Белиз", "Гватемала"),
    ("Власти Гватемалы освободили задержанных рыбаков из Белиза. Спор Белиза и Гватемалы длится десятилетия. "
     "Премьер-министр Белиза Джон Ндонго выступил в парламенте. «Мы рассматриваем это как проявление "
     "благоразумия», — заявил он.", "Белиз", "Гватемала"),
])
def test_stance_forms_an_act_called_a_sign_of_wisdom_told_before_is_the_other_sides(run, text, holder, other):
    """``этот шаг`` after a sentence of the holder's own side: the other of the text's two sides."""
    assert ("positive", holder, other) in run(text)


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Норвегии Ингрид Ольсен назвала меры Исландии «предсказуемыми, но ничем не "
     "оправданными».",
     ("negative", "Ингрид Ольсен", "Исландия")),
    ("Министр иностранных дел Норвегии Ингрид Ольсен назвала ответ Исландии «неоправданным».",
     ("negative", "Ингрид Ольсен", "Исландия")),
    ("В норвежском посольстве решение Исландии назвали «необоснованным и откровенно враждебным».",
     ("negative", "Норвегия", "Исландия")),
    ("В посольстве Норвегии решение властей Исландии назвали «ничем не обоснованным».",
     ("negative", "Норвегия", "Исландия")),
])
def test_stance_forms_unjustified_and_a_body_named_by_its_countrys_adjective(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize("text, expected", [
    ("Франция выслала двух дипломатов Мали. На Набережной Орсе подчеркнули, что ответственность за кризис лежит на "
     "Бамако.", ("negative", "Франция", "Мали")),
    ("МИД России вызвал посла Эстонии. На Смоленской площади заявили, что вина за ухудшение отношений целиком лежит "
     "на Таллине.", ("negative", "Россия", "Эстония")),
    ("Власти Великобритании ввели санкции против Ирана. На Даунинг-стрит заявили, что ответственность за эскалацию "
     "лежит на Тегеране.", ("negative", "Великобритания", "Иран")),
])
def test_stance_forms_a_seat_of_government_after_na_speaks_for_its_country(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize("text, expected", [
    ("Официальный представитель МИД Китая заявил: «Манила окончательно хоронит собственный суверенитет, выполняя "
     "чужую волю».", ("negative", "МИД Китая", "Филиппины")),
    ("«Вильнюс последовательно разрушает остатки двусторонних отношений», — заявил министр иностранных дел "
     "Белоруссии Сергей Алейник.", ("negative", "Сергей Алейник", "Литва")),
    ("«Стокгольм в очередной раз доказал, что его нейтралитет остался в прошлом», — сказал посол России в Швеции "
     "Алексей Орлов.", ("negative", "Алексей Орлов", "Швеция")),
    ("«Дания своими санкциями подрывает свою репутацию», — заявил посол Китая Ли Мин.",
     ("negative", "Ли Мин", "Дания")),
])
def test_stance_forms_a_side_said_to_bury_its_neutrality_or_what_is_left_of_relations(run, text, expected):
    assert expected in run(text)
