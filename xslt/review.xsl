<?xml version="1.0" encoding="UTF-8"?>
<!-- The encoding review's pages, from the review data (the JSON plenum writes beside them): one page
     per document ("document"); the overview ("overview", its frame, then "overview-rows", the rows of
     some of its documents) and every uncertain intervention of the edition ("uncertain", its frame,
     then "uncertain-documents", some documents' sections), made document by document: a frame has
     the mark <?plenum-documents?> where the documents go. The data is the parameter $report, a JSON
     string. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" use-character-maps="pl:controls"/>

  <xsl:include href="lib/controls.xsl"/>
  <xsl:include href="lib/review-functions.xsl"/>
  <xsl:include href="modes/review-overview.xsl"/>
  <xsl:include href="modes/review-document.xsl"/>
  <xsl:include href="modes/review-uncertain.xsl"/>
  <xsl:include href="modes/review-item.xsl"/>

  <!-- The review data of the page, set by the caller (plenum.review.Pages). -->
  <xsl:param name="report" as="xs:string" required="yes"/>

  <xsl:template name="overview">
    <xsl:apply-templates select="parse-json($report)" mode="review-overview"/>
  </xsl:template>

  <xsl:template name="overview-rows">
    <xsl:apply-templates select="parse-json($report)" mode="review-overview-rows"/>
  </xsl:template>

  <xsl:template name="document">
    <xsl:apply-templates select="parse-json($report)" mode="review-document"/>
  </xsl:template>

  <xsl:template name="uncertain">
    <xsl:apply-templates select="parse-json($report)" mode="review-uncertain"/>
  </xsl:template>

  <xsl:template name="uncertain-documents">
    <xsl:apply-templates select="parse-json($report)" mode="review-uncertain-documents"/>
  </xsl:template>
</xsl:stylesheet>
