<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "persons" and mode "persons": the person index, from the personography and the
     documents' summaries (mode summary). Each person: name forms (with their languages), role, and
     per document a link to each turn they speak (sp/@who) and each place they are named (persName/@ref). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="persons" on-no-match="fail" on-multiple-match="fail"/>

  <!-- A summary's turns and mentions of a person, by personography id. -->
  <xsl:key name="pl:occurrences" match="pl:person" use="@ref"/>

  <xsl:template name="persons">
    <xsl:variable name="people" as="element(tei:person)*">
      <xsl:perform-sort select="$persons/tei:TEI/tei:text/tei:body/descendant::tei:person[@xml:id]">
        <xsl:sort select="lower-case(@xml:id)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="by-date" select="pl:by-date($summaries/pl:summary[not(@root = 'teiCorpus')])"/>
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
            <xsl:with-param name="attesting" tunnel="yes" select="map:merge(
                for $summary in $by-date, $ref in distinct-values($summary/pl:person[pl:turns | pl:mentions]/@ref ! string()) return map{$ref: $summary},
                map{'duplicates': 'combine'})"/>
          </xsl:apply-templates>
          <xsl:call-template name="pl:local-persons"><xsl:with-param name="summaries" select="$by-date"/></xsl:call-template>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:person" mode="persons">
    <!-- person id -> the summaries of the documents that name them, by date: each person visits only those -->
    <xsl:param name="attesting" as="map(xs:string, element(pl:summary)*)" tunnel="yes"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <section class="person" id="{$id}" aria-labelledby="{$id}-name">
      <h2 id="{$id}-name">{pl:person-name(.)}</h2>
      <xsl:if test="tei:occupation | tei:affiliation">
        <p class="role">{string-join((tei:occupation, tei:affiliation) ! normalize-space(), '; ')}</p>
      </xsl:if>
      <xsl:variable name="other" select="tei:persName[not(@type = ('main', 'attested'))]"/>
      <xsl:variable name="attested" select="tei:persName[@type = 'attested']"/>
      <xsl:if test="$other | $attested">
        <p class="names">
          <xsl:if test="$other">Other names: <xsl:sequence select="pl:names($other)"/></xsl:if>
          <xsl:if test="$other and $attested">; </xsl:if>
          <xsl:if test="$attested">{if ($other) then 'as' else 'As'} attested in the documents: <xsl:sequence select="pl:names($attested)"/></xsl:if>
        </p>
      </xsl:if>
      <xsl:for-each select="tei:note[@type = 'editorial']">
        <p class="editorial">{pl:plain(., 'reading', false())}</p>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="map:contains($attesting, $id)">
          <ul class="occurrences">
            <xsl:for-each select="$attesting($id)">
              <xsl:variable name="page" select="encode-for-uri(pl:stem(.)) || '.html'"/>
              <xsl:variable name="occurrences" select="key('pl:occurrences', $id, root(.))"/>
              <li>
                <a href="{$page}">{pl:title}</a>
                <xsl:variable name="turns" select="$occurrences/pl:turns"/>
                <xsl:variable name="mentions" select="$occurrences/pl:mentions"/>
                <xsl:if test="$turns">
                  <!-- An original and its translation are one document: its turns are counted once. -->
                  <xsl:variable name="counted" select="if ($turns[not(@original)]) then $turns[not(@original)] else $turns"/>
                  <xsl:variable name="count" select="sum($counted ! count(tokenize(.)))"/>
                  <span class="turns"> — {$count} {if ($count = 1) then 'turn' else 'turns'}:
                  <xsl:apply-templates select="$turns" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></span>
                </xsl:if>
                <xsl:if test="$mentions">
                  <xsl:variable name="count" select="sum($mentions ! count(tokenize(.)))"/>
                  <span class="mentions"> — named {$count} {if ($count = 1) then 'time' else 'times'}:
                  <xsl:apply-templates select="$mentions" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
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

  <!-- A run of turns or mentions: each where it is (the turn's number; for a name, the turn,
       paragraph or note), linked to its anchor, with the speaker's label or the name as written on hover. -->
  <xsl:template match="pl:turns | pl:mentions" mode="persons">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="run" select="."/>
    <xsl:variable name="first-run" select="position() = 1"/>
    <!-- Places a run names more than once (a name twice in one paragraph) are linked once. -->
    <xsl:variable name="earlier" select="preceding-sibling::*[name() = name(current())][string(@where) = string(current()/@where)]
        [string(@original) = string(current()/@original)] ! tokenize(.)"/>
    <xsl:for-each select="distinct-values(tokenize(.))[not(. = $earlier)]">
      <xsl:if test="position() gt 1 or not($first-run)">, </xsl:if>
      <a href="{$page}{pl:at(substring-after(., '#'), $run)}" title="{$run/@label}">{
        string-join(($run/@where, substring-before(., '#')[.]), ' ')}{$run/@original ! ' (original)'}</a>
    </xsl:for-each>
  </xsl:template>

  <!-- The fragment of a link to an anchor of a summary (its id written from the hyphen on when it
       starts with the document's); '' for none. -->
  <xsl:function name="pl:at" as="xs:string">
    <xsl:param name="anchor" as="xs:string"/>
    <xsl:param name="within" as="element()"/>
    <xsl:sequence select="if (starts-with($anchor, '-')) then '#' || root($within)/*/@xml:id || $anchor
        else if ($anchor) then '#' || $anchor else ''"/>
  </xsl:function>
</xsl:stylesheet>
