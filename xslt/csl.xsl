<?xml version="1.0" encoding="UTF-8"?>
<!-- A document's citation as CSL-JSON (one item in an array), for reference managers: its title,
     date, archive and place in it, translators, language, kind, summary and the edition's address. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <xsl:output method="json" encoding="UTF-8" indent="yes"/>

  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="lib/conventions.xsl"/>
  <xsl:include href="lib/counters.xsl"/>
  <xsl:include href="lib/edition.xsl"/>
  <xsl:include href="modes/plain.xsl"/>
  <xsl:include href="modes/html-citation.xsl"/>

  <xsl:template match="/">
    <xsl:sequence select="array{ pl:csl(*) }"/>
  </xsl:template>

  <xsl:function name="pl:csl" as="map(*)">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="header" select="pl:header($doc)"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="id" select="$source/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="iso" select="pl:iso-date($doc)"/>
    <xsl:variable name="translators" select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp[matches(., '^Translated', 'i')]]/(tei:persName | tei:orgName | tei:name) ! normalize-space()"/>
    <xsl:variable name="location" select="string-join((($id/tei:settlement, $id/tei:collection) ! normalize-space(), $id/tei:idno[@type = 'folios'] ! ('folios ' || normalize-space())), ', ')"/>
    <xsl:variable name="record" select="($source/tei:bibl[@type = 'record']/tei:idno[@type = 'URL'])[1] ! pl:archive-url(.)"/>
    <xsl:sequence select="map:merge((
        map{'id': pl:stem($doc), 'type': if (root($doc)/tei:teiCorpus) then 'collection' else 'manuscript',
            'title': pl:title($doc), 'genre': pl:genre($doc), 'collection-title': $pl:edition-title},
        if ($iso) then map{'issued': map{'date-parts': array{ array{ tokenize($iso, '-')[. castable as xs:integer] ! xs:integer(.) } }}} else (),
        ($id/tei:repository)[1] ! map{'archive': normalize-space(.)},
        $location[.] ! map{'archive_location': .},
        if (exists($translators)) then map{'translator': array{ $translators ! map{'literal': .} }} else (),
        pl:original-language($doc)[.] ! map{'language': .},
        ($header/tei:profileDesc/tei:abstract)[1] ! map{'abstract': pl:plain(., 'reading', false())},
        if ($base) then map{'URL': pl:page-url($doc)} else (),
        $record ! map{'note': 'Source: ' || string-join((normalize-space($source/tei:bibl[@type = 'record']/tei:distributor)[.], .), ', ')},
        ($source/tei:biblStruct/tei:monogr)[1] ! map{'container-title': pl:plain(., 'reading', false())}))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>
</xsl:stylesheet>
