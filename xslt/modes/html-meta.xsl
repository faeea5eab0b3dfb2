<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "meta": the metadata panel of a document page, from its teiHeader: a citation ready to
     copy (archival reference and translators included), the facts of the document, its summary. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="meta" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template match="tei:teiHeader" mode="meta">
    <xsl:variable name="file" select="tei:fileDesc"/>
    <xsl:variable name="source" select="$file/tei:sourceDesc"/>
    <xsl:variable name="record" select="$source/tei:bibl[@type = 'record']"/>
    <xsl:variable name="url" select="($record/tei:idno[@type = 'URL'], $source/tei:bibl[@type = 'citation']/tei:ref/@target)[1] ! pl:safe-href(pl:archive-url(.))[.]"/>
    <section class="meta" aria-labelledby="pl-about" data-pagefind-ignore="">
      <h2 id="pl-about">About this document</h2>
      <xsl:apply-templates select="tei:profileDesc/tei:abstract" mode="meta"/>
      <figure class="cite">
        <figcaption>Cite this document</figcaption>
        <p class="citation" id="pl-citation">{pl:citation(.)}</p>
      </figure>
      <dl class="facts">
        <xsl:if test="pl:iso-date(.)">
          <dt>Date</dt>
          <dd><time datetime="{pl:iso-date(.)}">{pl:display-date(.)}</time></dd>
        </xsl:if>
        <xsl:for-each select="pl:original-language-words(..)">
          <dt>Original language</dt>
          <dd>{.}</dd>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:titleStmt/tei:respStmt[not(tei:name[normalize-space() = 'plenum'])]">
          <dt>{string-join(tei:resp ! normalize-space(), ', ')}</dt>
          <dd>{string-join((tei:persName | tei:orgName | tei:name) ! normalize-space(), ', ')}</dd>
        </xsl:for-each>
        <xsl:for-each select="$source/tei:msDesc/tei:msIdentifier">
          <dt>Archive</dt>
          <dd><xsl:apply-templates select="." mode="meta"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$source/tei:biblStruct">
          <dt>Published in</dt>
          <dd>{pl:plain(tei:monogr, 'reading', false())}{tei:analytic/tei:idno[@type = 'document'] ! (', document ' || .)}</dd>
        </xsl:for-each>
        <xsl:if test="$record or exists($url)">
          <dt>Source</dt>
          <dd>{normalize-space($record/tei:distributor)}<xsl:if test="$record/tei:distributor and exists($url)">: </xsl:if>
            <xsl:for-each select="$url"><a href="{.}">{.}</a></xsl:for-each>
            <xsl:for-each select="$record/tei:idno[@type = 'record']"> (record {normalize-space(.)})</xsl:for-each></dd>
        </xsl:if>
        <xsl:for-each select="$source/tei:bibl[@type = 'citation']">
          <dt>Citation as given by the source</dt>
          <dd>{pl:plain(node() except tei:ref, 'reading', false())}</dd>
        </xsl:for-each>
        <xsl:for-each select="tei:profileDesc/tei:settingDesc/tei:setting">
          <dt>Setting</dt>
          <dd>{string-join((tei:placeName ! normalize-space(), tei:date ! pl:span(@from, @to))[.], ', ')}</dd>
        </xsl:for-each>
        <xsl:if test="tei:profileDesc/tei:particDesc/tei:listPerson[not(@type = 'mentioned')]/tei:person">
          <dt>Participants</dt>
          <dd><xsl:apply-templates select="tei:profileDesc/tei:particDesc/tei:listPerson[not(@type = 'mentioned')]/tei:person" mode="meta"/></dd>
        </xsl:if>
        <xsl:for-each select="tei:profileDesc/tei:handNotes/tei:handNote">
          <dt>Hand</dt>
          <dd>{normalize-space(.)}</dd>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:titleStmt/tei:funder">
          <dt>Funder</dt>
          <dd>{normalize-space(.)}</dd>
        </xsl:for-each>
        <!-- plenum's own notes (its findings, @resp naming plenum) are for the review, not the reader. -->
        <xsl:variable name="plenum" select="$file/tei:titleStmt/tei:respStmt[normalize-space(tei:name) = 'plenum']/@xml:id ! ('#' || .)"/>
        <!-- The archive's web page's own words about itself (its tabs, its funder's credit) are left out. -->
        <xsl:for-each select="$file/tei:notesStmt/tei:note[normalize-space()][not(@resp = $plenum)][not(@type = ('contents', 'credits'))]">
          <dt>{if (@type = 'field') then normalize-space(@n) else (@type ! (upper-case(substring(., 1, 1)) || substring(., 2)), 'Note')[1]}</dt>
          <dd>{if (@type = 'field') then pl:field-value(.) else normalize-space(.)}</dd>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:publicationStmt/tei:availability">
          <dt>Rights</dt>
          <dd>{replace(pl:plain(., 'reading', false()), '\s*(at\s+)?\[email(\s|&#160;)protected\]', ' (the archive’s web page hides its e-mail address)')}</dd>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>

  <xsl:template match="tei:abstract" mode="meta">
    <div class="summary">
      <h3>Summary</h3>
      <xsl:for-each select="tei:p">
        <p>{pl:plain(., 'reading', false())}</p>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- Repository (its full name on hover), place, fond, opis, delo, folios, the file's number as cited (its
       shelfmark); then each further archive the citation names, its file in one shelfmark, after a semicolon. -->
  <xsl:template match="tei:msIdentifier | tei:altIdentifier" mode="meta">
    <xsl:for-each select="tei:repository">
      <xsl:choose>
        <xsl:when test="@n"><abbr title="{@n}">{normalize-space(.)}</abbr> ({@n})</xsl:when>
        <xsl:otherwise>{normalize-space(.)}</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:text>{string-join(((tei:settlement, tei:collection) ! normalize-space(), tei:idno[@type = 'folios'] ! ('folios ' || normalize-space()),
        pl:shelfmarks(.)) ! (', ' || .))}</xsl:text>
    <xsl:for-each select="tei:altIdentifier">
      <xsl:text>; </xsl:text>
      <xsl:apply-templates select="." mode="meta"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A participant, linked to the person index when the edition knows them. -->
  <xsl:template match="tei:person" mode="meta">
    <xsl:if test="preceding-sibling::tei:person">, </xsl:if>
    <xsl:variable name="person" select="pl:person(@sameAs)"/>
    <xsl:choose>
      <xsl:when test="$site and $person">
        <a href="persons.html#{$person/@xml:id}">{normalize-space(tei:persName[1])}</a>
      </xsl:when>
      <!-- A person of this document only (proposed by plenum, not yet in the personography): the
           target of its speakers' links and of the review's. -->
      <xsl:when test="@xml:id and not(@sameAs)">
        <span class="participant proposed" id="{@xml:id}"
            title="{if (pl:foreign(.)) then 'a person of this document' else string-join(('not yet in the personography: proposed by plenum', @cert ! ('certainty ' || .)), '; ')}">{normalize-space(tei:persName[1])}</span>
      </xsl:when>
      <xsl:otherwise>{normalize-space(tei:persName[1])}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A span of time in words: 18 September 1956, 18:00–21:10 (the end's date when another day). -->
  <xsl:function name="pl:span" as="xs:string">
    <xsl:param name="from" as="xs:string?"/>
    <xsl:param name="to" as="xs:string?"/>
    <xsl:variable name="ends" select="($from, $to)[.] ! normalize-space()"/>
    <xsl:variable name="days" select="$ends ! substring-before(. || 'T', 'T')"/>
    <xsl:variable name="times" select="$ends ! substring(substring-after(., 'T'), 1, 5)"/>
    <xsl:sequence select="if (every $day in $days satisfies $day castable as xs:date) then string-join((
        for $i in 1 to count($ends) return string-join((
          if ($i = 1 or $days[$i] != $days[1]) then format-date(xs:date($days[$i]), '[D] [MNn] [Y]', 'en', (), ()) else (),
          $times[$i][.]), ', ')), '–') else string-join($ends, ' to ')"/>
  </xsl:function>

  <!-- A citation ready to copy: title, date, archive, translators, source, and where in the edition. -->
  <xsl:function name="pl:citation" as="xs:string">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="id" select="$source/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="translators" select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp[matches(., '^Translated', 'i')]]/(tei:persName | tei:orgName | tei:name) ! normalize-space()"/>
    <xsl:sequence select="string-join((
        pl:cited($header),
        string-join(($id/tei:repository ! normalize-space(), $id/tei:settlement ! normalize-space(),
            $id/tei:collection ! normalize-space(), $id/tei:idno[@type = 'folios'] ! ('Listy ' || normalize-space()),
            $id ! pl:shelfmarks(.)), ', ')[.],
        if (exists($translators)) then 'Translated by ' || string-join($translators, ' and ') else (),
        string-join(($source/tei:bibl[@type = 'record']/tei:distributor ! normalize-space(),
            $source/tei:bibl[@type = 'record']/tei:idno[@type = 'URL'] ! pl:archive-url(.)), ', ')[.],
        $source/tei:biblStruct/tei:monogr ! (pl:plain(., 'reading', false()) || ($source/tei:biblStruct/tei:analytic/tei:idno[@type = 'document'] ! (', document ' || .))),
        pl:published-in($header)), '. ') || '.'"/>
  </xsl:function>
</xsl:stylesheet>
