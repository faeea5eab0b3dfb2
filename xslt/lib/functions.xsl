<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions of the reading editions, in plenum's own namespace. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <!-- Whitespace between the children of element-only TEI elements is layout, not text. -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:fileDesc tei:titleStmt
      tei:publicationStmt tei:notesStmt tei:sourceDesc tei:msDesc tei:msIdentifier tei:msContents
      tei:encodingDesc tei:editorialDecl tei:listPrefixDef tei:profileDesc tei:abstract tei:langUsage
      tei:particDesc tei:listPerson tei:person tei:settingDesc tei:setting tei:handNotes
      tei:revisionDesc tei:availability tei:respStmt tei:text tei:front tei:body tei:back tei:group
      tei:div tei:sp tei:list tei:lg tei:listBibl tei:biblStruct tei:monogr tei:analytic tei:imprint
      tei:opener tei:closer tei:choice tei:subst"/>

  <!-- The main title of a TEI document. -->
  <xsl:function name="pl:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(string(($doc//tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1]))"/>
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
