<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML edition: a page per TEI document (default mode), the home page (template "index") and
     the person index (template "persons"), made from the documents' summaries (mode summary, serialized
     as XML by the caller). A document is a TEI element, a teiCorpus or any other TEI root. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" use-character-maps="pl:controls"/>

  <xsl:include href="lib/controls.xsl"/>
  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="lib/conventions.xsl"/>
  <xsl:include href="lib/counters.xsl"/>
  <xsl:include href="lib/edition.xsl"/>
  <xsl:include href="modes/plain.xsl"/>
  <xsl:include href="modes/html-page.xsl"/>
  <xsl:include href="modes/html-meta.xsl"/>
  <xsl:include href="modes/html-citation.xsl"/>
  <xsl:include href="modes/html-body.xsl"/>
  <xsl:include href="modes/html-parallel.xsl"/>
  <xsl:include href="modes/html-notes.xsl"/>
  <xsl:include href="modes/html-legend.xsl"/>
  <xsl:include href="modes/html-index.xsl"/>
  <xsl:include href="modes/html-persons.xsl"/>
  <xsl:include href="modes/html-search.xsl"/>
  <xsl:include href="modes/summary.xsl"/>
  <xsl:include href="lib/foreign.xsl"/>
  <xsl:include href="modes/html-facsimile.xsl"/>
  <xsl:include href="modes/html-sourcedoc.xsl"/>
  <xsl:include href="modes/local-persons.xsl"/>
</xsl:stylesheet>
