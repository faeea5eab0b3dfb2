<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "index" and mode "index": the home page. The edition's title and description; a table
     of every document (date, title, kind, original language, translator, archive), by date, oldest
     or newest first (two orders of one table, switched by the style sheet); each dossier's members
     in its own, printed order. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="index" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template name="index">
    <xsl:variable name="listed" select="$documents[not(tei:teiCorpus)]"/>
    <xsl:variable name="by-date" as="document-node()*">
      <xsl:perform-sort select="$listed">
        <xsl:sort select="pl:iso-date(.) = ''"/>
        <xsl:sort select="pl:iso-date(.)"/>
        <xsl:sort select="pl:stem(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
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
            <fieldset class="switch">
              <legend>Order</legend>
              <label><input type="radio" name="order" id="pl-order-oldest" checked=""/> oldest first</label>
              <label><input type="radio" name="order" id="pl-order-newest"/> newest first</label>
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
                <xsl:apply-templates select="reverse($by-date[pl:iso-date(.)]), $by-date[not(pl:iso-date(.))]" mode="index"/>
              </tbody>
            </table>
          </section>
          <xsl:for-each select="$documents[tei:teiCorpus]">
            <xsl:sort select="pl:stem(.)"/>
            <xsl:variable name="stem" select="pl:stem(.)"/>
            <section aria-labelledby="pl-dossier-{$stem}" class="dossier">
              <h2 id="pl-dossier-{$stem}">{pl:title(.)}</h2>
              <p>The dossier’s essays and documents in their printed order (<a href="{encode-for-uri($stem)}.html">the dossier’s own page</a>).</p>
              <ol class="members">
                <xsl:apply-templates select="tei:teiCorpus/(xi:include | tei:TEI | tei:teiCorpus)" mode="index"/>
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

  <xsl:template match="document-node()" mode="index">
    <xsl:variable name="header" select="pl:header(.)"/>
    <xsl:variable name="id" select="$header/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier"/>
    <tr>
      <td>
        <xsl:if test="pl:iso-date(.)"><time datetime="{pl:iso-date(.)}">{pl:display-date(.)}</time></xsl:if>
      </td>
      <td><a href="{encode-for-uri(pl:stem(.))}.html">{pl:title(.)}</a></td>
      <td>{pl:genre(.)}</td>
      <td>{normalize-space(($header/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msContents/tei:textLang)[1])}</td>
      <td>{string-join($header/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp[matches(., '^Translated', 'i')]]/(tei:persName | tei:name) ! normalize-space(), ', ')}</td>
      <td>
        <xsl:for-each select="$id/tei:repository">
          <xsl:choose>
            <xsl:when test="@n"><abbr title="{@n}">{normalize-space(.)}</abbr></xsl:when>
            <xsl:otherwise>{normalize-space(.)}</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text>{string-join(($id/tei:collection ! normalize-space(), $id/tei:idno[@type = 'folios'] ! ('folios ' || normalize-space())) ! (', ' || .))}</xsl:text>
      </td>
    </tr>
  </xsl:template>

  <!-- A member of a dossier: its printed heading (DOCUMENT No. 1) and title, linked. -->
  <xsl:template match="xi:include" mode="index">
    <xsl:variable name="member" select="$pl:by-stem(replace(@href, '\.xml$', ''))"/>
    <li>
      <xsl:choose>
        <xsl:when test="$member">
          <xsl:variable name="number" select="normalize-space($member/tei:TEI/tei:text/tei:front/tei:head[@type = 'document'])"/>
          <xsl:if test="$number"><span class="doc-number">{$number}: </span></xsl:if>
          <a href="{pl:page-href(@href)}">{pl:title($member)}</a>
          <xsl:if test="pl:iso-date($member)">, <time datetime="{pl:iso-date($member)}">{pl:display-date($member)}</time></xsl:if>
        </xsl:when>
        <xsl:otherwise>{@href} (not in this edition)</xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="tei:TEI | tei:teiCorpus" mode="index">
    <li>{pl:title(.)}</li>
  </xsl:template>
</xsl:stylesheet>
