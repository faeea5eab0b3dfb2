<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "text": the TEI text as plain text paragraphs; unknown elements keep their text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="text" on-no-match="text-only-copy" warning-on-no-match="false"/>

  <xsl:template match="tei:div[@type = 'debris']" mode="text"/>

  <!-- Any other element: its text, after a space where element-only content separated it. -->
  <xsl:template match="*" mode="text">
    <xsl:if test="pl:separated(.)">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="text"/>
  </xsl:template>

  <!-- A member of a teiCorpus: its title on a line of its own, then what it shows. -->
  <xsl:template match="tei:TEI | tei:teiCorpus" mode="text">
    <xsl:text>&#10;{pl:title(.)}&#10;</xsl:text>
    <xsl:apply-templates select="pl:content(.)" mode="text"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:head" mode="text">
    <xsl:variable name="content" as="xs:string">
      <xsl:value-of><xsl:apply-templates mode="text"/></xsl:value-of>
    </xsl:variable>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="normalize-space($content)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
