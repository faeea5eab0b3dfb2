<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-item": one intervention (a map of the review data) as a list item: what it is,
     its source lines with its place marked, and its encoding, side by side. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-item" on-no-match="fail" on-multiple-match="fail"/>

  <!-- How many characters of a long source line are shown on either side of the mark. -->
  <xsl:variable name="pl:context" as="xs:integer" select="240"/>

  <!-- $page: the document's review page, '' on that page itself (the item's anchor is then local). -->
  <xsl:template match=".[. instance of map(*)]" mode="review-item">
    <xsl:param name="page" as="xs:string" select="''"/>
    <li id="{replace($page, '\.html$', '-')}i{?n}" class="intervention {pl:kind-class(?kind)}{if (pl:true(?uncertain)) then ' uncertain' else ''}">
      <p class="what">
        <a href="{$page}#i{?n}">{?n}</a>
        <xsl:text> </xsl:text>
        <span class="kind">{?kind}</span>
        <xsl:if test="exists(?cert)">
          <xsl:text> </xsl:text>
          <span class="cert">(cert {?cert})</span>
        </xsl:if>
        <xsl:text> · TEI line {?line}</xsl:text>
        <xsl:if test="?id"> · <a href="{?edition}">#{?id} in the reading edition</a></xsl:if>
      </p>
      <div class="pair">
        <figure class="source">
          <xsl:choose>
            <xsl:when test="array:size(?lines) = 0">
              <figcaption>Source</figcaption>
              <p class="absent">No source lines: {if (exists(?source)) then 'the source file cannot be read' else 'not made from a line of the source'}.</p>
            </xsl:when>
            <xsl:otherwise>
              <figcaption>{pl:line-range(?lines)} ({?source})</figcaption>
              <pre><code><xsl:for-each select="?lines?*"><xsl:call-template name="pl:line"/></xsl:for-each></code></pre>
              <xsl:if test="not(pl:true(?found))">
                <p class="absent">Its text is not marked: it is not in these lines as encoded.</p>
              </xsl:if>
              <xsl:if test="some $line in ?lines?* satisfies string-length($line?text) gt 2 * $pl:context">
                <details>
                  <summary>whole lines</summary>
                  <pre><code><xsl:for-each select="?lines?*"><xsl:call-template name="pl:line">
                    <xsl:with-param name="whole" select="true()"/>
                  </xsl:call-template></xsl:for-each></code></pre>
                </details>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </figure>
        <figure class="encoded">
          <figcaption>TEI</figcaption>
          <pre><code>{?encoded}</code></pre>
          <xsl:if test="exists(?within)">
            <p class="within">in</p>
            <pre><code>{?within}</code></pre>
          </xsl:if>
        </figure>
      </div>
    </li>
  </xsl:template>

  <!-- One source line (the context item, a map): its number and text, the marked part in mark. A long
       line is shown around its mark (or from its start), the whole of it under "whole lines". -->
  <xsl:template name="pl:line">
    <xsl:context-item as="map(*)" use="required"/>
    <xsl:param name="whole" as="xs:boolean" select="false()"/>
    <xsl:variable name="text" as="xs:string" select="?text"/>
    <xsl:variable name="from" as="xs:integer" select="if (exists(?mark)) then xs:integer(?mark(1)) else 0"/>
    <xsl:variable name="to" as="xs:integer" select="if (exists(?mark)) then xs:integer(?mark(2)) else 0"/>
    <xsl:variable name="first" as="xs:integer" select="if ($whole) then 0 else max((0, $from - $pl:context))"/>
    <xsl:variable name="last" as="xs:integer"
        select="if ($whole) then string-length($text) else min((string-length($text), $to + $pl:context))"/>
    <span class="line">
      <span class="ln">{?n}</span>
      <xsl:if test="$first gt 0">…</xsl:if>
      <xsl:text>{substring($text, $first + 1, $from - $first)}</xsl:text>
      <xsl:if test="$to gt $from">
        <mark>{substring($text, $from + 1, $to - $from)}</mark>
      </xsl:if>
      <xsl:text>{substring($text, $to + 1, $last - $to)}</xsl:text>
      <xsl:if test="$last lt string-length($text)">…</xsl:if>
    </span>
  </xsl:template>
</xsl:stylesheet>
