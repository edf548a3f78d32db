"""A date stamp beside a post's icons and their counts dates the page, whatever the count's figures (``🕐 21.03.2031
👁 1203``: four figures, no thousands' separator).  Lines written for these tests."""
import pytest

from khronika.stages.clean import clean

BODY = "Министр иностранных дел Перу провел переговоры с коллегой из Чили в Лиме."


@pytest.mark.parametrize("line", ["🕐 21.03.2031 👁 1203", "21.03.2031 👁 48213", "🕐 21.03.2031 👁 1,2K"])
def test_a_stamp_beside_a_count_dates_the_page(line):
    result = clean(f"Перу и Чили обсудили торговлю\n\n{line}\n\n{BODY}")
    assert result.published.iso() == "2031-03-21", (result.published, result.published_from)
