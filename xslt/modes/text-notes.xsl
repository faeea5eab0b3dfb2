<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "text-notes": what follows the plain text of a document: its notes ([1] …), the textual
     notes (each reading of the source the reading text does not show: deletions, additions with
     their hand and place, the source's forms of corrected or regularised words) and the export
     debris. Nothing of the TEI text is lost: what the reading text leaves out is here. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="text-notes" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template name="pl:text-notes" as="element(pl:block)*">
    <xsl:param name="root" as="element()"/>
    <xsl:variable name="notes" select="key('pl:notes', 'all', root($root))"/>
    <xsl:if test="$notes">
      <pl:block first="" indent="">NOTES</pl:block>
      <xsl:apply-templates select="$notes" mode="text-notes"/>
    </xsl:if>
    <xsl:variable name="readings" select="key('pl:readings', 'all', root($root))"/>
    <xsl:if test="$readings">
      <pl:block first="" indent="">TEXTUAL NOTES (readings of the source that the reading text does not show)</pl:block>
      <xsl:for-each-group select="$readings" group-adjacent="(ancestor::tei:text[@type][1]/@type, '')[1]">
        <xsl:if test="current-grouping-key() and $root/tei:text/tei:group">
          <pl:block first="  " indent="  " tight="yes">{upper-case(current-grouping-key())}</pl:block>
        </xsl:if>
        <xsl:apply-templates select="current-group()" mode="text-notes"/>
      </xsl:for-each-group>
    </xsl:if>
    <xsl:variable name="debris" select="$root/tei:text/tei:front/tei:div[@type = 'debris']"/>
    <xsl:if test="$debris">
      <pl:block first="" indent="">EXPORT DEBRIS ({pl:sign('debris')/@explain})</pl:block>
      <xsl:for-each select="$debris/*">
        <xsl:sequence select="pl:block(., '  ', '  ')"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A note: its number in brackets, then its text, with a hanging indent. -->
  <xsl:template match="tei:note" mode="text-notes">
    <xsl:variable name="mark" select="pl:before('note', 'text') || pl:note-label(.) || pl:after('note', 'text') || ' '"/>
    <pl:block first="{$mark}" indent="{$pl:hang}">{pl:plain(node(), 'text', true())}{
        if (@subtype = 'unanchored') then ' (The marker of this note is missing from the source.)' else ''}</pl:block>
  </xsl:template>

  <!-- Textual notes: where, the words (quoted), and what the source has (in capitals, so that the
       quoted words stand out). A quotation is marked by pl:quoted while the note is made, so that
       quotation marks inside the quoted words never end it early (“the “Yan’an faction,” composed”). -->
  <xsl:template match="tei:choice" mode="text-notes">
    <xsl:sequence select="pl:reading-note(., pl:quoted(pl:plain(., 'text', false())) || ': ' || pl:explain(.)
        || ' ' || pl:quoted(pl:plain(pl:alternative(., false()), 'diplomatic', false())))"/>
  </xsl:template>

  <xsl:template match="tei:add" mode="text-notes">
    <xsl:sequence select="pl:reading-note(., pl:quoted(pl:plain(., 'text', false())) || ': ' || pl:explain(.) || pl:as-written(node()))"/>
  </xsl:template>

  <xsl:template match="tei:del | tei:surplus" mode="text-notes">
    <xsl:sequence select="pl:reading-note(., pl:quoted(pl:plain(node(), 'diplomatic', false())) || ': ' || pl:explain(.)
        || pl:context(.))"/>
  </xsl:template>

  <xsl:template match="tei:subst" mode="text-notes">
    <xsl:sequence select="pl:reading-note(., pl:quoted(pl:plain(tei:add, 'text', false())) || ' ('
        || string-join(tei:add ! pl:explain(.), '; ') || pl:as-written(tei:add/node()) || ') replaces ' || pl:quoted(pl:plain(tei:del/node(), 'diplomatic', false()))
        || ' (' || string-join(tei:del ! pl:explain(.), '; ') || ')')"/>
  </xsl:template>

  <!-- Words quoted in a textual note, between two private-use characters that pl:reading-note turns
       into quotation marks (no document's text holds them: they are for private agreements). -->
  <xsl:function name="pl:quoted" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:sequence select="'&#xE000;' || translate($words, '&#xE000;&#xE001;', '') || '&#xE001;'"/>
  </xsl:function>

  <xsl:function name="pl:reading-note" as="element(pl:block)">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="note" as="xs:string"/>
    <xsl:variable name="shown" select="string-join(analyze-string($note, '&#xE000;[^&#xE001;]*&#xE001;')/*
        ! (if (self::fn:match) then '“' || substring(., 2, string-length(.) - 2) || '”' else upper-case(.)))"
        xmlns:fn="http://www.w3.org/2005/xpath-functions"/>
    <xsl:variable name="where" select="pl:where($element)"/>
    <pl:block first="  " indent="      " tight="yes">{if ($where) then '[' || $where || '] ' else ''}{$shown}</pl:block>
  </xsl:function>

  <!-- What nodes read as written, when that differs from their reading text. -->
  <xsl:function name="pl:as-written" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="written" select="pl:plain($nodes, 'diplomatic', false())"/>
    <xsl:sequence select="if ($written != pl:plain($nodes, 'text', false())) then '; as written: ' || pl:quoted($written) else ''"/>
  </xsl:function>

  <!-- The words before a left-out passage, to find its place: up to four, from its paragraph. -->
  <xsl:function name="pl:context" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="before" select="tokenize(pl:plain($element/preceding-sibling::node()[position() le 3], 'text', false()))"/>
    <xsl:sequence select="if (exists($before)) then ', after ' || pl:quoted('…' || string-join(subsequence($before, count($before) - 3), ' ')) else ''"/>
  </xsl:function>
</xsl:stylesheet>
