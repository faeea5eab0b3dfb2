"""The engines' floor: the least a build of the same TEI files could cost with the same engines.

A minimal pipeline over every TEI file of a folder, on every core (one spawned process per core, as
plenum's pool): read the bytes, parse them with lxml, validate them against plenum.rng, hand the
root to saxonche as text and render it with a small HTML stylesheet (headings, paragraphs and turns,
their text), write the page. No summary, no plain text, no Schematron, no review: what is left is
what the engines themselves cost, so plenum's figures can be given as multiples of it.
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

from plenum import pool, tei
from plenum.paths import SCHEMA, resource

# A small TEI-to-HTML stylesheet: the document's title, then each paragraph, turn or heading as one
# HTML paragraph of its text.
STYLESHEET = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:template match="/">
    <html><head><title><xsl:value-of select="(//tei:title)[1]"/></title></head>
      <body><xsl:apply-templates select="//tei:text//(tei:head | tei:p | tei:sp | tei:note)"/></body></html>
  </xsl:template>
  <xsl:template match="*"><p><xsl:value-of select="normalize-space()"/></p></xsl:template>
</xsl:stylesheet>"""

_engines: tuple | None = None


def _start() -> None:
    """A floor worker's engines: the grammar, a Saxon processor and the stylesheet, compiled once."""
    global _engines
    from saxonche import PySaxonProcessor
    processor = PySaxonProcessor(license=False)
    executable = processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=STYLESHEET)
    _engines = (etree.RelaxNG(tei.parse_file(resource(SCHEMA, "plenum.rng"))), processor.new_document_builder(),
                executable)


def _one(path: str, out: str) -> bool:
    """One file through the minimal pipeline; whether the grammar found it valid."""
    grammar, builder, executable = _engines
    tree = tei.parse_bytes(Path(path).read_bytes(), path)
    valid = grammar.validate(tree)
    node = builder.parse_xml(xml_text=etree.tostring(tree.getroot(), encoding="unicode"))
    Path(out).write_text(executable.transform_to_string(xdm_node=node), encoding="utf-8")
    return valid


def run(tei_dir: Path, out_dir: Path, jobs: int | None = None) -> float:
    """Wall seconds of the minimal pipeline over the documents of `tei_dir` (pages into `out_dir`),
    its worker processes started and their engines compiled within the time, as a build's are."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sorted(tei_dir.glob("*.xml")) if path.name != "persons.xml"]
    outs = [str(out_dir / (Path(path).stem + ".html")) for path in files]
    workers = max(1, jobs or pool.cores())
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start) as executor:
        list(executor.map(_one, files, outs, chunksize=max(1, len(files) // (workers * 4))))
    return time.perf_counter() - start
