<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions shared by the review's pages, in plenum's own namespace. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The layout of every review page: the source beside the encoding, marks in the source. -->
  <xsl:variable name="pl:review-style" as="xs:string" expand-text="no">
    body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 90rem; padding: 1rem 2rem; color: #1b1b1b; }
    a { color: #0b57a4; }
    table { border-collapse: collapse; }
    th, td { border-bottom: 1px solid #ddd; padding: .2rem .5rem; text-align: left; vertical-align: top; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    td.zero { color: #bbb; }
    th[scope=row] { font-weight: normal; min-width: 22rem; }
    details summary { font-size: .85rem; color: #555; cursor: pointer; }
    .wide { overflow-x: auto; }
    .meta dt { font-weight: bold; float: left; clear: left; width: 9rem; }
    .meta dd { margin-left: 10rem; }
    .status-missing, .status-changed { color: #a40b0b; }
    .filters { background: #f4f4f4; padding: .5rem 1rem; position: sticky; top: 0; z-index: 1; }
    .filters label { margin-right: 1rem; white-space: nowrap; }
    ol.interventions { list-style: none; padding: 0; }
    li.intervention { border-top: 1px solid #ccc; padding: .5rem 0 1rem; }
    li.uncertain { border-left: .3rem solid #d08a00; padding-left: .7rem; }
    .what { margin: 0 0 .3rem; }
    .kind { font-weight: bold; }
    .cert { color: #8a5a00; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    figure { margin: 0; min-width: 0; }
    figcaption { font-size: .85rem; color: #555; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa; border: 1px solid #e4e4e4; padding: .4rem; margin: .2rem 0; }
    .line { display: block; padding-left: 3.5rem; text-indent: -3.5rem; min-height: 1.2em; }
    .ln { display: inline-block; width: 3.5rem; text-indent: 0; color: #888; user-select: none; }
    mark { background: #ffe27a; }
    .line:target { background: #fff3c4; }
    .whole { font-size: .85rem; margin: .2rem 0; }
    .absent { color: #a40b0b; font-size: .9rem; }
    @media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
  </xsl:variable>

  <!-- A review page: its title, its own style rules (after the shared ones) and its content. -->
  <xsl:function name="pl:review-page" as="element()">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="style" as="xs:string"/>
    <xsl:param name="content" as="element()*"/>
    <html lang="en">
      <xsl:call-template name="pl:review-head">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="style" select="$style"/>
      </xsl:call-template>
      <body>
        <main>
          <xsl:sequence select="$content"/>
        </main>
      </body>
    </html>
  </xsl:function>

  <!-- The head of a review page: its title and its own style rules (after the shared ones). -->
  <xsl:template name="pl:review-head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="style" as="xs:string"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>{$title}</title>
      <style>{$pl:review-style}{$style}</style>
    </head>
  </xsl:template>

  <!-- "source line 12" or "source lines 12–14" for an intervention's lines. -->
  <xsl:function name="pl:line-range" as="xs:string">
    <xsl:param name="lines" as="array(*)"/>
    <xsl:variable name="numbers" as="xs:integer*" select="$lines?*?n ! xs:integer(.)"/>
    <xsl:sequence select="if (count($numbers) = 1) then 'source line ' || $numbers
        else 'source lines ' || $numbers[1] || '–' || $numbers[last()]"/>
  </xsl:function>

  <!-- A kind of intervention as an HTML class name (kinds are lower-case words with hyphens; any other
       character is left out, by translate: a regular expression per item cost more). -->
  <xsl:function name="pl:kind-class" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="'k-' || translate($kind, translate($kind, 'abcdefghijklmnopqrstuvwxyz0123456789-', ''), '')"/>
  </xsl:function>

  <!-- Whether a JSON value is true (absent and null count as false). -->
  <xsl:function name="pl:true" as="xs:boolean">
    <xsl:param name="value" as="item()?"/>
    <xsl:sequence select="$value instance of xs:boolean and $value"/>
  </xsl:function>
</xsl:stylesheet>
