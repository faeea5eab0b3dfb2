<?xml version="1.0" encoding="UTF-8"?>
<!-- An original and its translation side by side (mode body, for a group of the two texts): one row
     per turn, each original turn beside the translated turn its @corresp names, together with what
     follows each up to the next turn; page by page when there are no aligned turns but both texts
     have the same pages; otherwise the two texts whole, side by side. Each column has its lang. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:function name="pl:parallel" as="xs:boolean">
    <xsl:param name="group" as="element(tei:group)"/>
    <xsl:sequence select="count($group/tei:text) = 2 and $group/tei:text[1]/@type = 'original' and $group/tei:text[2]/@type = 'translation'"/>
  </xsl:function>

  <!-- The blocks of a text in reading order, through its body's divisions and their numbered sections. -->
  <xsl:function name="pl:flow" as="element()*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="$text/(tei:front, tei:body, tei:back)/* ! (if (self::tei:div[not(@type = ('notes', 'debris'))])
        then * ! (if (self::tei:div[@type = 'section']) then * else .) else .)"/>
  </xsl:function>

  <!-- A text's blocks in runs, each starting with one of $starts; the first run holds what comes
       before the first start (empty when the text opens with one). -->
  <xsl:function name="pl:runs" as="array(element()*)*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="starts" as="element()*"/>
    <xsl:variable name="set" select="map:merge($starts ! map{generate-id(.): true()})"/>
    <xsl:if test="exists($blocks) and map:contains($set, generate-id($blocks[1]))">
      <xsl:sequence select="[]"/>
    </xsl:if>
    <xsl:for-each-group select="$blocks" group-starting-with="*[map:contains($set, generate-id(.))]">
      <xsl:sequence select="[current-group()]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Whether every one of $some is among $all. -->
  <xsl:function name="pl:among" as="xs:boolean">
    <xsl:param name="some" as="element()*"/>
    <xsl:param name="all" as="element()*"/>
    <xsl:variable name="set" select="map:merge($all ! map{generate-id(.): true()})"/>
    <xsl:sequence select="every $e in $some satisfies map:contains($set, generate-id($e))"/>
  </xsl:function>

  <xsl:template match="tei:group[pl:parallel(.)]" mode="body" priority="1">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:variable name="original" select="tei:text[1]"/>
    <xsl:variable name="translation" select="tei:text[2]"/>
    <!-- The containers of the texts' blocks that stand in flow (pl:in-flow), for their blocks. -->
    <xsl:variable name="containers" select="($original, $translation)/(tei:front, tei:body, tei:back)/(., tei:div, tei:div/tei:div[@type = 'section'])
        [not(pl:has-text(.)) and pl:in-flow(., $pl:flows)]"/>
    <xsl:variable name="left" select="pl:flow($original)"/>
    <xsl:variable name="right" select="pl:flow($translation)"/>
    <xsl:variable name="turns" select="$left[self::tei:sp[@corresp]]"/>
    <xsl:variable name="partners" select="$turns ! key('pl:id', substring-after(@corresp, '#'), root(.))[1]"/>
    <xsl:variable name="pages" select="$left[self::tei:pb]"/>
    <xsl:variable name="page-partners" select="$right[self::tei:pb]"/>
    <xsl:variable name="by-turn" select="count($partners) = count($turns) and exists($turns)
        and pl:among($partners, $right)"/>
    <xsl:variable name="by-page" select="not($by-turn) and exists($pages) and deep-equal($pages ! string(@n), $page-partners ! string(@n))"/>
    <xsl:variable name="aligned" as="map(*)*">
      <xsl:choose>
        <xsl:when test="$by-turn or $by-page">
          <xsl:variable name="left-runs" select="pl:runs($left, if ($by-turn) then $turns else $pages)"/>
          <xsl:variable name="right-runs" select="pl:runs($right, if ($by-turn) then $partners else $page-partners)"/>
          <xsl:if test="count($left-runs) = count($right-runs)">
            <xsl:sequence select="for $i in 1 to count($left-runs) return map{'left': $left-runs[$i], 'right': $right-runs[$i]}"/>
          </xsl:if>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="rows" select="if (exists($aligned)) then $aligned else map{'left': [$left], 'right': [$right]}"/>
    <!-- An original the archive gives as the text layer of its scan says so: its errors are the OCR's. -->
    <xsl:if test="contains(string(pl:header($original)/tei:encodingDesc/tei:editorialDecl/tei:correction), 'OCR')">
      <p class="ocr-notice" role="note">The original ({pl:language($original/@xml:lang)}) is the uncorrected OCR of the archive’s
        scan: misread letters and words are kept as the recognition gave them; the translation is the archive’s.</p>
    </xsl:if>
    <div class="parallel" data-aligned="{if (count($rows) gt 1) then (if ($by-turn) then 'turns' else 'pages') else 'none'}">
      <div class="row row-head">
        <h3 class="col col-original" lang="en">{pl:text-heading($original)}</h3>
        <h3 class="col col-translation" lang="en">{pl:text-heading($translation)}</h3>
      </div>
      <xsl:for-each select="$rows">
        <div class="row">
          <div class="col col-original">
            <xsl:apply-templates select="$original/@xml:lang" mode="body"/>
            <xsl:apply-templates select="?left?*" mode="body">
              <xsl:with-param name="level" select="4" tunnel="yes"/>
              <xsl:with-param name="pl:flows" select="$containers" tunnel="yes"/>
            </xsl:apply-templates>
          </div>
          <div class="col col-translation">
            <xsl:apply-templates select="$translation/@xml:lang" mode="body"/>
            <xsl:apply-templates select="?right?*" mode="body">
              <xsl:with-param name="level" select="4" tunnel="yes"/>
              <xsl:with-param name="pl:flows" select="$containers" tunnel="yes"/>
            </xsl:apply-templates>
          </div>
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>
</xsl:stylesheet>
