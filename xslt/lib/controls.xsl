<?xml version="1.0" encoding="UTF-8"?>
<!-- Characters that would act unseen in a page or a text file, shown instead as a visible marker
     (⟨U+202E⟩) wherever they occur, in text, titles and attribute values alike: the bidirectional
     embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which reorder what a reader sees
     around them, and the C1 controls (U+0080–009F), which browsers show as other characters.
     Every output of the reading editions and the review uses this map; the plain text, which wraps
     its lines by counting characters, puts the markers in place first (pl:marked), so that a line
     is measured as it will be read. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <xsl:character-map name="pl:controls">
    <xsl:output-character character="&#x0080;" string="⟨U+0080⟩"/>
    <xsl:output-character character="&#x0081;" string="⟨U+0081⟩"/>
    <xsl:output-character character="&#x0082;" string="⟨U+0082⟩"/>
    <xsl:output-character character="&#x0083;" string="⟨U+0083⟩"/>
    <xsl:output-character character="&#x0084;" string="⟨U+0084⟩"/>
    <xsl:output-character character="&#x0085;" string="⟨U+0085⟩"/>
    <xsl:output-character character="&#x0086;" string="⟨U+0086⟩"/>
    <xsl:output-character character="&#x0087;" string="⟨U+0087⟩"/>
    <xsl:output-character character="&#x0088;" string="⟨U+0088⟩"/>
    <xsl:output-character character="&#x0089;" string="⟨U+0089⟩"/>
    <xsl:output-character character="&#x008A;" string="⟨U+008A⟩"/>
    <xsl:output-character character="&#x008B;" string="⟨U+008B⟩"/>
    <xsl:output-character character="&#x008C;" string="⟨U+008C⟩"/>
    <xsl:output-character character="&#x008D;" string="⟨U+008D⟩"/>
    <xsl:output-character character="&#x008E;" string="⟨U+008E⟩"/>
    <xsl:output-character character="&#x008F;" string="⟨U+008F⟩"/>
    <xsl:output-character character="&#x0090;" string="⟨U+0090⟩"/>
    <xsl:output-character character="&#x0091;" string="⟨U+0091⟩"/>
    <xsl:output-character character="&#x0092;" string="⟨U+0092⟩"/>
    <xsl:output-character character="&#x0093;" string="⟨U+0093⟩"/>
    <xsl:output-character character="&#x0094;" string="⟨U+0094⟩"/>
    <xsl:output-character character="&#x0095;" string="⟨U+0095⟩"/>
    <xsl:output-character character="&#x0096;" string="⟨U+0096⟩"/>
    <xsl:output-character character="&#x0097;" string="⟨U+0097⟩"/>
    <xsl:output-character character="&#x0098;" string="⟨U+0098⟩"/>
    <xsl:output-character character="&#x0099;" string="⟨U+0099⟩"/>
    <xsl:output-character character="&#x009A;" string="⟨U+009A⟩"/>
    <xsl:output-character character="&#x009B;" string="⟨U+009B⟩"/>
    <xsl:output-character character="&#x009C;" string="⟨U+009C⟩"/>
    <xsl:output-character character="&#x009D;" string="⟨U+009D⟩"/>
    <xsl:output-character character="&#x009E;" string="⟨U+009E⟩"/>
    <xsl:output-character character="&#x009F;" string="⟨U+009F⟩"/>
    <xsl:output-character character="&#x202A;" string="⟨U+202A⟩"/>
    <xsl:output-character character="&#x202B;" string="⟨U+202B⟩"/>
    <xsl:output-character character="&#x202C;" string="⟨U+202C⟩"/>
    <xsl:output-character character="&#x202D;" string="⟨U+202D⟩"/>
    <xsl:output-character character="&#x202E;" string="⟨U+202E⟩"/>
    <xsl:output-character character="&#x2066;" string="⟨U+2066⟩"/>
    <xsl:output-character character="&#x2067;" string="⟨U+2067⟩"/>
    <xsl:output-character character="&#x2068;" string="⟨U+2068⟩"/>
    <xsl:output-character character="&#x2069;" string="⟨U+2069⟩"/>
  </xsl:character-map>

  <!-- The characters of the map, as a regular expression's class. -->
  <xsl:variable name="pl:controls" as="xs:string" select="'[&#x0080;-&#x009F;&#x202A;-&#x202E;&#x2066;-&#x2069;]'"/>

  <!-- $text with each character of the map replaced by its marker (the map's string: ⟨U+202E⟩). -->
  <xsl:function name="pl:marked" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (not(matches($text, $pl:controls))) then $text
        else string-join(analyze-string($text, $pl:controls)/* ! (if (local-name() = 'match')
            then '⟨U+' || pl:hex4(string-to-codepoints(.)) || '⟩' else string(.)))"/>
  </xsl:function>

  <!-- A code point below 65,536 as four upper-case hexadecimal digits. -->
  <xsl:function name="pl:hex4" as="xs:string">
    <xsl:param name="code" as="xs:integer"/>
    <xsl:sequence select="string-join((4096, 256, 16, 1) ! substring('0123456789ABCDEF', $code idiv . mod 16 + 1, 1))"/>
  </xsl:function>
</xsl:stylesheet>
