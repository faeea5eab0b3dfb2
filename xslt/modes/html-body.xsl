<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "body": the TEI text as HTML, both views in one tree. What only one view shows carries the
     class rdg (reading) or dpl (diplomatic), and the style sheet hides the other view's part
     (display: none, so neither copied nor read aloud); deletions and additions are real del and ins.
     Each editorial sign takes its brackets and explanation from the conventions table; the
     explanation is its title: shown on hover, and read by screen readers from a hidden ::after
     of the style sheet (so it is never copied with the text).
     Elements this mode does not know keep their text: blocks where text flows, spans inside it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="body" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- Whether an element stands where blocks flow (no ancestor holds text of its own). $flows are
       elements known to stand in flow and to hold no text (tunnel parameter pl:flows, which the
       containers text, group, front, body, back, div and sp pass to their children). The element's
       ancestors are looked at nearest first, up to the first that holds text (not in flow) or is one
       of $flows (in flow): for a child of a container, its parent; inside text, the paragraph.
       (An accumulator counting the enclosing elements with text did this for every element of the
       document, twice: a fifth of a page's rendering.) -->
  <xsl:function name="pl:in-flow" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="flows" as="element()*"/>
    <xsl:variable name="stop" select="$element/ancestor::*[(some $flow in $flows satisfies $flow is .) or pl:has-text(.)][1]"/>
    <xsl:sequence select="empty($stop) or (some $flow in $flows satisfies $flow is $stop)"/>
  </xsl:function>

  <!-- An element's children's pl:flows: the element itself when it stands in flow and holds no text. -->
  <xsl:function name="pl:flows" as="element()?">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="flows" as="element()*"/>
    <xsl:sequence select="$element[not(pl:has-text(.)) and pl:in-flow(., $flows)]"/>
  </xsl:function>

  <!-- The HTML element for a TEI block: the one given where blocks flow, a span inside text. -->
  <xsl:function name="pl:tag" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="block" as="xs:string"/>
    <xsl:param name="flows" as="element()*"/>
    <xsl:sequence select="if (pl:in-flow($element, $flows)) then $block else 'span'"/>
  </xsl:function>

  <!-- A sign of the conventions table in one view: shown only in that view, never copied. -->
  <xsl:function name="pl:mark" as="element()?">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:if test="$text">
      <span class="sign{if ($view = 'reading') then ' rdg' else if ($view = 'diplomatic') then ' dpl' else ''}" data-pagefind-ignore="">{$text}</span>
    </xsl:if>
  </xsl:function>

  <!-- A space before a block rendered inside text, where stripped layout separated it from the
       element before (so that words do not run together). -->
  <xsl:template name="pl:space">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:if test="pl:separated(.) and not(pl:in-flow(., $pl:flows))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- Identifiers and languages carry over: every turn, paragraph and note keeps its permalink. -->
  <xsl:template match="@xml:id" mode="body">
    <xsl:attribute name="id" select="."/>
  </xsl:template>
  <xsl:template match="@xml:lang" mode="body">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

  <xsl:template match="text()" mode="body">
    <xsl:choose>
      <xsl:when test="preceding-sibling::node()[1][self::tei:lb[@break = 'no']] and matches(., '^\s')">
        <span class="dpl" data-pagefind-ignore="">{replace(., '^(\s+).*$', '$1', 's')}</span>
        <xsl:value-of select="replace(., '^\s+', '')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Structure ............................................................................. -->

  <xsl:template match="tei:text" mode="body">
    <xsl:param name="level" as="xs:integer" select="3" tunnel="yes"/>
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:choose>
      <xsl:when test="parent::tei:group">
        <section class="text-part text-{(@type, 'part')[1]}">
          <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
          <xsl:element name="h{min(($level, 6))}">{pl:text-heading(.)}</xsl:element>
          <xsl:apply-templates select="*" mode="body">
            <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
            <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
          </xsl:apply-templates>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <div class="tei-text">
          <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
          <xsl:apply-templates select="*" mode="body">
            <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
          </xsl:apply-templates>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="pl:text-heading" as="xs:string">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="string-join(((($text/@type ! (upper-case(substring(., 1, 1)) || substring(., 2))), 'Text')[1],
        $text/@xml:lang ! ('(' || pl:language(.) || ')')), ' ')"/>
  </xsl:function>

  <xsl:template match="tei:group" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <div class="group">
      <xsl:apply-templates select="*" mode="body">
        <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates select="*" mode="body">
        <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!-- Debris and notes are rendered apart (mode notes). -->
  <xsl:template match="tei:div[@type = ('debris', 'notes')]" mode="body"/>

  <xsl:template match="tei:div" mode="body">
    <xsl:param name="level" as="xs:integer" select="3" tunnel="yes"/>
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <section class="div div-{(@type, 'plain')[1] ! replace(., '[^\w-]', '')}">
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:if test="@type = 'unplaced'">
        <xsl:element name="h{min(($level, 6))}">Fragments that could not be placed</xsl:element>
      </xsl:if>
      <xsl:apply-templates select="*" mode="body">
        <xsl:with-param name="level" select="if (tei:head) then $level + 1 else $level" tunnel="yes"/>
        <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="tei:head" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:param name="level" as="xs:integer" select="3" tunnel="yes"/>
    <xsl:variable name="rank" select="min((if (parent::tei:div) then $level - 1 else $level, 6))"/>
    <xsl:element name="{if (pl:in-flow(., $pl:flows) and not(parent::tei:list)) then 'h' || $rank else pl:tag(., 'p', $pl:flows)}">
      <xsl:attribute name="class" select="'head'"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:front/tei:head[@type = 'document']" mode="body">
    <p class="doc-number">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="body">
    <xsl:param name="level" as="xs:integer" select="3" tunnel="yes"/>
    <xsl:element name="h{min(($level, 6))}">
      <xsl:attribute name="class" select="'doc-title'"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="body">
    <span class="title-part">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <!-- Paragraphs; a paragraph the text layer broke off carries its @part as a class. -->
  <xsl:template match="tei:p | tei:ab | tei:salute | tei:dateline | tei:signed | tei:closer[pl:has-text(.)]
      | tei:byline | tei:trailer | tei:docAuthor | tei:docDate | tei:l" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'p', $pl:flows)}">
      <!-- A paragraph deleted whole is the diplomatic view's only: the reading view leaves no gap for it. -->
      <xsl:variable name="deleted" select="exists(descendant::text()[normalize-space()])
          and empty(descendant::text()[normalize-space()][not(ancestor::tei:del or ancestor::tei:surplus)])"/>
      <xsl:attribute name="class" select="string-join((local-name(), @type ! ('type-' || replace(., '[^\w-]', '')), @part ! ('part-' || .), 'dpl'[$deleted]), ' ')"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:if test="@part">
        <xsl:attribute name="title" select="if (@part = 'I') then 'The text layer breaks this paragraph off here.'
            else if (@part = 'F') then 'The end of a paragraph the text layer broke off.' else 'A piece of a paragraph the text layer broke off.'"/>
      </xsl:if>
      <xsl:if test="@xml:id and (self::tei:p or self::tei:ab) and empty(ancestor::tei:sp) and pl:in-flow(., $pl:flows)">
        <xsl:variable name="number" select="accumulator-before('pl:para')"/>
        <a class="permalink para-number" data-pagefind-ignore="" href="#{@xml:id}" aria-label="Paragraph {$number}: link to this paragraph">¶&#160;{$number}</a>
      </xsl:if>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:lg | tei:listPerson | tei:castList | tei:set" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'div', $pl:flows)}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <!-- A list of labelled items (participants: Soviet side, Chinese side) is a description list. -->
  <xsl:template match="tei:list[tei:label]" mode="body">
    <div class="list list-{(@type, 'plain')[1] ! replace(., '[^\w-]', '')}">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates select="tei:head" mode="body"/>
      <dl>
        <xsl:for-each select="tei:label | tei:item">
          <xsl:element name="{if (self::tei:label) then 'dt' else 'dd'}">
            <xsl:apply-templates select="@xml:id" mode="body"/>
            <xsl:apply-templates mode="body"/>
          </xsl:element>
        </xsl:for-each>
      </dl>
      <xsl:apply-templates select="* except (tei:head, tei:label, tei:item)" mode="body"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:list" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'div', $pl:flows)}">
      <xsl:attribute name="class" select="'list'"/>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates select="tei:head" mode="body"/>
      <xsl:element name="{pl:tag(., 'ul', $pl:flows)}">
        <xsl:apply-templates select="* except tei:head" mode="body"/>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <!-- A list inside an item (a Markdown export's items indented under it): a list in the item, its
       items in flow where the item is. -->
  <xsl:template match="tei:item/tei:list" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:variable name="block" select="pl:in-flow(parent::tei:item, $pl:flows)"/>
    <xsl:element name="{if ($block) then 'ul' else 'span'}">
      <xsl:attribute name="class" select="'list'"/>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates select="tei:item" mode="body">
        <xsl:with-param name="pl:flows" select="(.[$block], $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A table (a Markdown export's pipe table): a row a line, the cells of a label row header cells. -->
  <xsl:template match="tei:table" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'div', $pl:flows)}">
      <xsl:attribute name="class" select="'table'"/>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:element name="{pl:tag(., 'table', $pl:flows)}">
        <xsl:for-each select="tei:row">
          <xsl:element name="{pl:tag(.., 'tr', $pl:flows)}">
            <xsl:apply-templates select="@xml:id" mode="body"/>
            <xsl:for-each select="tei:cell">
              <xsl:element name="{pl:tag(../.., if (../@role = 'label') then 'th' else 'td', $pl:flows)}">
                <xsl:apply-templates select="@xml:id" mode="body"/>
                <xsl:apply-templates mode="body"/>
              </xsl:element>
              <xsl:if test="not(pl:in-flow(../.., $pl:flows))"><xsl:text> </xsl:text></xsl:if>
            </xsl:for-each>
          </xsl:element>
        </xsl:for-each>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <!-- A block quotation (a quote of paragraphs; a quote in a sentence is a phrase): its paragraphs, set in from the text. -->
  <xsl:template match="tei:quote[tei:p]" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'blockquote', $pl:flows)}">
      <xsl:attribute name="class" select="'quote'"/>
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:item" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'li', $pl:flows)}">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <!-- A turn: one unit; the speaker's label (as written, linked to the person index) opens its
       first paragraph; its number in the margin is its permalink; a citation shows when it is
       the target of the address. -->
  <xsl:template match="tei:sp" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:param name="cite" as="array(xs:string)" tunnel="yes"/>
    <xsl:variable name="said" select="* except (tei:speaker, tei:stage[@type = 'delivery'])"/>
    <xsl:variable name="first" select="$said[1][self::tei:p or self::tei:ab or self::tei:l]"/>
    <xsl:variable name="number" select="accumulator-before('pl:turn')"/>
    <xsl:element name="{pl:tag(., 'div', $pl:flows)}">
      <xsl:attribute name="class" select="'sp'"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:if test="@xml:id">
        <a class="permalink" data-pagefind-ignore="" href="#{@xml:id}" aria-label="Turn {$number}: link to this turn">{$number}</a>
      </xsl:if>
      <xsl:element name="{pl:tag(., 'p', $pl:flows)}">
        <xsl:attribute name="class" select="'turn-opening'"/>
        <xsl:apply-templates select="$first/@xml:id" mode="body"/>
        <xsl:apply-templates select="tei:speaker" mode="body"/>
        <xsl:for-each select="tei:stage[@type = 'delivery']">
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="." mode="body"/>
        </xsl:for-each>
        <xsl:if test="$first"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="$first/node()" mode="body"/>
      </xsl:element>
      <xsl:apply-templates select="$said except $first" mode="body">
        <xsl:with-param name="pl:flows" select="pl:flows(., $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:if test="@xml:id">
        <p class="cite-turn" data-pagefind-ignore="">Cite this turn: {pl:cite-turn(., $number, $cite)}</p>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A turn's citation: $document (pl:turn-cite) around its text's type, number and speaker. -->
  <xsl:function name="pl:cite-turn" as="xs:string">
    <xsl:param name="sp" as="element(tei:sp)"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="document" as="array(xs:string)"/>
    <xsl:sequence select="$document(1) || ($sp/ancestor::tei:text[@type][1]/@type ! (', ' || .)) || ', turn ' || $number
        || ($sp/tei:speaker ! (' (' || pl:label-trimmed(pl:plain(., 'reading', false())) || ')')) || $document(2) || $sp/@xml:id"/>
  </xsl:function>

  <!-- How a turn of a document (an inline member of a corpus cites itself) is cited: what comes
       before the turn ('“title”, date') and the link to the page after it. -->
  <xsl:function name="pl:turn-cite" as="array(xs:string)">
    <xsl:param name="document" as="element()"/>
    <xsl:sequence select="[pl:cited($document), '. ' || pl:published-in($document) || '#']"/>
  </xsl:function>

  <xsl:template match="tei:speaker" mode="body">
    <xsl:variable name="sp" select=".."/>
    <xsl:variable name="person" select="pl:person-in(tokenize($sp/@who)[1], root($sp))"/>
    <xsl:variable name="addressee" select="pl:person-in(tokenize($sp/@toWhom)[1], root($sp))"/>
    <xsl:variable name="about" select="string-join((
        if ($person) then pl:person-line($person) else (),
        if ($addressee) then 'speaking to ' || pl:person-name($addressee) else (),
        if ($sp/@cert) then 'attribution: certainty ' || $sp/@cert else ()), '; ')"/>
    <span class="speaker">
      <xsl:if test="$about"><xsl:attribute name="title" select="$about"/></xsl:if>
      <xsl:sequence select="$person ! pl:indexed-name(., current())"/>
      <xsl:choose>
        <xsl:when test="$site and $person">
          <a href="persons.html#{$person/@xml:id}"><xsl:apply-templates mode="body"/></a>
        </xsl:when>
        <xsl:when test="key('pl:id', substring-after(tokenize($sp/@who)[1], '#'), root($sp))/self::tei:person[not(@sameAs)]">
          <a href="{tokenize($sp/@who)[1]}"><xsl:apply-templates mode="body"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="body"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$sp/@cert"><span class="sign" title="attribution uncertain">?</span></xsl:if>
    </span>
  </xsl:template>

  <!-- Stage directions: set apart in italics; within a turn or a paragraph, inline. -->
  <xsl:template match="tei:stage" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:element name="{if (parent::tei:sp or not(pl:in-flow(., $pl:flows))) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'stage stage-' || (@type, 'plain')[1] ! replace(., '[^\w-]', '')"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <!-- Notes: the mark where the note stands (the note itself is in the notes section); a status
       line, a printed source line and a translator's gloss stay where they are. -->
  <xsl:template match="tei:note" mode="body">
    <xsl:variable name="label" select="pl:note-label(.)"/>
    <sup class="noteref"><a href="#{pl:note-id(.)}" id="{pl:noteref-id(.)}" role="doc-noteref"
        aria-label="Note {$label}">{$label}</a></sup>
  </xsl:template>

  <xsl:template match="tei:div[@type = 'notes']/tei:note | tei:back/tei:div/tei:note[@subtype = 'unanchored']" mode="body" priority="1"/>


  <xsl:template match="tei:note[pl:in-place(.)]" mode="body" priority="1">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <!-- a docket's list of copies in its note: the list in flow where the note is -->
    <xsl:variable name="listed" select=".[tei:list and pl:in-flow(., $pl:flows)]"/>
    <xsl:element name="{pl:tag(., if ($listed) then 'div' else 'p', $pl:flows)}">
      <xsl:attribute name="class" select="'note-' || @type"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates mode="body">
        <xsl:with-param name="pl:flows" select="($listed, $pl:flows)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'inline']" mode="body">
    <span class="gloss" title="{pl:explain-key('gloss')}">
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:value-of select="pl:before('gloss', 'reading')"/>
      <xsl:apply-templates mode="body"/>
      <xsl:value-of select="pl:after('gloss', 'reading')"/>
    </span>
    <!-- The translator's words for what they describe (an insertion, a stamp) stand apart from it. -->
    <xsl:if test="not(preceding-sibling::node()) and following-sibling::node()[1][not(self::text()[matches(., '^\s')])]">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:function name="pl:explain-key" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="string(pl:sign($key)/@explain)"/>
  </xsl:function>

  <!-- A printed endnote marker: linked to its note when the text layer kept it, never copied. -->
  <xsl:template match="tei:ref[@type = 'noteref']" mode="body" priority="1">
    <sup class="noteref printed">
      <xsl:choose>
        <xsl:when test="@target and pl:safe-href(@target)">
          <a href="{pl:safe-href(@target)}" aria-label="Note {normalize-space(.)}"><xsl:apply-templates mode="body"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span title="note marker of the printed text; its note is not in the text layer"><xsl:apply-templates mode="body"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </sup>
  </xsl:template>

  <!-- A link: to another document's page, or any safe target; otherwise the text alone. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]" mode="body">
    <xsl:variable name="href" select="pl:page-href(@target)"/>
    <xsl:choose>
      <xsl:when test="$href">
        <a href="{$href}" class="ref">
          <xsl:apply-templates select="@xml:lang" mode="body"/>
          <xsl:apply-templates mode="body"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-ref"><xsl:apply-templates mode="body"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An image of a Markdown export: a link to it, its words in brackets (the page loads nothing from
       elsewhere). -->
  <xsl:template match="tei:graphic" mode="body">
    <xsl:variable name="href" select="pl:page-href(@url)"/>
    <xsl:variable name="words" select="'[image' || (normalize-space(tei:desc) ! (': ' || .)) || ']'"/>
    <xsl:choose>
      <xsl:when test="$href"><a href="{$href}" class="graphic">{$words}</a></xsl:when>
      <xsl:otherwise><span class="graphic">{$words}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name: linked to the person index when it points into the personography (and is not
       inside another link). -->
  <xsl:template match="tei:persName" mode="body">
    <xsl:variable name="person" select="pl:person-in(tokenize(@ref)[1], root(.))"/>
    <xsl:if test="pl:separated(.)"><xsl:text> </xsl:text></xsl:if>
    <xsl:choose>
      <xsl:when test="$site and $person and empty(ancestor::*[self::tei:ref[@target] or self::tei:speaker])">
        <a class="person" href="persons.html#{$person/@xml:id}" title="{pl:person-line($person)}">
          <xsl:sequence select="pl:indexed-name($person, .)"/>
          <xsl:apply-templates select="@xml:lang" mode="body"/>
          <xsl:apply-templates mode="body"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="person{if (@ref) then '' else ' unresolved'}">
          <xsl:if test="$person"><xsl:attribute name="title" select="pl:person-line($person)"/></xsl:if>
          <xsl:sequence select="$person ! pl:indexed-name(., current())"/>
          <xsl:apply-templates select="@xml:lang" mode="body"/>
          <xsl:apply-templates mode="body"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name the search should find by the person's standard name where the page shows another form
       (an OCR form, a surname alone, a speaker's label): the standard name in an attribute Pagefind
       indexes (data-pagefind-index-attrs), so nothing is shown or copied. -->
  <xsl:function name="pl:indexed-name" as="attribute()*">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:param name="shown" as="element()"/>
    <xsl:variable name="name" select="pl:person-name($person)"/>
    <xsl:if test="$site and $name and not(contains(normalize-space($shown), $name))">
      <xsl:attribute name="data-name" select="$name"/>
      <xsl:attribute name="data-pagefind-index-attrs" select="'data-name'"/>
    </xsl:if>
  </xsl:function>

  <!-- Editorial signs ........................................................................ -->

  <xsl:template match="tei:supplied" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <span class="ed supplied" title="{$explain}">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:value-of select="pl:before('supplied', 'reading')"/>
      <xsl:apply-templates mode="body"/>
      <xsl:if test="@cert = 'low'">{pl:sign('supplied')/@doubt}</xsl:if>
      <xsl:value-of select="pl:after('supplied', 'reading')"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic" mode="body">
    <span class="ed sic" title="{pl:explain(.)}">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:apply-templates mode="body"/>
      <span class="sign">{pl:after('sic', 'reading')}</span>
    </span>
  </xsl:template>

  <xsl:template match="tei:choice" mode="body">
    <xsl:variable name="key" select="pl:choice-key(.)"/>
    <xsl:choose>
      <xsl:when test="$key">
        <xsl:variable name="source" select="pl:alternative(., false())"/>
        <!-- A decoded run's printed characters are noise: its explanation does not repeat them. -->
        <xsl:variable name="explain" select="if ($key = 'decoded') then replace(pl:explain(.), ';\s*printed as$', '')
            else pl:explain(.) || ' “' || pl:plain($source, 'diplomatic', false()) || '”'"/>
        <span class="ed choice {$key}" title="{$explain}">
          <xsl:sequence select="pl:tabindex(.)"/>
          <span class="rdg"><xsl:apply-templates select="pl:alternative(., true())/node()" mode="body"/></span>
          <span class="dpl" data-pagefind-ignore=""><xsl:apply-templates select="$source/node()" mode="body"/></span>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="choice">
          <xsl:for-each select="*">
            <xsl:if test="position() gt 1"><span class="sign"> / </span></xsl:if>
            <span class="alternative"><xsl:apply-templates mode="body"/></span>
          </xsl:for-each>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:subst" mode="body">
    <span class="subst"><xsl:apply-templates select="*" mode="body"/></span>
  </xsl:template>

  <!-- An addition: in the reading text as text; in the diplomatic view raised or lowered as placed,
       between the signs of the table, with its hand and place on hover. -->
  <xsl:template match="tei:add" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <xsl:if test="pl:separated(.)"><xsl:text> </xsl:text></xsl:if>
    <ins class="ed add place-{(@place, 'unspecified')[1] ! replace(., '[^\w-]', '')}{if (@hand) then ' hand' else ''}" title="{$explain}">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:sequence select="pl:mark(pl:before('add', 'diplomatic'), 'diplomatic')"/>
      <xsl:apply-templates mode="body"/>
      <xsl:sequence select="pl:mark(pl:after('add', 'diplomatic'), 'diplomatic')"/>
    </ins>
  </xsl:template>

  <xsl:template match="tei:del" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <del class="ed dpl" title="{$explain}" data-pagefind-ignore="">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:apply-templates mode="body"/>
    </del>
    <xsl:if test="following-sibling::node()[1][self::tei:add]"><span class="dpl" data-pagefind-ignore=""> </span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:surplus" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <span class="ed surplus dpl" title="{$explain}" data-pagefind-ignore="">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:value-of select="pl:before('surplus', 'diplomatic')"/>
      <xsl:apply-templates mode="body"/>
      <xsl:value-of select="pl:after('surplus', 'diplomatic')"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <span class="ed gap" title="{$explain}"><xsl:sequence select="pl:tabindex(.)"/>{pl:before(pl:gap-key(.), 'reading')}{(normalize-space(tei:desc)[.], '…')[1]}{pl:after(pl:gap-key(.), 'reading')}</span>
  </xsl:template>

  <xsl:template match="tei:unclear | tei:damage" mode="body">
    <xsl:variable name="explain" select="pl:explain(.)"/>
    <span class="ed unclear" title="{$explain}">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:metamark" mode="body">
    <span class="metamark" title="{pl:explain-key('metamark')}"><xsl:apply-templates mode="body"/></span>
  </xsl:template>

  <!-- A sign the table declares for an element (pl:declared) that no rule above renders: between
       the row's marks in each view, its content shown in the views that show it, its meaning on
       hover. A new phenomenon needs only its row. -->
  <xsl:template match="tei:*[pl:declared(.)]" mode="body" priority="-0.25">
    <xsl:variable name="key" select="local-name()"/>
    <xsl:variable name="views" select="('reading', 'diplomatic')[pl:shown($key, .)]"/>
    <xsl:call-template name="pl:space"/>
    <span class="ed {$key}" title="{pl:explain(.)}">
      <xsl:sequence select="pl:tabindex(.)"/>
      <xsl:sequence select="pl:marks($key, $views, pl:before#2)"/>
      <xsl:choose>
        <xsl:when test="count($views) = 2"><xsl:apply-templates mode="body"/></xsl:when>
        <xsl:when test="exists($views)">
          <span class="{if ($views = 'reading') then 'rdg' else 'dpl'}">
            <xsl:if test="$views = 'diplomatic'"><xsl:attribute name="data-pagefind-ignore"/></xsl:if><xsl:apply-templates mode="body"/></span>
        </xsl:when>
      </xsl:choose>
      <xsl:sequence select="pl:marks($key, $views, pl:after#2)"/>
    </span>
  </xsl:template>

  <!-- A sign takes focus when tapped or clicked (outside the tab order), to show its explanation;
       not inside a link, which takes the tap itself. -->
  <xsl:function name="pl:tabindex" as="attribute()?">
    <xsl:param name="sign" as="element()"/>
    <xsl:if test="empty($sign/ancestor::*[self::tei:persName or self::tei:speaker or self::tei:ref or self::tei:ptr])">
      <xsl:attribute name="tabindex" select="'-1'"/>
    </xsl:if>
  </xsl:function>

  <!-- The marks of a sign (pl:before or pl:after) in the views that show it: one mark when they agree. -->
  <xsl:function name="pl:marks" as="element()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="views" as="xs:string*"/>
    <xsl:param name="side" as="function(xs:string, xs:string) as xs:string"/>
    <xsl:variable name="marks" select="$views ! $side($key, .)"/>
    <xsl:sequence select="if (count($views) = 2 and $marks[1] = $marks[2]) then ($marks[1][.] ! pl:mark(., 'both'))
        else for $i in 1 to count($views) return pl:mark($marks[$i], $views[$i])"/>
  </xsl:function>

  <!-- Line breaks: the diplomatic view breaks the line (and shows a removed hyphen); the reading
       view joins the lines: a space between words, nothing inside a word. -->
  <!-- The lines of a closer, a signature, an address: broken in both views, as the page sets them. -->
  <xsl:template match="tei:lb[not(@break = 'no')][parent::tei:closer | parent::tei:signed | parent::tei:salute]" mode="body">
    <br class="line"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="body">
    <xsl:if test="@break = 'no' and @rend = 'hyphen'"><span class="dpl" data-pagefind-ignore="">{pl:before('lb', 'diplomatic')}</span></xsl:if>
    <br class="dpl{if (@type = 'split') then ' split' else ''}"/>
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- Page breaks and page furniture: quiet markers in the margin, never copied with the text. -->
  <xsl:template match="tei:pb" mode="body">
    <!-- The break reads as a space (conventions: flow="break"); the marker is never copied, the space is. -->
    <xsl:if test="not(@break = 'no') and preceding-sibling::node()[1][self::text()][not(matches(., '\s$'))]
        and following-sibling::node()[not(self::tei:fw)][1][self::text()][not(matches(., '^\s'))]"><xsl:text> </xsl:text></xsl:if>
    <span class="pb" title="page break">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:text>{pl:page-label(.)}</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:cb | tei:milestone" mode="body">
    <span class="pb" title="{local-name()}">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:text>{(@n, @unit, local-name())[1]}</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw" mode="body">
    <span class="fw fw-{(@type, 'plain')[1] ! replace(., '[^\w-]', '')}" title="{(@type, 'page furniture')[1]}">
      <xsl:apply-templates select="@xml:id" mode="body"/>
      <xsl:if test="@type = 'folio'">{pl:sign('fw')/@label}</xsl:if>
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw[@type = 'classification']" mode="body" priority="1">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:element name="{pl:tag(., 'p', $pl:flows)}">
      <xsl:attribute name="class" select="'classification'"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <!-- Phrases with an HTML counterpart. -->
  <xsl:template match="tei:hi" mode="body">
    <xsl:variable name="rend" select="string(@rend)"/>
    <xsl:element name="{if ($rend = ('superscript', 'sup')) then 'sup' else if ($rend = ('subscript', 'sub')) then 'sub'
        else if ($rend = ('italic', 'i')) then 'i' else if ($rend = ('bold', 'b')) then 'b' else 'span'}">
      <xsl:attribute name="class" select="'hi ' || replace($rend, '[^\w -]', '')"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:date[@when]" mode="body">
    <time datetime="{@when}"><xsl:apply-templates mode="body"/></time>
  </xsl:template>

  <!-- A member of a corpus: included (a link to its page) or inline (an article). -->
  <xsl:template match="xi:include" mode="body">
    <xsl:variable name="href" select="pl:page-href(@href)"/>
    <xsl:variable name="member" select="$pl:by-stem(replace(@href, '\.xml$', ''))"/>
    <p class="member">
      <xsl:choose>
        <xsl:when test="$href and $member">
          <a href="{$href}">{$member/pl:title}</a>{$member/pl:date ! (' (' || . || ')')}
        </xsl:when>
        <xsl:otherwise>Included file: {@href}</xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="tei:TEI | tei:teiCorpus" mode="body">
    <xsl:param name="level" as="xs:integer" select="3" tunnel="yes"/>
    <article class="tei-{local-name()}">
      <xsl:element name="h{min(($level, 6))}">{pl:title(.)}</xsl:element>
      <xsl:apply-templates select="pl:content(.)" mode="body">
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
        <xsl:with-param name="cite" select="pl:turn-cite(.)" tunnel="yes"/>
      </xsl:apply-templates>
    </article>
  </xsl:template>

  <!-- Elements this mode does not know: their text, in a block where blocks flow, else a span. -->
  <xsl:template match="*" mode="body">
    <xsl:param name="pl:flows" as="element()*" tunnel="yes" select="()"/>
    <xsl:call-template name="pl:space"/>
    <xsl:element name="{pl:tag(., 'div', $pl:flows)}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:apply-templates select="@xml:id | @xml:lang" mode="body"/>
      <xsl:apply-templates mode="body"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
