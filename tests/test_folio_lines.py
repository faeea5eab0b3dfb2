"""A folio stamp is its numbers only: other words the OCR read on its line are a block of their own."""

from __future__ import annotations

from plenum.tei import NS

from .test_persons import convert, edition, page  # noqa: F401 (edition is a fixture)

SCANS = page("""Сов. секретно

Мы прибыли в город утром и сразу начали беседу.

Original Scan

21 37 Dobavlenie N2 k listu

Беседа продолжалась до вечера, и все согласились.

Original Scan

22 об.

Решение было принято единогласно.

Original Scan

23<sup>5</sup> Qz

2.

Записал секретарь.

Top Secret

We arrived in the city in the morning and began the talk at once.

The talk went on until the evening, and everyone agreed.

The decision was made unanimously.

Written down by the secretary.""")


def original(tmp_path, edition):
    conv = convert(tmp_path, edition, "scans.txt", SCANS)
    return conv.documents[0].root.xpath("//tei:text[@type='original']", namespaces=NS)[0]


def test_a_folio_holds_its_numbers_and_the_words_beside_them_are_read_apart(tmp_path, edition):
    text = original(tmp_path, edition)
    folios = ["".join(fw.itertext()) for fw in text.iterfind(".//tei:fw[@type='folio']", NS)]
    assert folios == ["21 37", "22 об.", "235"]
    noise = text.xpath(".//tei:ab[@type='ocr-noise'] | .//tei:unclear[@reason='ocr-noise']", namespaces=NS)
    assert [element.text for element in noise] == ["Dobavlenie N2 k listu", "Qz"]   # (Qz among the closers)


def test_the_words_split_off_a_folio_keep_their_source_line_and_a_page_number_may_follow(tmp_path, edition):
    text = original(tmp_path, edition)
    folio = text.find(".//tei:fw[@type='folio']", NS)
    assert folio.getnext().get("source") == folio.get("source")
    assert [fw.text for fw in text.iterfind(".//tei:fw[@type='pageNum']", NS)] == ["2."]
