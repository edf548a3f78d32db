"""Speakers on sentences written for these tests: the person an outlet cites, an attribution set off
inside its clause, an unnamed official and the office holder the text names, a body's report of a fact,
an unnamed informant, and a descriptor that only a holder of its office can stand for."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    def go(text):
        doc, quotes, names = quotes_of(text)
        return doc, [(speaker, said) for speaker, said, _ in quotes], names
    return go


def test_speech_the_object_of_citing_is_the_speaker(run):
    _, quotes, _ = run("Канцлер Германии Фридрих Мерц прибыл в Париж. «Европа должна быть сильной», — цитирует "
                       "его газета Le Monde.")
    assert quotes == [("Фридрих Мерц", "Европа должна быть сильной")]


def test_speech_a_parenthetical_attribution_keeps_the_whole_clause(run):
    _, quotes, _ = run("Глава МИД Турции Эрдал Кайнак провел переговоры в Анкаре. Турецкая сторона, подчеркнул он, "
                       "намерена и дальше помогать сторонам в поиске компромисса.")
    assert [q for q in quotes if "намерена" in q[1]] == [
        ("Эрдал Кайнак", "Турецкая сторона, подчеркнул он, намерена и дальше помогать сторонам в поиске компромисса")]


@pytest.mark.parametrize("text,words", [
    ("Глава МИД Перу Эльмер Шиалер провел переговоры в Лиме. Перу, подчеркнул он, «не отступит от своей "
     "позиции по границе» и будет отстаивать ее мирным путем.", "не отступит от своей позиции по границе"),
    ("Глава МИД Перу Эльмер Шиалер провел переговоры в Лиме. Лима, добавил он, будет рада и дальше принимать "
     "делегации обеих стран.", "будет рада и дальше принимать делегации"),
    ("Глава МИД Перу Эльмер Шиалер провел переговоры в Лиме. Эквадор, считает он, «готов к компромиссу» по вопросу "
     "границы.", "готов к компромиссу"),
])
def test_speech_a_parenthetical_attribution_after_one_name(run, text, words):
    _, quotes, _ = run(text)
    assert any(s == "Эльмер Шиалер" and words in t for s, t in quotes), quotes


def test_speech_a_parenthetical_attribution_before_a_quotation_left_open_is_none(run):
    _, quotes, _ = run("Глава МИД Перу Эльмер Шиалер провел переговоры в Лиме. Перу, подчеркнул он, «никогда не "
                       "откажется от своих прав.\nЭто наша позиция».")
    assert not any("Перу, подчеркнул он" in t for _, t in quotes), quotes


def test_speech_by_his_own_words_and_a_quoted_predicate(run):
    _, quotes, _ = run("Министр иностранных дел Индии Рагхунатх Бхатнагар прибыл в Пекин. Глава индийского МИД, "
                       "по его собственным словам, «был рад возможности обсудить инвестиции».")
    assert any(s == "Рагхунатх Бхатнагар" and "был рад возможности обсудить инвестиции" in t
               for s, t in quotes), quotes


def test_speech_an_unnamed_official_is_the_holder_the_text_names(run):
    _, quotes, _ = run("Официальный представитель МИД Перу Ана Гомес раскритиковала позицию Сантьяго. "
                       "Такие шаги лишь усиливают напряженность, пишет официальный представитель МИД.")
    assert ("Ана Гомес", "Такие шаги лишь усиливают напряженность") in quotes


def test_speech_an_unnamed_official_without_a_named_holder_is_the_body(run):
    _, quotes, _ = run("Представитель МИД Индии заявил, что Дели выступает за диалог.")
    assert quotes == [("МИД Индии", "Дели выступает за диалог")]


@pytest.mark.parametrize("text, said, person", [
    ("Глава МИД Чили отметил, что переговоры с соседями идут трудно. «Мы не отступим от своих принципов», — "
     "написал в соцсети Пабло Ортис.", "переговоры с соседями идут трудно", "Пабло Ортис"),
    ("Министр иностранных дел Исландии заявил журналистам, что порт останется открытым. «Никаких ограничений "
     "для судов мы не вводим», — добавил Гуннар Эйнарссон.", "порт останется открытым", "Гуннар Эйнарссон"),
    ("Официальный представитель МИД Сенегала сообщила, что консульство возобновит прием граждан. «Очереди "
     "исчезнут уже к весне», — уточнила Амината Сиссе.", "консульство возобновит прием граждан", "Амината Сиссе"),
])
def test_speech_an_unnamed_official_is_the_person_named_as_the_next_speaker(run, text, said, person):
    _, quotes, _ = run(text)
    assert (person, said) in quotes, quotes


@pytest.mark.parametrize("text, said, body", [
    # the next speaker holds an office of another side
    ("Глава МИД Норвегии заявил, что санкции останутся в силе. «Мы будем добиваться диалога», — ответил "
     "министр иностранных дел Финляндии Юкка Лехтинен.", "санкции останутся в силе", "МИД Норвегии"),
    # another person is named in between
    ("Глава МИД Уругвая заявил, что переговоры идут трудно, и позвонил Марии Сосе. «Мы не отступим», — "
     "сказал Диего Ферейра.", "переговоры идут трудно", "МИД Уругвая"),
])
def test_speech_an_unnamed_official_is_no_next_speaker_of_another_side_or_after_another_name(run, text, said, body):
    _, quotes, _ = run(text)
    assert (body, said) in quotes, quotes


def test_speech_a_body_reporting_a_fact_is_no_quote(run):
    _, quotes, _ = run("Лидеры Чили и Перу провели телефонный разговор, сообщили в администрации президента. "
                       "В Лиме днем было до плюс 31 градуса, сообщает метеослужба. "
                       "Ранее в пресс-службе МИД Чили сообщили, что министр примет участие в форуме лично.")
    assert [t for _, t in quotes] == ["министр примет участие в форуме лично"]


def test_speech_a_body_stating_a_position_is_a_quote(run):
    _, quotes, _ = run("Россия осуждает эти удары, говорится в заявлении МИД России.")
    assert quotes == [("МИД России", "Россия осуждает эти удары")]
    _, quotes, _ = run("МИД Японии сообщил, что ситуация в регионе ухудшилась после запуска ракет.")
    assert quotes == [("МИД Японии", "ситуация в регионе ухудшилась после запуска ракет")]


def test_speech_a_news_agency_is_a_source_not_its_country(run):
    _, quotes, _ = run("Визит министра состоится в апреле, передает южнокорейское агентство Ренхап. Ситуация на АЭС "
                       "стабильна, заявило Международное агентство по атомной энергии.")
    assert quotes == [("МАГАТЭ", "Ситуация на АЭС стабильна")]


def test_speech_an_unnamed_informant_is_no_speaker(run):
    _, quotes, _ = run("Консультации прошли конструктивно, сообщил источник в МИД Чили. Чили, по словам источника, "
                       "хотела бы продолжить диалог.")
    assert quotes == []


def test_speech_a_ministers_descriptor_is_no_president(run):
    doc, _, names = run("Встреча министров прошла в Лиме. Продолжить работу условились президенты "
                        "Габриэль Борич и Луис Арсе в марте. Глава МИД Боливии признал, что в отношениях "
                        "сохраняются трудности.")
    linked = [names[m.entity] for m in doc.mentions if m.text == "Глава МИД Боливии"]
    assert "Луис Арсе" not in linked


def test_speech_a_descriptor_agrees_with_its_predicate_in_gender(run):
    doc, _, names = run("Встреча Хуана Переса и Давида Чоке с министром обороны Боливии Марией Рохас прошла в Лиме. "
                        "Глава МИД Боливии признал, что в отношениях сохраняются трудности.")
    linked = [names[m.entity] for m in doc.mentions if m.text == "Глава МИД Боливии"]
    assert "Мария Рохас" not in linked


def test_speech_a_statement_told_by_its_object(run):
    _, quotes, _ = run("Министр иностранных дел Индии Рагхунатх Бхатнагар подчеркнул важность скорейшего "
                       "урегулирования конфликта. Стороны подчеркнули важность диалога. Посол заявил протест.")
    assert quotes == [("Рагхунатх Бхатнагар", "важность скорейшего урегулирования конфликта")]


def test_speech_an_outlet_citing_a_body_is_a_source(run):
    # the outlet is no speaker however little known; the body cited reports a fact, no quote either
    _, quotes, _ = run("Как сообщает агентство «Вестник Прикамья» со ссылкой на пресс-службу МИД Сербии, министры "
                       "обсудили вопросы торговли.")
    assert quotes == []
    _, quotes, _ = run("Как передает издание «Новый взгляд» со ссылкой на источник в правительстве, визит отложат.")
    assert quotes == []
    _, quotes, _ = run("Как сообщает БелТА со ссылкой на пресс-службу МИД Белоруссии, министр выступит с заявлением.")
    assert quotes == [("МИД Белоруссии", "министр выступит с заявлением")]
    _, quotes, _ = run("Как пишет агентство «Степь» со ссылкой на МИД республики, сроки поездки уточняются.")
    assert quotes == []  # a country the text does not name there


def test_speech_a_spokesmans_title_is_the_named_spokesman(run):
    _, quotes, _ = run("Пресс-секретарь МИД Индии Рандхир Джайсвал выступил на брифинге. «Мы ожидаем скорейшего "
                       "урегулирования», — сказал представитель внешнеполитического ведомства.")
    assert quotes == [("Рандхир Джайсвал", "Мы ожидаем скорейшего урегулирования")]
    _, quotes, _ = run("Официальный представитель МИД Монголии Батбаяр Ганбаатар выступил на брифинге. «Визит "
                       "перенесен», – сказал спикер внешнеполитического ведомства.")
    assert quotes == [("Батбаяр Ганбаатар", "Визит перенесен")]
    _, quotes, _ = run("Пресс-секретарь президента Монголии Тэмүүлэн Болд рассказал о визите. Представитель МИД "
                       "Монголии заявил, что консультации продолжатся.")
    assert quotes == [("МИД Монголии", "консультации продолжатся")]  # another body's spokesman is not his


def test_speech_a_spokesman_of_a_seat_is_the_spokesman_of_its_office(run):
    _, quotes, _ = run("Об отсрочке сообщил пресс-секретарь президента России Олег Смирнов. «Документы требуют "
                       "доработки», — пояснил представитель Кремля.")
    assert quotes == [("Олег Смирнов", "Документы требуют доработки")]
    _, quotes, _ = run("Об отсрочке сообщила официальный представитель МИД России Ольга Осокина. «Документы требуют "
                       "доработки», — пояснил представитель Кремля.")
    assert quotes == [("Кремль", "Документы требуют доработки")]  # the ministry's spokeswoman is not the Kremlin's


def test_speech_a_bare_title_after_speech_is_the_previous_speaker(run):
    _, quotes, _ = run("Делегации возглавили Ван И и глава МИД Пакистана Исхак Дар. По словам Ван И, сотрудничество "
                       "развивается. «Нам нужно больше доверия», — отметил министр.")
    assert ("Ван И", "Нам нужно больше доверия") in quotes


def test_speech_a_name_inside_the_words_is_not_their_speaker(run):
    _, quotes, _ = run("«Мы с Николаем Ивановичем обо всем договорились», — сказал Александр Петров, президент "
                       "Белоруссии.\n\nБелорусский лидер напомнил, что прошлая встреча прошла в Минске.")
    assert ("Александр Петров", "прошлая встреча прошла в Минске") in quotes
    assert all(s != "Николай Иванович" for s, _ in quotes)


def test_speech_more_verbs_and_forms(run):
    _, quotes, _ = run("Официальный представитель МИД Китая Мао Нин подтвердила, что визит министра пройдет в мае.")
    assert quotes == [("Мао Нин", "визит министра пройдет в мае")]
    _, quotes, _ = run("Посол Франции в России Николя де Ривьер посетил министерство. Посол разъяснил, что Париж "
                       "готов к диалогу.")
    assert quotes == [("Николя де Ривьер", "Париж готов к диалогу")]
    _, quotes, _ = run("Тренер Иван Петров рассказал о матче. «Мы отдохнули в раздевалке», — пошутил он.")
    assert quotes == [("Иван Петров", "Мы отдохнули в раздевалке")]


def test_speech_a_quoted_call_is_the_callers_words(run):
    _, quotes, _ = run("Президент Франции Эмманюэль Макрон призвал Израиль «немедленно прекратить огонь».")
    assert quotes == [("Эмманюэль Макрон", "немедленно прекратить огонь")]
    _, quotes, _ = run('Глава МИД Польши Здзислав Ковальчик призвал Минск "освободить задержанных журналистов".')
    assert quotes == [("Здзислав Ковальчик", "освободить задержанных журналистов")]
    _, quotes, _ = run("Правительство потребовало «Газпром» вернуть долг.")
    assert quotes == []


def test_speech_an_opinion_goes_on_after_a_colon(run):
    _, quotes, _ = run("По мнению политолога Ивана Петрова, стороны не готовы к компромиссу: «Никто не хочет "
                       "уступать первым».")
    assert quotes == [("Иван Петров", "стороны не готовы к компромиссу"),
                      ("Иван Петров", "Никто не хочет уступать первым")]


def test_speech_one_unnamed_person_of_a_country_is_no_speaker(run):
    _, quotes, _ = run("Переговоры пройдут в Женеве, как сообщил турецкий дипломат.")
    assert quotes == []


def test_speech_a_statement_titled_with_its_author_is_his_words(run):
    doc, quotes, names = run("Комментарий официального представителя МИД Китая Мао Нин в связи с решением Японии\n\n"
                             "Токио объявил о новых мерах. Расцениваем это решение как недружественный шаг. "
                             "Сожалеем, что японская сторона избрала путь конфронтации.")
    assert quotes == [("Мао Нин", "Расцениваем это решение как недружественный шаг"),
                      ("Мао Нин", "Сожалеем, что японская сторона избрала путь конфронтации")]
    assert names[doc.speaker] == "Мао Нин"
    _, quotes, _ = run("Заявление о переговорах\n\nМы провели переговоры в Женеве.")
    assert quotes == []  # no author named in the title


def test_speech_a_private_persons_agent_speaks_for_no_body(run):
    _, quotes, _ = run("Агент защитника «Локомотива» сообщил, что обсуждает с клубом новый контракт.")
    assert quotes == []
    _, quotes, _ = run("Представитель генсека ООН заявил, что переговоры продолжатся.")
    assert quotes == [("ООН", "переговоры продолжатся")]


def test_speech_a_descriptor_of_another_side_is_not_the_previous_speaker(run):
    _, quotes, _ = run("Президент Чили Габриэль Борич встретился с президентом Аргентины Альберто Фернандесом. "
                       "«Мы обсудили торговлю», — сказал Борич. «Наши позиции близки», — ответил аргентинский "
                       "президент.")
    assert ("Альберто Фернандес", "Наши позиции близки") in quotes


def test_speech_a_headline_about_a_statement_names_no_author(run):
    doc, quotes, _ = run("Заявление Иванова вызвало споры\n\nИванов заявил, что переговоры продолжатся. Напомним, что "
                         "ранее стороны встречались в Женеве.")
    assert [t for _, t in quotes] == ["переговоры продолжатся"]
    assert doc.speaker is None


def test_speech_the_outlet_of_the_dateline_is_no_speaker(run):
    _, quotes, _ = run("СОФИЯ, 3 марта. /Новинар/. Министр иностранных дел Болгарии провел переговоры в Анкаре. Визит "
                       "президента отложен на осень, передает Новинар.")
    assert quotes == []
    _, quotes, _ = run("МИНСК, 26 февраля (НовиБел) – Министр иностранных дел Белоруссии провел переговоры. Визит "
                       "президента отложен на осень, передает НовиБел.")
    assert quotes == []


def test_speech_an_outlet_aside_between_the_speaker_and_the_verb(run):
    _, quotes, _ = run("Министр иностранных дел Чили Томас Вилк, как сообщает агентство Рейтер, заявил, что Сантьяго "
                       "и Лима должны быть партнерами.")
    assert quotes == [("Томас Вилк", "Сантьяго и Лима должны быть партнерами")]


def test_speech_a_hint_tells_what_was_said(run):
    _, quotes, _ = run("Министр иностранных дел Чили Томас Вилк дал понять, что Сантьяго не согласится на уступки.")
    assert quotes == [("Томас Вилк", "Сантьяго не согласится на уступки")]


def test_speech_a_group_of_a_person_is_not_that_person(run):
    _, quotes, _ = run("Президент Чили Томас Вилк выступил в парламенте. Высокопоставленные чилийские чиновники и "
                       "политические союзники Вилка заявляют, что ожидают от реформы положительных последствий.")
    assert [s for s, _ in quotes] == ["Чили"]


def test_speech_a_demonym_noun_is_the_person_last_named_of_that_country(run):
    _, quotes, _ = run("Президент Сербии Марко Петрович встретился с канцлером Германии Фридрихом Шульцем. «Мы готовы "
                       "к компромиссу», — заявил серб.")
    assert quotes == [("Марко Петрович", "Мы готовы к компромиссу")]
    _, quotes, _ = run("Главный тренер клуба Деян Милошевич выразил протест после матча. «Это очевидный эпизод», — "
                       "заявил серб.")  # a person of no country known
    assert quotes == [("Деян Милошевич", "Это очевидный эпизод")]
    _, quotes, _ = run("Президент Сербии Марко Петрович встретился с канцлером Германии Фридрихом Шульцем. «Мы готовы "
                       "к компромиссу», — заявил француз.")
    assert quotes == [(None, "Мы готовы к компромиссу")]  # no Frenchman named


def test_speech_an_undeclined_surname_right_before_the_verb_is_its_subject(run):
    _, quotes, _ = run("Сопредседатель переговоров от ООН Анна Линдквист выразила тревогу. На вопрос о механизме "
                       "Линдквист ответила, что встречи должны проходить регулярно.")
    assert quotes == [("Анна Линдквист", "встречи должны проходить регулярно")]


def test_speech_an_organisation_of_no_country_that_writes_is_a_publication(run):
    _, quotes, _ = run("Как пишет Dagens Nyheter, это уже третья волна высылок.")
    assert quotes == []
    _, quotes, _ = run("Как пишет МИД Японии в своем заявлении, Токио готов к диалогу.")
    assert quotes == [("МИД Японии", "Токио готов к диалогу")]


def test_speech_an_organisation_of_no_country_that_relays_in_the_present_is_a_publication(run):
    _, quotes, _ = run("«Стороны обсудили весь спектр вопросов», — сообщает ГАНАПРЕСС.")
    assert [q for q in quotes if q[0] == "ГАНАПРЕСС"] == []
    _, quotes, _ = run("«Стороны обсудили весь спектр вопросов», — сообщает пресс-служба президента Ганы.")
    assert [q[1] for q in quotes] == ["Стороны обсудили весь спектр вопросов"] and quotes[0][0] is not None


def test_speech_an_expert_of_an_institute_speaks_for_no_one(run):
    _, quotes, _ = run("Эксперт Института Азии, на условиях анонимности, полагает, что переговоры зайдут в тупик.")
    assert quotes == []


def test_speech_a_countrys_leader_is_its_president_named_before_not_the_host(run):
    doc, quotes, _ = run("Президент Кыргызской Республики Эмиль Токтосунов в пятницу принял участие в саммите в Минске "
                         "под председательством Александра Лукашенко. Выступая на заседании, Эмиль Токтосунов напомнил "
                         "о прошлой встрече.\n«Мы передали председательство белорусским партнерам», – подчеркнул "
                         "кыргызский лидер.")
    assert quotes == [("Эмиль Токтосунов", "Мы передали председательство белорусским партнерам")]
    names = {e.id: e.name for e in doc.entities}
    assert {(names[r.person], r.position) for r in doc.roles} == {("Эмиль Токтосунов", "президент")}


@pytest.mark.parametrize("text, speaker", [
    ("Официальный представитель МИД Китая Лю Фан отвергла протест. \"Китайское судно ведет научную работу\", -- "
     "сказала Лю Фан журналистам.", "Лю Фан"),
    ("Министр Кан Мин Су провел переговоры. \"Корейская сторона готова к диалогу\", -- заявила Ли Су Ён.", "Ли Су Ён"),
    ("Премьер Лаоса прибыл в Ханой. «Лаосские суда ведут научную работу», — сказал Сонсай Кеоманы.",
     "Сонсай Кеоманы"),
])
def test_speech_a_name_after_the_verb_parsed_as_its_object_is_the_speaker(run, text, speaker):
    _, quotes, _ = run(text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Официальный представитель МИД Египта Ахмед Сабри накануне осудил проект доклада, который Италия, Греция и "
     "Мальта готовят к сессии Совета директоров ФАО, назвав его «опасным шагом».", "Ахмед Сабри"),
    ("Пресс-секретарь МИД Перу Хулио Рамос в среду осудил проект заявления, который Чили, Аргентина и Бразилия "
     "готовят к саммиту Совета министров ОАГ, назвав его «ошибочным шагом».", "Хулио Рамос"),
    ("Представитель МИД Вьетнама Ле Тхань Хай в тот же вечер раскритиковал проект декларации, который Китай, "
     "Малайзия и Бруней готовят к заседанию Совета министров АСЕАН, назвав его «недружественным жестом».",
     "Ле Тхань Хай"),
])
def test_speech_a_gerund_of_naming_after_a_relative_clause_takes_the_main_subject(run, text, speaker):
    """However the parse hangs the relative pronoun, the gerund and the main clause's subject."""
    _, quotes, _ = run(text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Министр иностранных дел Перу Хорхе Рамос приветствовал решение. «Мы видим в этом проявление зрелости», — "
     "приводит его слова перуанское агентство Andina.", "Хорхе Рамос"),
    ("Глава МИД Кипра Никос Андреу выступил в парламенте. «Наша позиция не изменится», — приводит слова министра "
     "газета Phileleftheros.", "Никос Андреу"),
    ("Премьер-министр Ирландии Шон Мерфи прибыл в Брюссель. «Мы настроены на компромисс», — передает его слова "
     "агентство RTE.", "Шон Мерфи"),
])
def test_speech_the_owner_of_the_words_an_outlet_passes_on_is_the_speaker(run, text, speaker):
    _, quotes, _ = run(text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker, said", [
    ("Министр иностранных дел Норвегии Ингрид Ольсен призвала стороны вернуться к переговорам «без всяких "
     "предварительных требований».", "Ингрид Ольсен", "без всяких предварительных требований"),
    ("Глава МИД Чили Педро Рохас призвал соседей не допустить, чтобы спор о воде «перерос в открытый конфликт».",
     "Педро Рохас", "перерос в открытый конфликт"),
    ("Президент Ганы Кофи Менса призвал партнеров договориться о поставках зерна «в самые сжатые сроки».",
     "Кофи Менса", "в самые сжатые сроки"),
])
def test_speech_quoted_words_in_the_clause_a_call_calls_for_are_the_callers(run, text, speaker, said):
    _, quotes, _ = run(text)
    assert quotes == [(speaker, said)]


def test_speech_quoted_words_of_a_gerund_after_a_call_are_no_call(run):
    _, quotes, _ = run("Власти Чада потребовали от суданского консула выехать из страны, упрекнув его в поступках, "
                       "«подрывающих безопасность республики».")
    assert quotes == []


def test_speech_a_countrys_opposition_speaks_for_no_side(run):
    _, quotes, _ = run("Эстонская оппозиция упрекнула кабинет в том, что он «не способен найти общий язык даже с "
                       "соседями».")
    assert quotes == []


def test_speech_a_bare_ministry_after_the_same_ministry_with_its_country_is_of_that_country(run):
    _, quotes, _ = run("МОСКВА, 4 декабря. Министерство иностранных дел Кении сожалеет о решении Уганды выслать "
                       "дипломата. Об этом говорится в комментарии официального представителя ведомства Питера "
                       "Мванги. «Кенийская сторона действовала в ответ на действия угандийского дипломата», — отметил "
                       "представитель МИД.")
    assert ("Питер Мванги", "Кенийская сторона действовала в ответ на действия угандийского дипломата") in quotes, \
        quotes

