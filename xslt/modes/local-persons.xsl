<?xml version="1.0" encoding="UTF-8"?>
<!-- Persons a document from another edition declares itself (particDesc, pointed to by who="#id" or
     ref="#id"), in the person index beside the personography's: the summary lists them
     (<local-person id="anna" name="Anna"> with turns and mentions in the format of <person>, see
     summary.xsl), and the person index gives each a section after the personography's persons, with
     a link to each turn and each place they are named. Included by the HTML writer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:h="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- A document's turns and the names in its text, by the pointers to its own persons (#id). -->
  <xsl:key name="pl:local-turns" match="tei:sp[@who]" use="tokenize(@who)[starts-with(., '#')]"/>
  <xsl:key name="pl:local-mentions" match="tei:text//tei:persName[@ref]" use="tokenize(@ref)[starts-with(., '#')]"/>

  <!-- In a foreign document's summary: each of its own persons that a turn or a name points to. -->
  <xsl:template name="pl:local-persons-summary">
    <xsl:param name="root" as="document-node()"/>
    <xsl:for-each select="$root/*/tei:teiHeader/tei:profileDesc/tei:particDesc/descendant::tei:person[@xml:id]">
      <xsl:variable name="pointer" select="'#' || @xml:id"/>
      <xsl:variable name="turns" select="key('pl:local-turns', $pointer, $root)"/>
      <xsl:variable name="mentions" select="key('pl:local-mentions', $pointer, $root)"/>
      <xsl:if test="$turns or $mentions">
        <pl:local-person id="{@xml:id}" name="{normalize-space((tei:persName, tei:name, .)[1])}">
          <xsl:for-each-group select="$turns" group-adjacent="normalize-space(tei:speaker) || '|' || pl:original(.)">
            <pl:turns label="{normalize-space(tei:speaker)}">
              <xsl:if test="pl:original(.)"><xsl:attribute name="original" select="'yes'"/></xsl:if>
              <xsl:value-of select="current-group() ! (accumulator-before('pl:turn') || '#' || pl:anchor(., $root/*/@xml:id))"/>
            </pl:turns>
          </xsl:for-each-group>
          <xsl:for-each-group select="$mentions" group-adjacent="normalize-space(.) || '|' || pl:original(.) || '|' || pl:named-in(.)[1]">
            <pl:mentions label="{normalize-space(.)}" where="{pl:named-in(.)[1]}">
              <xsl:if test="pl:original(.)"><xsl:attribute name="original" select="'yes'"/></xsl:if>
              <xsl:value-of select="current-group() ! (pl:named-in(.)[2] || '#' || pl:anchor(., $root/*/@xml:id))"/>
            </pl:mentions>
          </xsl:for-each-group>
        </pl:local-person>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- In the person index: the persons of documents from other editions, document by document. -->
  <xsl:template name="pl:local-persons">
    <xsl:param name="summaries" as="element(pl:summary)*"/>
    <xsl:variable name="local" select="$summaries/pl:local-person"/>
    <xsl:if test="$local">
      <h:section class="local-persons" aria-labelledby="pl-local-persons">
        <h:h2 id="pl-local-persons">Persons of documents from other editions</h:h2>
        <h:p class="lede">Persons a document imported from another edition describes itself (its participants),
          with a link to each turn they speak and each place they are named there.</h:p>
        <xsl:for-each select="$local">
          <xsl:variable name="stem" select="pl:summary-stem(..)"/>
          <xsl:variable name="page" select="encode-for-uri($stem) || '.html'"/>
          <h:section class="person" id="{$stem}.{@id}" aria-labelledby="{$stem}.{@id}-name">
            <h:h3 id="{$stem}.{@id}-name">{@name}</h:h3>
            <h:ul class="occurrences">
              <h:li>
                <h:a href="{$page}#{@id}">{../pl:title}</h:a>
                <xsl:if test="pl:turns">
                  <xsl:variable name="count" select="sum(pl:turns ! count(tokenize(.)))"/>
                  <h:span class="turns"> — {$count} {if ($count = 1) then 'turn' else 'turns'}:
                  <xsl:apply-templates select="pl:turns" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></h:span>
                </xsl:if>
                <xsl:if test="pl:mentions">
                  <xsl:variable name="count" select="pl:mention-count(pl:mentions)"/>
                  <h:span class="mentions"> — named {$count} {if ($count = 1) then 'time' else 'times'}:
                  <xsl:apply-templates select="pl:mentions" mode="persons"><xsl:with-param name="page" select="$page"/></xsl:apply-templates></h:span>
                </xsl:if>
              </h:li>
            </h:ul>
          </h:section>
        </xsl:for-each>
      </h:section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
