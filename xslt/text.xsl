<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition: one .txt per TEI document (a TEI element, a teiCorpus or any other TEI root). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="modes/text.xsl"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/*">
    <xsl:text>{pl:title(.)}&#10;</xsl:text>
    <xsl:text>{pl:display-date(.)}&#10;</xsl:text>
    <xsl:apply-templates select="pl:content(.)" mode="text"/>
  </xsl:template>
</xsl:stylesheet>
