<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "summary": what the edition-wide pages need of a document, as a small XML document made
     where the document is rendered, so that those pages never need the documents themselves. The
     format is defined here and read by the home page (html-index.xsl), the person index
     (html-persons.xsl) and a dossier's page (the xi:include templates of html-body.xsl and text.xsl):

     <summary root="TEI" xml:id="wda1">        the root element's name (teiCorpus: a dossier) and id
       <title>…</title>                        pl:title
       <date iso="1956-09-18">18 September 1956</date>     only when dated
       <genre>…</genre> <language>…</language> the kind of document, its original language
       <translator>…</translator>*             who translated it
       <repository n="full name">…</repository>* <collection>…</collection>* <folios>…</folios>*
       <number>DOCUMENT No. 1</number>         a dossier member's printed heading
       <member href="x.xml"/> <member>title</member>   a dossier's members, included or inline
       <person ref="id">                       everyone who speaks or is named, by personography id:
         <turns label="speaker" original="yes">3#anchor 7#anchor</turns>     runs of turns
         <mentions label="name" where="turn" original="yes">3#anchor 5#anchor</mentions>   of names
       </person>
     </summary>

     Turns and names are in document order, in runs of the same label (the speaker's, or the name
     as written), kind of place (where) and text (original="yes": the original of a text given with its translation). A
     turn is its number and the id of the element its link goes to ('' when there is none); a
     name, the number of the turn, paragraph or note it is in (where says which; empty for a block
     named in words: where="heading") and that id. An id that starts with the
     document's id and a hyphen is given from the hyphen on ('-sp3' for 'wda1-sp3'; no id starts
     with a hyphen). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="summary" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- The turns and the names in the text that point to persons, in document order. -->
  <xsl:key name="pl:pointing" match="tei:sp[@who] | tei:text//tei:persName[@ref]" use="'all'"/>

  <xsl:template match="/" mode="summary">
    <xsl:apply-templates select="*" mode="summary"/>
  </xsl:template>

  <xsl:template match="/*" mode="summary">
    <xsl:variable name="header" select="pl:header(.)"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="id" select="$source/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="root" select="root(.)"/>
    <summary root="{local-name()}">
      <xsl:copy-of select="@xml:id"/>
      <title>{pl:title(.)}</title>
      <xsl:if test="pl:iso-date(.)">
        <date iso="{pl:iso-date(.)}">{pl:display-date(.)}</date>
      </xsl:if>
      <genre>{pl:genre(.)}</genre>
      <language>{pl:original-language-words(.)}</language>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp[matches(., '^Translated', 'i')]]/(tei:persName | tei:orgName | tei:name)">
        <translator>{normalize-space(.)}</translator>
      </xsl:for-each>
      <xsl:for-each select="$id/tei:repository">
        <repository>
          <xsl:copy-of select="@n"/>
          <xsl:value-of select="normalize-space(.)"/>
        </repository>
      </xsl:for-each>
      <xsl:for-each select="$id/tei:collection">
        <collection>{normalize-space(.)}</collection>
      </xsl:for-each>
      <xsl:for-each select="$id/tei:idno[@type = 'folios']">
        <folios>{normalize-space(.)}</folios>
      </xsl:for-each>
      <xsl:for-each select="normalize-space(self::tei:TEI/tei:text/tei:front/tei:head[@type = 'document'])[.]">
        <number>{.}</number>
      </xsl:for-each>
      <xsl:for-each select="self::tei:teiCorpus/(xi:include | tei:TEI | tei:teiCorpus)">
        <member>
          <xsl:sequence select="if (self::xi:include) then @href else pl:title(.)"/>
        </member>
      </xsl:for-each>
      <!-- Everyone a turn or a name in the text points to, in the order first pointed to: one pass over
           the turns and names, grouped by the persons they point to (a turn may point to several). -->
      <xsl:for-each-group select="key('pl:pointing', 'all', $root)"
          group-by="(tokenize(if (self::tei:sp) then @who else @ref) ! pl:person-key-in(., $root))[.]">
        <person ref="{current-grouping-key()}">
          <xsl:for-each-group select="current-group()[self::tei:sp]" group-adjacent="normalize-space(tei:speaker) || '|' || pl:original(.)">
            <turns label="{normalize-space(tei:speaker)}">
              <xsl:if test="pl:original(.)"><xsl:attribute name="original" select="'yes'"/></xsl:if>
              <xsl:value-of select="current-group() ! (accumulator-before('pl:turn') || '#' || pl:anchor(., $root/*/@xml:id))"/>
            </turns>
          </xsl:for-each-group>
          <xsl:for-each-group select="current-group()[self::tei:persName]"
              group-adjacent="normalize-space(.) || '|' || pl:original(.) || '|' || pl:named-in(.)[1]">
            <mentions label="{normalize-space(.)}" where="{pl:named-in(.)[1]}">
              <xsl:if test="pl:original(.)"><xsl:attribute name="original" select="'yes'"/></xsl:if>
              <xsl:value-of select="current-group() ! (pl:named-in(.)[2] || '#' || pl:anchor(., $root/*/@xml:id))"/>
            </mentions>
          </xsl:for-each-group>
        </person>
      </xsl:for-each-group>
      <xsl:if test="pl:foreign(.)"><xsl:call-template name="pl:local-persons-summary"><xsl:with-param name="root" select="$root"/></xsl:call-template></xsl:if>
    </summary>
  </xsl:template>

  <!-- Where a name is, as a word and a number: (turn, 3), (¶, 7), (note, 2), or the block in words
       and no number (a note label that is no token is part of the word). Cached: the summary asks
       three times for each name. -->
  <xsl:function name="pl:named-in" as="xs:string+" cache="yes">
    <xsl:param name="name" as="element(tei:persName)"/>
    <xsl:variable name="sp" select="$name/ancestor::tei:sp[1]"/>
    <xsl:variable name="note" select="$name/ancestor::tei:note[1]"/>
    <xsl:variable name="paragraph" select="$name/ancestor::*[self::tei:p or self::tei:ab][1]"/>
    <xsl:sequence select="
        if ($note) then pl:note-label($note) ! (if (matches(., '^[^\s#]+$')) then ('note', .) else ('note ' || ., ''))
        else if ($sp) then ('turn', string($sp/accumulator-before('pl:turn')))
        else if ($paragraph) then ('¶', string($paragraph/accumulator-before('pl:para')))
        else (pl:place-name($name/ancestor::*[@xml:id][1]), '')"/>
  </xsl:function>

  <!-- Whether a node is in the original of a text given with its translation. -->
  <xsl:function name="pl:original" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::tei:text[@type = 'original'][../tei:text[@type = 'translation']])"/>
  </xsl:function>

  <!-- The id of the nearest element around a node (itself included) that has one, its link's anchor
       (not a name's part: the ids of a split name chain its parts, no page shows them); the document's
       own id (the root's, $document) left out of the usual '{$document}-…'. -->
  <xsl:function name="pl:anchor" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="document" as="xs:string?"/>
    <xsl:variable name="id" select="string($node/ancestor-or-self::*[@xml:id][not(self::tei:persName)][1]/@xml:id)"/>
    <xsl:sequence select="if ($document and starts-with($id, $document || '-')) then substring($id, string-length($document) + 1) else $id"/>
  </xsl:function>

</xsl:stylesheet>
