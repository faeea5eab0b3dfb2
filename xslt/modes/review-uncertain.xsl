<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-uncertain": every uncertain intervention of the edition on one page (a map of the
     review data whose documents hold only their uncertain interventions), document by document. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-uncertain" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match=".[. instance of map(*)]" mode="review-uncertain" as="element()">
    <xsl:sequence select="pl:review-page('Encoding review: uncertain interventions', '', (
        pl:uncertain-head(.), ?documents?* ! pl:uncertain-document(.)))"/>
  </xsl:template>

  <xsl:function name="pl:uncertain-head" as="element()*">
    <xsl:param name="review" as="map(*)"/>
    <p><a href="index.html">Encoding review</a></p>
    <h1>Uncertain interventions</h1>
    <p>{$review?uncertain} interventions whose encoding records doubt (a @cert below high, unclear
      text, a note whose marker is missing, a fragment that could not be placed), by document.</p>
  </xsl:function>

  <xsl:function name="pl:uncertain-document" as="element()">
    <xsl:param name="document" as="map(*)"/>
    <section id="{$document?page => replace('\.html$', '')}">
      <h2><a href="{$document?page}">{$document?title}</a></h2>
      <ol class="interventions">
        <xsl:apply-templates select="$document?interventions?*" mode="review-item">
          <xsl:with-param name="page" select="$document?page"/>
        </xsl:apply-templates>
      </ol>
    </section>
  </xsl:function>
</xsl:stylesheet>
