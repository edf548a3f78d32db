"""A digest's contents told in a sentence after a label (``В этом выпуске: …``) tell no acts of their own: each story
is told below; on a digest written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

LETTER = ("ОБЗОР НЕДЕЛИ\nРассылка № 12 · 22 марта 2031\n\n"
          "Добрый день! В этом выпуске: Перу и Эквадор подписали соглашение о торговле, Чили отозвало посла из "
          "Боливии, а Уругвай выслал дипломата Парагвая.\n\n"
          "1. ЛИМА И КИТО\nВо вторник Перу и Эквадор подписали соглашение о торговле.\n\n"
          "2. САНТЬЯГО\nВ среду Чили отозвало посла из Боливии.\n\n"
          "3. МОНТЕВИДЕО\nВ четверг Уругвай выслал дипломата Парагвая.")


def test_the_contents_of_a_digest_tell_no_acts(pipeline):
    doc = pipeline(Document.from_source(Source(path="d.txt", text=LETTER, published="2031-03-22")))
    told = doc.text.index("1. ЛИМА")
    assert doc.events and all(e.start >= told for e in doc.events)
