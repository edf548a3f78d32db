"""Stances a reported or quoted clause states with no verb of evaluation, on sentences written for these tests with
invented persons: an act against a side not tolerated (``не допустит угроз``, ``не потерпим вмешательства``,
``не позволит запугать``, ``не будет мириться с давлением``), an act that will not stay unanswered (``не останутся
без ответа``, ``не может остаться безнаказанной``, ``не оставит без ответа``), and a side's own partnership said by its
speaker (``X остаётся надёжным партнёром Y``, ``был и остаётся одним из партнёров Y``, ``мы остаёмся
союзником Y``); and the forms that are none (goals, urging, sport, weather, a court, a domestic crime, a request, a
company)."""
import pytest

pytestmark = pytest.mark.slow

BOAT = "В прошлом месяце у берегов Дании заметили российское судно. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    # an act against a side not tolerated: every form of the verb class, the holder as country, "мы", a body
    pytest.param(BOAT + "Министр иностранных дел Дании Ларс Эклунд заявил, что Дания «не допустит угроз своей "
                 "энергетической инфраструктуре».", [("negative", "Дания", "Россия")], id="will_not_allow_threats"),
    pytest.param("«Мы не потерпим чужого вмешательства в литовские выборы», — сказал министр иностранных дел Литвы "
                 "Йонас Варнас после встречи с послом Белоруссии.", [("negative", "Литва", "Белоруссия")],
                 id="we_will_not_tolerate"),
    pytest.param("Министр обороны Эстонии Тармо Коск заявил, что Таллин никогда не позволит Москве запугать эстонский "
                 "народ.", [("negative", "Эстония", "Россия")], id="never_let_intimidate"),
    pytest.param("Глава МИД Чехии Томаш Лукач заявил: «Чехия не будет мириться с давлением со стороны Китая».",
                 [("negative", "Чехия", "Китай")], id="will_not_put_up_with_pressure"),
    pytest.param("«Венгрия не позволит посторонним вмешиваться в работу своего парламента», — сказал "
                 "министр иностранных дел Венгрии после встречи с послом Швеции.", [("negative", "Венгрия", "Швеция")],
                 id="lets_no_one_interfere"),
    pytest.param("Не допустим вмешательства в избирательный процесс Молдавии, — подчеркнул глава МИД Молдавии, "
                 "комментируя заявления Москвы.", [("negative", "Молдавия", "Россия")],
                 id="first_person_without_pronoun"),
    # violence and its toll not tolerated: coordinated modals, "мы", the country by its capital
    pytest.param("Гана отозвала посла из Ломе после гибели рыбаков. «Мы не можем и не будем мириться с повторением "
                 "подобных трагедий», — заявил министр иностранных дел Ганы Самуэль Обенква.",
                 [("negative", "Гана", "Того")], id="will_not_put_up_with_tragedies"),
    pytest.param("Министр иностранных дел Бангладеш заявил, что Дакка не может мириться с гибелью своих граждан на "
                 "границе с Мьянмой.", [("negative", "Бангладеш", "Мьянма")], id="cannot_put_up_with_deaths"),
    pytest.param("Вьетнам вызвал посла Китая. «Вьетнам не потерпит нападений на своих рыбаков», — заявила "
                 "официальный представитель МИД Вьетнама Ву Тху Лоан.", [("negative", "Вьетнам", "Китай")],
                 id="will_not_tolerate_attacks"),
    # an act that will not stay unanswered: said by a speaker, or left so by the subject
    pytest.param("Представитель МИД Сербии заявил, что враждебные шаги Загреба не останутся без ответа.",
                 [("negative", "МИД Сербии", "Хорватия")], id="steps_will_not_stay_unanswered"),
    pytest.param("«Подобные провокации Токио не останутся без последствий», — говорится в заявлении МИД Китая.",
                 [("negative", "МИД Китая", "Япония")], id="not_without_consequences"),
    pytest.param("Пекин не оставит без ответа новые санкции Вашингтона, заявил официальный представитель МИД КНР "
                 "Ли Вэнь.", [("negative", "Китай", "США")], id="will_not_leave_unanswered"),
    pytest.param("«Агрессия против мирных граждан не может остаться безнаказанной», — заявил министр иностранных дел "
                 "Финляндии Юсси Ниеми, комментируя удары России.", [("negative", "Юсси Ниеми", "Россия")],
                 id="cannot_stay_unpunished"),
    # none: a goal, urging, sport, weather, a court, a domestic crime, a request answered
    pytest.param("Дипломаты старались не допустить очередного обострения торгового спора Японии и Кореи.", [],
                 id="trying_not_to_allow"),
    pytest.param("Министр иностранных дел Франции призвал партнеров не допустить эскалации на Ближнем Востоке.", [],
                 id="urged_not_to_allow"),
    pytest.param("Погода не позволит провести матч сборных Испании и Италии в субботу.", [], id="weather"),
    pytest.param("Президент Перу заявил, что власти не допустят повторения трагедии на шахте, и приказал найти "
                 "виновных.", [], id="a_domestic_tragedy"),
    pytest.param("Тренер сборной Аргентины заявил, что команда не допустит ошибок в матче с Бразилией.", [],
                 id="no_mistakes_in_a_match"),
    pytest.param("Суд Кении не допустил журналистов на заседание по делу бывшего министра.", [], id="a_court"),
    pytest.param("Президент Перу заявил, что преступление не останется безнаказанным, и приказал найти виновных.", [],
                 id="a_domestic_crime"),
    pytest.param("Министр иностранных дел Польши заверил, что обращение посольства Литвы не останется без ответа.", [],
                 id="a_request_answered"),
    pytest.param("Вопрос о визите президента Бразилии в Анголу пока остается без ответа.", [],
                 id="a_question_unanswered"),
])
def test_stance_not_tolerated_or_unanswered(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a side's own partnership said by its speaker: held by the speaker, towards the partner
    pytest.param("«Канада остается надежным партнером Мексики», — заявил министр иностранных дел Канады Даниэль Бушар.",
                 [("positive", "Даниэль Бушар", "Мексика")], id="remains_a_reliable_partner"),
    pytest.param("Министр иностранных дел Норвегии Ларс Эклунд заявил, что Норвегия «всегда была и сегодня "
                 "остается одним из важнейших партнеров Исландии».", [("positive", "Ларс Эклунд", "Исландия")],
                 id="was_and_remains_one_of"),
    pytest.param("«Уругвай прежде был и теперь остается одним из главных партнеров Парагвая», — сказал министр "
                 "иностранных дел Уругвая Хорхе Пардо.", [("positive", "Хорхе Пардо", "Парагвай")],
                 id="was_and_remains_quoted"),
    pytest.param("Президент Чили Матиас Рохо сказал, что Чили является стратегическим партнером Аргентины и готова "
                 "расширять торговлю.", [("positive", "Матиас Рохо", "Аргентина")], id="is_a_strategic_partner"),
    pytest.param("«Мы остаемся надежным союзником Казахстана», — подчеркнул премьер-министр Киргизии Алмаз Токоев.",
                 [("positive", "Алмаз Токоев", "Казахстан")], id="we_remain_an_ally"),
    pytest.param("Министр иностранных дел Испании Хорхе Пардо заверил, что Испания останется надежным партнером "
                 "Марокко.", [("positive", "Хорхе Пардо", "Марокко")], id="will_remain"),
    # the partner's own speaker, as before: the owner holds it
    pytest.param("«Вьетнам остается одним из ключевых партнеров Лаоса», — сказал министр иностранных дел Лаоса "
                 "Сомсак Пхетсавань.", [("positive", "Лаос", "Вьетнам")], id="said_by_the_partners_owner"),
    # none: companies, a club
    pytest.param("Банк «Заря» остается надежным партнером компании «Полюс», сообщил ее директор Иван Седов.", [],
                 id="a_bank_and_a_company"),
    pytest.param("Футбольный клуб «Вымпел» остается надежным партнером городской школы, сказал тренер Петр Гаврилов.",
                 [], id="a_club"),
])
def test_stance_own_partnership(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    # charges against the holder's own side regarded so ("считаем абсурдными"): towards who makes them
    pytest.param("Азербайджан обвинил Армению в обстрелах. «Обвинения в адрес нашей страны считаем абсурдными», — "
                 "заявил представитель МИД Армении Ашот Мовсесян.",
                 [("negative", "Азербайджан", "Армения"), ("negative", "Армения", "Азербайджан")],
                 id="charges_regarded_absurd"),
    pytest.param("Китай потребовал объяснений от Монголии. Посол Монголии Батбаяр Ганзориг заявил, что обвинения в "
                 "причастности монгольских властей к инциденту Улан-Батор считает бездоказательными.",
                 [("negative", "Монголия", "Китай")], id="charges_regarded_unfounded"),
    pytest.param("Ранее Баку обвинил Ереван в срыве переговоров. Министр иностранных дел Армении Ашот Мовсесян назвал "
                 "обвинения в адрес Еревана «надуманными».",
                 [("negative", "Азербайджан", "Армения"), ("negative", "Ашот Мовсесян", "Азербайджан")],
                 id="charges_named_far_fetched"),
    # none: a hypothesis, charges against a team
    pytest.param("Ученые из Чили считают гипотезу о древнем городе абсурдной.", [], id="a_hypothesis"),
    pytest.param("Министр спорта Чили считает обвинения в адрес футболистов сборной абсурдными.", [], id="a_team"),
    # a meeting named so in one quoted word is no charge; the ministry named by its adjective is its country's (as
    # "МИД Италии" is), whose regard for the meeting is one for the other side of it
    pytest.param("Делегации Швейцарии и Италии обсудили итоги женевской сессии.\n\nИтальянский МИД назвал встречу "
                 "«полезной».", [("positive", "МИД Италии", "Швейцария")], id="a_meeting_named_in_one_word"),
])
def test_stance_charges_regarded_so(run, text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a threat posed by a side's act or by a side: held by who says so
    pytest.param("Министр обороны Литвы Йонас Варнас заявил, что учения Белоруссии представляют угрозу безопасности "
                 "региона.", [("negative", "Йонас Варнас", "Белоруссия")], id="exercises_pose_a_threat"),
    pytest.param("«Действия Пекина создают угрозу для судоходства в Южно-Китайском море», — сказал министр иностранных "
                 "дел Филиппин Рамон Агилар.", [("negative", "Рамон Агилар", "Китай")], id="acts_create_a_threat"),
    pytest.param("Министр обороны Японии Кэндзи Ямада заявил, что ракеты КНДР представляют прямую угрозу для Японии.",
                 [("negative", "Кэндзи Ямада", "КНДР")], id="missiles_pose_a_direct_threat"),
    pytest.param("«Мы считаем политику Вашингтона главной угрозой миру», — заявил министр иностранных дел Венесуэлы.",
                 [("negative", "Венесуэла", "США")], id="regarded_as_the_main_threat"),
    # none: a threat of no side, a club
    pytest.param("Россия и Китай считают международный терроризм главной угрозой для региона.", [],
                 id="terrorism_regarded_a_threat"),
    pytest.param("Министр здравоохранения Бразилии заявил, что эпидемия представляет угрозу для здоровья населения.",
                 [],
                 id="an_epidemic"),
    pytest.param("Эксперты считают, что изменение климата является угрозой для Бангладеш.", [], id="climate"),
    pytest.param("Футбольный клуб «Вымпел» представляет угрозу для лидеров чемпионата, считает тренер Петр Гаврилов.",
                 [], id="a_club"),
])
def test_stance_threat_posed(run, text, expected):
    assert run(text) == expected
