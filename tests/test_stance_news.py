"""Stances in the forms news of any outlet uses (issue 10), on sentences written for these tests with invented
persons: positions kept apart or close (``разногласия сохраняются``, ``разошлись по``, ``в главном``, ``иного
мнения``, ``совпадение или близость позиций``), a request refused (``ответила отказом``), importance given to
relations, relations and partners praised, claims refused, skepticism, ``с беспокойством``; the voice of a joint
statement and of a quote whose speaker only its attribution tells; and the forms that are no stance."""
import pytest

pytestmark = pytest.mark.slow

TWO = "Министр иностранных дел Египта провел переговоры с коллегой из Эфиопии. Египет и Эфиопия обсудили плотину. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    # positions kept apart or close, the sides of the text when none is named
    pytest.param(TWO + "Разногласия по вопросу заполнения водохранилища сохраняются.",
                 [("diverge", "Египет", "Эфиопия")], id="disagreements_persist"),
    pytest.param(TWO + "Разногласия внутри правительства Египта сохраняются.", [], id="disagreements_within_one_side"),
    pytest.param(TWO + "Как рассказали журналистам два дипломата, стороны разошлись в первую очередь по вопросу "
                 "распределения воды.", [("diverge", "Египет", "Эфиопия")], id="the_sides_parted_on"),
    pytest.param(TWO + "Стороны разошлись во мнениях.", [("diverge", "Египет", "Эфиопия")], id="parted_in_opinions"),
    pytest.param(TWO + "Стороны разошлись в главном.", [("diverge", "Египет", "Эфиопия")],
                 id="parted_on_the_main_thing"),
    pytest.param(TWO + "Стороны разошлись в ключевых вопросах.", [("diverge", "Египет", "Эфиопия")],
                 id="parted_on_key_questions"),
    pytest.param(TWO + "Участники разошлись в главном зале.", [], id="went_to_the_main_hall"),
    # a request answered by a refusal: negative, towards who asked
    pytest.param(TWO + "Египет попросил увеличить сброс воды, но Эфиопия ответила отказом.",
                 [("negative", "Эфиопия", "Египет")], id="answered_by_a_refusal"),
    pytest.param(TWO + "Команда ответила отказом на предложение клуба.", [], id="a_teams_refusal"),
    pytest.param(TWO + "Участники разошлись по домам.", [], id="went_home"),
    pytest.param("«Наша позиция по единству острова остается прежней», — заявил президент Кипра.", [],
                 id="a_position_on_unity_is_no_unity_of_positions"),
    pytest.param("Президент Аргентины предложил Уругваю провести референдум. В МИД Уругвая на этот счет иного мнения.",
                 [("diverge", "МИД Уругвая", "Аргентина")], id="of_another_opinion"),
    pytest.param("Министры иностранных дел Перу и Чили провели переговоры в Лиме. Перу и Чили обсудили торговлю. "
                 "Стороны подтвердили совпадение или близость позиций по вопросам региональной безопасности.",
                 [("converge", "Перу", "Чили")], id="coincidence_or_closeness"),
    pytest.param("Министры иностранных дел Перу и Чили провели переговоры в Лиме. Перу и Чили обсудили торговлю. "
                 "Стороны отметили совпадение либо близость подходов к реформе ООН.",
                 [("converge", "Перу", "Чили")], id="coincidence_or_closeness_of_approaches"),
    pytest.param("Министр иностранных дел Литвы подтвердил неизменную поддержку Молдавии.",
                 [("positive", "Литва", "Молдавия")], id="support_reaffirmed"),
    pytest.param("Эксперты ждут, что Евросоюз подтвердит поддержку Молдавии в споре с Россией.", [],
                 id="support_forecast"),
    # importance given to relations or to a side
    pytest.param("Монголия придает особое значение отношениям с Японией.", [("positive", "Монголия", "Япония")],
                 id="importance_given_to_relations"),
    pytest.param("Президент Вьетнама Нгуен Ван Тхыонг заявил, что Вьетнам придает большое значение сотрудничеству с "
                 "Лаосом.", [("positive", "Вьетнам", "Лаос")], id="importance_given_to_cooperation"),
    pytest.param("Франция придает большое значение вопросам климата.", [], id="importance_given_to_no_side"),
    # relations and partners praised
    pytest.param("Министр иностранных дел Египта Сами Шукри назвал отношения с Саудовской Аравией «образцовыми».",
                 [("positive", "Сами Шукри", "Саудовская Аравия")], id="relations_called_exemplary"),
    pytest.param("Министр иностранных дел Китая Чжоу Минь провел переговоры в Дели. Чжоу Минь, как пишет местная "
                 "пресса, назвал отношения Пекина и Дели «важнейшими в новом веке». Индия и Китай обсудили границу.",
                 [("positive", "Чжоу Минь", "Индия")], id="relations_called_most_important"),
    pytest.param("Президент Финляндии назвал отношения со Швецией тесными как никогда.",
                 [("positive", "Финляндия", "Швеция")], id="relations_called_close"),
    pytest.param("Важные отношения Перу и Чили обсуждались на встрече экспертов.", [], id="important_relations_named"),
    pytest.param("Спикер парламента Армении Ален Симонян выступил на форуме. «Армения и Иран - не только соседи, но и "
                 "стратегические партнеры», - сказал Симонян.", [("positive", "Ален Симонян", "Иран")],
                 id="not_just_neighbours_but_partners"),
    pytest.param("«Армения и Иран - добрые соседи и стратегические партнеры», - заявил премьер-министр Армении "
                 "Ваграм Казарян.", [("positive", "Ваграм Казарян", "Иран")], id="strategic_partners"),
    pytest.param("«Вьетнам – один из ключевых партнёров Японии в регионе», – заявил министр иностранных дел Японии.",
                 [("positive", "Япония", "Вьетнам")], id="one_of_the_key_partners_of"),
    pytest.param("По словам молдавского аналитика Ивана Попеску, «Турция вместе с Грецией остается стратегическим "
                 "партнером Приморского края».", [], id="a_partner_of_no_side"),
    # evaluations
    pytest.param("Министр иностранных дел Венгрии Петер Сийярто заявил: «Посредничество Евросоюза давно себя "
                 "исчерпало».", [("negative", "Петер Сийярто", "ЕС")], id="has_exhausted_itself"),
    pytest.param("Министр иностранных дел Венгрии Петер Сийярто провел пресс-конференцию.\n\nП.Сийярто: Посредничество "
                 "Евросоюза давно себя исчерпало.", [("negative", "Петер Сийярто", "ЕС")],
                 id="has_exhausted_itself_in_a_transcript"),
    pytest.param("Швеция по-прежнему скептически относится к предложению Норвегии.",
                 [("negative", "Швеция", "Норвегия")], id="skeptical"),
    pytest.param("Власти Нигера расценивают нарушение границы как акт агрессии со стороны Бенина.",
                 [("negative", "Нигер", "Бенин")], id="an_act_of_aggression"),
    # claims refused
    pytest.param("Министерство иностранных дел Вьетнама заявило, что никакие претензии Китая на острова не могут быть "
                 "приняты.", [("negative", "Министерство иностранных дел Вьетнама", "Китай")],
                 id="claims_not_accepted"),
    pytest.param("«Мы никогда не признаем аннексию Крыма», — заявил президент Латвии.", [("negative", "Латвия", None)],
                 id="never_recognise"),
    pytest.param("Россия не принимает участия в саммите. Предложение Франции не было принято.", [],
                 id="no_claim_refused"),
    pytest.param("Решение не может быть принято без согласия Китая.", [], id="a_decision_not_taken"),
    # concern in the manner of a verb
    pytest.param("Комментарий официального представителя МИД России в связи с учениями Польши\n\nМы с беспокойством "
                 "констатируем продолжающиеся маневры Польши у границ Белоруссии.",
                 [("concern", "Россия", "Польша")], id="note_with_concern"),
    pytest.param("Министерство иностранных дел Ганы с обеспокоенностью следит за маневрами армии Того у границы.",
                 [("concern", "Министерство иностранных дел Ганы", "Того")], id="watches_with_concern"),
    # the voices: a joint statement's sides, a quote's attribution
    pytest.param("Совместное заявление министров иностранных дел Испании, Италии и Португалии\n\nМадрид, 3 марта\n\n"
                 "1. Мы приветствуем прогресс Армении на пути к миру.\n\n2. Мы выражаем серьезную обеспокоенность "
                 "кибератаками против государств – членов НАТО.",
                 [("positive", "Испания", "Армения"), ("positive", "Италия", "Армения"),
                  ("positive", "Португалия", "Армения"), ("concern", "Испания", None), ("concern", "Италия", None),
                  ("concern", "Португалия", None)], id="a_joint_statement"),
    pytest.param("Правительство Японии выступило с заявлением. «Мы самым решительным образом осуждаем враждебные "
                 "действия Китая», — говорится в заявлении японского правительства.", [("negative", "Япония", "Китай")],
                 id="a_statement_its_attribution_tells"),
    pytest.param("Выступление Министра иностранных дел Российской Федерации И.П.Сидорова на пресс-конференции после "
                 "встречи с Ж.Кардозу, Москва, 3 марта\n\nИ.П.Сидоров: Коллеги, сегодня у нас с моим "
                 "бразильским коллегой прошли содержательные переговоры. Россия и Бразилия обсудили торговлю. Россия "
                 "предложила новые маршруты.\n\nЖ.Кардозу: Я благодарю господина Сидорова за гостеприимство.",
                 [("positive", "Сидоров", "Бразилия"), ("positive", "Кардозу", "Сидоров")],
                 id="the_guest_is_not_on_the_hosts_side"),  # the talks called substantive: the host's of the guest
    # a side blamed for what it does to relations, for obligations not kept; positions grown closer; trust
    pytest.param("Официальный представитель МИД Кении заявил, что уругвайская сторона сознательно идёт на деградацию "
                 "двусторонних отношений.", [("negative", "МИД Кении", "Уругвай")], id="relations_degraded_by_a_side"),
    pytest.param("«Власти Бельгии снова избрали путь конфронтации», – сказал министр иностранных дел Перу "
                 "Хавьер Гонсалес.", [("negative", "Хавьер Гонсалес", "Бельгия")], id="the_path_of_confrontation"),
    pytest.param("Посол Перу обвинил Чили в курсе на конфронтацию.", [("negative", "Перу", "Чили")],
                 id="a_course_toward_confrontation"),
    pytest.param("Министр иностранных дел Кубы заявил, что Канада подрывает двусторонние отношения.",
                 [("negative", "Куба", "Канада")], id="relations_undermined"),
    pytest.param("Министр иностранных дел Чили заявил, что Перу не выполняет договоренности о границе.",
                 [("negative", "Чили", "Перу")], id="agreements_not_kept"),
    pytest.param("Министр иностранных дел Чили заявил, что Перу выполняет договоренности о границе.", [],
                 id="agreements_kept_is_no_stance"),
    pytest.param("По словам министра иностранных дел Норвегии, позиции Норвегии и Мексики сблизились.",
                 [("converge", "Норвегия", "Мексика")], id="positions_grown_closer"),
    pytest.param("Официальный представитель МИД Чили заявил, что вся ответственность за срыв переговоров ложится на "
                 "Лиму.", [("negative", "МИД Чили", "Перу")], id="responsibility_laid_on_a_side"),
    pytest.param("Ответственность за проект лежит на министерстве.", [], id="responsibility_of_no_side"),
    pytest.param("«У нас с бразильскими друзьями доверительный диалог», – отметил министр иностранных дел Индонезии.",
                 [("positive", "Индонезия", "Бразилия")], id="a_dialogue_of_trust"),
    # a naming verb's quoted evaluation, positions that stay apart without the word "разногласия"
    pytest.param("Президент Ганы Джон Махама назвал встречу с президентом Того «историческим шагом».",
                 [("positive", "Джон Махама", "Того")], id="a_meeting_called_a_historic_step"),
    pytest.param("Президент Ганы назвал переговоры с президентом Того «шагом в правильном направлении».",
                 [("positive", "Гана", "Того")], id="a_step_in_the_right_direction"),
    pytest.param("Премьер Чехии Петр Фиала назвал восстановление отношений с Венгрией «прагматичным решением».",
                 [("positive", "Петр Фиала", "Венгрия")], id="a_pragmatic_decision"),
    pytest.param("Канцлер Австрии назвал президента Словении «настоящим другом Австрии».",
                 [("positive", "Австрия", "Словения")], id="named_a_true_friend"),
    pytest.param("В ООН решение Эквадора назвали «глубоко прискорбным».",
                 [("negative", "ООН", "Эквадор")], id="deeply_regrettable"),
    pytest.param("Это исторический шаг для нашей команды, сказал тренер.", [], id="a_historic_step_of_no_side"),
    pytest.param("Суд принял взвешенное решение по делу.", [], id="a_balanced_ruling_is_no_stance"),
    pytest.param(TWO + "Стороны так и не сошлись в оценках.",
                 [("diverge", "Египет", "Эфиопия")], id="did_not_come_together"),
    pytest.param(TWO + "По вопросу графика заполнения стороны так и не сошлись.",
                 [("diverge", "Египет", "Эфиопия")], id="the_sides_after_a_fronted_topic_did_not_come_together"),
    pytest.param("Позиции Ганы и Того по вопросу о транзите остаются различными.",
                 [("diverge", "Гана", "Того")], id="positions_remain_different"),
    pytest.param("Эти материалы остаются разными по составу.", [], id="materials_remain_different"),
    pytest.param("Как заявил посол Чили в Перу Хуан Перес, обвинения перуанской стороны «ничем не подтверждены».",
                 [("negative", "Хуан Перес", "Перу")], id="accusations_unsupported"),
    pytest.param("«Мы считаем эти действия Венесуэлы элементом гибридной атаки», — сказал министр Колумбии.",
                 [("negative", "Колумбия", "Венесуэла")], id="a_hybrid_attack"),
    pytest.param("Эти данные ничем не подтверждены, сказал ученый.", [], id="data_unsupported_of_no_side"),
])
def test_stance_news(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министерство иностранных дел Республики Польша\n\nО вызове посла Норвегии\n\nВ МИД Польши был вызван "
                 "посол Норвегии. Подчеркнуто, что Осло несет ответственность за ухудшение двусторонних отношений.",
                 [("negative", "МИД Польши", "Норвегия")], id="stressed_on_a_ministry_s_page"),
    pytest.param("Министерство иностранных дел Республики Чили\n\nВременному поверенному было указано, что Лима несет "
                 "всю полноту ответственности за последствия.",
                 [("negative", "Министерство иностранных дел Республики Чили", "Перу")],
                 id="pointed_out_in_the_passive"),
    pytest.param("Новости дня\n\nПодчеркнуто, что Осло несет ответственность за ухудшение отношений.", [],
                 id="no_body_s_page_no_holder"),
])
def test_stances_a_passive_statement_on_a_body_s_own_page_is_the_body_s(run, text, expected):
    assert run(text) == expected


POST = ("Вести недели\n\nПосольство Чили в Перу выступило с заявлением\n\nЧилийская дипмиссия разместила заявление "
        "в своем канале.\n\nПриводим заявление полностью:\n\n🇨🇱 Посольство Чили в Перу\nЛима намеренно подрывает "
        "то, что еще связывает наши страны в торговых отношениях.\n#Перу\n\nРанее Перу ввело пошлины на чилийские "
        "товары.")


def test_stances_a_post_given_whole_is_its_body_s_words(run):
    assert run(POST) == [("negative", "Посольство Чили", "Перу")]


def test_stances_a_relative_clause_of_a_pronoun_object_holds_the_cue_s_noun(run):
    assert run("Посол Японии заявил, что Пекин упорно подрывает то, что было построено в отношениях двух стран.") == \
        [("negative", "Япония", "Китай")]
    assert run("Посол Японии заявил, что Пекин разрушает то, что построили строители.") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Египта Тарек Фахми заявил, что Каир «не видит альтернативы переговорам» с "
                 "Аддис-Абебой.", [("positive", "Египет", "Эфиопия")], id="quoted_no_alternative"),
    pytest.param("Президент Чили подчеркнул, что Сантьяго не видит альтернативы диалогу с Лимой.",
                 [("positive", "Чили", "Перу")], id="no_alternative_to_dialogue"),
    pytest.param("Премьер Венгрии заявил, что Будапешт видит альтернативы сотрудничеству с Брюсселем.", [],
                 id="alternatives_seen"),
])
def test_stances_no_alternative_to_dialogue_with_a_side_is_a_positive_stance(run, text, expected):
    assert run(text) == expected


def test_stances_noted_with_satisfaction(run):
    assert run("Чили с удовлетворением отметила прогресс в отношениях с Перу.") == [("positive", "Чили", "Перу")]
    assert run("Посол Перу с беспокойством отметил рост напряженности.") == [("concern", "Перу", None)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Сенегала заявил, что Дакар «полностью разделяет» озабоченность Бамако.",
                 [("positive", "Сенегал", "Мали")], id="shares_the_concern_of"),
    pytest.param("Лима понимает озабоченность чилийских партнеров.", [("positive", "Перу", "Чили")],
                 id="understands_the_concern_of"),
    pytest.param("Дакар не разделяет опасений Бамако.", [], id="does_not_share"),
])
def test_stances_a_concern_of_another_side_shared_or_understood_is_a_positive_stance(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Премьер Австрии Карл Хубер заявил, что Словакия должна получить помощь, и раскритиковал Берлин за "
                 "задержку.", [("negative", "Карл Хубер", "Германия")], id="criticised_after_a_reported_clause"),
    pytest.param("Глава МИД Чили Пабло Рохас сообщил, что Перу нарушило договоренности, и осудил действия Лимы.",
                 [("negative", "Пабло Рохас", "Перу")], id="condemned_after_a_reported_clause"),
    pytest.param("Министр Анна Ларсен отметила, что Дания нуждается в поддержке, и поблагодарила Швецию за помощь.",
                 [("positive", "Анна Ларсен", "Швеция")], id="thanked_after_a_reported_clause"),
])
def test_stances_a_second_predicate_of_the_speaker_is_the_speaker_s(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Официальный представитель МИД Китая Ли Мин заявил журналистам: «Манила в очередной раз действует по "
                 "указке Вашингтона».", [("negative", "Ли Мин", "Филиппины")], id="acts_on_orders"),
    pytest.param("Официальный представитель МИД Сербии заявил: «Литовские власти снова решили действовать по указке "
                 "Варшавы».", [("negative", "МИД Сербии", "Литва")],
                 id="chose_to_act_on_orders"),
    pytest.param("Представитель МИД Ирана заявил, что Баку принял это решение под диктовку Тель-Авива.",
                 [("negative", "МИД Ирана", "Азербайджан")], id="decided_under_dictation"),
    pytest.param("Официальный представитель МИД Китая Ли Мин заявил, что Манила в очередной раз показывает, что готова "
                 "по указке Вашингтона нагнетать напряженность.", [("negative", "Ли Мин", "Филиппины")],
                 id="the_clause_shares_the_subject_of_the_verb_it_completes"),
    pytest.param("Студенты работали по указке преподавателя.", [], id="orders_of_no_side"),
])
def test_stances_a_side_acting_on_another_s_orders_is_judged(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("«Мы оценим ХАМАС по поступкам, а не по словам. Движение до сих пор занимается похищениями людей», — "
                 "заявил журналистам представитель Госдепартамента США.",
                 [("negative", "Госдепартамент США", "ХАМАС")], id="the_movement_named_before"),
    pytest.param("«Мы оценим Талибан по поступкам, а не по словам. Режим до сих пор действует по указке Исламабада», — "
                 "заявил представитель МИД Индии.", [("negative", "МИД Индии", "Талибан")],
                 id="the_regime_named_before"),
    pytest.param("«Движение до сих пор занимается похищениями людей», — заявил журналистам представитель "
                 "Госдепартамента США.", [], id="no_side_named_before"),
])
def test_stances_a_common_noun_takes_up_the_side_named_before(run, text, expected):
    """``Группировка``, ``движение``, ``режим``: a judged subject naming no one is the side the sentence before
    names."""
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("«За эти действия несет ответственность режим в Каракасе», — сказал министр Колумбии.",
                 [("negative", "Колумбия", "Венесуэла")], id="the_regime_in_a_capital_bears_it"),
    pytest.param("Официальный представитель МИД Чили Хуан Перес выступил на брифинге. «Мы видим в этом провокацию, за "
                 "которую несет ответственность правительство в Лиме», — сказал Перес.",
                 [("negative", "Хуан Перес", "Перу")], id="in_a_relative_clause"),
])
def test_stances_who_bears_the_responsibility_after_the_verb(run, text, expected):
    found = run(text)
    assert all(e in found for e in expected), found


PERU_CHILE = "Министры иностранных дел Перу и Чили провели переговоры в Лиме. Перу и Чили обсудили торговлю. "


@pytest.mark.parametrize("text, expected", [
    pytest.param(PERU_CHILE + "Стороны выразили обеспокоенность планами Боливии по строительству плотины.",
                 [("concern", "Перу", "Боливия"), ("concern", "Чили", "Боливия")], id="concern_about_a_third_side"),
    pytest.param(PERU_CHILE + "Стороны отметили близость взглядов на вопросы торговли и выразили "
                 "обеспокоенность планами Боливии.", [("converge", "Перу", "Чили"), ("concern", "Перу", "Боливия"),
                              ("concern", "Чили", "Боливия")], id="after_a_first_verb"),
    pytest.param(PERU_CHILE + "3. Стороны выразили глубокую обеспокоенность новыми испытаниями ракет "
                 "Боливией.", [("concern", "Перу", "Боливия"), ("concern", "Чили", "Боливия")], id="numbered_point"),
    pytest.param(PERU_CHILE + "Стороны выразили обеспокоенность ростом напряженности в регионе.",
                 [("concern", "Перу", None), ("concern", "Чили", None)], id="concern_about_no_side_is_theirs"),
    pytest.param(PERU_CHILE + "Стороны выразили удовлетворение итогами встречи.",
                 [("positive", "Перу", "Чили"), ("converge", "Перу", "Чили")], id="satisfaction_with_each_other"),
])
def test_stances_a_feeling_the_sides_express_towards_a_third_side(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Перу заявил: «Перу и Чили выступают единым фронтом против новых "
                 "пошлин».", [("negative", "Перу", None), ("negative", "Чили", None)], id="against_as_one_front"),
    pytest.param("Перу и Чили осудили действия Боливии.",
                 [("negative", "Перу", "Боливия"), ("negative", "Чили", "Боливия")], id="condemned_by_both"),
    pytest.param("Министр иностранных дел Перу заявил: «Перу выступает против односторонних пошлин».",
                 [("negative", "Перу", None)], id="one_side"),
])
def test_stances_each_side_of_a_coordinated_subject_holds_it(run, text, expected):
    assert run(text) == expected


DIGEST = ("Неделя в мире\n\nКоротко о главном за семь дней.\n\n"
          "Чили и Перу. Спор о шельфе\nВ понедельник в Лиме прошел раунд переговоров Чили и Перу о границе на море. "
          "Чили настаивает на своей карте.\n\n"
          "Кения и Уганда. Торговля под вопросом\nВ среду в Найроби министры Кении и Уганды обсудили пошлины. {}\n\n"
          "Мали и Нигер. Общая граница\nВ пятницу Мали и Нигер договорились о патрулях. Мали и Нигер подписали "
          "меморандум.\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Стороны так и не сошлись по вопросу о пошлинах на сахар.", [("diverge", "Кения", "Уганда")]),
    ("Стороны выразили удовлетворение ходом переговоров.", [("positive", "Кения", "Уганда"),
                                                            ("converge", "Кения", "Уганда")]),
    ("Стороны разошлись во мнениях по сахару.", [("diverge", "Кения", "Уганда")]),
])
def test_stances_the_sides_of_a_digests_story_are_the_two_its_heading_names(run, sentence, expected):
    assert run(DIGEST.format(sentence)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Российское посольство в Берне выразило протест в связи с задержанием гражданина России.",
                 [("negative", "Россия", "Швейцария")], id="an_embassy_named_by_adjective_is_its_sending_state_s"),
    pytest.param("Китайское посольство в Канберре выразило обеспокоенность новыми ограничениями.",
                 [("concern", "Китай", "Австралия")], id="its_concern_is_not_the_host_s"),
    pytest.param("Японское консульство в Пусане осудило решение властей Южной Кореи.",
                 [("negative", "Япония", "Южная Корея")], id="a_consulate_too"),
    pytest.param("Посольство Чили в Лиме осудило решение перуанских властей.",
                 [("negative", "Чили", "Перу")], id="an_embassy_named_by_its_state"),
])
def test_stances_a_mission_is_its_sending_state_s_not_its_host_s(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Норвегии заявил, что действия Швеции — грубая попытка оказать давление на "
                 "Осло.", [("negative", "Норвегия", "Швеция")], id="an_attempt_to_pressure"),
    pytest.param("«Это попытка Аргентины вмешаться во внутренние дела Уругвая», — сказал министр иностранных дел "
                 "Уругвая.", [("negative", "Уругвай", "Аргентина")], id="an_attempt_to_interfere_quoted"),
    pytest.param("В Анкаре расценили заявления Афин как попытку дискредитировать Турцию.",
                 [("negative", "Турция", "Греция")], id="taken_as_an_attempt_to_discredit"),
    pytest.param("Ученые Японии предприняли попытку повлиять на погоду над Токио.", [], id="an_attempt_no_one_judges"),
    pytest.param("«Канада пытается вмешаться в наши внутренние дела», — сказал президент Индии.",
                 [("negative", "Индия", "Канада")], id="tries_to_interfere"),
    pytest.param("Министр иностранных дел Вьетнама заявил, что Пекин пытается оказать давление на Ханой.",
                 [("negative", "Вьетнам", "Китай")], id="tries_to_press"),
    pytest.param("«Мы пытаемся повлиять на стороны, чтобы они вернулись к переговорам», — сказал министр иностранных "
                 "дел Катара.", [], id="our_own_attempt"),
    pytest.param("«Наши попытки повлиять на стороны пока не дали результата», — сказал министр иностранных дел "
                 "Катара.", [], id="our_own_attempts"),
    pytest.param("Министр иностранных дел Катара заявил, что Доха пытается повлиять на стороны конфликта.", [],
                 id="the_holder_s_own_side_attempts"),
    pytest.param("Министр иностранных дел Норвегии заявил, что высылка норвежского дипломата из Стокгольма — грубая "
                 "попытка оказать давление на Осло.", [("negative", "Норвегия", "Швеция")],
                 id="the_act_called_an_attempt_names_the_holder_s_side_too"),
])
def test_stances_an_attempt_to_interfere_called_so_is_a_negative_evaluation(run, text, expected):
    assert run(text) == expected
