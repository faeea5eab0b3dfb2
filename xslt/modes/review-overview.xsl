<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-overview": the review's home page (a map of the review data): each document with
     its count of interventions of each kind, the totals, and what each kind is. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-overview" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match=".[. instance of map(*)]" mode="review-overview" as="element()">
    <xsl:variable name="review" as="map(*)" select="."/>
    <xsl:variable name="present" as="map(*)*" select="?kinds?*[$review?counts(?kind) gt 0]"/>
    <xsl:sequence select="pl:review-page('Encoding review', '', (
        pl:overview-table($review, $present), pl:overview-kinds($review, $present)))"/>
  </xsl:template>

  <xsl:function name="pl:overview-table" as="element()*">
    <xsl:param name="review" as="map(*)"/>
    <xsl:param name="present" as="map(*)*"/>
    <h1>Encoding review</h1>
    <p>{$review?total} editorial interventions in {array:size($review?documents)} documents, each shown
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
          <xsl:for-each select="$review?documents?*">
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
