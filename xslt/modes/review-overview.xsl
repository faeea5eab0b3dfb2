<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-overview": the review's home page (a map of the review data without its documents,
     "listed" their number): the totals and what each kind is, the mark <?plenum-documents?> where
     the rows of the documents go. Mode "review-overview-rows": the rows (a map of the review data
     whose documents are some of the edition's), each document with its count of each kind, in a
     tbody that plenum leaves out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-overview" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="review-overview-rows" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match=".[. instance of map(*)]" mode="review-overview" as="element()">
    <xsl:variable name="review" as="map(*)" select="."/>
    <xsl:variable name="present" as="map(*)*" select="pl:overview-present(.)"/>
    <xsl:sequence select="pl:review-page('Encoding review', '', (
        pl:overview-table($review, $present), pl:overview-kinds($review, $present)))"/>
  </xsl:template>

  <xsl:function name="pl:overview-table" as="element()*">
    <xsl:param name="review" as="map(*)"/>
    <xsl:param name="present" as="map(*)*"/>
    <h1>Encoding review</h1>
    <p>{$review?total} editorial interventions in {$review?listed} documents, each shown
      beside the source lines it came from; {$review?uncertain} are
      <a href="uncertain.html">uncertain</a>.</p>
    <div class="wide">
      <table>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col" class="n">All</th>
            <th scope="col" class="n">Uncertain</th>
            <xsl:for-each select="$present">
              <th scope="col" class="n"><abbr title="{?description}">{?kind}</abbr></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:processing-instruction name="plenum-documents"/>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All documents</th>
            <td class="n">{$review?total}</td>
            <td class="n">{$review?uncertain}</td>
            <xsl:for-each select="$present">
              <td class="n">{$review?counts(?kind)}</td>
            </xsl:for-each>
          </tr>
        </tfoot>
      </table>
    </div>
  </xsl:function>

  <!-- The rows in the table's body, which plenum leaves out: only there has the first its namespace. -->
  <xsl:template match=".[. instance of map(*)]" mode="review-overview-rows" as="element()">
    <xsl:variable name="present" as="map(*)*" select="pl:overview-present(.)"/>
    <tbody>
      <xsl:for-each select="?documents?*">
        <xsl:variable name="document" as="map(*)" select="."/>
        <tr>
          <th scope="row"><a href="{?page}">{?title}</a><br/><small>{?file}<xsl:if test="?source != 'ok'"> · <span class="status-{?source}">source {?source}</span></xsl:if></small></th>
          <td class="n">{?total}</td>
          <td class="n"><xsl:choose>
            <xsl:when test="?uncertain gt 0"><a href="uncertain.html#{?page => replace('\.html$', '')}">{?uncertain}</a></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose></td>
          <xsl:for-each select="$present">
            <td class="n{if ($document?counts(?kind) = 0) then ' zero' else ''}">{$document?counts(?kind)}</td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </tbody>
  </xsl:template>

  <!-- The kinds of which the edition has interventions: the overview's columns. -->
  <xsl:function name="pl:overview-present" as="map(*)*">
    <xsl:param name="review" as="map(*)"/>
    <xsl:sequence select="$review?kinds?*[$review?counts(?kind) gt 0]"/>
  </xsl:function>

  <xsl:function name="pl:overview-kinds" as="element()*">
    <xsl:param name="review" as="map(*)"/>
    <xsl:param name="present" as="map(*)*"/>
    <h2>What the review lists</h2>
    <p>Uncertain: a @cert below high, unclear text, a note whose marker is missing, a fragment that
      could not be placed.</p>
    <dl>
      <xsl:for-each select="$review?kinds?*">
        <dt>{?kind} ({$review?counts(?kind)})</dt>
        <dd>{?description}</dd>
      </xsl:for-each>
    </dl>
  </xsl:function>
</xsl:stylesheet>
