<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions of the reading editions, in plenum's own namespace. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- TEI elements with element-only content (the conventions table's content="element-only"):
       whitespace between their children is layout, not text. It is stripped; where such children are
       rendered inline, pl:separated puts a space back. plenum's engine (plenum.engines) sets this
       static parameter from the table when it compiles the stylesheets. -->
  <xsl:param name="pl:element-only" static="yes" required="yes" as="xs:string"/>
  <xsl:strip-space _elements="{tokenize($pl:element-only) ! ('tei:' || .)}"/>
  <xsl:variable name="pl:element-only-names" as="map(xs:string, xs:boolean)"
      select="map:merge(tokenize($pl:element-only) ! map{.: true()})"/>

  <!-- TEI elements that hold a paragraph's worth of phrases (the table's paragraph="yes"): a block,
       whatever their content. -->
  <xsl:variable name="pl:paragraphs" as="map(xs:string, xs:boolean)"
      select="map:merge($pl:elements[@paragraph = 'yes'] ! map{string(@name): true()})"/>

  <!-- The width of the plain-text edition, in characters, and its hanging indent. -->
  <xsl:param name="pl:width" static="yes" as="xs:integer" select="72"/>
  <xsl:param name="pl:hang" static="yes" as="xs:string" select="'    '"/>

  <!-- Whether an element follows another in element-only content, where the stripped whitespace
       separated them: rendered inline, it needs a space so that words do not run together. -->
  <xsl:function name="pl:separated" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/preceding-sibling::node()[1] instance of element()
        and namespace-uri($element/..) = 'http://www.tei-c.org/ns/1.0'
        and map:contains($pl:element-only-names, local-name($element/..))"/>
  </xsl:function>

  <!-- Whether an element holds text of its own (not only elements and layout whitespace), or is a
       paragraph by nature: rendered where blocks are expected, such an element is a block of text. -->
  <xsl:function name="pl:has-text" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/text()[normalize-space()])
        or (namespace-uri($element) = 'http://www.tei-c.org/ns/1.0' and map:contains($pl:paragraphs, local-name($element)))"/>
  </xsl:function>

  <!-- What a document's reading edition shows: the text of a TEI document and its transcriptions of
       the source (sourceDoc), the members of a corpus, or the whole of any other root (e.g. a surface
       from a genetic edition). -->
  <xsl:function name="pl:content" as="element()*">
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="if ($root/self::tei:TEI) then ($root/tei:text, $root/tei:sourceDoc)
        else if ($root/self::tei:teiCorpus) then $root/(* except tei:teiHeader)
        else $root"/>
  </xsl:function>

  <!-- A link target that is safe in an href: relative, a fragment, http(s) or mailto; '' for any
       other scheme (javascript:, data:, vbscript:, file:), so document text never becomes script. -->
  <xsl:function name="pl:safe-href" as="xs:string">
    <xsl:param name="target" as="xs:string"/>
    <xsl:variable name="bare" select="replace($target, '[\s\p{Cc}]', '')"/>
    <xsl:sequence select="if (matches($bare, '^[a-zA-Z][a-zA-Z0-9+.\-]*:') and not(matches($bare, '^(https?|mailto):', 'i')))
        then '' else $target"/>
  </xsl:function>

  <!-- A link to another TEI file of the edition points to its page: x.xml#y becomes x.html#y. -->
  <xsl:function name="pl:page-href" as="xs:string">
    <xsl:param name="target" as="xs:string"/>
    <xsl:variable name="safe" select="pl:safe-href($target)"/>
    <xsl:sequence select="if (matches($safe, '^[^:/?#]+\.xml(#.*)?$')) then replace($safe, '\.xml(#|$)', '.html$1') else $safe"/>
  </xsl:function>

  <!-- The header of a document: its own, or the corpus's for a teiCorpus. -->
  <xsl:function name="pl:header" as="element(tei:teiHeader)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="($doc/ancestor-or-self::*[self::tei:TEI or self::tei:teiCorpus][1], root($doc)/*)[1]/tei:teiHeader"/>
  </xsl:function>

  <!-- The main title of a TEI document; its file name when it has none (e.g. a surface). -->
  <xsl:function name="pl:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="title" select="normalize-space(string(pl:header($doc)/tei:fileDesc/tei:titleStmt/tei:title[1]))"/>
    <xsl:sequence select="if ($title) then $title else pl:stem($doc)"/>
  </xsl:function>

  <!-- The file's numbers as an archival reference (msIdentifier or altIdentifier) cites them: its shelfmarks,
       none where the citation names none ('unknown'), and the number a ministry disclosed it under ('disclosure
       2002-113'). -->
  <xsl:function name="pl:shelfmarks" as="xs:string*">
    <xsl:param name="id" as="element()"/>
    <xsl:sequence select="$id/tei:idno[@type = 'shelfmark'][normalize-space() != 'unknown'] ! normalize-space(),
        $id/tei:idno[@type = 'disclosure'] ! ('disclosure ' || normalize-space())"/>
  </xsl:function>

  <!-- A document as cited: its title in quotation marks and its date. -->
  <xsl:function name="pl:cited" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="'“' || pl:title($doc) || '”' || (if (pl:iso-date($doc)) then ', ' || pl:display-date($doc) else '')"/>
  </xsl:function>

  <!-- The document's date as an ISO string ('' when unknown), for sorting. -->
  <xsl:function name="pl:iso-date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="date" select="pl:header($doc)/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:sequence select="string(($date/@when, $date/@notBefore, $date/@from)[1])"/>
  </xsl:function>

  <!-- The document's date in words (12 March 1956), from its ISO date; as printed when not ISO or a
       range of days (September 24-25, 1956). -->
  <xsl:function name="pl:display-date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="iso" select="pl:iso-date($doc)"/>
    <xsl:variable name="date" select="pl:header($doc)/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:sequence select="if ($iso castable as xs:date and empty($date/@to)) then format-date(xs:date($iso), '[D] [MNn] [Y]', 'en', (), ())
        else normalize-space(string($date))"/>
  </xsl:function>

  <!-- The file stem a document is published under (its TEI file name without .xml). -->
  <xsl:function name="pl:stem" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="replace(tokenize(string(base-uri(root($doc))), '/')[last()], '\.xml$', '')"/>
  </xsl:function>

  <!-- The person id of a pointer into the personography (persons.xml#id); '' for any other pointer.
       The usual pointer, persons.xml#id, is recognised without the (slower) regular expression. -->
  <xsl:function name="pl:person-id" as="xs:string">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="id" select="substring-after($pointer, '#')"/>
    <xsl:sequence select="if (starts-with($pointer, 'persons.xml#') and $id and translate($id, ' &#9;&#10;&#13;#', '') = $id
        or matches($pointer, '^(.*/)?persons\.xml#[^\s#]+$')) then $id else ''"/>
  </xsl:function>

  <!-- The personography id a turn's or name's pointer names: through the document's own person
       (#id, its @sameAs into persons.xml) or directly (persons.xml#id); '' otherwise. $context is
       any node of the document the pointer stands in. -->
  <xsl:function name="pl:person-key" as="xs:string">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="if (starts-with($pointer, '#'))
        then string(pl:person-id(id(substring($pointer, 2), root($context))/self::tei:person/@sameAs))
        else pl:person-id($pointer)"/>
  </xsl:function>

  <!-- pl:person-key of a pointer in the document $root, worked out once per pointer and document
       (cache: a document's few persons are pointed to hundreds of times, and each lookup is costly). -->
  <xsl:function name="pl:person-key-in" as="xs:string" cache="yes">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="pl:person-key($pointer, $root)"/>
  </xsl:function>

  <!-- A speaker's label without the punctuation that ends it; worked out once per label and page
       (cache: a document's few speakers label hundreds of turns, and each replace() is costly). -->
  <xsl:function name="pl:label-trimmed" as="xs:string" cache="yes">
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="replace($label, '[\s:：.,;]+$', '')"/>
  </xsl:function>

  <!-- The name of a language, from its code (ru → Russian); the code when unknown. -->
  <xsl:function name="pl:language" as="xs:string">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:variable name="names" as="map(xs:string, xs:string)" select="map{'ru': 'Russian', 'en': 'English',
        'zh': 'Chinese', 'zh-Hans': 'Chinese', 'ko': 'Korean', 'ko-Hang': 'Korean (Hangul)', 'de': 'German',
        'fr': 'French', 'hu': 'Hungarian', 'sl': 'Slovenian', 'la': 'Latin'}"/>
    <xsl:sequence select="($code ! $names(.), $code, '')[1]"/>
  </xsl:function>

  <!-- The kind of document as its header records it: the category its first catRef (one whose scheme
       names genres first) points to in its own taxonomy, else its first keywords term; 'Dossier' for
       a corpus and 'Document' for a file that records none. -->
  <xsl:function name="pl:genre" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="class" select="pl:header($doc)/tei:profileDesc/tei:textClass"/>
    <xsl:variable name="refs" select="$class/tei:catRef[contains(@scheme, 'genre')], $class/tei:catRef[not(contains(@scheme, 'genre'))]"/>
    <xsl:variable name="named" select="($refs ! (for $id in substring-after(tokenize(@target)[1], '#')
        return id($id, root($doc))[self::tei:category]/tei:catDesc), $class/tei:keywords/tei:term) ! normalize-space()[.]"/>
    <xsl:sequence select="($named, if (root($doc)/tei:teiCorpus) then 'Dossier' else 'Document')[1]"/>
  </xsl:function>

  <!-- The row of the conventions table for a sign, and its column for a view (reading, diplomatic, text). -->
  <xsl:function name="pl:sign" as="element(pl:sign)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="$pl:signs($key)"/>
  </xsl:function>
  <xsl:variable name="pl:signs" as="map(xs:string, element(pl:sign))" select="map:merge($pl:conventions ! map{string(@key): .})"/>

  <!-- The value of an archive page's field kept as a header note (note[@type='field']): the text
       after its label, one value per line ('; ' between them). -->
  <xsl:function name="pl:field-value" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string-join(tokenize(string-join(($note/node() except $note/tei:label)
        ! (if (self::tei:lb) then '&#10;' else string(.))), '&#10;') ! normalize-space()[.], '; ')"/>
  </xsl:function>

  <!-- Whether the table shows an element through its own sign (a row whose key and element are the
       element's name, with views): the generic rule of each view renders it from the row alone. -->
  <xsl:function name="pl:declared" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($pl:signs(local-name($element))[@element = local-name($element)][pl:reading])"/>
  </xsl:function>

  <xsl:function name="pl:rule" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="pl:sign($key)/*[local-name() = $view]"/>
  </xsl:function>

  <xsl:function name="pl:shown" as="xs:boolean">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="pl:rule($key, $view)/@show = 'yes'"/>
  </xsl:function>

  <!-- The sign a gap is shown by: the translation's omission mark ([…]), the source's row of dots, the copy's
       redaction ([name blacked out]), or any other gap (⟨…⟩). -->
  <xsl:function name="pl:gap-key" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:sequence select="if ($gap/@reason = 'omitted') then (if ($gap/@rend = 'dots') then 'omission-dots' else 'omission')
        else if ($gap/@reason = 'redacted') then 'redaction' else 'gap'"/>
  </xsl:function>

  <xsl:function name="pl:before" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="string(pl:rule($key, $view)/@before)"/>
  </xsl:function>

  <xsl:function name="pl:after" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="string(pl:rule($key, $view)/@after)"/>
  </xsl:function>

  <!-- The sign a choice stands for: corr, reg, decoded or expan; '' for any other choice. -->
  <xsl:function name="pl:choice-key" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="if ($choice[tei:sic and tei:corr and count(*) = 2]) then 'corr'
        else if ($choice[tei:orig and tei:reg[@type = 'font-decoded'] and count(*) = 2]) then 'decoded'
        else if ($choice[tei:orig and tei:reg and count(*) = 2]) then 'reg'
        else if ($choice[tei:abbr and tei:expan and count(*) = 2]) then 'expan'
        else ''"/>
  </xsl:function>

  <!-- The alternative of a known choice each view shows: the reading one, or the source's. -->
  <xsl:function name="pl:alternative" as="element()">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:param name="reading" as="xs:boolean"/>
    <xsl:sequence select="if ($reading) then $choice/(tei:corr | tei:reg | tei:expan) else $choice/(tei:sic | tei:orig | tei:abbr)"/>
  </xsl:function>

  <!-- What an editorial element is, in words, for hover text, screen readers and textual notes. -->
  <xsl:function name="pl:explain" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="key" select="if ($element/self::tei:choice) then pl:choice-key($element)
        else if ($element/self::tei:supplied[@reason = 'drop-cap']) then 'drop-cap'
        else if ($element/self::tei:gap) then pl:gap-key($element) else local-name($element)"/>
    <xsl:variable name="base" select="string(($pl:signs($key)/@explain, translate(local-name($element), '-', ' '))[1])"/>
    <xsl:sequence select="string-join((
        (if ($element/self::tei:add) then pl:add-explain($element)
        else if ($element/self::tei:gap[@reason = ('omitted', 'redacted')]) then $base
        else if ($element/self::tei:gap) then $base || (if ($element/@reason) then ' (' || translate($element/@reason, '-', ' ') || ')' else '')
            || (if ($element/@quantity) then ': ' || $element/@quantity || ' ' || ($element/@unit, 'units')[1] else '')
        else if ($element/(self::tei:del | self::tei:surplus | self::tei:unclear)) then
            $base || (if ($element/@reason) then ' (' || translate($element/@reason, '-', ' ') || ')' else '')
            || (if ($element/@rend) then ', ' || translate($element/@rend, '-', ' ')
                else if ($element/self::tei:del[@cert]/parent::tei:subst) then ', not marked as struck in the source' else '')
        else $base) ! (if ($element/@cert) then replace(., '\.$', '') else .),
        if ($element/@cert) then 'certainty ' || $element/@cert else ()), '; ')"/>
  </xsl:function>

  <!-- An addition in words: by which hand (its handNote, when declared), and where. -->
  <xsl:function name="pl:add-explain" as="xs:string">
    <xsl:param name="add" as="element(tei:add)"/>
    <xsl:variable name="hand" select="substring-after(string($add/@hand), '#')"/>
    <xsl:variable name="note" select="if ($hand) then key('pl:hand', $hand, root($add)) else ()"/>
    <xsl:sequence select="string-join((
        'added' || (if ($add/@hand) then ' by hand' else ''),
        if ($add/@place) then translate($add/@place, '-', ' ') ! (if (. = ('inline', 'margin')) then 'in the ' || replace(., 'inline', 'line') else if (. = ('above', 'below')) then . || ' the line' else 'at ' || .) else 'place not stated',
        if ($note and count($note/../tei:handNote) gt 1) then 'hand ' || (count($note[1]/preceding-sibling::tei:handNote) + 1)
        else if ($hand and empty($note)) then 'hand ' || $hand else ()), ', ')"/>
  </xsl:function>
  <xsl:key name="pl:hand" match="tei:handNote" use="@xml:id"/>

  <!-- The label of a page break: its number, or its position among the text's page breaks. -->
  <xsl:function name="pl:page-label" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="string(pl:sign('pb')/@label) || $pb/accumulator-before('pl:page')[2]"/>
  </xsl:function>

  <!-- The label of a note: its @n, or its number among the document's notes. -->
  <xsl:function name="pl:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@n, $note/accumulator-before('pl:note'))[1])"/>
  </xsl:function>

  <!-- A plain-text paragraph: the text wrapped at pl:width, the first line after $first, the others
       after $indent; a word longer than a line after the indent is cut at the line's end, a shorter
       word that does not fit after $first stands alone on the first line. No trailing spaces.
       The lines are cut by position (pl:lines), not by a regular expression over the paragraph:
       Saxon's regular expressions backtrack character by character, and wrapping was a third of
       the plain text's cost. -->
  <xsl:function name="pl:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="words" select="normalize-space($text)"/>
    <xsl:variable name="kept" select="contains($words, '[') and not(contains($words || $first || $indent, '&#xA0;'))"/>
    <xsl:variable name="lines" select="if (not($words)) then replace($first, '\s+$', '')
        else if (string-length($first) + string-length($words) le $pl:width) then $first || $words
        else $first || string-join(pl:lines(if ($kept) then pl:markers-kept($words) else $words, 1,
            $pl:width - string-length($first), $pl:width - string-length($indent)), '&#10;' || $indent)"/>
    <xsl:sequence select="if ($kept) then translate($lines, '&#xA0;', ' ') else $lines"/>
  </xsl:function>

  <!-- Short bracketed marks of two words ('[p. 526]', '[fol. 53]') with a no-break space inside, so
       that a line never ends in the middle of one; pl:wrap turns it back into a space (it does so
       only for a text that held no no-break space of its own). -->
  <xsl:function name="pl:markers-kept" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:sequence select="if (not(contains($words, '['))) then $words
        else substring-before($words, '[') || '[' || pl:marker-kept(substring-after($words, '['))"/>
  </xsl:function>

  <!-- What follows a '[' in pl:markers-kept: a mark of two words up to its ']' with the no-break space
       inside, or the text as it is up to the next '['. Looked at from each '[' (as the regular expression
       '\[([^\[\] ]{1,8}) ([^\[\] ]{1,8})\]' would match), not by a regular expression over the whole
       paragraph: Saxon's regular expressions cost a step per character. -->
  <xsl:function name="pl:marker-kept" as="xs:string">
    <xsl:param name="rest" as="xs:string"/>
    <xsl:variable name="inside" select="substring-before($rest, ']')"/>
    <xsl:variable name="first" select="substring-before($inside, ' ')"/>
    <xsl:variable name="second" select="substring-after($inside, ' ')"/>
    <xsl:sequence select="if (string-length($first) = (1 to 8) and string-length($second) = (1 to 8)
            and not(contains($inside, '[')) and not(contains($second, ' ')))
        then $first || '&#xA0;' || $second || ']' || pl:markers-kept(substring-after($rest, ']'))
        else pl:markers-kept($rest)"/>
  </xsl:function>

  <!-- The lines of normalized $words from position $at: the longest run of words of at most $room
       characters (or the first word alone when it is longer; as much of it as fits when it is longer
       than $next too), then the others in $next characters.
       A line's end is the last space up to one past its room: sought in the last dozen characters
       first, where it nearly always is, so that few characters become codepoints. -->
  <xsl:function name="pl:lines" as="xs:string*">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="at" as="xs:integer"/>
    <xsl:param name="room" as="xs:integer"/>
    <xsl:param name="next" as="xs:integer"/>
    <xsl:variable name="from" select="max((1, $room - 11))"/>
    <xsl:variable name="break" select="if ($room lt 1) then 0
        else (index-of(string-to-codepoints(substring($words, $at + $from - 1, $room + 2 - $from)), 32)[last()] + $from - 1,
            index-of(string-to-codepoints(substring($words, $at, $from - 1)), 32)[last()], 0)[1]"/>
    <xsl:variable name="word" select="string-length(substring-before(substring($words, $at) || ' ', ' '))"/>
    <xsl:sequence select="if (string-length($words) - $at lt $room) then substring($words, $at)
        else if ($break gt 0) then (substring($words, $at, $break - 1), pl:lines($words, $at + $break, $next, $next))
        else if ($word gt $next and $room ge 1) then (substring($words, $at, $room), pl:lines($words, $at + $room, $next, $next))
        else if ($at + $word gt string-length($words)) then substring($words, $at)
        else (substring($words, $at, $word), pl:lines($words, $at + $word + 1, $next, $next))"/>
  </xsl:function>
</xsl:stylesheet>
