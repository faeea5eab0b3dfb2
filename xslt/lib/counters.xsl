<?xml version="1.0" encoding="UTF-8"?>
<!-- Counters of the reading editions, as accumulators and keys: pages, turns and paragraphs restart
     with each text (an original and its translation count on their own); notes run through the
     document. A note here is one that stands apart from the text (not an inline gloss, a status line
     or a printed source line). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <!-- The pages so far and the label of the current one: (count, @n or the count). -->
  <xsl:accumulator name="pl:page" as="item()+" initial-value="0, ''">
    <xsl:accumulator-rule match="tei:text" select="0, ''"/>
    <xsl:accumulator-rule match="tei:pb" select="$value[1] + 1, string((@n, $value[1] + 1)[1])"/>
  </xsl:accumulator>

  <xsl:accumulator name="pl:turn" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" select="0"/>
    <xsl:accumulator-rule match="tei:sp" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="pl:para" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" select="0"/>
    <xsl:accumulator-rule match="tei:p | tei:ab" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="pl:note" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:note[pl:apart(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- A document's notes, and the readings of the source its reading text does not show. -->
  <xsl:key name="pl:speakers" match="tei:speaker[pl:in-text(.)]" use="'all'"/>
  <xsl:key name="pl:notes" match="tei:note[pl:apart(.)]" use="'all'"/>
  <xsl:key name="pl:readings" match="tei:add[pl:outermost(.)] | tei:del[pl:outermost(.)] | tei:surplus[pl:outermost(.)]
      | tei:subst[pl:outermost(.)] | tei:choice[pl:choice-key(.)][pl:outermost(.)]" use="'all'"/>

  <!-- Whether a reading of the source is in a text and not inside another one. -->
  <xsl:function name="pl:outermost" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="pl:in-text($element) and empty($element/ancestor::*[self::tei:add or self::tei:del
        or self::tei:surplus or self::tei:subst or self::tei:choice])"/>
  </xsl:function>

  <!-- Whether a node is part of what a reading edition shows (not of a header). -->
  <xsl:function name="pl:in-text" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="empty($node/ancestor-or-self::tei:teiHeader)"/>
  </xsl:function>

  <xsl:function name="pl:apart" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="pl:in-text($note) and not($note/@place = 'inline' or pl:in-place($note))"/>
  </xsl:function>

  <!-- A note that is a block of the text, shown where it stands: the translation's status, a dossier
       document's source note, plenum's word standing in a division for text the source lacks, a
       docket's list of copies at the top of a report. -->
  <xsl:function name="pl:in-place" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@type = ('status', 'source') or ($note/@type = 'conversion' and exists($note/parent::tei:div))
        or exists($note/tei:list)"/>
  </xsl:function>

  <!-- Where a node stands: its turn (number and speaker) or paragraph, and its page, for notes and citations. -->
  <xsl:function name="pl:where" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="sp" select="$node/ancestor-or-self::tei:sp[1]"/>
    <xsl:variable name="page" select="$node/accumulator-before('pl:page')"/>
    <xsl:variable name="paragraph" select="if ($sp) then () else $node/ancestor-or-self::*[self::tei:p or self::tei:ab][1]"/>
    <xsl:sequence select="string-join((
        $sp ! ('turn ' || accumulator-before('pl:turn') || (tei:speaker ! (' (' || pl:label-trimmed(normalize-space(.)) || ')'))),
        $paragraph ! ('¶ ' || accumulator-before('pl:para')),
        if ($sp or $paragraph) then () else pl:place-name($node/ancestor-or-self::*[parent::tei:body or parent::tei:div
            or parent::tei:front or parent::tei:back][1])[. != 'text'],
        if ($page[1] gt 0) then string(pl:sign('pb')/@label) || $page[2] else ()), ', ')"/>
  </xsl:function>

  <!-- What a block without a paragraph number is, in words. -->
  <xsl:function name="pl:place-name" as="xs:string">
    <xsl:param name="block" as="element()?"/>
    <xsl:variable name="names" as="map(xs:string, xs:string)" select="map{'item': 'participants', 'head': 'heading',
        'stage': 'stage direction', 'closer': 'closing', 'opener': 'opening', 'list': 'participants', 'salute': 'address',
        'signed': 'signature', 'dateline': 'dateline', 'trailer': 'closing', 'note': 'note', 'fw': 'page furniture',
        'docTitle': 'title', 'titlePart': 'title', 'docDate': 'date', 'docAuthor': 'author', 'byline': 'byline', 'epigraph': 'epigraph'}"/>
    <xsl:sequence select="($names(local-name($block)), 'text')[1]"/>
  </xsl:function>
</xsl:stylesheet>
