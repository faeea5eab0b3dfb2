"""OCR name forms of an original settled by the translation's parallel: the list entry at the same
place, the one name of the aligned turn the original does not otherwise give, a surname alone."""

from __future__ import annotations

from plenum.transforms.local_persons import delocalise
from plenum import review
from plenum.tei import NS

from .test_persons import convert, edition, page  # noqa: F401 (edition is a fixture)

RECORD = page("""Сов. секретно

При участии: т.т. Микоян, Бакутин, Юлик.

тов. Микоян - Кто начал это дело?

тов. Чой Ён Ген - Начал его Чонг Ен Ик. Выступил Юн Кон Хын. Потом Юна исключили.

тов. Микоян - Понятно, Юн Кон Хын ушел, и Юн объявлен.

записал В. Ковяжин

Top Secret

Present: Cdes. Mikoyan, Kapitonov, Yudin.

Cde. Mikoyan - Who started this matter?

Cde. Choe Yong-geon - Choe Chang-ik started it. Yun Kong-hum spoke. Then Yun was expelled.

Cde. Mikoyan - I see, Yun Kong-hum left, and it was announced.

Recorded by V. Kovyzhenko""")


def original_names(tmp_path, edition):
    conv = convert(tmp_path, edition, "record.txt", RECORD)
    delocalise(conv.documents[0].root)      # the persons the names point to, as persons.xml#id
    found = conv.documents[0].root.xpath("//tei:text[@type='original']//tei:persName", namespaces=NS)
    return conv, {" ".join(n.itertext()): ((n.get("ref") or "#").split("#")[1] or None, n.get("cert"))
                  for n in found}


def test_a_list_entry_is_the_person_at_the_same_place_of_the_translations_list(tmp_path, edition):
    _, found = original_names(tmp_path, edition)
    assert found["Бакутин"] == ("kapitonov-ivan", "medium")
    assert found["Юлик"] == ("yudin-pavel", "medium")


def test_a_name_of_the_aligned_turn_the_original_does_not_otherwise_give_is_its_reading(tmp_path, edition):
    _, found = original_names(tmp_path, edition)
    assert found["Чонг Ен Ик"] == ("choe-chang-ik", "low")
    assert found["В. Ковяжин"] == ("kovyzhenko-vasily", "low")     # the closers at the same place


def test_a_surname_alone_is_linked_where_the_parallel_names_the_person_else_listed(tmp_path, edition):
    _, found = original_names(tmp_path, edition)
    assert found["Юн Кон Хын"] == ("yun-kong-hum", None)
    assert found["Юна"] == ("yun-kong-hum", "medium")     # the translation's turn names him once more
    # 'Юн объявлен' (as OCR may read 'был объявлен'): its turn's translation names Yun no more often
    # than the original's longer form does, so it is left for review
    assert found["Юн"] == (None, None)


def test_each_reading_is_flagged_with_its_evidence_for_the_review(tmp_path, edition):
    conv, _ = original_names(tmp_path, edition)
    notes = [f.message for f in conv.findings if f.kind == "name"]
    assert any("Бакутин" in note and "same place" in note for note in notes)
    original = conv.documents[0].root.xpath("//tei:text[@type='original']", namespaces=NS)[0]
    kinds = {"".join(n.itertext()): review.kind(n) for n in original.iter("{http://www.tei-c.org/ns/1.0}persName")}
    assert kinds["Чонг Ен Ик"] == "guessed-name"
