<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "plain": the text of inline content as a string, in one view of the conventions table
     (tunnel $view: reading, diplomatic or text), with page and note marks when $marks is true.
     Used for the plain-text edition and for the HTML's hover texts and citations. Elements this
     mode does not know give their text: nothing is dropped. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="plain" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"
      use-accumulators="#all"/>

  <!-- The plain text of nodes in a view, whitespace normalised. A paragraph or a speaker's label
       that holds only text (most of them) is its text: the templates below would give just that, at
       several times the cost (this mode has no rule for these elements; see the one for *). -->
  <xsl:function name="pl:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:param name="marks" as="xs:boolean"/>
    <xsl:sequence select="if (count($nodes) eq 1 and $nodes[self::tei:p or self::tei:ab or self::tei:speaker][not(*)])
        then normalize-space($nodes) else pl:plain-nodes($nodes, $view, $marks)"/>
  </xsl:function>

  <xsl:function name="pl:plain-nodes" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:param name="marks" as="xs:boolean"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="plain">
        <xsl:with-param name="view" select="$view" tunnel="yes"/>
        <xsl:with-param name="marks" select="$marks" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <!-- Text right after a line break inside a word is no word break: its leading space goes. -->
  <xsl:template match="text()" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="if ($view != 'diplomatic' and preceding-sibling::node()[1][self::tei:lb[@break = 'no']])
        then replace(., '^\s+', '') else string(.)"/>
  </xsl:template>

  <xsl:template match="*" mode="plain">
    <xsl:if test="pl:separated(.)"><xsl:sequence select="' '"/></xsl:if>
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <!-- Signs that surround their content, or leave it out, as the table says for the view: every
       element the table declares a sign of its own for (supplied, sic, add, del, ...), unless a rule
       below says more. -->
  <xsl:template match="tei:*[pl:declared(.)]" mode="plain" priority="-0.25">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:variable name="key" select="local-name()"/>
    <xsl:if test="pl:shown($key, $view)">
      <xsl:if test="pl:separated(.)"><xsl:sequence select="' '"/></xsl:if>
      <xsl:sequence select="pl:before($key, $view)"/>
      <xsl:apply-templates mode="plain"/>
      <xsl:sequence select="if (@cert = 'low') then string(pl:sign($key)/@doubt) else ''"/>
      <xsl:sequence select="pl:after($key, $view)"/>
    </xsl:if>
  </xsl:template>

  <!-- A sic that is one alternative of a choice is no sign of its own. -->
  <xsl:template match="tei:choice/tei:sic" mode="plain" priority="1">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <xsl:template match="tei:subst" mode="plain">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <!-- A known choice shows one alternative per view; any other choice shows each, between slashes. -->
  <xsl:template match="tei:choice" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:variable name="key" select="pl:choice-key(.)"/>
    <xsl:choose>
      <xsl:when test="$key">
        <!-- its content: the alternative follows no word of its own (no space before it, as after its sibling) -->
        <xsl:apply-templates select="pl:alternative(., pl:shown($key, $view))/node()" mode="plain"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="*">
          <xsl:if test="position() gt 1"><xsl:sequence select="' / '"/></xsl:if>
          <xsl:apply-templates select="." mode="plain"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:gap" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="pl:before(pl:gap-key(.), $view) || (normalize-space(tei:desc)[.], '…')[1] || pl:after(pl:gap-key(.), $view)"/>
  </xsl:template>

  <!-- A line break: a space, except inside a word; in the diplomatic view a removed hyphen returns. -->
  <xsl:template match="tei:lb" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="if (@break = 'no') then (if ($view = 'diplomatic' and @rend = 'hyphen') then pl:before('lb', $view) || ' ' else '') else ' '"/>
  </xsl:template>

  <!-- Page breaks and page furniture: marks in the plain text (set off by spaces, except inside a word), nothing
       in hover texts. -->
  <xsl:template match="tei:pb" mode="plain">
    <xsl:param name="marks" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:if test="$marks">
      <xsl:variable name="space" select="if (@break = 'no') then '' else ' '"/>
      <xsl:sequence select="$space || pl:before('pb', $view) || pl:page-label(.) || pl:after('pb', $view) || $space"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:fw" mode="plain">
    <xsl:param name="marks" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:if test="$marks">
      <xsl:variable name="parts" as="xs:string*"><xsl:apply-templates mode="plain"/></xsl:variable>
      <xsl:variable name="text" as="xs:string" select="normalize-space(string-join($parts))"/>
      <!-- a stamp alone is in its own brackets already ('[[stamp]]', not '[[[stamp]]]') -->
      <xsl:sequence select="if (@type = 'stamp' and starts-with($text, '[') and ends-with($text, ']')
              and count(*) = 1 and not(text()[normalize-space()])) then ' ' || $text || ' '
          else ' ' || pl:before('fw', $view) || (if (@type = 'folio') then string(pl:sign('fw')/@label) else '')
          || $text || pl:after('fw', $view) || ' '"/>
    </xsl:if>
  </xsl:template>

  <!-- A note: its mark where it stands; an inline gloss in square brackets. -->
  <xsl:template match="tei:note" mode="plain">
    <xsl:param name="marks" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:if test="$marks">
      <xsl:sequence select="pl:before('note', $view) || pl:note-label(.) || pl:after('note', $view)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'inline' and not(@type = 'status')]" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="(if (preceding-sibling::node()) then ' ' else '') || pl:before('gloss', $view)"/>
    <xsl:apply-templates mode="plain"/>
    <xsl:sequence select="pl:after('gloss', $view) || (if (following-sibling::node()) then ' ' else '')"/>
  </xsl:template>

  <xsl:template match="tei:note[pl:in-place(.)]" mode="plain">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <!-- A link of the text to a web page: its words, then its address in angle brackets, in the plain-text
       edition's text (a reader of plain text cannot follow it otherwise). -->
  <xsl:template match="tei:ref[matches(@target, '^https?://')]" mode="plain">
    <xsl:param name="marks" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:if test="pl:separated(.)"><xsl:sequence select="' '"/></xsl:if>
    <xsl:apply-templates mode="plain"/>
    <xsl:if test="$marks and $view = 'text'"><xsl:sequence select="' &lt;' || @target || '&gt;'"/></xsl:if>
  </xsl:template>

  <!-- An image of a Markdown export: its words in brackets, in the plain-text edition its address too. -->
  <xsl:template match="tei:graphic" mode="plain">
    <xsl:param name="marks" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="'[image' || (normalize-space(tei:desc) ! (': ' || .))
        || (if ($marks and $view = 'text') then ' &lt;' || @url || '&gt;' else '') || ']'"/>
  </xsl:template>

  <!-- A stage direction in a paragraph: in parentheses, unless it brings its own. -->
  <xsl:template match="tei:stage" mode="plain">
    <xsl:param name="view" as="xs:string" tunnel="yes"/>
    <xsl:variable name="text" as="xs:string*"><xsl:apply-templates mode="plain"/></xsl:variable>
    <xsl:variable name="words" select="normalize-space(string-join($text))"/>
    <xsl:sequence select="' ' || (if (starts-with($words, '(')) then $words else pl:before('stage', $view) || $words || pl:after('stage', $view)) || ' '"/>
  </xsl:template>
</xsl:stylesheet>
