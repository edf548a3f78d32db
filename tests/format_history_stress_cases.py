"""A second stress set of standing mechanisms of dialogue (the first, tests/format_stress_cases.py, tells one sentence
each): invented documents of several sentences, and pairs of documents by two outlets, that tell a mechanism's history —
the current round numbered in any form, earlier rounds with their places and dates (several in one sentence), the last
meeting before a break, the next one planned with its month and city, a meeting put off with or without a new date, one
called off, a suspension and by whom, a resumption after years, a proposal to resume; the same mechanism named
differently by two outlets (``межправкомиссия`` and its full name, ``«2+2»`` and ``в формате министров иностранных дел
и обороны``), whose entries fall into one format.  No mechanism, pair of countries or wording of any corpus.

Each case: (the documents' bodies, each opening with its dateline; the formats it should give: (name words — stems every
one of which the format's name or type holds —, sides as ISO codes, history entries (status, round, date))).  A round
``None`` takes any round, and then ``round`` and ``meeting`` are one status; a date ``None`` takes any date; a
postponed or called-off meeting is dated by the day it had been planned for.  Read by
tests/test_format_history_stress.py and by a measuring script."""
from __future__ import annotations

Entry = tuple[str, int | None, str | None]
Expected = tuple[tuple[str, ...], frozenset[str], tuple[Entry, ...]]

CASES: list[tuple[tuple[str, ...], tuple[Expected, ...]]] = [
    # 0: rounds told together in one sentence with their months in brackets, the next one with its month and city
    (("УЛАН-БАТОР, 12 октября 2031 года. Заместители министров иностранных дел Монголии и Бутана провели в "
      "Улан-Баторе третий раунд политических консультаций. Первые два раунда прошли в Тхимпху (ноябрь 2028 года) и "
      "Паро (июнь 2030 года). Следующий раунд стороны договорились провести в Тхимпху в мае 2032 года.",),
     ((("консультац",), frozenset({"MN", "BT"}),
       (("round", 3, "2031-10-12"), ("round", 1, "2028-11"), ("round", 2, "2030-06"), ("planned", 4, "2032-05"))),)),
    # 1: a Roman numeral, a resumption after a break of years, the last meeting before it
    (("ЛИБРЕВИЛЬ, 5 мая 2031 года. В Либревиле после пятилетнего перерыва прошло IX заседание совместной комиссии "
      "по сотрудничеству Габона и Чада. Последний раз комиссия собиралась в Нджамене в 2026 году. Стороны "
      "договорились проводить заседания ежегодно.",),
     ((("комисси",), frozenset({"GA", "TD"}),
       (("resumed", 9, "2031-05-05"), ("meeting", None, "2026"), ("suspended", None, None))),)),
    # 2: two outlets: a suspension by one side, the round before it; months later a proposal to resume it
    (("ПОДГОРИЦА, 2 февраля 2031 года. Черногория приостановила стратегический диалог с Албанией в знак протеста "
      "против решения Тираны о строительстве порта. Шестой раунд диалога прошел в Тиране в сентябре 2030 года.",
      "ТИРАНА, 20 ноября 2031 года. Албания предложила Черногории возобновить стратегический диалог, прерванный в "
      "феврале. Министр иностранных дел Албании заявил, что седьмой раунд мог бы пройти в Подгорице в начале "
      "следующего года."),
     ((("стратегическ", "диалог"), frozenset({"ME", "AL"}),
       (("suspended", None, "2031-02-02"), ("round", 6, "2030-09"), ("proposed-resumption", None, "2031-11-20"))),)),
    # 3: two outlets: «2+2» and the meeting of foreign and defence ministers, the round and the first one in one,
    # the next one in the other
    (("МАНИЛА, 14 марта 2031 года. Министры иностранных дел и обороны Филиппин и Новой Зеландии провели в Маниле "
      "переговоры в формате «2+2». Это вторая встреча в таком формате: первая состоялась в Веллингтоне в августе "
      "2029 года.",
      "ВЕЛЛИНГТОН, 15 марта 2031 года. Вчера в Маниле главы внешнеполитических и оборонных ведомств Новой Зеландии и "
      "Филиппин встретились в формате министров иностранных дел и обороны. Следующая такая встреча пройдет в Окленде "
      "в 2032 году."),
     ((("2+2",), frozenset({"PH", "NZ"}),
       (("round", 2, "2031-03-14"), ("round", 1, "2029-08"), ("planned", None, "2032"))),)),
    # 4: two outlets: the commission's full name and «межправкомиссия»; the previous session, the next one numbered
    (("ЭЛЬ-КУВЕЙТ, 10 июня 2031 года. В Эль-Кувейте открылось 11-е заседание Межправительственной комиссии по "
      "торгово-экономическому сотрудничеству Кувейта и Туниса. Предыдущее заседание прошло в Тунисе в 2029 году.",
      "ТУНИС, 12 июня 2031 года. Межправкомиссия Туниса и Кувейта завершила в Эль-Кувейте двухдневное заседание. "
      "Двенадцатое заседание решено провести в Тунисе в 2033 году."),
     ((("межправительственн", "комисси"), frozenset({"KW", "TN"}),
       (("round", 11, "2031-06-10"), ("round", 10, "2029"), ("planned", 12, "2033"))),)),
    # 5: a numbered round put off with no new date, dated by the day it had been planned for; the round before it
    (("МБАБАНЕ, 8 апреля 2031 года. Пятый раунд политических консультаций Эсватини и Лесото, намеченный на 15 "
      "апреля, отложен. Новая дата пока не определена. Четвертый раунд прошел в Масеру в марте 2030 года.",),
     ((("консультац",), frozenset({"SZ", "LS"}),
       (("postponed", 5, "2031-04-15"), ("round", 4, "2030-03"))),)),
    # 6: a session put off to a new month, the session before it
    (("БАНДАР-СЕРИ-БЕГАВАН, 3 марта 2031 года. Третье заседание Совместной комиссии Брунея и Фиджи, которое должно "
      "было пройти в марте в Суве, перенесено на июль. Второе заседание комиссии состоялось в Бандар-Сери-Бегаване в "
      "2029 году.",),
     ((("комисси",), frozenset({"BN", "FJ"}),
       (("postponed", 3, "2031-03"), ("planned", 3, "2031-07"), ("round", 2, "2029"))),)),
    # 7: a trilateral meeting called off, the last one in that composition
    (("БРИДЖТАУН, 18 мая 2031 года. Встреча министров иностранных дел Барбадоса, Багамских Островов и Гренады в "
      "трехстороннем формате, которая должна была пройти 2 июня в Бриджтауне, отменена. В последний раз министры "
      "встречались в таком составе в Сент-Джорджесе в октябре 2029 года.",),
     ((("трехсторонн",), frozenset({"BB", "BS", "GD"}),
       (("cancelled", None, "2031-06-02"), ("meeting", None, "2029-10"))),)),
    # 8: a resumption told «впервые за семь лет», the last meeting, the break and who made it
    (("АНТАНАНАРИВУ, 21 сентября 2031 года. Смешанная пограничная комиссия Мадагаскара и Коморских Островов "
      "собралась в Антананариву впервые за семь лет. В последний раз члены комиссии встречались в Морони в 2024 году, "
      "после чего работа комиссии была заморожена по инициативе коморской стороны.",),
     ((("пограничн", "комисси"), frozenset({"MG", "KM"}),
       (("resumed", None, "2031-09-21"), ("meeting", None, "2024"), ("suspended", None, None))),)),
    # 9: the third meeting told in a sentence of its own, the earlier ones listed by their cities
    (("ВАЛЛЕТТА, 9 апреля 2031 года. Премьер-министры Исландии, Мальты и Люксембурга встретились в Валлетте в "
      "трехстороннем формате. Это уже третья встреча в этом формате: предыдущие проходили в Рейкьявике и "
      "Люксембурге.",),
     ((("трехсторонн",), frozenset({"IS", "MT", "LU"}),
       (("round", 3, "2031-04-09"), ("round", 1, None), ("round", 2, None))),)),
    # 10: a round in figures, the next one «очередной» with its month and city
    (("АСУНСЬОН, 30 января 2031 года. В Асунсьоне завершился 20-й раунд консультаций по вопросам безопасности между "
      "Парагваем и Эквадором. Очередной раунд пройдет в Кито в октябре.",),
     ((("консультац",), frozenset({"PY", "EC"}),
       (("round", 20, "2031-01-30"), ("planned", 21, "2031-10"))),)),
    # 11: «очередное» session, the previous one numbered between commas
    (("ПРАЯ, 7 июля 2031 года. Кабо-Верде и Гвинея-Бисау провели в Прае очередное заседание смешанной комиссии по "
      "сотрудничеству. Предыдущее, четырнадцатое заседание прошло в Бисау в ноябре 2029 года.",),
     ((("комисси",), frozenset({"CV", "GW"}),
       (("round", None, "2031-07-07"), ("round", 14, "2029-11"))),)),
    # 12: a proposal to resume a commission that has not met since a year, frozen by the other side
    (("ПАРАМАРИБО, 4 августа 2031 года. Президент Суринама предложил Тринидаду и Тобаго возобновить работу "
      "двусторонней комиссии по рыболовству, которая не собиралась с 2027 года. Комиссия была заморожена по решению "
      "Порт-оф-Спейна.",),
     ((("комисси",), frozenset({"SR", "TT"}),
       (("proposed-resumption", None, "2031-08-04"), ("meeting", None, "2027"), ("suspended", None, None))),)),
    # 13: two outlets: political consultations of the ministries, numbered, and a meeting of deputy ministers
    # told the day after with the next round
    (("ПОРТ-ЛУИ, 16 февраля 2031 года. В Порт-Луи прошли седьмые политические консультации министерств иностранных "
      "дел Маврикия и Сейшельских Островов.",
      "ВИКТОРИЯ, 17 февраля 2031 года. Заместители министров иностранных дел Сейшельских Островов и Маврикия провели "
      "накануне в Порт-Луи политические консультации. Стороны договорились провести следующий раунд в Виктории в "
      "2032 году."),
     ((("консультац",), frozenset({"MU", "SC"}),
       (("round", 7, "2031-02-16"), ("planned", None, "2032"))),)),
    # 14: a numbered round put off indefinitely, dated by the day planned; the round before it in the same year
    (("РИГА, 9 октября 2031 года. Латвия и Грузия отложили на неопределенный срок четвертый раунд консультаций по "
      "визовым вопросам, который планировалось провести в Тбилиси 20 октября. Третий раунд прошел в Риге в мае.",),
     ((("консультац",), frozenset({"LV", "GE"}),
       (("postponed", 4, "2031-10-20"), ("round", 3, "2031-05"))),)),
    # 15: the first and the second meetings told one by one in one sentence («второе — в … в 2029-м»)
    (("ДАККА, 25 ноября 2031 года. Совместная рабочая группа Бангладеш и Мальдив по миграции провела в Дакке третье "
      "заседание. Первое заседание группы прошло в Мале в 2027 году, второе — в Читтагонге в 2029-м.",),
     ((("рабоч", "групп"), frozenset({"BD", "MV"}),
       (("round", 3, "2031-11-25"), ("round", 1, "2027"), ("round", 2, "2029"))),)),
    # 16: a suspension of one side's participation, the next meeting called off («теперь она не состоится»), the one
    # before it in this year
    (("САН-ТОМЕ, 11 марта 2031 года. Сан-Томе и Принсипи приостановило свое участие в совместной рабочей группе по "
      "морской границе с Экваториальной Гвинеей. Пятое заседание группы должно было пройти 2 апреля в Малабо, теперь "
      "оно не состоится. Четвертое заседание группы прошло в январе в Сан-Томе.",),
     ((("рабоч", "групп"), frozenset({"ST", "GQ"}),
       (("suspended", None, "2031-03-11"), ("cancelled", 5, "2031-04-02"), ("round", 4, "2031-01"))),)),
    # 17: a session agreed to be convened, the body not met since a month, when its numbered session was held
    (("МАНАМА, 6 мая 2031 года. Король Бахрейна и король Иордании договорились созвать 13-е заседание Высшего "
      "совместного комитета двух стран в Аммане в сентябре 2031 года. Комитет не собирался с ноября 2027 года, когда "
      "его 12-е заседание прошло в Манаме.",),
     ((("комитет",), frozenset({"BH", "JO"}),
       (("planned", 13, "2031-09"), ("round", 12, "2027-11"))),)),
    # 18: a session held on another day than first planned («первоначально планировалось на …, но было перенесено»)
    (("ДАККА, 19 октября 2031 года. Министры иностранных дел Бангладеш и Шри-Ланки провели сегодня в Дакке пятое "
      "заседание Совместной экономической комиссии. Заседание первоначально планировалось на 7 сентября, но было "
      "перенесено по просьбе ланкийской стороны.",),
     ((("комисси",), frozenset({"BD", "LK"}),
       (("round", 5, "2031-10-19"), ("postponed", 5, "2031-09-07"))),)),
    # 19: the first session dated «в мае того же года» after the year the body was founded
    (("ЛУАНДА, 2 декабря 2031 года. Совместная постоянная комиссия по обороне и безопасности Анголы и Зимбабве "
      "провела в Луанде свое четвертое заседание. Комиссия была создана в 2028 году, ее первое заседание прошло в мае "
      "того же года в Хараре.",),
     ((("комисси",), frozenset({"AO", "ZW"}),
       (("round", 4, "2031-12-02"), ("round", 1, "2028-05"))),)),
    # 20: a joint body one side suspends its part in, the other side named in the sentences before; its next session
    # called off, the one before it in this year
    (("СКОПЬЕ, 14 апреля 2031 года. Министр иностранных дел Северной Македонии вызвал посла Албании в связи с планами "
      "строительства плотины на реке Дрин. Он сообщил, что Северная Македония приостанавливает участие в Совместной "
      "комиссии экспертов по реке Дрин. Ее шестое заседание должно было состояться 30 апреля в Охриде, теперь оно "
      "отменено. Пятое заседание комиссии прошло в марте в Тиране.",),
     ((("комисси",), frozenset({"MK", "AL"}),
       (("suspended", None, "2031-04-14"), ("cancelled", 6, "2031-04-30"), ("round", 5, "2031-03"))),)),
    # 21: a session one side has put off, told with the day it was to open on in a relative clause
    (("ХАРАРЕ, 2 июля 2031 года. Министр иностранных дел Зимбабве распорядился отложить девятую сессию Постоянной "
      "комиссии по сотрудничеству Зимбабве и Ботсваны, которая должна была открыться 15 июля в Габороне. Восьмая "
      "сессия комиссии прошла в Хараре в мае 2029 года.",),
     ((("комисси",), frozenset({"ZW", "BW"}),
       (("postponed", 9, "2031-07-15"), ("round", 8, "2029-05"))),)),
    # 22: a session held later than first set («было назначено на …, но его отложили»), its name told again before
    # the subject of the next clause («На VII заседании Двусторонней комиссии стороны подписали …»)
    (("МОНТЕВИДЕО, 24 июня 2031 года. Министры иностранных дел Уругвая и Боливии провели сегодня в Монтевидео VII "
      "заседание Двусторонней комиссии. Заседание изначально было назначено на 12 мая, но его отложили по просьбе "
      "боливийской стороны. На VII заседании Двусторонней комиссии стороны подписали соглашение о транзите грузов.",),
     ((("комисси",), frozenset({"UY", "BO"}),
       (("round", 7, "2031-06-24"), ("postponed", 7, "2031-05-12"))),)),
]
