"""An undated page whose lead meeting is one planned or put off, fused with another outlet's report of the plan, is
not dated by the day the meeting was planned for: that is no day of a report; its year-less dateline dates it (texts
written for this test)."""
import pytest

from .test_fusion_corpus import chronicle

pytestmark = pytest.mark.slow

PLANNED = {
    "p1.txt": "ЛИМА, 3 ноября 2031 года. /Агентство/. Министерство иностранных дел Перу вручило послу Колумбии ноту "
              "протеста. Смешанная комиссия Перу и Колумбии по пограничным вопросам проведет свое седьмое заседание "
              "19–20 ноября 2031 года в Икитосе.",
    "p2.txt": "Колумбия отложила заседание пограничной комиссии с Перу\n\nБОГОТА, 5 ноя — Агентство. Министерство "
              "иностранных дел Колумбии отклонило ноту протеста Перу и отложило седьмое заседание смешанной комиссии "
              "Перу и Колумбии по пограничным вопросам в Икитосе.",
}


def test_a_page_leading_with_a_meeting_put_off_keeps_its_datelines_day(tmp_path):
    records = chronicle(tmp_path, PLANNED)
    dates = {r["path"].rsplit("/", 1)[-1]: (r["published"], r["published_from"])
             for r in records if r["kind"] == "document"}
    assert dates["p2.txt"] == ("2031-11-05", "dateline")
