"""Properties (Hypothesis) of date reading and name normalisation (issue 13, item 6)."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khronika.dates import find_dates, parse_date
from khronika.names import normalize_name_word
from khronika.records import PartialDate

MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                   "ноября", "декабря"]
MONTHS_NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                     "ноябрь", "декабрь"]


@st.composite
def written_dates(draw):
    """A date as news writes it, with the parts it really gives."""
    year = draw(st.integers(1950, 2035))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    form = draw(st.sampled_from(["day", "month", "year", "numeric"]))
    if form == "day":
        return f"{day} {MONTHS_GENITIVE[month - 1]} {year} года", PartialDate(year, month, day)
    if form == "month":
        return f"{MONTHS_NOMINATIVE[month - 1]} {year} года", PartialDate(year, month)
    if form == "year":
        return f"{year} год", PartialDate(year)
    return f"{day:02}.{month:02}.{year}", PartialDate(year, month, day)


@given(written_dates(), st.sampled_from(["", "Встреча прошла ", "Как сообщалось, ", "В Токио "]))
def test_a_date_is_read_with_the_precision_it_is_written_with_never_more(written, before):
    text, want = written
    assert parse_date(text) == want, text
    found = [d for _, _, d in find_dates(before + text + ".")]
    assert found == [want], (before + text, found)


@given(st.builds(PartialDate, st.integers(1, 9999), st.one_of(st.none(), st.integers(1, 12)),
                 st.one_of(st.none(), st.integers(1, 28))).filter(lambda d: d.month is not None or d.day is None))
def test_a_partial_date_survives_its_iso_form(date):
    assert PartialDate.from_iso(date.iso()) == date
    assert len(date.iso()) == {"year": 4, "month": 7, "day": 10}[date.precision]


NAME = st.from_regex(re.compile(r"[А-ЯЁ][а-яё]{2,10}"), fullmatch=True)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(NAME, st.sampled_from([None, "nomn", "gent", "datv", "ablt", "loct"]))
def test_normalising_a_name_word_twice_changes_nothing(word, case):
    once = normalize_name_word(word, case)
    assert normalize_name_word(once, "nomn") == once, (word, case, once)
