<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions of the reading editions, in plenum's own namespace. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <!-- TEI elements with element-only content: whitespace between their children is layout, not text.
       It is stripped; where such children are rendered inline, pl:separated puts a space back. -->
  <xsl:param name="pl:element-only" static="yes" as="xs:string" select="'TEI teiCorpus teiHeader
      fileDesc titleStmt publicationStmt notesStmt sourceDesc msDesc msIdentifier msContents encodingDesc
      editorialDecl listPrefixDef profileDesc abstract langUsage particDesc listPerson person settingDesc
      setting handNotes revisionDesc availability respStmt text front body back group div sp list lg
      listBibl biblStruct monogr analytic imprint opener closer choice subst'"/>
  <xsl:strip-space _elements="{tokenize($pl:element-only) ! ('tei:' || .)}"/>

  <!-- Whether an element follows another in element-only content, where the stripped whitespace
       separated them: rendered inline, it needs a space so that words do not run together. -->
  <xsl:function name="pl:separated" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/preceding-sibling::node()[1] instance of element()
        and namespace-uri($element/..) = 'http://www.tei-c.org/ns/1.0'
        and local-name($element/..) = tokenize($pl:element-only)"/>
  </xsl:function>

  <!-- What a document's reading edition shows: the text of a TEI document, the members of a
       corpus, or the whole of any other root (e.g. a surface from a genetic edition). -->
  <xsl:function name="pl:content" as="element()*">
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="if ($root/self::tei:TEI) then $root/tei:text
        else if ($root/self::tei:teiCorpus) then $root/(* except tei:teiHeader)
        else $root"/>
  </xsl:function>

  <!-- A link target that is safe in an href: relative, a fragment, http(s) or mailto; '' for any
       other scheme (javascript:, data:, vbscript:, file:), so document text never becomes script. -->
  <xsl:function name="pl:safe-href" as="xs:string">
    <xsl:param name="target" as="xs:string"/>
    <xsl:variable name="bare" select="replace($target, '[\s\p{Cc}]', '')"/>
    <xsl:sequence select="if (matches($bare, '^[a-zA-Z][a-zA-Z0-9+.\-]*:') and not(matches($bare, '^(https?|mailto):', 'i')))
        then '' else $target"/>
  </xsl:function>

  <!-- The main title of a TEI document; its file name when it has none (e.g. a surface). -->
  <xsl:function name="pl:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="title" select="normalize-space(string(($doc//tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1]))"/>
    <xsl:sequence select="if ($title) then $title else pl:stem($doc)"/>
  </xsl:function>

  <!-- The document's date as an ISO string ('' when unknown), for sorting. -->
  <xsl:function name="pl:iso-date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="date" select="($doc//tei:profileDesc/tei:creation/tei:date)[1]"/>
    <xsl:sequence select="string(($date/@when, $date/@notBefore, $date/@from)[1])"/>
  </xsl:function>

  <!-- The document's date as printed in the source. -->
  <xsl:function name="pl:display-date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(string(($doc//tei:profileDesc/tei:creation/tei:date)[1]))"/>
  </xsl:function>

  <!-- The file stem a document is published under (its TEI file name without .xml). -->
  <xsl:function name="pl:stem" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="replace(tokenize(base-uri(root($doc)), '/')[last()], '\.xml$', '')"/>
  </xsl:function>

  <!-- Whitespace-normalised text of a node, for plain text. -->
  <xsl:function name="pl:normalise" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>
</xsl:stylesheet>
