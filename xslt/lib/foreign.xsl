<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI from other editions (plenum import) cited as itself: its own authors, title, publisher and
     identifier first, then where the copy stands in this edition. A document is foreign when its
     header names no respStmt of plenum. Included by the HTML writer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Whether a document comes from another edition: its header names no respStmt of plenum. -->
  <xsl:function name="pl:foreign" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="not(pl:header($doc)/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:name[normalize-space() = 'plenum']])"/>
  </xsl:function>

  <!-- Where a document is published, as a citation ends (the caller may add an anchor): the
       edition and the page's address; for a foreign document, first its authors, its publisher (place,
       date) and its identifier, then 'Copy in' the edition and the page's address. -->
  <xsl:function name="pl:published-in" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="here" select="$pl:edition-title || ', ' || pl:page-url($doc)"/>
    <xsl:variable name="file" select="pl:header($doc)/tei:fileDesc"/>
    <xsl:variable name="publication" select="$file/tei:publicationStmt"/>
    <xsl:variable name="own" select="string-join((
        string-join($file/tei:titleStmt/tei:author ! normalize-space((tei:persName, .)[1])[.], '; '),
        string-join(($publication/(tei:publisher, tei:authority, tei:distributor)[1], $publication/tei:pubPlace[1],
            $publication/tei:date[1]) ! normalize-space()[.], ', '),
        ($publication/tei:idno[matches(., '^(https?:|doi:|hdl:)')], $publication/tei:idno)[1] ! normalize-space())
        ! replace(., '\.$', '')[.], '. ')"/>
    <xsl:sequence select="if (pl:foreign($doc) and $own) then $own || '. Copy in ' || $here else $here"/>
  </xsl:function>
</xsl:stylesheet>
