<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-uncertain": the page of every uncertain intervention of the edition (a map of the
     review data's totals), the mark <?plenum-documents?> where the documents go. Mode
     "review-uncertain-documents": the sections of some documents (an array of their listings, each
     holding only its uncertain interventions), document by document, in a main element that plenum
     leaves out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-uncertain" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="review-uncertain-documents" on-no-match="fail" on-multiple-match="fail"/>

  <!-- The page is written as it is made, not built as a tree and copied (pl:review-page), as the
       document pages are: the interventions are most of it. -->
  <xsl:template match=".[. instance of map(*)]" mode="review-uncertain">
    <html lang="en">
      <xsl:call-template name="pl:review-head">
        <xsl:with-param name="title" select="'Encoding review: uncertain interventions'"/>
        <xsl:with-param name="style" select="''"/>
      </xsl:call-template>
      <body>
        <main>
          <xsl:sequence select="pl:uncertain-head(.)"/>
          <xsl:processing-instruction name="plenum-documents"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The sections in a main element, which plenum leaves out: only there has the first its namespace. -->
  <xsl:template match=".[. instance of array(*)]" mode="review-uncertain-documents">
    <main>
      <xsl:for-each select="?*">
        <xsl:call-template name="pl:uncertain-document"/>
      </xsl:for-each>
    </main>
  </xsl:template>

  <xsl:function name="pl:uncertain-head" as="element()*">
    <xsl:param name="review" as="map(*)"/>
    <p><a href="index.html">Encoding review</a></p>
    <h1>Uncertain interventions</h1>
    <p>{$review?uncertain} interventions whose encoding records doubt (a @cert below high, unclear
      text, a note whose marker is missing, a fragment that could not be placed), by document.</p>
  </xsl:function>

  <!-- One document's uncertain interventions (the context item, a map of its listing). -->
  <xsl:template name="pl:uncertain-document">
    <xsl:context-item as="map(*)" use="required"/>
    <section id="{?page => replace('\.html$', '')}">
      <h2><a href="{?page}">{?title}</a></h2>
      <ol class="interventions">
        <xsl:apply-templates select="?interventions?*" mode="review-item">
          <xsl:with-param name="page" select="?page"/>
          <xsl:with-param name="lines" select="?lines"/>
        </xsl:apply-templates>
      </ol>
    </section>
  </xsl:template>
</xsl:stylesheet>
