<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "index" and mode "index": the home page, from the documents' summaries (mode summary).
     The edition's title and description; a table of every document (date, title, kind, original
     language, translator, archive), by date, oldest or newest first (two orders of one table,
     switched by the style sheet); each dossier's members in its own, printed order. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="index" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template name="index">
    <xsl:variable name="listed" select="pl:extracts($summaries)[not(@root = 'teiCorpus')]"/>
    <xsl:variable name="by-date" select="pl:by-date($listed)"/>
    <html lang="en">
      <xsl:call-template name="pl:head">
        <xsl:with-param name="title" select="$pl:edition-title"/>
        <xsl:with-param name="stem" select="()"/>
      </xsl:call-template>
      <body class="home">
        <xsl:call-template name="pl:site-header"/>
        <main id="pl-main">
          <h1>{$pl:edition-title}</h1>
          <p class="lede">Soviet, Chinese and North Korean records of conversation, telegrams, minutes and
            reports around the August 1956 plenum of the Korean Workers’ Party, when Kim Il Sung’s critics were
            expelled and a Soviet–Chinese delegation came to Pyongyang to have the expulsions undone. Each
            document is transcribed from its archival source into TEI P5 and published here in a reading
            and a diplomatic view, with the original beside its translation where both exist, every turn
            of a conversation linked to the person index, and a plain-text edition.</p>
          <section aria-labelledby="pl-documents">
            <h2 id="pl-documents">Documents</h2>
            <input type="radio" class="switch-state" name="order" id="pl-order-oldest" aria-describedby="pl-switch-order" checked=""/>
            <input type="radio" class="switch-state" name="order" id="pl-order-newest" aria-describedby="pl-switch-order"/>
            <fieldset class="switch">
              <legend id="pl-switch-order">Order</legend>
              <label for="pl-order-oldest">oldest first</label>
              <label for="pl-order-newest">newest first</label>
            </fieldset>
            <table class="documents">
              <caption>{count($listed)} documents, by date (undated ones last)</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th><th scope="col">Title</th><th scope="col">Kind</th>
                  <th scope="col">Original language</th><th scope="col">Translated by</th><th scope="col">Archive</th>
                </tr>
              </thead>
              <tbody class="oldest-first">
                <xsl:apply-templates select="$by-date" mode="index"/>
              </tbody>
              <tbody class="newest-first">
                <xsl:apply-templates select="reverse($by-date[pl:date]), $by-date[not(pl:date)]" mode="index"/>
              </tbody>
            </table>
          </section>
          <xsl:for-each select="pl:extracts($summaries)[@root = 'teiCorpus']">
            <xsl:sort select="pl:summary-stem(.)"/>
            <xsl:variable name="stem" select="pl:summary-stem(.)"/>
            <section aria-labelledby="pl-dossier-{$stem}" class="dossier">
              <h2 id="pl-dossier-{$stem}">{pl:title}</h2>
              <p>The dossier’s essays and documents in their printed order (<a href="{encode-for-uri($stem)}.html">the dossier’s own page</a>).</p>
              <ol class="members">
                <xsl:apply-templates select="pl:member" mode="index"/>
              </ol>
            </section>
          </xsl:for-each>
          <xsl:if test="exists($persons)">
            <section aria-labelledby="pl-persons">
              <h2 id="pl-persons">Persons</h2>
              <p><a href="persons.html">The person index</a>: everyone who speaks or is named in the documents, with
                the forms of their names and a link to each turn they speak and each place they are mentioned.</p>
            </section>
          </xsl:if>
          <section aria-labelledby="pl-signs">
            <h2 id="pl-signs">Reading the edition</h2>
            <p>The reading view gives the corrected and finally written text: insertions in, deletions out,
              regular forms. The diplomatic view shows the document as written: deletions struck through,
              insertions raised with their hand and place, the source’s own forms. Every sign has an
              explanation on hover; the signs are:</p>
            <xsl:call-template name="pl:legend"/>
          </section>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Summaries in the order of the home page's table: by date, undated ones last, then by file name. -->
  <xsl:function name="pl:by-date" as="element(pl:summary)*">
    <xsl:param name="summaries" as="element(pl:summary)*"/>
    <xsl:perform-sort select="$summaries">
      <xsl:sort select="empty(pl:date)"/>
      <xsl:sort select="string(pl:date/@iso)"/>
      <xsl:sort select="pl:summary-stem(.)"/>
    </xsl:perform-sort>
  </xsl:function>

  <xsl:template match="pl:summary" mode="index">
    <tr>
      <td>
        <xsl:for-each select="pl:date"><time datetime="{@iso}">{.}</time></xsl:for-each>
      </td>
      <td><a href="{encode-for-uri(pl:summary-stem(.))}.html">{pl:title}</a></td>
      <td>{pl:genre}</td>
      <td>{pl:language}</td>
      <td>{string-join(pl:translator, ', ')}</td>
      <td>
        <xsl:for-each select="pl:repository">
          <xsl:choose>
            <xsl:when test="@n"><abbr title="{@n}">{.}</abbr></xsl:when>
            <xsl:otherwise>{.}</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text>{string-join((pl:collection, pl:folios ! ('folios ' || .)) ! (', ' || .))}</xsl:text>
      </td>
    </tr>
  </xsl:template>

  <!-- A member of a dossier: its printed heading (DOCUMENT No. 1) and title, linked; an inline one's title. -->
  <xsl:template match="pl:member[@href]" mode="index">
    <xsl:variable name="member" select="$pl:by-stem(replace(@href, '\.xml$', ''))"/>
    <li>
      <xsl:choose>
        <xsl:when test="$member">
          <xsl:for-each select="$member/pl:number"><span class="doc-number">{.}: </span></xsl:for-each>
          <a href="{pl:page-href(@href)}">{$member/pl:title}</a>
          <xsl:for-each select="$member/pl:date">, <time datetime="{@iso}">{.}</time></xsl:for-each>
        </xsl:when>
        <xsl:otherwise>{@href} (not in this edition)</xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="pl:member" mode="index">
    <li>{.}</li>
  </xsl:template>
</xsl:stylesheet>
