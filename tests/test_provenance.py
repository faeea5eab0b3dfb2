"""The conversion record (revisionDesc/change): one builder for every reader, read back by the review."""

from __future__ import annotations

import pytest

from plenum import fingerprint, pipeline, provenance
from plenum.source import Source

from .conftest import SEEDS


@pytest.mark.parametrize("seed", [SEEDS[0], SEEDS[-1]], ids=lambda p: p.stem)  # an archive page, a dossier
def test_every_document_records_reader_source_and_digest_the_review_reads_back(seed, tmp_path):
    conv = pipeline.convert(seed, tmp_path)
    for document in conv.documents:
        change = provenance.conversion(document.root)
        assert change.get("type") == "conversion"
        assert f"({conv.reader.name} reader)" in "".join(change.itertext())
        assert provenance.source_digest(document.root) == Source.read(seed).sha256
        data = pipeline.serialize(document)
        assert fingerprint.state(data) == fingerprint.UNTOUCHED
        assert pipeline.serialize(document) == data  # stamping again gives the same bytes


def test_a_record_without_the_digest_reads_as_none(tmp_path):
    document = pipeline.convert(SEEDS[0], tmp_path).documents[0]
    ref = provenance.conversion(document.root).find("{http://www.tei-c.org/ns/1.0}ref")
    ref.tail = ", edited by hand."
    assert provenance.source_digest(document.root) is None
