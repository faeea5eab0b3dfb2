<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "meta": the metadata panel of a document page, from the teiHeader. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="meta" on-no-match="shallow-skip" warning-on-no-match="false"/>

  <xsl:template match="tei:teiHeader" mode="meta">
    <dl class="meta">
      <xsl:for-each select="tei:profileDesc/tei:creation/tei:date">
        <dt>Date</dt>
        <dd><time datetime="{@when}">{normalize-space(.)}</time></dd>
      </xsl:for-each>
      <xsl:for-each select="tei:fileDesc/tei:titleStmt/tei:respStmt">
        <dt>{tei:resp}</dt>
        <dd>{string-join(tei:persName | tei:name, ', ')}</dd>
      </xsl:for-each>
      <xsl:for-each select="tei:fileDesc/tei:sourceDesc/tei:bibl[@type = ('citation', 'source')]">
        <dt>Source</dt>
        <dd><xsl:apply-templates mode="body"/></dd>
      </xsl:for-each>
      <xsl:for-each select="tei:profileDesc/tei:abstract">
        <dt>Summary</dt>
        <dd><xsl:apply-templates select="tei:p" mode="body"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>
</xsl:stylesheet>
