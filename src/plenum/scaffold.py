"""A new edition of one's own (`plenum init DIR`): the folders `plenum build` reads and writes, an empty
personography, CITATION.cff with the edition's title and a short README of the layout. Nothing is
overwritten: DIR must be new or empty."""

from __future__ import annotations

import json
from pathlib import Path

from .edition import PERSONS, SEEDS
from .errors import InputError
from .fileio import write_atomic
from .siteconfig import CITATION

PERSONOGRAPHY = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="persons" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">Persons of the edition</title>
        <respStmt xml:id="plenum">
          <resp>Attested forms and attestations compiled by</resp>
          <name>plenum</name>
        </respStmt>
      </titleStmt>
      <publicationStmt>
        <p>The personography of the edition, for reuse with its TEI files.</p>
      </publicationStmt>
      <sourceDesc>
        <p>Curated by the editors: one person per xml:id (surname-given, as in zhou-enlai), with the name forms that identify them in the documents. Elements with resp="#plenum" are compiled from the documents by plenum build and replaced on every run; everything else is the editors' and is kept as it is.</p>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl>
        <p>A person's curated persName elements are the forms plenum uses to recognise speakers and mentions (xml:lang="en" unless another is given, the main form type="main"). Forms are full names or surnames that identify one person in the edition.</p>
      </editorialDecl>
    </encodingDesc>
    <profileDesc>
      <langUsage>
        <language ident="en">English</language>
      </langUsage>
    </profileDesc>
    <revisionDesc>
      <change>Started with plenum init; no persons yet.</change>
    </revisionDesc>
  </teiHeader>
  <text>
    <body>
      <p>No persons yet. A speaker this file does not know is proposed by the document it speaks in; plenum persons lists the proposals, and plenum persons --accept, --rename or --merge adds them here.</p>
    </body>
  </text>
</TEI>
"""

CITATION_CFF = """# The edition's title (the authority of its TEI files, the heading of its site), and for plenum
# export its version and release date (version: "1.0", date-released: "2027-01-31").
cff-version: 1.2.0
message: "If you use this edition, please cite it as below."
type: dataset
title: {title}
authors:
  - name: "the editors"
license: CC-BY-4.0
"""

README = """# An edition made with plenum

    seeds/            the sources: archive pages saved as Markdown, plain text or a web capture
    tei/              one TEI file per document, made by plenum build (edit them by hand if you
                      like: plenum keeps a changed file and writes its new conversion beside it)
    tei/persons.xml   the personography: the persons the documents speak of, with their name forms
    site/, review/    the reading editions and the encoding review, made by plenum build
    CITATION.cff      the edition's title, and its version and release date for plenum export
    plenum.toml       optional: the address the site is published at, for canonical links and
                      citations ([site] base = "https://example.org/edition/")

Put pages into seeds/ and run `plenum build` here. Speakers persons.xml does not know yet are
proposed in the document they speak in (listed by the review and by `plenum persons`); adopt them
with `plenum persons --accept PROPOSAL`, `--rename PROPOSAL=ID` or `--merge PROPOSAL=ID`, then build
again. `plenum --help` lists every command.
"""


def start(folder: Path, title: str) -> list[Path]:
    """Make the edition's folders and files in `folder` (new or empty), the edition titled `title`;
    the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(folder, "is not an empty folder: plenum init starts an edition only in a new or empty "
                                 "folder, so that nothing of yours is overwritten")
    (folder / SEEDS).mkdir(parents=True, exist_ok=True)
    (folder / "tei").mkdir(exist_ok=True)
    written = [folder / "tei" / PERSONS, folder / CITATION, folder / "README.md"]
    write_atomic(written[0], PERSONOGRAPHY.encode("utf-8"))
    write_atomic(written[1], CITATION_CFF.format(title=json.dumps(" ".join(title.split()), ensure_ascii=False)).encode("utf-8"))
    write_atomic(written[2], README.encode("utf-8"))
    return written
