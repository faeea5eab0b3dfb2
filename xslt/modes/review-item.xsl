<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-item": one intervention (a map of the review data) as a list item: what it is,
     its source lines around its place, marked, and its encoding, side by side; and the long source
     lines of a document in full, once each (pl:whole-lines). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-item" on-no-match="fail" on-multiple-match="fail"/>

  <!-- How many characters of a long source line are shown on either side of the mark. -->
  <xsl:variable name="pl:context" as="xs:integer" select="240"/>

  <!-- $page: the document's review page, '' on that page itself (the item's anchor is then local);
       $lines: the document's source lines by number (the review data's "lines"). -->
  <xsl:template match=".[. instance of map(*)]" mode="review-item">
    <xsl:param name="page" as="xs:string" select="''"/>
    <xsl:param name="lines" as="map(*)" required="yes"/>
    <xsl:variable name="shown" as="map(*)*" select="pl:near-mark(?lines?*)"/>
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
            <xsl:when test="empty($shown)">
              <figcaption>Source</figcaption>
              <p class="absent">No source lines: {if (exists(?source)) then 'the source file cannot be read' else 'not made from a line of the source'}.</p>
            </xsl:when>
            <xsl:otherwise>
              <figcaption>{pl:line-range(?lines)} ({?source})</figcaption>
              <pre><code><xsl:for-each select="$shown"><xsl:call-template name="pl:line">
                <xsl:with-param name="text" select="$lines(string(?n))"/>
              </xsl:call-template></xsl:for-each></code></pre>
              <xsl:if test="not(pl:true(?found))">
                <p class="absent">Its text is not marked: it is not in these lines as encoded.</p>
              </xsl:if>
              <xsl:variable name="cut" as="xs:string*" select="$shown[pl:cut(., $lines(string(?n)))] ! string(?n)"/>
              <xsl:if test="exists($cut)">
                <p class="whole">In full: <xsl:for-each select="$cut"><xsl:if test="position() gt 1">, </xsl:if><a href="{$page}#L{.}">line {.}</a></xsl:for-each></p>
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

  <!-- The lines of an intervention's block that are shown: those of its mark and one on either side,
       or every line when its place is not marked (a block of many short lines is not repeated whole
       under each of its interventions). -->
  <xsl:function name="pl:near-mark" as="map(*)*">
    <xsl:param name="lines" as="map(*)*"/>
    <xsl:variable name="marked" as="xs:integer*" select="for $k in 1 to count($lines) return $k[exists($lines[$k]?mark)]"/>
    <xsl:sequence select="if (empty($marked)) then $lines
        else $lines[position() ge $marked[1] - 1 and position() le $marked[last()] + 1]"/>
  </xsl:function>

  <!-- Whether the window of a line (pl:line) leaves some of it out: its mark lies further than
       $pl:context from either end. -->
  <xsl:function name="pl:cut" as="xs:boolean">
    <xsl:param name="line" as="map(*)"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (exists($line?mark)) then $line?mark(1) gt $pl:context
        or string-length($text) - $line?mark(2) gt $pl:context else string-length($text) gt $pl:context"/>
  </xsl:function>

  <!-- One source line of an intervention (the context item, a map; $text its text): its number and
       a window of $pl:context characters on either side of its mark (or from its start), the marked
       part in mark. The whole line is on the document's page once (pl:whole-lines). -->
  <xsl:template name="pl:line">
    <xsl:context-item as="map(*)" use="required"/>
    <xsl:param name="text" as="xs:string" required="yes"/>
    <xsl:variable name="from" as="xs:integer" select="if (exists(?mark)) then xs:integer(?mark(1)) else 0"/>
    <xsl:variable name="to" as="xs:integer" select="if (exists(?mark)) then xs:integer(?mark(2)) else 0"/>
    <xsl:variable name="first" as="xs:integer" select="max((0, $from - $pl:context))"/>
    <xsl:variable name="last" as="xs:integer" select="min((string-length($text), $to + $pl:context))"/>
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

  <!-- The source lines of a document's review (a map: number to text) longer than a window can show,
       each once and whole, as the targets of the items' "in full" links. -->
  <xsl:function name="pl:whole-lines" as="element()*">
    <xsl:param name="lines" as="map(*)"/>
    <xsl:variable name="long" as="xs:integer*"
        select="sort(map:keys($lines)[string-length($lines(.)) gt $pl:context] ! xs:integer(.))"/>
    <xsl:if test="exists($long)">
      <h2 id="source-lines">Long source lines in full</h2>
      <pre><code><xsl:for-each select="$long"><span class="line" id="L{.}"><span class="ln">{.}</span>{$lines(string(.))}</span></xsl:for-each></code></pre>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
