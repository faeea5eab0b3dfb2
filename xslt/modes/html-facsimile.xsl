<?xml version="1.0" encoding="UTF-8"?>
<!-- A page break's facsimile (pb/@facs): a link in the margin beside the page's marker, to the image
     the reference resolves to (a URL, a surface or graphic of the file's facsimile by #id, or a
     prefixed pointer its prefixDef declares); a reference that resolves to no address is shown as
     written. Included by the HTML writer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="tei:pb[normalize-space(@facs)]" mode="body" priority="2">
    <xsl:next-match/>
    <xsl:variable name="reference" select="tokenize(@facs)[1]"/>
    <xsl:variable name="url" select="pl:facsimile-url(., $reference)"/>
    <span class="pb facs" title="facsimile of this page: {$reference}">
      <xsl:choose>
        <xsl:when test="$url"><a href="{$url}">facs.</a></xsl:when>
        <xsl:otherwise>facs. {$reference}</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- The address a facsimile reference leads to; '' when it leads to none. -->
  <xsl:function name="pl:facsimile-url" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:param name="reference" as="xs:string"/>
    <xsl:variable name="prefix" select="substring-before($reference, ':')"/>
    <xsl:variable name="declared" select="root($pb)/*/tei:teiHeader/tei:encodingDesc/tei:listPrefixDef/tei:prefixDef[@ident = $prefix][1]"/>
    <xsl:sequence select="pl:safe-href(string(
        if (starts-with($reference, '#')) then
            (id(substring($reference, 2), root($pb))/descendant-or-self::tei:graphic/@url)[1]
        else if ($declared) then
            replace(substring-after($reference, ':'), $declared/@matchPattern, $declared/@replacementPattern)
        else if (matches($reference, '^(https?:|[^:]*$)')) then $reference
        else ''))"/>
  </xsl:function>
</xsl:stylesheet>
