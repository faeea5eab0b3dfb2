<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "persons" and mode "persons": the person index, from the personography and the
     documents' summaries (mode summary). Each person: name forms (with their languages), role, and
     per document a link to each turn they speak (sp/@who) and each place they are named (persName/@ref). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
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
            <xsl:with-param name="documents" select="$by-date" tunnel="yes"/>
          </xsl:apply-templates>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:person" mode="persons">
    <xsl:param name="documents" as="element(pl:summary)*" tunnel="yes"/>
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
          <xsl:variable name="page" select="encode-for-uri(pl:stem(.)) || '.html'"/>
          <xsl:variable name="occurrences" select="key('pl:occurrences', $id, root(.))"/>
          <xsl:variable name="turns" as="element()*">
            <xsl:apply-templates select="$occurrences/pl:turns" mode="persons">
              <xsl:with-param name="page" select="$page"/>
            </xsl:apply-templates>
          </xsl:variable>
          <xsl:variable name="mentions" as="element()*">
            <xsl:apply-templates select="$occurrences/pl:mentions" mode="persons">
              <xsl:with-param name="page" select="$page"/>
            </xsl:apply-templates>
          </xsl:variable>
          <xsl:if test="$turns or $mentions">
            <li>
              <a href="{$page}">{pl:title}</a>
              <xsl:if test="$turns">
                <span class="turns"> — {count($turns)} {if (count($turns) = 1) then 'turn' else 'turns'}:
                  <xsl:sequence select="pl:listed($turns)"/></span>
              </xsl:if>
              <xsl:if test="$mentions">
                <span class="mentions"> — named {count($mentions)} {if (count($mentions) = 1) then 'time' else 'times'}:
                  <xsl:sequence select="pl:listed($mentions)"/></span>
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

  <!-- A run of turns or mentions: each where it is (the turn's number; for a name, the turn,
       paragraph or note), linked to its anchor, with the speaker's label or the name as written on hover. -->
  <xsl:template match="pl:turns | pl:mentions" mode="persons">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="run" select="."/>
    <xsl:for-each select="tokenize(.)">
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

  <!-- Links separated by commas. -->
  <xsl:function name="pl:listed" as="node()*">
    <xsl:param name="links" as="element()*"/>
    <xsl:for-each select="$links">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:sequence select="."/>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
