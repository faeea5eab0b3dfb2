"""OCR forms of names in Russian originals: linked by likeness with @cert, or listed for review."""

from __future__ import annotations

from plenum.transforms.local_persons import delocalise
from plenum import review
from plenum.tei import NS

from .test_persons import convert, edition, page  # noqa: F401 (edition is a fixture)

TELEGRAM = page("""Сов. секретно

При участии: т.т. Микоян, Мухомinov,
Каминин, Ли
Ён Ён (председатель комиссии).

После прибытия мы с тов. Пон До-худом беседовали с тов. Клм Ир ouchert Сена. Мы с Пэн Да-худем решили. Подробная запись произведена т.Пономареным. Нам сообщат об этом. Выступил Юна.

h/и А.Миноян

записал В. Кобяев

Top Secret

Present: Cdes. Mikoyan, Mukhitdinov, Kapitonov, Ri Ju-yeon (chairman of the commission), Yudin.

After arrival Cde. Peng Dehuai and I talked with Cde. Kim Il Sung. Peng Dehuai and I decided. A detailed record was made by Cde. Ponomarev. They will inform us. Choe Yong-geon spoke.

A. Mikoyan""")


def names(tmp_path, edition) -> dict[str, tuple[str | None, str | None]]:
    """The original's persName elements: text -> (@ref person, @cert)."""
    conv = convert(tmp_path, edition, "telegram.txt", TELEGRAM)
    delocalise(conv.documents[0].root)      # the persons the names point to, as persons.xml#id
    found = conv.documents[0].root.xpath("//tei:text[@type='original']//tei:persName", namespaces=NS)
    # (a line end inside a name read as a space)
    return {" ".join(" ".join(n.itertext()).split()): ((n.get("ref") or "#").split("#")[1] or None, n.get("cert"))
            for n in found}


def test_ocr_forms_are_linked_to_the_person_they_are_most_like_with_a_certainty(tmp_path, edition):
    found = names(tmp_path, edition)
    assert found["Пон До-худом"] == ("peng-dehuai", "low")
    assert found["Пэн Да-худем"] == ("peng-dehuai", "low")
    assert found["Пономареным"] == ("ponomarev-boris", "medium")     # a case ending on a misread name
    assert found["А.Миноян"] == ("mikoyan-anastas", "medium")        # an initial without its space
    assert found["Мухомinov"] == ("mukhitdinov-nuritdin", "low")     # Latin letters in a Cyrillic name
    assert found["Микоян"] == ("mikoyan-anastas", None)              # a curated form is certain


def test_ocr_debris_inside_a_name_stays_inside_it(tmp_path, edition):
    assert names(tmp_path, edition)["Клм Ир ouchert Сена"] == ("kim-il-sung", "medium")


def test_ordinary_words_and_persons_the_document_does_not_name_are_not_guessed(tmp_path, edition):
    found = names(tmp_path, edition)
    assert "Нам" not in found           # 'to us', not Nam Il (whom the document does not name)
    assert "Юна" not in found           # too short to guess from
    assert not any(ref == "nam-il" for ref, _ in found.values())


def test_names_no_likeness_settles_are_listed_for_review(tmp_path, edition):
    found = names(tmp_path, edition)
    assert found["В. Кобяев"] == (None, None)        # an initial and a surname, no parallel to read it by
    # an entry like no one, and one across a line end as like two persons: the translation's list
    # (of another length) settles them by likeness among the names the original's list lacks
    assert found["Каминин"] == ("kapitonov-ivan", "low")
    assert found["Ли Ён Ён"] == ("ri-ju-yeon", "low")


def test_the_review_lists_guessed_names_apart_from_unresolved_ones(tmp_path, edition):
    conv = convert(tmp_path, edition, "telegram.txt", TELEGRAM)
    original = conv.documents[0].root.xpath("//tei:text[@type='original']", namespaces=NS)[0]
    kinds = {"".join(n.itertext()): review.kind(n) for n in original.iter("{http://www.tei-c.org/ns/1.0}persName")}
    assert kinds["Пон До-худом"] == "guessed-name"
    assert kinds["В. Кобяев"] == "unresolved-name"
    assert kinds["Микоян"] != "guessed-name"
