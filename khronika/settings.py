"""Named settings: every window size and threshold of the rules, in one frozen object.

``build_pipeline(settings=…)`` passes ``Settings`` to each stage that takes one; a stage reads its
own section (``settings.coref.quotation_chars``).  ``DEFAULT`` holds the values the answer keys
and the quality floors were measured with; change one with ``dataclasses.replace``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SpanSettings:
    quote_window: int = 8  # tokens after an opening quote where its closing quote is looked for
    legal_form_words: int = 3  # most words before a quoted name that are its legal form or kind
    surname_stem: int = 5  # letters of a surname compared across its case forms
    surname_min_letters: int = 4  # the shortest surname recognised again where the tagger missed it
    surname_ending_letters: int = 3  # most letters after a surname's stem (its case ending) when recognised again
    max_name_words: int = 4  # most words of a person's name joined from two spans
    person_words: tuple[int, int] = (2, 3)  # fewest and most words of a name read as a person's in brackets
    given_name_score: float = 0.1  # least pymorphy3 score of a given-name reading of its first word
    domain_letters: int = 3  # longest span after a dot that is read as a domain zone (``.РФ``)
    continent_min_letters: int = 4  # the shortest word looked up as a continent


@dataclass(frozen=True)
class EntitySettings:
    place_window: int = 6  # tokens before a capital looked at for a place preposition (``в Токио``)
    caps_capital_min_letters: int = 5  # the shortest span in capitals (a dateline's ``МОСКВА``) read as a capital city
    # the country of a ministry a Russian-language text names by its bare Russian short name ("МИД",
    # "Минобороны"; data/home_bodies.tsv), unless the document's dateline places it in another country
    home_country: str = "RU"
    body_reach: int = 3  # sentences back in which a bare "министерство"/"ведомство" finds the ministry it stands for
    acronym_letters: tuple[int, int] = (2, 6)  # letters of an abbreviation linked to the full name it spells ("СФ")
    title_reach: int = 8  # words back over a title's complements ("министра обороны Чада А.Махамата") to its title


@dataclass(frozen=True)
class RoleSettings:
    """Reading descriptors around a name (khronika/stages/roles)."""

    max_chain: int = 3  # descriptors in a row, separated by commas, read on each side of a name
    title_adjectives: int = 2  # adjectives right before a descriptor's first title that belong to it
    apposition_reach: int = 3  # words after the comma (or dash) within which an apposition's title must come
    participle_reach: int = 2  # tokens after a title-like participle in which a noun of its case makes it an adjective
    place_stem: int = 4  # the shortest stem of a relational adjective that names a place ("свердловский")
    place_slack: int = 2  # letters at the end of that stem a place's name may differ in ("московский" → Москва)
    main_country_mentions: int = 2  # mentions the main country of a document has at least ...
    main_country_share: float = 0.5  # ... and at least this share of the document's country mentions ...
    main_country_lead: int = 2  # ... and this many times as many as the next country
    plural_title_words: int = 3  # genitive words after a plural title before the names it is the role of
    own_ministry_chars: int = 600  # a minister without a country heads the ministry named at most this far before


@dataclass(frozen=True)
class CorefSettings:
    """Descriptors standing for a person (khronika/stages/coref.py)."""

    quotation_chars: int = 30  # characters between quotation marks beyond which they hold a quotation, not a name
    window_sentences: int = 3  # sentences back (the descriptor's own included) in which a salient person is sought


@dataclass(frozen=True)
class QuoteSettings:
    """Windows of the quote stage (khronika/stages/quotes), in tokens unless named ``_chars``."""

    attribution_words: int = 4  # a verb of speech is among the first words of an attribution after a quote
    interrupting_chars: int = 160  # the longest attribution inside a quotation: «Первая часть, - отметил X. - Вторая»
    quote_lines: int = 6  # a quotation in guillemets runs over at most this many lines after its first
    citing_reach: int = 6  # "сообщает X со ссылкой на Y": "со ссылкой" this many words after the verb at most
    naming_reach: int = 14  # "назвал визит министра обороны «…»": the verb of naming this many tokens before at most
    label_chars: int = 50  # the longest name (after its first character) labelling a quotation: Петров: «…»
    min_part_chars: int = 2  # a quoted part or a transcript paragraph shorter than this is no quote
    heading_words: int = 8  # a paragraph inside a turn, shorter than this and unpunctuated, is a heading
    min_clause_words: int = 3  # unattributed quoted words are a quote from this many words (with a predicate)
    colon_quote_words: int = 6  # … or from this many words after a colon, going on with the paragraph's speaker
    title_words: int = 30  # a statement's title naming its author ("Комментарий … М.И.Петровой …") at most
    post_author_words: int = 8  # the line naming a post's author alone ("Мария Сидорова") has at most this many words
    interview_min_turns: int = 2  # questions and answers, each at least this many, that make a text an interview
    transcript_start_paragraph: int = 1  # a single speaker's first label opens paragraph 0 or up to this one
    subject_climb: int = 3  # verbs climbed from a gerund or a coordinated verb to the one with a subject
    subject_after_words: int = 6  # words after the verb read for a subject the parser missed
    parenthetical_reach: int = 7  # a comma this many tokens back may open a parenthetical ("X, в свою очередь,")
    participial_reach: int = 12  # … and one this many back a participle's or gerund's phrase ("X, вернувшись из Y,")
    that_reach: int = 12  # "что" fewer than this many tokens after the verb: "X заявил журналистам, что …", "X заявил
    # на брифинге в аэропорту имени Y Z, что …"
    as_said_adverbs: int = 3  # the verb fewer than this many tokens after "как" (adverbs between: "как уже отмечал X")
    inverted_start: int = 3  # "…, предупредил X": the verb this many tokens into the sentence at least
    parenthetical_rest_words: int = 2  # "X, подчеркнул он, готов …": the clause goes on after the attribution this long
    about_this_reach: int = 5  # the verb fewer than this many tokens after "Об" of "Об этом заявил X"
    about_this_newlines: int = 2  # "Об этом …" reads the sentence before across at most this many line breaks
    principal_quotes: int = 4  # a person speaking in this many quotes or more …
    principal_share: float = 0.75  # … and in this share of the quotes with a speaker is the principal speaker
    min_indirect_chars: int = 3  # reported speech shorter than this many characters …
    min_indirect_words: int = 2  # … or words is no quote


@dataclass(frozen=True)
class EventSettings:
    """Windows of the event rules (khronika/stages/events), in words (tokens) unless named in characters."""

    # finding triggers
    pattern_reach: int = 3  # a pattern's next word stands within this many words after the last one found
    own_date_chars: int = 40  # a time expression this close after an event noun is its own date (not in passing)
    # an undated event takes its document's date only in a report of its days: a dateline with a place, or a
    # time expression ("сегодня", "в понедельник", "20 марта") naming a day this many days before it at most
    news_days: int = 7
    item_days: int = 31  # the day a digest item's label names ("Вьетнам, Ханой, 17 ноября."): this many days back
    quoted_name_chars: int = 30  # quotation marks this close hold a name ("«Форум пищевиков»"), not speech
    next_verb_steps: int = 3  # heads climbed from "следующий раунд" to the verb that tells it in the past, if any
    review_head_sentences: int = 3  # sentences at the top read for a heading of a week's review ("… за неделю")
    actor_depth: int = 2  # levels of dependents searched for a noun's own actor ("визит президента России")
    sides_depth: int = 3  # levels of conjuncts and names followed from the subjects of "обсудить"
    forces_after: int = 3  # "вывод" is a retreat when forces are named in the words after it
    readiness_cue_before: int = 3  # "заявить/выразить/подтвердить" this close before "готовность"
    joint_before: int = 3  # "совместный" this close before "учение" makes joint exercises
    request_before: int = 8  # a request verb this close before a meeting noun: the meeting is asked for
    talks_before: int = 2  # words before "раунд" that may say what it is a round of
    talks_after: int = 2  # words after "раунд" that may say what it is a round of
    sense_after: int = 14  # a trigger of several senses keeps its diplomatic one with a word of that sense this close
    from_after: int = 4  # "из" this close after "исключить" names what one is excluded from
    sense_depth: int = 3  # … or that many levels down among its dependents ("размещении … ракетных комплексов")
    joint_climb: int = 2  # heads climbed from a joint trigger noun to the verb whose subjects are the sides
    evaluation_steps: int = 4  # heads climbed from a negative evaluation to the verb of speech that says it
    evaluation_reach: int = 16  # … else the nearest such verb this many words before it, in the same clause
    evaluation_subject_before: int = 6  # words before a verb of speech without a subject read for its speaker
    ready_gap: int = 1  # words ("и", "даже") between "готов"/"согласен" and its "к"/"на"
    # participants
    sport_sentences: int = 2  # sentences speaking of sport that make a sport document (no diplomatic events)
    media_cue_before: int = 3  # words before an organisation read for "газета", "по данным"…
    target_gap_chars: int = 2  # characters between "в"/"во" and the country a visit goes to
    # factuality
    cue_before: int = 6  # words before the trigger read for future and hypothetical cues
    negation_before: int = 2  # "не" this close before the trigger negates it
    aim_before: int = 2  # "чтобы" this close before the trigger makes it hypothetical
    future_auxiliary_before: int = 3  # a future verb this close before the trigger, with "быть" in the cue window
    # dates and rounds
    adjacent_date_chars: int = 1  # a time expression this close after the trigger is its date ("Приостановка в 2014")
    attach_steps: int = 3  # heads climbed from a time expression to reach the trigger
    other_event_steps: int = 3  # heads climbed from a time expression looking for another event's noun
    # places
    outcome_sentences: int = 1  # an outcome this many sentences after a meeting of its day took place there
    place_lead_words: int = 3  # adjectives and place nouns between "в" and a place's name ("в таджикском городе X")


@dataclass(frozen=True)
class StanceSettings:
    """Windows of the stance stage (khronika/stages/stances), in tokens."""

    phrase_gap: int = 1  # words between two slots of a phrase cue: "выразил серьезную обеспокоенность"
    phrase_reach: int = 6  # a two-slot cue's second slot within this many words in the clause: "оценил высоко"
    pair_noun_reach: int = 7  # a pair cue's noun this many tokens before the predicate at most
    adverb_after: int = 4  # a triple cue's adverb within this many tokens after the verb …
    adverb_before: int = 2  # … or this many before it
    negation_reach: int = 2  # "не" this many tokens before the cue at most (an adverb or particle between)
    block_steps: int = 8  # heads climbed from the cue looking for a goal or a condition
    opinion_steps: int = 4  # heads climbed from an evaluation to the verb of opinion or speech
    as_told_reach: int = 3  # the verb of speech this many words after "как" at most ("как уже заявили в МИД X")
    mutual_climb: int = 2  # heads climbed from a shared position's predicate to a subject
    we_window: int = 4  # "у нас" within this many tokens before a shared position
    bound_window: int = 4  # "в связи с" within this many tokens after a feeling noun
    main_country_mentions: int = 2  # a country named this often is one of the document's main countries
    topic_words: int = 6  # the topic: at most this many nominal words
    target_reach: int = 8  # the target of an act ("санкции ЕС против X") this many tokens from its noun at most
    holder_climb: int = 3  # heads climbed from an act's noun to the verb whose subject holds it
    site_words: int = 10  # the most words of a page's first line that names the body whose own page it is
    heading_words: int = 12  # a story's heading in a digest has at most this many words ...
    heading_reach: int = 3  # ... and stands at most this many lines before the words it heads
    said_of_reach: int = 3  # sentences looked back over for the side a bare evaluation is of ("Очень позитивно.")
    pair_reach: int = 2  # sentences looked back over for the two countries "стороны" stands for
    dealings_before: int = 8  # a praise is of the sides' meeting, body or relations named this many words before it …
    dealings_after: int = 3  # … or this many after it ("«поворотной» для двусторонних отношений")


@dataclass(frozen=True)
class CleanSettings:
    max_headline: int = 250  # longer lines are body text, never headlines, captions or links
    top_lines: int = 5  # datelines and header dates are looked for in the first lines of the text only
    scan_lines: int = 15  # ... where short lines without a sentence (menu leftovers) do not count, up to this many
    menu_min_lines: int = 5  # a run of at least this many short lines with a page control among them is a menu
    menu_max_words: int = 3  # the most words of a menu item
    max_byline: int = 100  # longer lines are never bylines (nor rows of page controls or menu items)
    comments_after: int = 2  # readers' comments begin after at least this many paragraphs (a counter comes first) ...
    comments_paragraph: int = 60  # ... lines of text at least this long
    comments_probe: int = 3  # lines after a comments heading among which a signed or timed entry shows them
    row_menu_items: int = 4  # single capitalised words set apart by wide spaces or bars on one line: a menu row
    max_credit_caption: int = 200  # a caption line that holds "Фото:" or "©" is a credit up to this length
    prefix_share: float = 0.9  # a bracketed marker before this share of the non-empty lines is no text ...
    prefix_min_lines: int = 3  # ... when there are at least this many of them ("{Author, Unknown} ")


@dataclass(frozen=True)
class FusionSettings:
    """Thresholds of event fusion across documents (khronika/fusion)."""

    act_same_day_overlap: float = 0.3  # evidence overlap that lets two same-day acts of one source fuse
    act_undated_overlap: float = 0.5  # evidence overlap that lets acts of one source and target fuse undated
    act_unnamed_overlap: float = 0.6  # evidence overlap that lets an act told without its actor fuse as much alike …
    act_shared_words: int = 3  # … with this many words in common (more than these: act_undated_overlap will do)
    min_evidence_words: int = 3  # fewer content words in a report's evidence: no overlap is measured
    stem_chars: int = 5  # content words compared by their first letters (a crude stem)
    dateline_lag_days: int = 2  # an undated report's event was on its year-less dateline's day or so many days before
    unnamed_meeting_overlap: float = 0.5  # evidence overlap that lets a meeting told without its sides fuse (day, city)
    planned_meeting_overlap: float = 0.5  # evidence overlap that lets two meetings planned in one city fuse …
    planned_month_overlap: float = 0.3  # … when both are planned for the same month, with at least …
    planned_month_words: int = 4  # … this many words in common (the month and the city are two of them)
    undated_meeting_overlap: float = 0.5  # evidence overlap that lets an undated meeting of two sides in one city fuse
    conference_overlap: float = 0.5  # evidence overlap that lets two multilateral meetings of one city and month fuse …
    outcome_overlap: float = 0.3  # evidence overlap that lets two outcomes of one meeting told without actor fuse
    conference_shared_words: int = 4  # … with at least this many words in common (a name, not "конференция в X")
    document_lag_days: int = 3  # a report dated only by its document's date: that day or so many days before
    one_person_overlap: float = 0.5  # evidence overlap that lets meetings of one person in common on one day fuse
    undated_city_overlap: float = 0.3  # evidence overlap that lets an undated meeting in the city of a dated one join …
    undated_city_words: int = 5  # … with at least this many words in common (the city's is one of them)
    one_side_body_overlap: float = 0.3  # evidence overlap that lets two sittings of one body, city and day fuse when
    # each tells one side of them (talks with a party that is no state)


@dataclass(frozen=True)
class ExportSettings:
    """What the exported records say (khronika/export.py)."""

    # an event whose own words name no time (``X выразил протест``), told in a report of its day, is exported with
    # its document's day (``date_from`` ``document``); False: it is exported undated (``date`` null, precision
    # ``unknown``) unless another report fused with it dates it by its own words.  The stored event keeps the
    # document's day either way: fusion compares reports by it (``fusion/days.py``).
    document_days: bool = True


@dataclass(frozen=True)
class LimitSettings:
    """Limits on what is read (khronika/read.py, decode.py) and annotated; ``khronika ingest`` has an
    option to raise each (README, "Limits")."""

    max_file_mb: float = 100.0  # a larger file (or stdin) is refused before it is read (--max-file-mb)
    max_document_chars: int = 200_000  # a longer text is refused (--max-document-chars)
    max_json_depth: int = 64  # nesting of arrays and objects in a JSON Lines record (--max-json-depth)
    max_sentence_chars: int = 2000  # longer runs without a sentence break are cut for annotation (--max-sentence-chars)
    utf8_min_share: float = 0.9  # bytes that are not UTF-8 yet this share of the non-ASCII ones is: UTF-8 with U+FFFD
    min_word_share: float = 0.8  # least share of letters in plausible words (one script, one case pattern)
    max_control_share: float = 0.05  # more control characters than this share: a binary file; fewer are removed

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


@dataclass(frozen=True)
class AnnotateSettings:
    """Batches of natasha's models (khronika/stages/annotate.py): items sorted by length, a batch as
    large as its count times its longest item's tokens stays within a budget (a longer item alone)."""

    sentence_tokens: int = 1024  # morphology and syntax: sentences of all the documents annotated together
    text_tokens: int = 1024  # NER: whole texts (natasha's NER reads a document as one sequence)


@dataclass(frozen=True)
class Settings:
    limits: LimitSettings = field(default_factory=LimitSettings)
    annotate: AnnotateSettings = field(default_factory=AnnotateSettings)
    spans: SpanSettings = field(default_factory=SpanSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    roles: RoleSettings = field(default_factory=RoleSettings)
    coref: CorefSettings = field(default_factory=CorefSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    events: EventSettings = field(default_factory=EventSettings)
    stances: StanceSettings = field(default_factory=StanceSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    fusion: FusionSettings = field(default_factory=FusionSettings)
    export: ExportSettings = field(default_factory=ExportSettings)


DEFAULT = Settings()
