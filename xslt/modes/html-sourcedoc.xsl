<?xml version="1.0" encoding="UTF-8"?>
<!-- A transcription of the source as a physical object (sourceDoc, or a surface as the root of a
     genetic edition's page): each surface a page of its own, headed by its label or description and
     a link to its facsimile; each zone a block; each line a line of its own with its number. The
     words inside (choices, additions, deletions, notes) are rendered by mode body as everywhere.
     Included by the HTML writer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="tei:sourceDoc" mode="body">
    <section class="source-doc">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <h3>Transcription of the source{@n ! (' (' || . || ')')}</h3>
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:surface | tei:surfaceGrp" mode="body">
    <div class="surface">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <p class="surface-head">
        <span class="surface-label">{string-join((local-name(), @n), ' ')}</span>
        <xsl:for-each select="tei:graphic[pl:safe-href(@url)][1]">
          <xsl:text> </xsl:text><a class="facs" href="{pl:safe-href(@url)}">facs.</a>
        </xsl:for-each>
      </p>
      <xsl:apply-templates select="node() except tei:graphic" mode="body"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:surface/tei:desc | tei:surfaceGrp/tei:desc" mode="body">
    <p class="surface-desc"><xsl:apply-templates mode="body"/></p>
  </xsl:template>

  <xsl:template match="tei:zone" mode="body">
    <div class="zone{@type ! (' zone-' || replace(., '[^\w-]', ''))}">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates select="node() except tei:graphic" mode="body"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:line" mode="body">
    <div class="line">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:if test="@n"><span class="line-n" aria-hidden="true">{@n} </span></xsl:if>
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>
</xsl:stylesheet>
