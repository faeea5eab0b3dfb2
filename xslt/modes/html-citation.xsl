<?xml version="1.0" encoding="UTF-8"?>
<!-- How a document page is found and cited: the citation_* meta tags reference managers read (mode
     citation-meta), the search index's filters (template pl:facets: person, date, language, kind,
     archive, as Pagefind's data-pagefind-filter), the archive's record at its canonical address, and
     the edition's own address of a page (the configured base address, $base). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="citation-meta" on-no-match="shallow-skip"/>

  <!-- Hosts the archive published its records under while testing its site, and its own host. -->
  <xsl:variable name="pl:test-hosts" as="xs:string" select="'wilson-center-digital-archive\.dvincitest\.com|wilson-center\.drivingcreative\.com'"/>
  <xsl:variable name="pl:archive-host" as="xs:string" select="'digitalarchive.wilsoncenter.org'"/>

  <!-- An archive's address as the archive publishes it: a test host replaced by its canonical one. -->
  <xsl:function name="pl:archive-url" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="replace(normalize-space($url), '^(https?://)(' || $pl:test-hosts || ')(/|$)', 'https://' || $pl:archive-host || '$3', 'i')"/>
  </xsl:function>

  <!-- Where the edition publishes a document's page: the base address and the page's name; the
       page's name alone when no base address is configured. -->
  <xsl:function name="pl:page-url" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="$base || encode-for-uri(pl:stem($doc)) || '.html'"/>
  </xsl:function>

  <!-- The original language of a document: as its source states it, else from its original text. -->
  <xsl:function name="pl:original-language" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="stated" select="normalize-space((pl:header($doc)/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msContents/tei:textLang)[1])"/>
    <xsl:variable name="text" select="$doc/tei:text/tei:group/tei:text[@type = 'original'][1]/@xml:lang"/>
    <xsl:sequence select="if ($stated) then $stated else pl:language($text)"/>
  </xsl:function>

  <!-- The original language in words for a reader: stated, or said to be unstated, naming the text's. -->
  <xsl:function name="pl:original-language-words" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="given" select="$doc/ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <xsl:sequence select="(pl:original-language($doc)[.], 'not stated' || pl:language($given)[.] ! (' (the text is in ' || . || ')'))[1]"/>
  </xsl:function>

  <!-- The persons a document names or hears, by the names the personography gives them; a person
       proposed by the document, by the name it gives. -->
  <xsl:function name="pl:named-persons" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <!-- once per page: the document's pointers, read in one pass over it -->
    <xsl:variable name="participants" select="$doc/descendant::tei:particDesc/descendant::tei:person"/>
    <xsl:variable name="pointers" select="distinct-values(($doc/descendant::tei:sp/@who, $doc/tei:text/descendant::tei:persName/@ref,
        $participants/@sameAs) ! tokenize(.))"/>
    <xsl:sequence select="distinct-values(($pointers ! pl:person(.) ! pl:person-name(.),
        $participants[not(@sameAs)]/tei:persName[1] ! normalize-space()))[.]"/>
  </xsl:function>

  <!-- The search filters of a page: empty elements Pagefind reads, nothing a reader sees. -->
  <xsl:template name="pl:facets">
    <xsl:variable name="header" select="pl:header(.)"/>
    <xsl:variable name="facets" as="xs:string*" select="(
        pl:named-persons(.) ! ('person:' || .),
        substring(pl:iso-date(.), 1, 7)[. castable as xs:gYearMonth] ! ('date:' || .),
        pl:original-language(.)[.] ! ('language:' || .),
        'kind:' || pl:genre(.),
        pl:archives($header) ! ('archive:' || .))"/>
    <xsl:if test="$site">
      <div class="facets" hidden="">
        <xsl:for-each select="$facets">
          <span data-pagefind-filter="{replace(., ',', '\\,')}"></span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The archives a document is filed under for the search's filter: each the citation names (a further one in
       an altIdentifier), else the archive the record comes from. -->
  <xsl:function name="pl:archives" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="id" select="$header/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="cited" select="distinct-values(($id/tei:repository, $id/tei:altIdentifier/tei:repository) ! normalize-space())"/>
    <xsl:sequence select="if (exists($cited)) then $cited
        else ($header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'record']/tei:distributor)[1] ! normalize-space()"/>
  </xsl:function>

  <!-- The citation_* meta tags of a document page (Highwire Press tags, read by Zotero and Google Scholar). -->
  <xsl:template match="/*" mode="citation-meta">
    <xsl:variable name="header" select="pl:header(.)"/>
    <xsl:variable name="iso" select="pl:iso-date(.)"/>
    <meta name="citation_title" content="{pl:title(.)}"/>
    <xsl:if test="$iso">
      <meta name="citation_date" content="{translate($iso, '-', '/')}"/>
    </xsl:if>
    <xsl:for-each select="pl:original-language(.)[.]">
      <meta name="citation_language" content="{.}"/>
    </xsl:for-each>
    <meta name="citation_publisher" content="{$pl:edition-title}"/>
    <xsl:if test="$base">
      <meta name="citation_public_url" content="{pl:page-url(.)}"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
