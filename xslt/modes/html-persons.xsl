<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "persons" and mode "persons": the person index, from the personography and the
     documents. Each person: name forms (with their languages), role, and per document a link to
     each turn they speak (sp/@who) and each place they are named (persName/@ref). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="persons" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template name="persons">
    <xsl:variable name="people" as="element(tei:person)*">
      <xsl:perform-sort select="$persons/tei:TEI/tei:text/tei:body//tei:person[@xml:id]">
        <xsl:sort select="lower-case(@xml:id)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="by-date" as="document-node()*">
      <xsl:perform-sort select="$documents[not(tei:teiCorpus)]">
        <xsl:sort select="pl:iso-date(.) = ''"/>
        <xsl:sort select="pl:iso-date(.)"/>
        <xsl:sort select="pl:stem(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <html lang="en">
      <xsl:call-template name="pl:head">
        <xsl:with-param name="title" select="'Persons'"/>
        <xsl:with-param name="stem" select="()"/>
      </xsl:call-template>
      <body class="persons">
        <xsl:call-template name="pl:site-header"/>
        <main id="pl-main">
          <h1>Persons</h1>
          <p class="lede">Everyone who speaks or is named in the documents, by surname: the forms of the name
            the documents use (as attested, OCR misreadings included), who they were, and a link to each turn they
            speak and each place they are named. Turns are numbered as in the margin of each document.</p>
          <nav aria-label="Initials" class="initials">
            <xsl:for-each-group select="$people" group-by="upper-case(substring(@xml:id, 1, 1))">
              <a href="#{current-group()[1]/@xml:id}">{current-grouping-key()}</a>
            </xsl:for-each-group>
          </nav>
          <xsl:apply-templates select="$people" mode="persons">
            <xsl:with-param name="documents" select="$by-date" tunnel="yes"/>
          </xsl:apply-templates>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:person" mode="persons">
    <xsl:param name="documents" as="document-node()*" tunnel="yes"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <section class="person" id="{$id}" aria-labelledby="{$id}-name">
      <h2 id="{$id}-name">{pl:person-name(.)}</h2>
      <xsl:if test="tei:occupation | tei:affiliation">
        <p class="role">{string-join((tei:occupation, tei:affiliation) ! normalize-space(), '; ')}</p>
      </xsl:if>
      <p class="names">Names: <xsl:sequence select="pl:names(tei:persName[not(@type = ('main', 'attested'))])"/>
        <xsl:if test="tei:persName[@type = 'attested']">; as attested in the documents:
          <xsl:sequence select="pl:names(tei:persName[@type = 'attested'])"/></xsl:if></p>
      <xsl:for-each select="tei:note[@type = 'editorial']">
        <p class="editorial">{pl:plain(., 'reading', false())}</p>
      </xsl:for-each>
      <xsl:variable name="where" as="element()*">
        <xsl:for-each select="$documents">
          <xsl:variable name="turns" select="key('pl:turns', $id, .)"/>
          <xsl:variable name="mentions" select="key('pl:mentions', $id, .)"/>
          <xsl:if test="$turns or $mentions">
            <li>
              <a href="{encode-for-uri(pl:stem(.))}.html">{pl:title(.)}</a>
              <xsl:if test="$turns">
                <span class="turns"> — {count($turns)} {if (count($turns) = 1) then 'turn' else 'turns'}:
                  <xsl:apply-templates select="$turns" mode="persons"/></span>
              </xsl:if>
              <xsl:if test="$mentions">
                <span class="mentions"> — named {count($mentions)} {if (count($mentions) = 1) then 'time' else 'times'}:
                  <xsl:apply-templates select="$mentions" mode="persons"/></span>
              </xsl:if>
            </li>
          </xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="exists($where)"><ul class="occurrences"><xsl:sequence select="$where"/></ul></xsl:when>
        <xsl:otherwise><p class="occurrences">Not in the documents of this edition.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Name forms, each in its language. -->
  <xsl:function name="pl:names" as="node()*">
    <xsl:param name="names" as="element(tei:persName)*"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">, </xsl:if>
      <span>
        <xsl:apply-templates select="@xml:lang" mode="body"/>
        <xsl:value-of select="normalize-space(.)"/>
      </span>
      <xsl:if test="@xml:lang and @xml:lang != 'en'"> ({pl:language(@xml:lang)})</xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- A turn: its number, linked. -->
  <xsl:template match="tei:sp" mode="persons">
    <xsl:if test="position() gt 1">, </xsl:if>
    <a href="{pl:anchor(.)}" title="{normalize-space(tei:speaker)}">{accumulator-before('pl:turn')}{ancestor::tei:text[@type = 'original'] ! ' (original)'}</a>
  </xsl:template>

  <!-- A mention: where it is (turn, paragraph or note), linked to the nearest anchor. -->
  <xsl:template match="tei:persName" mode="persons">
    <xsl:if test="position() gt 1">, </xsl:if>
    <xsl:variable name="sp" select="ancestor::tei:sp[1]"/>
    <xsl:variable name="note" select="ancestor::tei:note[1]"/>
    <a href="{pl:anchor(.)}" title="{normalize-space(.)}">{
      if ($note) then 'note ' || pl:note-label($note)
      else if ($sp) then 'turn ' || $sp/accumulator-before('pl:turn')
      else if (ancestor::tei:p or ancestor::tei:ab) then '¶ ' || ancestor::*[self::tei:p or self::tei:ab][1]/accumulator-before('pl:para')
      else pl:place-name(ancestor::*[@xml:id][1])}{
      ancestor::tei:text[@type = 'original'] ! ' (original)'}</a>
  </xsl:template>

  <!-- What a block without a paragraph number is, in words. -->
  <xsl:function name="pl:place-name" as="xs:string">
    <xsl:param name="block" as="element()?"/>
    <xsl:variable name="names" as="map(xs:string, xs:string)" select="map{'item': 'participants', 'head': 'heading',
        'stage': 'stage direction', 'closer': 'closing', 'opener': 'opening', 'list': 'participants', 'salute': 'address'}"/>
    <xsl:sequence select="($names(local-name($block)), 'text')[1]"/>
  </xsl:function>

  <!-- The page and anchor of a node: its nearest ancestor (or itself) with an identifier. -->
  <xsl:function name="pl:anchor" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="encode-for-uri(pl:stem($node)) || '.html' || ($node/ancestor-or-self::*[@xml:id][1]/@xml:id ! ('#' || .))"/>
  </xsl:function>
</xsl:stylesheet>
