"""The archive's pages that are no document pages (search results, a person's page): refused, with
each reader's reason."""

from __future__ import annotations

import pytest

from plenum.errors import UnknownLayout
from plenum.readers.layouts import detect
from plenum.source import Source

# Look-alikes of the archive's other pages: a list of search results, a person's page.
RESULTS = ("Skip to content\n\nResults:\n\n1 - 10 of 120\n\nDocuments\n\nOctober 2, 1956\n\n"
           "A Made-up Record of a Talk (test)\n\nA one-line summary of the record.\n")
PERSON = ("Skip to content\n\nPlaceholder image\n\nA Made-up Person\n\nPopular Documents\n\n"
          "October 2, 1956\n\nA Made-up Record of a Talk (test)\n\nA one-line summary.\n")


@pytest.mark.parametrize("text", [RESULTS, PERSON], ids=["search results", "a person's page"])
def test_a_page_that_is_no_archive_document_is_refused(text):
    source = Source.from_bytes("page.txt", text.encode("utf-8"))
    with pytest.raises(UnknownLayout) as refused:
        detect(source)
    assert "archive-web" in str(refused.value) and "Document Information" in str(refused.value)
