<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "text": the plain-text edition of a document. The text becomes blocks (pl:block: a paragraph,
     its first-line and hanging indents), each wrapped at pl:width and set off by a blank line:
     the header block, the legend of signs, the text (an original, then its translation), the notes,
     the textual notes (what the reading text leaves out) and the export debris. Elements this mode
     does not know are blocks of their text when they hold text, else containers of blocks. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="text" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>
  <xsl:mode use-accumulators="#all"/>

  <xsl:template match="/*">
    <xsl:variable name="blocks" as="element(pl:block)*">
      <xsl:call-template name="pl:text-header"/>
      <pl:block rule="yes"/>
      <xsl:apply-templates select="pl:content(.)" mode="text"/>
      <xsl:call-template name="pl:text-notes">
        <xsl:with-param name="root" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="string-join($blocks[@rule or normalize-space()] ! ((if (@tight) then '&#10;' else '&#10;&#10;') || pl:layout(.))) => substring(3) || '&#10;'"/>
  </xsl:template>

  <!-- A block as lines: wrapped with its indents, or a rule across the width. Characters that would
       act unseen are markers before wrapping, so that a line is measured as it will be read. -->
  <xsl:function name="pl:layout" as="xs:string">
    <xsl:param name="block" as="element(pl:block)"/>
    <xsl:sequence select="if ($block/@rule) then string-join((1 to $pl:width) ! '-')
        else pl:wrap(pl:marked(string($block)), pl:marked(string($block/@first)), pl:marked(string($block/@indent)))"/>
  </xsl:function>

  <!-- A block of the reading text of some nodes, marks included. -->
  <xsl:function name="pl:block" as="element(pl:block)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <pl:block first="{$first}" indent="{$indent}">{pl:plain($nodes, 'text', true())}</pl:block>
  </xsl:function>

  <!-- The header block: title, date, citation, translators, archive, source; then the legend. -->
  <xsl:template name="pl:text-header" as="element(pl:block)*">
    <xsl:context-item as="element()" use="required"/>
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <pl:block first="" indent="">{upper-case(pl:title(.))}</pl:block>
    <xsl:variable name="fields" as="element(pl:block)*">
      <xsl:sequence select="pl:field('Date', pl:display-date(.))"/>
      <xsl:sequence select="pl:field('Kind', pl:genre(.))"/>
      <xsl:sequence select="pl:field('Citation', pl:plain($source/tei:bibl[@type = 'citation'], 'text', false()))"/>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt[not(tei:name[normalize-space() = 'plenum'])]">
        <xsl:sequence select="pl:field(string-join(tei:resp ! normalize-space(), ', '), string-join((tei:persName | tei:orgName | tei:name) ! normalize-space(), ', '))"/>
      </xsl:for-each>
      <xsl:sequence select="pl:field('Original language', normalize-space($source/tei:msDesc/tei:msContents/tei:textLang[1]))"/>
      <xsl:sequence select="pl:field('Archive', pl:archive($source/tei:msDesc[1]/tei:msIdentifier))"/>
      <xsl:sequence select="pl:field('Source', string-join(($source/tei:bibl[@type = 'record']/tei:distributor, $source/tei:bibl[@type = 'record']/tei:idno[@type = 'URL']) ! normalize-space(), ', '))"/>
      <xsl:for-each select="$header/tei:fileDesc/tei:notesStmt/tei:note[@type = 'field']">
        <xsl:sequence select="pl:field(normalize-space(@n), pl:field-value(.))"/>
      </xsl:for-each>
      <xsl:sequence select="pl:field('Journal', pl:plain($source/tei:biblStruct/tei:monogr, 'text', false()))"/>
      <xsl:sequence select="pl:field('Rights', pl:plain($header/tei:fileDesc/tei:publicationStmt/tei:availability, 'text', false()))"/>
      <xsl:sequence select="pl:field('Summary', pl:plain($header/tei:profileDesc/tei:abstract, 'text', false()))"/>
      <xsl:for-each select="$header/tei:profileDesc/tei:handNotes/tei:handNote">
        <xsl:sequence select="pl:field('Hand', pl:plain(., 'text', false()))"/>
      </xsl:for-each>
      <xsl:sequence select="pl:field('Speakers', pl:speakers(.))"/>
      <xsl:sequence select="pl:field('TEI file', pl:stem(.) || '.xml')"/>
    </xsl:variable>
    <xsl:sequence select="$fields[1] ! pl:loosen(.), tail($fields)"/>
    <pl:block first="" indent="">EDITORIAL SIGNS (the plain text gives the reading text)</pl:block>
    <xsl:for-each select="$pl:conventions[pl:text]">
      <pl:block first="  " indent="      " tight="yes">{upper-case(substring(@name, 1, 1)) || substring(@name, 2)}: {pl:text}.</pl:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A "Label: value" line of the header, with a hanging indent; none when the value is empty. -->
  <xsl:function name="pl:field" as="element(pl:block)?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:if test="normalize-space($value)">
      <pl:block first="{$label}: " indent="{$pl:hang}" tight="yes">{$value}</pl:block>
    </xsl:if>
  </xsl:function>

  <!-- The speakers' labels as the source writes them (the turns give them in capitals), each with
       the person it names when the personography knows them. -->
  <xsl:function name="pl:speakers" as="xs:string">
    <xsl:param name="root" as="element()"/>
    <xsl:variable name="labels" as="xs:string*">
      <xsl:for-each-group select="key('pl:speakers', 'all', root($root))" group-by="pl:plain(., 'text', false())">
        <xsl:variable name="person" select="pl:person(tokenize(../@who)[1], ..)"/>
        <xsl:sequence select="current-grouping-key() || ($person ! (' (' || pl:person-name(.) || ')'))"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($labels, '; ')"/>
  </xsl:function>

  <!-- A block that starts a new paragraph. -->
  <xsl:function name="pl:loosen" as="element(pl:block)">
    <xsl:param name="block" as="element(pl:block)"/>
    <pl:block>{$block/(@* except @tight), string($block)}</pl:block>
  </xsl:function>

  <!-- An archival reference: repository (full name), place, fond, opis, delo, folios, the file's number as
       cited (its shelfmark); then each further archive the citation names, its file in one shelfmark, after a
       semicolon. -->
  <xsl:function name="pl:archive" as="xs:string">
    <xsl:param name="id" as="element()?"/>
    <xsl:sequence select="string-join((string-join((
        $id/tei:repository ! (normalize-space(.) || (if (@n) then ' (' || @n || ')' else '')),
        $id/tei:settlement ! normalize-space(), $id/tei:collection ! normalize-space(),
        $id/tei:idno[@type = 'folios'] ! ('folios ' || normalize-space()),
        $id ! pl:shelfmarks(.)), ', '), $id/tei:altIdentifier ! pl:archive(.)), '; ')"/>
  </xsl:function>

  <!-- Texts: an original and its translation one after the other, each under its heading. -->
  <xsl:template match="tei:text | tei:group" mode="text">
    <xsl:if test="@type and parent::tei:group">
      <pl:block first="" indent="">{upper-case(@type || (if (@xml:lang) then ' (' || pl:language(@xml:lang) || ')' else ''))}</pl:block>
    </xsl:if>
    <xsl:sequence select="pl:text-blocks(*)"/>
  </xsl:template>

  <!-- Containers: their children are blocks. -->
  <xsl:template match="tei:front | tei:body | tei:back | tei:div | tei:opener | tei:postscript
      | tei:listPerson | tei:lg | tei:docTitle" mode="text">
    <xsl:sequence select="pl:text-blocks(*)"/>
  </xsl:template>

  <!-- The lines of a closer, of a signature, of an address (an lb between them): a line each, the
       first set off as a block is. A line that is a signed, dateline or salute is that element's lines. -->
  <xsl:template match="tei:closer | tei:signed[tei:lb] | tei:salute[tei:lb]" mode="text" priority="1">
    <xsl:for-each-group select="node()" group-starting-with="tei:lb[not(@break = 'no')]">
      <xsl:variable name="line" select="current-group() except self::tei:lb[not(@break = 'no')]"/>
      <xsl:variable name="part" select="$line[self::tei:signed | self::tei:dateline | self::tei:salute]"/>
      <xsl:variable name="blocks" as="element(pl:block)*">
        <xsl:choose>
          <xsl:when test="count($part) = 1 and empty(($line except $part)[normalize-space()])">
            <xsl:apply-templates select="$part" mode="text"/>
          </xsl:when>
          <xsl:when test="$line[normalize-space() or self::*]">
            <xsl:sequence select="pl:block($line, '', '')"/>
          </xsl:when>
        </xsl:choose>
      </xsl:variable>
      <xsl:sequence select="if (position() = 1) then $blocks else $blocks ! pl:tighten(.)"/>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A block set on the line after the one before it, not after a blank line. -->
  <xsl:function name="pl:tighten" as="element(pl:block)">
    <xsl:param name="block" as="element(pl:block)"/>
    <pl:block tight="yes">{$block/(@* except @tight), string($block)}</pl:block>
  </xsl:function>

  <!-- Out of the running text: debris and notes come after it (pl:text-notes). -->
  <xsl:template match="tei:div[@type = ('debris', 'notes')] | tei:back/tei:div[tei:note and not(* except (tei:note, tei:head))]" mode="text"/>

  <xsl:template match="tei:div[@type = 'unplaced']" mode="text">
    <pl:block first="" indent="">FRAGMENTS THAT COULD NOT BE PLACED</pl:block>
    <xsl:sequence select="pl:text-blocks(*)"/>
  </xsl:template>

  <!-- A turn: the speaker in capitals, its first paragraph after it, the rest of the turn indented. -->
  <xsl:template match="tei:sp" mode="text">
    <xsl:variable name="label" select="upper-case(pl:plain(tei:speaker, 'text', false()))"/>
    <xsl:variable name="said" select="* except (tei:speaker, tei:stage[@type = 'delivery'])"/>
    <xsl:variable name="opening" select="tei:stage[@type = 'delivery'], $said[1][self::tei:p | self::tei:ab | self::tei:l]"/>
    <pl:block first="{if ($label) then $label || ' ' else ''}" indent="{$pl:hang}">{pl:plain($opening, 'text', true())}</pl:block>
    <xsl:for-each select="pl:text-blocks($said except $opening)">
      <pl:block first="{$pl:hang}{@first}" indent="{$pl:hang}{@indent}"><xsl:sequence select="@tight"/>{.}</pl:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A block quotation: its paragraphs, each set in by the hanging indent. -->
  <xsl:template match="tei:quote[tei:p]" mode="text">
    <xsl:for-each select="pl:text-blocks(*)">
      <pl:block first="{$pl:hang}{@first}" indent="{$pl:hang}{@indent}">{.}</pl:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A table: a line a row (no blank line between them), its cells parted by a vertical bar. -->
  <xsl:template match="tei:table" mode="text">
    <xsl:for-each select="tei:row">
      <pl:block first="" indent="{$pl:hang}">
        <xsl:if test="position() gt 1"><xsl:attribute name="tight" select="'yes'"/></xsl:if>
        <xsl:text>{string-join(tei:cell ! pl:plain(., 'text', true()), ' | ')}</xsl:text>
      </pl:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A list: its head, then each label with its item on a hanging line. -->
  <xsl:template match="tei:list" mode="text">
    <xsl:apply-templates select="tei:head" mode="text"/>
    <xsl:for-each select="* except tei:head">
      <xsl:choose>
        <xsl:when test="self::tei:label">
          <xsl:sequence select="pl:block((., following-sibling::*[1][self::tei:item]), '', $pl:hang)"/>
        </xsl:when>
        <xsl:when test="self::tei:item[preceding-sibling::*[1][self::tei:label]]"/>
        <xsl:otherwise><xsl:apply-templates select="." mode="text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- An item on a hanging line; the items of a list inside it below it, set in a step further. -->
  <xsl:template match="tei:item" mode="text">
    <xsl:param name="depth" as="xs:integer" select="0"/>
    <xsl:variable name="step" select="string-join((1 to $depth) ! '  ')"/>
    <xsl:sequence select="pl:block(node() except tei:list, $step || '  - ', $step || $pl:hang)"/>
    <xsl:apply-templates select="tei:list/tei:item" mode="text">
      <xsl:with-param name="depth" select="$depth + 1"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A stage direction on its own: in parentheses. -->
  <xsl:template match="tei:stage" mode="text">
    <xsl:sequence select="pl:block(., '', '')"/>
  </xsl:template>

  <!-- What the translator left out above the title, between the headings: marked as in a paragraph. -->
  <xsl:template match="tei:gap" mode="text">
    <xsl:sequence select="pl:block(., '', '')"/>
  </xsl:template>

  <xsl:template match="tei:note[pl:in-place(.)]" mode="text">
    <xsl:sequence select="pl:block(node(), '', '')"/>
  </xsl:template>

  <!-- A docket's list of copies in its note at the top: the list's lines. -->
  <xsl:template match="tei:note[pl:in-place(.)][tei:list]" mode="text" priority="1">
    <xsl:sequence select="pl:text-blocks(*)"/>
  </xsl:template>

  <!-- A marker of an endnote whose note is elsewhere, or a note standing between blocks. -->
  <xsl:template match="tei:note[not(@place = 'inline') and not(pl:in-place(.))]" mode="text">
    <xsl:sequence select="pl:block(., '', '')"/>
  </xsl:template>

  <!-- A member of a corpus, included or inline. -->
  <xsl:template match="xi:include" mode="text">
    <xsl:variable name="member" select="$pl:by-stem(replace(@href, '\.xml$', ''))"/>
    <pl:block first="" indent="{$pl:hang}">{if ($member) then $member/pl:title || ' (' || @href || ')' else 'Included file: ' || @href}</pl:block>
  </xsl:template>

  <xsl:template match="tei:TEI | tei:teiCorpus" mode="text">
    <pl:block first="" indent="">{upper-case(pl:title(.))}</pl:block>
    <xsl:sequence select="pl:text-blocks(pl:content(.))"/>
  </xsl:template>

  <!-- Anything else: a block of its text when it holds text, else a container of blocks. -->
  <xsl:template match="*" mode="text">
    <xsl:choose>
      <xsl:when test="pl:has-text(.) or not(*)">
        <xsl:sequence select="pl:block(., '', '')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="pl:text-blocks(*)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Children as blocks; a run of page breaks and page furniture is one line of marks. -->
  <xsl:function name="pl:text-blocks" as="element(pl:block)*">
    <xsl:param name="children" as="element()*"/>
    <xsl:for-each-group select="$children" group-adjacent="pl:is-mark(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:sequence select="pl:block(current-group(), '', '')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()" mode="text"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:function name="pl:is-mark" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::tei:pb or self::tei:cb or self::tei:milestone or self::tei:fw[not(@type = 'classification')]])"/>
  </xsl:function>
</xsl:stylesheet>
