<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition: one .txt per TEI document (a TEI element, a teiCorpus or any other TEI root). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <xsl:output method="text" encoding="UTF-8" use-character-maps="pl:controls"/>

  <xsl:include href="lib/controls.xsl"/>
  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="lib/conventions.xsl"/>
  <xsl:include href="lib/counters.xsl"/>
  <xsl:include href="lib/edition.xsl"/>
  <xsl:include href="modes/plain.xsl"/>
  <xsl:include href="modes/text.xsl"/>
  <xsl:include href="modes/text-notes.xsl"/>
</xsl:stylesheet>
