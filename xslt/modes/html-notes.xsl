<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "notes": the notes of a document page, numbered as in the text, each linked back to its
     mark (a note whose mark is missing from the source says so); and the export debris, folded away. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="notes" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- The id of a note (its own, or its number) and of its mark in the text. -->
  <xsl:function name="pl:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@xml:id, 'pl-note-' || $note/accumulator-before('pl:note'))[1])"/>
  </xsl:function>

  <xsl:function name="pl:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'pl-ref-' || pl:note-id($note)"/>
  </xsl:function>

  <!-- Whether a note has a mark in the text to link back to. -->
  <xsl:function name="pl:anchored" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/@subtype = 'unanchored' or $note/parent::tei:div[@type = 'notes'])"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="notes">
    <xsl:variable name="label" select="pl:note-label(.)"/>
    <li id="{pl:note-id(.)}" class="note note-{(@type, 'plain')[1] ! replace(., '[^\w-]', '')}" role="doc-endnote">
      <xsl:apply-templates select="@xml:lang" mode="body"/>
      <span class="note-label">{$label}</span>
      <xsl:text> </xsl:text>
      <xsl:if test="@type = ('translator', 'editorial', 'document')">
        <span class="note-type">{if (@type = 'translator') then 'Translator’s note' else if (@type = 'document') then 'Note in the document' else 'Editor’s note'}: </span>
      </xsl:if>
      <xsl:apply-templates mode="body"/>
      <xsl:choose>
        <xsl:when test="pl:anchored(.)">
          <xsl:text> </xsl:text>
          <a class="backlink" href="#{pl:noteref-id(.)}" role="doc-backlink" aria-label="Back to the mark of note {$label}">↩</a>
        </xsl:when>
        <xsl:otherwise>
          <span class="unanchored"> (Its mark is missing from the source.)</span>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="tei:div[@type = 'debris']" mode="notes">
    <details class="debris" data-pagefind-ignore="">
      <summary>Export debris: {pl:sign('debris')/@explain}</summary>
      <xsl:apply-templates select="*" mode="body"/>
    </details>
  </xsl:template>
</xsl:stylesheet>
