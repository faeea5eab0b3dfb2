<?xml version="1.0" encoding="UTF-8"?>
<!-- Templates "persons", "person" and "occurrences", mode "persons": the person index and each
     person's page, from the personography and the documents' summaries (mode summary; the parts of
     them plenum.extracts gives each page). The index (persons.html) gives each person their name forms
     (with their languages), role, how often they speak and are named (counted by template
     "occurrences" from their page's summaries), and a link to their page; a person's page
     (persons/<id>.html) lists the documents that name them, by date, with a link to each turn they
     speak (sp/@who) and each place they are named (persName/@ref). A page per person keeps every page
     the size of what it shows: one person's occurrences, made again only when the documents that name
     them change. -->
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
  <xsl:mode name="person-about" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template name="persons">
    <xsl:variable name="people" as="element(tei:person)*">
      <xsl:perform-sort select="$persons/tei:TEI/tei:text/tei:body/descendant::tei:person[@xml:id]">
        <xsl:sort select="lower-case(@xml:id)"/>
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
            the documents use (as attested, OCR misreadings included), who they were, and how often they speak
            and are named. Each person’s page links to each turn they speak and each place they are named.</p>
          <nav aria-label="Initials" class="initials">
            <xsl:for-each-group select="$people" group-by="upper-case(substring(@xml:id, 1, 1))">
              <a href="#{current-group()[1]/@xml:id}">{current-grouping-key()}</a>
            </xsl:for-each-group>
          </nav>
          <xsl:apply-templates select="$people" mode="persons">
            <xsl:with-param name="occurrences" tunnel="yes" select="map:merge($occurrences/pl:occurrences ! map{string(@ref): .})"/>
          </xsl:apply-templates>
          <xsl:call-template name="pl:local-persons">
            <xsl:with-param name="summaries" select="pl:by-date(pl:extracts($summaries)[not(@root = 'teiCorpus')])"/>
          </xsl:call-template>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- A person's page (persons/<id>.html, the person of the parameter person-page), from the
       summaries of the documents that name them (any others are passed over). -->
  <xsl:template name="person">
    <xsl:variable name="person" select="pl:personography-person($person-page)"/>
    <xsl:variable name="name" select="pl:person-name($person)"/>
    <html lang="en">
      <xsl:call-template name="pl:head">
        <xsl:with-param name="title" select="$name"/>
        <xsl:with-param name="stem" select="()"/>
      </xsl:call-template>
      <body class="persons person-page">
        <xsl:call-template name="pl:site-header"/>
        <main id="pl-main">
          <section class="person" id="{$person-page}" aria-labelledby="{$person-page}-name">
            <h1 id="{$person-page}-name">{$name}</h1>
            <xsl:apply-templates select="$person" mode="person-about"/>
            <p class="back"><a href="{$up}persons.html#{$person-page}">All persons</a></p>
            <xsl:variable name="attesting" select="pl:by-date(pl:extracts($summaries)[not(@root = 'teiCorpus')]
                [pl:person[@ref = $person-page][pl:turns | pl:mentions]])"/>
            <xsl:choose>
              <xsl:when test="$attesting">
                <ul class="occurrences">
                  <xsl:apply-templates select="$attesting" mode="persons"/>
                </ul>
              </xsl:when>
              <xsl:otherwise><p class="occurrences">Not in the documents of this edition.</p></xsl:otherwise>
            </xsl:choose>
          </section>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- What the person index says of the person of person-page, from the summaries of the documents
       that name them: <occurrences ref="id" turns="…" named="…" documents="…"/>, the turns they speak,
       the times they are named, the documents (given back to the index: parameter occurrences). -->
  <xsl:template name="occurrences" as="element(pl:occurrences)">
    <xsl:variable name="places" select="pl:extracts($summaries)[not(@root = 'teiCorpus')]
        /pl:person[@ref = $person-page][pl:turns | pl:mentions]"/>
    <pl:occurrences ref="{$person-page}" turns="{sum($places ! pl:turn-count(pl:turns))}"
        named="{pl:mention-count($places/pl:mentions)}" documents="{count($places/..)}"/>
  </xsl:template>

  <!-- A person in the index: who they were, how often the documents have them, and their page. -->
  <xsl:template match="tei:person" mode="persons">
    <!-- person id -> their counts (template occurrences), for the persons the documents name -->
    <xsl:param name="occurrences" as="map(xs:string, element(pl:occurrences))" tunnel="yes"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <section class="person" id="{$id}" aria-labelledby="{$id}-name">
      <h2 id="{$id}-name">{pl:person-name(.)}</h2>
      <xsl:apply-templates select="." mode="person-about"/>
      <xsl:choose>
        <xsl:when test="map:contains($occurrences, $id)">
          <xsl:variable name="turns" select="xs:integer($occurrences($id)/@turns)"/>
          <xsl:variable name="named" select="xs:integer($occurrences($id)/@named)"/>
          <xsl:variable name="documents" select="xs:integer($occurrences($id)/@documents)"/>
          <xsl:variable name="times" select="$named || (if ($named = 1) then ' time' else ' times')"/>
          <p class="occurrences">{if ($turns) then 'Speaks ' || $turns || (if ($turns = 1) then ' turn' else ' turns')
            || (if ($named) then ' and is named ' || $times else '') else 'Named ' || $times} in {$documents} {if ($documents = 1)
            then 'document' else 'documents'}: <a href="persons/{encode-for-uri($id)}.html">{string-join(('every turn'[$turns gt 0],
            'every mention'[$named gt 0]), ' and ')}</a>.</p>
        </xsl:when>
        <xsl:otherwise><p class="occurrences">Not in the documents of this edition.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Who a person was: role, other and attested names, the editors' notes. -->
  <xsl:template match="tei:person" mode="person-about">
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
  </xsl:template>

  <!-- On a person's page: a document that names them, with each turn and each place. -->
  <xsl:template match="pl:summary" mode="persons">
    <xsl:variable name="page" select="$up || encode-for-uri(pl:summary-stem(.)) || '.html'"/>
    <xsl:variable name="occurrences" select="pl:person[@ref = $person-page]"/>
    <li>
      <a href="{$page}">{pl:title}</a>
      <xsl:variable name="turns" select="$occurrences/pl:turns"/>
      <xsl:variable name="mentions" select="$occurrences/pl:mentions"/>
      <xsl:if test="$turns">
        <xsl:variable name="count" select="pl:turn-count($turns)"/>
        <span class="turns"> — {$count} {if ($count = 1) then 'turn' else 'turns'}:
        <xsl:apply-templates select="$turns" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></span>
      </xsl:if>
      <xsl:if test="$mentions">
        <xsl:variable name="count" select="pl:mention-count($mentions)"/>
        <span class="mentions"> — named {$count} {if ($count = 1) then 'time' else 'times'}:
        <xsl:apply-templates select="$mentions" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The turns a person speaks in one document: an original and its translation are one document,
       its turns counted once. -->
  <xsl:function name="pl:turn-count" as="xs:integer">
    <xsl:param name="turns" as="element(pl:turns)*"/>
    <xsl:variable name="counted" select="if ($turns[not(@original)]) then $turns[not(@original)] else $turns"/>
    <xsl:sequence select="sum($counted ! count(tokenize(.)))"/>
  </xsl:function>

  <!-- The times a person is named in these runs of mentions (a run lists a place once per naming). -->
  <xsl:function name="pl:mention-count" as="xs:integer">
    <xsl:param name="mentions" as="element(pl:mentions)*"/>
    <xsl:sequence select="sum($mentions ! count(tokenize(.)))"/>
  </xsl:function>

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
    <xsl:sequence select="if (starts-with($anchor, '-')) then '#' || $within/ancestor::pl:summary/@xml:id || $anchor
        else if ($anchor) then '#' || $anchor else ''"/>
  </xsl:function>
</xsl:stylesheet>
