"""Paradigms of who and whom a cue's parse leaves unsaid.  Invented sentences.

* partners before a dash the parse gives no subject (``«X и Y – братские страны, и …»``);
* an attitude to what a demonstrative points back to (``отнеслась к этому предложению положительно``): towards the
  side the sentence before names;
* a purpose clause that opens after the cue is not above it (``X высоко ценит … и хочет, чтобы …``), one before it
  still is (``Мы сделаем всё, чтобы позиции … сблизились``);
* an evaluation inside what a statement in the passive says (``В заявлении X говорится, что меры приняты «в ответ на
  незаконные санкции Y»``) is the statement's author's."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,polarity,holders,other", [
    ("ЛИМА, 16 мая. «Перу и Эквадор – братские страны, и никакой инцидент на реке не должен ставить под угрозу наши "
     "отношения», – сказал министр иностранных дел Перу Эльмер Шиалер.", "positive", ("Эльмер Шиалер", "Перу"),
     "Эквадор"),
    ("ЛИМА, 16 мая. Глава перуанской дипломатии предложил провести заседание комиссии в марте. Эквадорская сторона, по "
     "данным агентства Andina, отнеслась к этому предложению положительно.", "positive", ("Эквадор",), "Перу"),
    ("ХАНОЙ, 16 мая. «Вьетнам высоко ценит традиционную дружбу и всестороннее сотрудничество с Лаосом и желает, чтобы "
     "граница двух стран была границей мира и развития», — добавила официальный представитель МИД Вьетнама Фам Тху "
     "Ханг.", "positive", ("Вьетнам", "Фам Тху Ханг"), "Лаос"),
    ("ЛИМА, 16 мая. Министерство иностранных дел Перу объявило об ответных мерах против Эквадора. В заявлении "
     "министерства говорится, что меры приняты «в ответ на незаконные санкции правительства Эквадора».", "negative",
     ("Министерство иностранных дел Перу", "Перу"), "Эквадор"),
])
def test_stances_sides_the_parse_leaves_unsaid(stances_of, text, polarity, holders, other):
    found = stances_of(text)
    assert any(s[0] == polarity and s[1] in holders and s[2] == other for s in found), found


def test_stances_a_purpose_clause_before_the_cue_still_blocks_it(stances_of):
    found = stances_of("ЛИМА, 16 мая. «Мы сделаем всё, чтобы позиции Перу и Эквадора сблизились», — сказал министр "
                       "иностранных дел Перу Эльмер Шиалер.")
    assert not [s for s in found if s[0] == "converge"], found


def test_stances_words_before_a_dash_stand_for_the_partners_noun():
    """``«Перу и Эквадор – братские страны, …»`` parsed with no subject of ``страны``: the words between the clause's
    start and the dash before the noun's adjectives."""
    from khronika.records import Token
    from khronika.stages.stances.judge import before_dash

    words = [("«", "PUNCT"), ("Перу", "PROPN"), ("и", "CCONJ"), ("Эквадор", "PROPN"), ("–", "PUNCT"),
             ("братские", "ADJ"), ("страны", "NOUN"), (",", "PUNCT")]
    tokens, at = [], 0
    for k, (w, pos) in enumerate(words):
        tokens.append(Token(start=at, stop=at + len(w), text=w, id=f"1_{k + 1}", pos=pos))
        at += len(w) + 1
    assert [t.text for t in before_dash(None, tokens[6], tokens)] == ["Перу", "и", "Эквадор"]
    assert before_dash(None, tokens[3], tokens) == []
