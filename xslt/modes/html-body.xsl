<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "body": the TEI text as HTML. Unknown elements keep their text (never dropped). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="body" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template match="tei:div" mode="body">
    <section class="div div-{(@type, 'plain')[1]}">
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div[@type = 'debris']" mode="body"/>

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group" mode="body">
    <xsl:apply-templates mode="body"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="body">
    <h2>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </h2>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="body">
    <p>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <!-- A link only where the target is safe (pl:safe-href); otherwise the text alone. -->
  <xsl:template match="tei:ref[@target]" mode="body">
    <xsl:variable name="href" select="pl:safe-href(@target)"/>
    <xsl:choose>
      <xsl:when test="$href">
        <a href="{$href}">
          <xsl:apply-templates mode="body"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-ref">
          <xsl:apply-templates mode="body"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A member of a teiCorpus: its title, its header and what it shows. -->
  <xsl:template match="tei:TEI | tei:teiCorpus" mode="body">
    <article class="tei-{local-name()}">
      <h2>{pl:title(.)}</h2>
      <xsl:apply-templates select="tei:teiHeader" mode="meta"/>
      <xsl:apply-templates select="pl:content(.)" mode="body"/>
    </article>
  </xsl:template>

  <!-- Elements this mode does not know: their text, in a span naming the element. -->
  <xsl:template match="*" mode="body">
    <xsl:if test="pl:separated(.)">
      <xsl:text> </xsl:text>
    </xsl:if>
    <span class="tei-{local-name()}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <!-- A TEI identifier becomes the HTML id, so every turn, paragraph and note has a permalink. -->
  <xsl:template match="@xml:id" mode="body">
    <xsl:attribute name="id" select="."/>
  </xsl:template>

  <xsl:template match="text()" mode="body">
    <xsl:value-of select="."/>
  </xsl:template>
</xsl:stylesheet>
