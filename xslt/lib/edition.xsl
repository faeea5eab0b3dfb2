<?xml version="1.0" encoding="UTF-8"?>
<!-- The edition around a page, set by the caller (render.Renderer): the documents' summaries (for
     the home page, the person index and a dossier's page; mode summary), the personography, and
     whether the pages are written into a site (which holds the TEI files, the plain text, the
     person index and the style sheet the pages link to), and the address it is published at. A page rendered on its own links to none
     of them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:param name="summaries" as="document-node()*" select="()"/>
  <xsl:param name="persons" as="document-node()?" select="()"/>
  <xsl:param name="site" as="xs:boolean" select="false()"/>
  <!-- The address the site is published at, ending in '/' (plenum.toml’s base, see plenum.siteconfig):
       canonical links and citations name a page by it; '' when none is configured. -->
  <xsl:param name="base" as="xs:string" select="''"/>
  <!-- The way from the page to the site's folder: '' for the pages in it, '../' for a person's page
       in persons/ (its links to the site's pages and style sheet start with it). -->
  <xsl:param name="up" as="xs:string" select="''"/>
  <!-- The person whose page (template person) is made: their id in the personography. -->
  <xsl:param name="person-page" as="xs:string" select="''"/>
  <!-- For the person index: what it says of each person the documents name (template occurrences,
       each in a document of its own). -->
  <xsl:param name="occurrences" as="document-node()*" select="()"/>

  <!-- The edition's title, from its CITATION.cff (plenum.siteconfig.edition_title, which plenum
       always passes; the default is its title for an edition without one): the site's header, the
       home page, the citations. -->
  <xsl:param name="edition-title" as="xs:string" select="'An edition made with plenum'"/>
  <xsl:variable name="pl:edition-title" as="xs:string" select="$edition-title"/>

  <xsl:key name="pl:person" match="tei:person[@xml:id]" use="@xml:id"/>
  <xsl:key name="pl:id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The summaries of the edition's documents by file stem (looked up only by the pages that need it). -->
  <xsl:variable name="pl:by-stem" as="map(xs:string, element(pl:summary))"
      select="map:merge(pl:extracts($summaries) ! map{pl:summary-stem(.): .}, map{'duplicates': 'use-first'})"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <!-- The summaries given to a page (parameter summaries): each a document of its own (Renderer.summary),
       or several in one document, <extracts> (plenum.extracts: each with its document's base in
       xml:base, and holding only what the page reads). -->
  <xsl:function name="pl:extracts" as="element(pl:summary)*">
    <xsl:param name="summaries" as="document-node()*"/>
    <xsl:sequence select="$summaries/(pl:summary | pl:extracts/pl:summary)"/>
  </xsl:function>

  <!-- The file stem of a summary's document (pl:stem), from the summary's own base: a summary is a
       document of its own, or one of several in one document, each with its xml:base (plenum.extracts). -->
  <xsl:function name="pl:summary-stem" as="xs:string">
    <xsl:param name="summary" as="element(pl:summary)"/>
    <xsl:sequence select="replace(tokenize(string(base-uri($summary)), '/')[last()], '\.xml$', '')"/>
  </xsl:function>

  <!-- A person of the personography, from a pointer to it; empty when unknown or not given. -->
  <xsl:function name="pl:person" as="element(tei:person)?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="pl:personography-person(pl:person-id($pointer))"/>
  </xsl:function>

  <!-- A person of the personography, from a turn's or name's pointer in the document of $context
       (through the document's own person: pl:person-key). -->
  <xsl:function name="pl:person" as="element(tei:person)?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="pl:personography-person(pl:person-key($pointer, $context))"/>
  </xsl:function>

  <!-- pl:person in the document $root, looked up once per pointer and document (cache: see
       pl:person-key-in). Called from templates: called from another function, Saxon inlines it and
       looks up every time. -->
  <xsl:function name="pl:person-in" as="element(tei:person)?" cache="yes">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="pl:personography-person(pl:person-key($pointer, $root))"/>
  </xsl:function>

  <!-- The person of the personography with the id $id; empty for '' or when there is none. -->
  <xsl:function name="pl:personography-person" as="element(tei:person)?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($id and exists($persons)) then key('pl:person', $id, $persons)[1] else ()"/>
  </xsl:function>

  <xsl:function name="pl:person-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="normalize-space(($person/tei:persName[@type = 'main'], $person/tei:persName)[1])"/>
  </xsl:function>

  <!-- Who a person is, in one line: name, occupation, affiliation (cache: a page gives it for every
       turn and name of the person). -->
  <xsl:function name="pl:person-line" as="xs:string" cache="yes">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="string-join((pl:person-name($person), ($person/tei:occupation, $person/tei:affiliation) ! normalize-space()), '; ')"/>
  </xsl:function>
</xsl:stylesheet>
