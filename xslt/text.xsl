<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition: one .txt per TEI document (a TEI element, a teiCorpus or any other TEI root). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <!-- No character map: every character of the text passes pl:marked (xslt/modes/text.xsl, pl:layout)
       before it is wrapped, so the map would find nothing, and it cost a scan of every character. -->
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:include href="lib/controls.xsl"/>
  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="lib/conventions.xsl"/>
  <xsl:include href="lib/counters.xsl"/>
  <xsl:include href="lib/edition.xsl"/>
  <xsl:include href="modes/plain.xsl"/>
  <xsl:include href="modes/text.xsl"/>
  <xsl:include href="modes/text-notes.xsl"/>
</xsl:stylesheet>
