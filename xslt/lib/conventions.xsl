<?xml version="1.0" encoding="UTF-8"?>
<!-- The conventions table of the edition: what plenum knows about each TEI element it writes or
     renders, and how each editorial sign is reviewed and shown. One file, read by the XSLT (html.xsl,
     text.xsl and review.xsl include this module) and by Python (plenum.conventions parses it with lxml).
     A new phenomenon costs a reader rule, a schema line, a row here and a test.

     pl:element rows, one per TEI element (tests/test_conventions.py fails when an element of
     schema/plenum.rng has none):
       @flow     inline: its boundaries do not separate words; block: they read as spaces; break: lb,
                 pb, cb, read as a space (or nothing with @break="no"). Read by the source view
                 (plenum.sourceview: the nothing-lost check, the review's source marks, attestations).
       @content  element-only: whitespace between its children is layout (stripped by the XSLT,
                 indented by plenum's serialiser where the element is also a block).
       @paragraph yes: holds a paragraph's worth of phrases, a block whatever its content (XSLT).
       @alternative yes: an editorial alternative (reg, corr, expan in a choice): left out of the
                 source view unless it carries its own @source.
       @find     no: the transforms never look inside it for names or readings to regularise.
       @stage    no: no stage direction is made inside it (readers/stages.py): TEI allows none there
                 (speaker, label, dateline, names, dates, idno, num, fw, stamp), or plenum makes none in
                 a letter's salutation and signature, a title, a choice's readings.

     pl:sign rows, one per editorial sign; their keys are the review's kinds, in the review's order:
       @element, @match  the TEI element the sign is, and an XPath 1.0 condition on it (both languages
                 read it; Python judges many elements in one filter, so no position() or last()):
                 the first sign in table order whose element and condition fit is its kind.
       @review   what the encoding review says the kind is (no @review: not an intervention).
       @bracketed yes: its source form is text inside markup ([brackets], ~~strikes~~, <sup>); the
                 review marks the whole of it. @joins yes: it joins two words of the source (the
                 review marks both). @uncertain yes: the review counts it as doubt.
       @name, @tei, @explain: the legend's name, TEI form and meaning (also the hover text).
       Per view (pl:reading, pl:diplomatic, pl:text; a sign without them is not in the legend):
       show="yes" (the content is shown, between @before and @after), show="no" (left out);
       apparatus="yes" (the plain text lists it under textual notes); the element's text describes it.
       A sign whose key is an element's name and that no template renders is shown by the generic
       rule of each view from these columns alone. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <!-- The rows of the table as the caller made them once (pl:conventions-table; plenum.render.Renderer):
       otherwise every transformation builds them again. -->
  <xsl:param name="conventions" as="document-node()?" select="()"/>

  <xsl:template name="pl:conventions-table">
    <xsl:sequence select="$pl:element-rows, $pl:sign-rows"/>
  </xsl:template>

  <xsl:variable name="pl:elements" as="element(pl:element)+"
      select="if (exists($conventions)) then $conventions/pl:element else $pl:element-rows"/>
  <xsl:variable name="pl:element-rows" as="element(pl:element)+">
    <!-- structure: element-only blocks -->
    <pl:element name="abstract" flow="block" content="element-only"/>
    <pl:element name="additional" flow="block" content="element-only"/>
    <pl:element name="adminInfo" flow="block" content="element-only"/>
    <pl:element name="altIdentifier" flow="block" content="element-only"/>
    <pl:element name="analytic" flow="block" content="element-only"/>
    <pl:element name="appInfo" flow="block" content="element-only"/>
    <pl:element name="availability" flow="block" content="element-only"/>
    <pl:element name="back" flow="block" content="element-only"/>
    <pl:element name="biblStruct" flow="block" content="element-only"/>
    <pl:element name="body" flow="block" content="element-only"/>
    <pl:element name="castGroup" flow="block" content="element-only"/>
    <pl:element name="castList" flow="block" content="element-only"/>
    <pl:element name="category" flow="block" content="element-only"/>
    <pl:element name="classDecl" flow="block" content="element-only"/>
    <pl:element name="citeStructure" flow="block" content="element-only"/>
    <pl:element name="closer" flow="block" content="element-only" paragraph="yes" stage="no"/>
    <pl:element name="correction" flow="block" content="element-only"/>
    <pl:element name="div" flow="block" content="element-only"/>
    <pl:element name="editionStmt" flow="block" content="element-only"/>
    <pl:element name="editorialDecl" flow="block" content="element-only"/>
    <pl:element name="encodingDesc" flow="block" content="element-only"/>
    <pl:element name="facsimile" flow="block" content="element-only"/>
    <pl:element name="fileDesc" flow="block" content="element-only"/>
    <pl:element name="floatingText" flow="block" content="element-only"/>
    <pl:element name="front" flow="block" content="element-only"/>
    <pl:element name="group" flow="block" content="element-only"/>
    <pl:element name="handDesc" flow="block" content="element-only"/>
    <pl:element name="handNotes" flow="block" content="element-only"/>
    <pl:element name="history" flow="block" content="element-only"/>
    <pl:element name="hyphenation" flow="block" content="element-only"/>
    <pl:element name="imprint" flow="block" content="element-only"/>
    <pl:element name="interpretation" flow="block" content="element-only"/>
    <pl:element name="langUsage" flow="block" content="element-only"/>
    <pl:element name="lg" flow="block" content="element-only"/>
    <pl:element name="linkGrp" flow="block" content="element-only"/>
    <pl:element name="list" flow="block" content="element-only"/>
    <pl:element name="listBibl" flow="block" content="element-only"/>
    <pl:element name="listChange" flow="block" content="element-only"/>
    <pl:element name="listOrg" flow="block" content="element-only"/>
    <pl:element name="listPerson" flow="block" content="element-only"/>
    <pl:element name="listPlace" flow="block" content="element-only"/>
    <pl:element name="listPrefixDef" flow="block" content="element-only"/>
    <pl:element name="listRelation" flow="block" content="element-only"/>
    <pl:element name="monogr" flow="block" content="element-only"/>
    <pl:element name="msContents" flow="block" content="element-only"/>
    <pl:element name="msDesc" flow="block" content="element-only"/>
    <pl:element name="msIdentifier" flow="block" content="element-only"/>
    <pl:element name="msItem" flow="block" content="element-only"/>
    <pl:element name="normalization" flow="block" content="element-only"/>
    <pl:element name="notesStmt" flow="block" content="element-only"/>
    <pl:element name="objectDesc" flow="block" content="element-only"/>
    <pl:element name="opener" flow="block" content="element-only"/>
    <pl:element name="org" flow="block" content="element-only"/>
    <pl:element name="particDesc" flow="block" content="element-only"/>
    <pl:element name="person" flow="block" content="element-only"/>
    <pl:element name="personGrp" flow="block" content="element-only"/>
    <pl:element name="physDesc" flow="block" content="element-only"/>
    <pl:element name="place" flow="block" content="element-only"/>
    <pl:element name="postscript" flow="block" content="element-only"/>
    <pl:element name="profileDesc" flow="block" content="element-only"/>
    <pl:element name="projectDesc" flow="block" content="element-only"/>
    <pl:element name="publicationStmt" flow="block" content="element-only"/>
    <pl:element name="refsDecl" flow="block" content="element-only"/>
    <pl:element name="respStmt" flow="block" content="element-only"/>
    <pl:element name="revisionDesc" flow="block" content="element-only"/>
    <pl:element name="row" flow="block" content="element-only"/>
    <pl:element name="samplingDecl" flow="block" content="element-only"/>
    <pl:element name="scriptDesc" flow="block" content="element-only"/>
    <pl:element name="segmentation" flow="block" content="element-only"/>
    <pl:element name="series" flow="block" content="element-only"/>
    <pl:element name="seriesStmt" flow="block" content="element-only"/>
    <pl:element name="setting" flow="block" content="element-only"/>
    <pl:element name="settingDesc" flow="block" content="element-only"/>
    <pl:element name="sourceDesc" flow="block" content="element-only"/>
    <pl:element name="sp" flow="block" content="element-only"/>
    <pl:element name="spGrp" flow="block" content="element-only"/>
    <pl:element name="standOff" flow="block" content="element-only"/>
    <pl:element name="sourceDoc" flow="block" content="element-only"/>
    <pl:element name="surface" flow="block" content="element-only"/>
    <pl:element name="surfaceGrp" flow="block" content="element-only"/>
    <pl:element name="zone" flow="block"/>
    <pl:element name="table" flow="block" content="element-only"/>
    <pl:element name="tagsDecl" flow="block" content="element-only"/>
    <pl:element name="taxonomy" flow="block" content="element-only"/>
    <pl:element name="TEI" flow="block" content="element-only"/>
    <pl:element name="teiCorpus" flow="block" content="element-only"/>
    <pl:element name="teiHeader" flow="block" content="element-only"/>
    <pl:element name="text" flow="block" content="element-only"/>
    <pl:element name="textClass" flow="block" content="element-only"/>
    <pl:element name="titleStmt" flow="block" content="element-only"/>
    <!-- blocks of text -->
    <pl:element name="ab" flow="block" paragraph="yes"/>
    <pl:element name="affiliation" flow="block"/>
    <pl:element name="argument" flow="block" paragraph="yes"/>
    <pl:element name="authority" flow="block"/>
    <pl:element name="bibl" flow="block"/>
    <pl:element name="byline" flow="block" paragraph="yes"/>
    <pl:element name="catDesc" flow="block"/>
    <pl:element name="catRef" flow="block"/>
    <pl:element name="cell" flow="block" paragraph="yes"/>
    <pl:element name="change" flow="block"/>
    <pl:element name="collection" flow="block"/>
    <pl:element name="creation" flow="block"/>
    <pl:element name="dateline" flow="block" paragraph="yes" stage="no"/>
    <pl:element name="desc" flow="inline" find="no"/>
    <pl:element name="distributor" flow="block"/>
    <pl:element name="licence" flow="block"/>
    <pl:element name="line" flow="block"/>
    <pl:element name="docAuthor" flow="block" paragraph="yes"/>
    <pl:element name="docDate" flow="block" paragraph="yes"/>
    <pl:element name="docTitle" flow="block"/>
    <pl:element name="epigraph" flow="block" paragraph="yes"/>
    <pl:element name="funder" flow="block"/>
    <pl:element name="fw" flow="block" paragraph="yes" find="no" stage="no"/>
    <pl:element name="handNote" flow="block"/>
    <pl:element name="head" flow="block" paragraph="yes"/>
    <pl:element name="item" flow="block" paragraph="yes"/>
    <pl:element name="l" flow="block" paragraph="yes"/>
    <pl:element name="label" flow="block" paragraph="yes" find="no" stage="no"/>
    <pl:element name="language" flow="block"/>
    <pl:element name="milestone" flow="block"/>
    <pl:element name="occupation" flow="block"/>
    <pl:element name="p" flow="block" paragraph="yes"/>
    <pl:element name="prefixDef" flow="block"/>
    <pl:element name="repository" flow="block"/>
    <pl:element name="resp" flow="block"/>
    <pl:element name="salute" flow="block" paragraph="yes" stage="no"/>
    <pl:element name="set" flow="block"/>
    <pl:element name="settlement" flow="block"/>
    <pl:element name="signed" flow="block" paragraph="yes" stage="no"/>
    <pl:element name="speaker" flow="block" paragraph="yes" find="no" stage="no"/>
    <pl:element name="stamp" flow="inline" stage="no"/>
    <pl:element name="textLang" flow="block"/>
    <pl:element name="titlePart" flow="block" paragraph="yes"/>
    <pl:element name="trailer" flow="block" paragraph="yes"/>
    <!-- breaks -->
    <pl:element name="cb" flow="break"/>
    <pl:element name="lb" flow="break" find="no"/>
    <pl:element name="pb" flow="break" find="no"/>
    <!-- inline -->
    <pl:element name="abbr" flow="inline"/>
    <pl:element name="add" flow="inline"/>
    <pl:element name="addName" flow="inline"/>
    <pl:element name="am" flow="inline"/>
    <pl:element name="anchor" flow="inline"/>
    <pl:element name="biblScope" flow="inline"/>
    <pl:element name="c" flow="inline"/>
    <pl:element name="choice" flow="inline" content="element-only" find="no"/>
    <pl:element name="corr" flow="inline" alternative="yes" find="no" stage="no"/>
    <pl:element name="damage" flow="inline"/>
    <pl:element name="date" flow="inline" find="no" stage="no"/>
    <pl:element name="del" flow="inline"/>
    <pl:element name="editor" flow="inline"/>
    <pl:element name="emph" flow="inline"/>
    <pl:element name="ex" flow="inline"/>
    <pl:element name="expan" flow="inline" alternative="yes"/>
    <pl:element name="foreign" flow="inline"/>
    <pl:element name="forename" flow="inline"/>
    <pl:element name="g" flow="inline"/>
    <pl:element name="gap" flow="inline" find="no"/>
    <pl:element name="graphic" flow="inline" find="no"/>
    <pl:element name="handShift" flow="inline"/>
    <pl:element name="hi" flow="inline"/>
    <pl:element name="idno" flow="inline" find="no" stage="no"/>
    <pl:element name="measure" flow="inline"/>
    <pl:element name="mentioned" flow="inline"/>
    <pl:element name="metamark" flow="inline" find="no"/>
    <pl:element name="mod" flow="inline"/>
    <pl:element name="name" flow="inline"/>
    <pl:element name="note" flow="inline" paragraph="yes"/>
    <pl:element name="num" flow="inline" stage="no"/>
    <pl:element name="orgName" flow="inline"/>
    <pl:element name="orig" flow="inline" find="no" stage="no"/>
    <pl:element name="pc" flow="inline"/>
    <pl:element name="persName" flow="inline" find="no" stage="no"/>
    <pl:element name="placeName" flow="inline" find="no" stage="no"/>
    <pl:element name="ptr" flow="inline"/>
    <pl:element name="pubPlace" flow="inline"/>
    <pl:element name="publisher" flow="inline"/>
    <pl:element name="q" flow="inline"/>
    <pl:element name="quote" flow="inline"/>
    <pl:element name="ref" flow="inline" find="no"/>
    <pl:element name="reg" flow="inline" alternative="yes" find="no" stage="no"/>
    <pl:element name="restore" flow="inline"/>
    <pl:element name="retrace" flow="inline"/>
    <pl:element name="roleName" flow="inline"/>
    <pl:element name="rs" flow="inline"/>
    <pl:element name="said" flow="inline"/>
    <pl:element name="secl" flow="inline"/>
    <pl:element name="seg" flow="inline"/>
    <pl:element name="sic" flow="inline" find="no" stage="no"/>
    <pl:element name="soCalled" flow="inline"/>
    <pl:element name="space" flow="inline"/>
    <pl:element name="stage" flow="inline" paragraph="yes"/>
    <pl:element name="subst" flow="inline" content="element-only"/>
    <pl:element name="supplied" flow="inline"/>
    <pl:element name="surname" flow="inline"/>
    <pl:element name="surplus" flow="inline"/>
    <pl:element name="term" flow="inline"/>
    <pl:element name="time" flow="inline"/>
    <pl:element name="title" flow="inline" stage="no"/>
    <pl:element name="unclear" flow="inline"/>
    <pl:element name="w" flow="inline"/>
  </xsl:variable>

  <xsl:variable name="pl:conventions" as="element(pl:sign)+"
      select="if (exists($conventions)) then $conventions/pl:sign else $pl:sign-rows"/>
  <xsl:variable name="pl:sign-rows" as="element(pl:sign)+">
    <!-- A dossier essay's initial, lost with its drop cap, supplied by plenum (before the supplied row). -->
    <pl:sign key="drop-cap" name="initials supplied" tei="supplied[@reason='drop-cap']" explain="an initial lost with its drop cap, supplied by the edition" element="supplied" match="@reason = 'drop-cap'" review="supplied drop cap: an essay's initial the text layer lost with its drop cap, supplied by plenum from the word it begins">
      <pl:reading show="yes" before="[" after="]">in square brackets</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets</pl:text>
    </pl:sign>
    <pl:sign key="supplied" name="supplied words" tei="supplied" explain="supplied by the translator" doubt="?" element="supplied" review="supplied: words the source lacks, added by its translator or editor" bracketed="yes">
      <pl:reading show="yes" before="[" after="]">in square brackets</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets; [word?] when uncertain</pl:text>
    </pl:sign>
    <pl:sign key="sic" name="[sic]" tei="sic" explain="so in the source" element="sic" match="not(parent::tei:choice)" review="sic: a reading kept as the source has it, marked as wrong" bracketed="yes">
      <pl:reading show="yes" after=" [sic]">followed by [sic]</pl:reading>
      <pl:diplomatic show="yes" after=" [sic]">followed by [sic]</pl:diplomatic>
      <pl:text show="yes" after=" [sic]">followed by [sic]</pl:text>
    </pl:sign>
    <pl:sign key="corr" name="corrected words" tei="choice/(sic, corr)" explain="corrected by the translator; the source has" element="choice" match="tei:sic" review="choice of sic and corr: a wrong reading and its correction" bracketed="yes">
      <pl:reading show="yes">the correction, dotted underline</pl:reading>
      <pl:diplomatic show="no">the source’s form</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the correction; the source’s form in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="reg" name="regularised names" tei="choice/(orig, reg)" explain="regularised by the edition; the source has" element="choice" match="tei:reg[not(@type = 'font-decoded')]" review="choice of orig and reg: a name the transcription misread, regularised by plenum">
      <pl:reading show="yes">the regular form, dashed underline</pl:reading>
      <pl:diplomatic show="no">the source’s form</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the regular form; the source’s form in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="decoded" name="text in a broken font" tei="choice/(orig, reg[@type='font-decoded'])" explain="decoded from a broken font encoding; printed as" element="choice" match="tei:reg[@type = 'font-decoded']" review="choice of orig and reg: a run of text in a shifted font, decoded by plenum">
      <pl:reading show="yes">the decoded text, shaded grey</pl:reading>
      <pl:diplomatic show="no">the characters as printed</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the decoded text; the printed characters in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="expan" name="abbreviations" tei="choice/(abbr, expan)" explain="abbreviation expanded; the source has" element="choice" match="tei:expan" review="choice of abbr and expan: an abbreviation and its expansion">
      <pl:reading show="yes">the expansion, dotted underline</pl:reading>
      <pl:diplomatic show="no">the abbreviation</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the expansion; the abbreviation in the textual notes</pl:text>
    </pl:sign>
    <!-- Bracket conventions of archive pages beyond the seeds (issue 16.6): signatures and obfuscated
         addresses are gaps, an insertion no bracket closes an uncertain add, each its own review kind
         (so before the gap and add rows); a change of hand is shown by the generic rule. -->
    <pl:sign key="signature" name="signatures" tei="gap[@reason='signature' or @unit='signature']" explain="a signature, described by the translator" element="gap" match="@reason = 'signature' or @unit = 'signature'" review="gap of a signature: the translator's words for a signature ([signature], [illegible signature])" bracketed="yes">
      <pl:reading show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:reading>
      <pl:diplomatic show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:diplomatic>
      <pl:text show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:text>
    </pl:sign>
    <pl:sign key="obfuscated" name="hidden addresses" tei="gap[@reason='obfuscated']" explain="text the archive’s web page hid (an e-mail address, or words with an @)" element="gap" match="@reason = 'obfuscated'" review="gap of obfuscated text: '[email protected]', where the archive's web page hid an e-mail address or words with an @" bracketed="yes">
      <pl:reading show="yes" before="⟨" after="⟩">⟨email protected⟩, as the page has it</pl:reading>
      <pl:diplomatic show="yes" before="⟨" after="⟩">⟨email protected⟩, as the page has it</pl:diplomatic>
      <pl:text show="yes" before="⟨" after="⟩">⟨email protected⟩, as the page has it</pl:text>
    </pl:sign>
    <pl:sign key="omission-dots" name="omissions in dots" tei="gap[@reason='omitted'][@rend='dots']" explain="text the source's editor left out, marked by a row of dots" element="gap" match="@reason = 'omitted' and @rend = 'dots'" review="gap of an omission the source marks by a row of dots alone, without brackets ('. . . .')">
      <pl:reading show="yes">the dots, as the source prints them</pl:reading>
      <pl:diplomatic show="yes">the dots, as the source prints them</pl:diplomatic>
      <pl:text show="yes">the dots, as the source prints them</pl:text>
    </pl:sign>
    <pl:sign key="omission" name="omissions" tei="gap[@reason='omitted']" explain="text the translator or editor left out" element="gap" match="@reason = 'omitted' and not(@rend = 'dots')" review="gap of an omission: text the translator or editor left out ([…], [...])" bracketed="yes">
      <pl:reading show="yes" before="[" after="]">[…], as the translation marks it</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">[…], as the translation marks it</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">[…], as the translation marks it</pl:text>
    </pl:sign>
    <pl:sign key="redaction" name="redactions" tei="gap[@reason='redacted']" explain="text the archive or a censor withheld from the copy" element="gap" match="@reason = 'redacted'" review="gap of a redaction: text the archive or a censor withheld from the copy ([name blacked out], [two lines redacted], [not declassified])" bracketed="yes">
      <pl:reading show="yes" before="[" after="]">[…], as the copy marks it</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">[…], as the copy marks it</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">[…], as the copy marks it</pl:text>
    </pl:sign>
    <pl:sign key="unclosed-insertion" element="add" match="@cert = 'low' and not(parent::tei:subst)" review="add with low certainty: an insertion no bracket closes ('[handwritten: …' to the end of its paragraph)" bracketed="yes" uncertain="yes"/>
    <pl:sign key="handShift" name="changes of hand" tei="handShift" explain="the hand changes here: what follows is handwritten" element="handShift" review="handShift: the text after it is in another hand ('[handwritten at the bottom:]')" bracketed="yes">
      <pl:reading show="yes" before="[handwritten:]">[handwritten:] before the text in the hand</pl:reading>
      <pl:diplomatic show="yes" before="[handwritten:]">[handwritten:] before the text in the hand</pl:diplomatic>
      <pl:text show="yes" before="[handwritten:]">[handwritten:] before the text in the hand</pl:text>
    </pl:sign>
    <pl:sign key="translator-note" element="note" match="@type = 'translator' and @place = 'inline' and not(parent::tei:add or parent::tei:stamp)" review="note of the translator, inline: the translator's own words in the text ([trans. note: …], [X - SIC]), not the source's" bracketed="yes"/>
    <pl:sign key="gap" name="gaps" tei="gap" explain="not transcribed" element="gap" review="gap: text left out (illegible, or not recoverable from the text layer)" bracketed="yes">
      <pl:reading show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:reading>
      <pl:diplomatic show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:diplomatic>
      <pl:text show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:text>
    </pl:sign>
    <pl:sign key="space" name="blank spaces" tei="space" explain="a space the source left blank, described by the translator" element="space" review="space: a blank the source left, the translator's words for it ([left blank], [date left blank])" bracketed="yes">
      <pl:reading show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:reading>
      <pl:diplomatic show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:diplomatic>
      <pl:text show="yes" before="⟨" after="⟩">the translator’s words for it between ⟨ ⟩</pl:text>
    </pl:sign>
    <pl:sign key="unclear" name="uncertain readings" tei="unclear" explain="uncertain reading" element="unclear" review="unclear: text that cannot be read with certainty" uncertain="yes">
      <pl:reading show="yes">wavy underline</pl:reading>
      <pl:diplomatic show="yes">wavy underline</pl:diplomatic>
      <pl:text show="yes">not marked</pl:text>
    </pl:sign>
    <pl:sign key="add" name="additions" tei="add" explain="added" element="add" match="not(parent::tei:subst)" review="add: an insertion, in a hand" bracketed="yes">
      <pl:reading show="yes">in the text, highlighted in green</pl:reading>
      <pl:diplomatic show="yes" before="⸢" after="⸣">between ⸢ ⸣, raised or lowered as placed; hand and place on hover</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">in the text; hand and place in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="del" name="deletions" tei="del" explain="deleted" element="del" match="not(parent::tei:subst)" review="del: a deletion" bracketed="yes">
      <pl:reading show="no">left out</pl:reading>
      <pl:diplomatic show="yes">struck through</pl:diplomatic>
      <pl:text show="no" apparatus="yes">left out; in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="replacement" element="subst" match="tei:del[@cert]" review="subst whose deletion the source does not mark: a handwritten word read as replacing the typed word before it ('defending [handwritten: weakening]')" bracketed="yes" uncertain="yes"/>
    <pl:sign key="subst" element="subst" review="subst: a deletion and the insertion replacing it" bracketed="yes"/>
    <pl:sign key="underline" element="hi" match="@rend = 'underline' and @hand" review="hi rend underline with a hand: words a hand underlined ([underlined by hand: …])" bracketed="yes"/>
    <pl:sign key="surplus" name="superfluous text" tei="surplus" explain="superfluous in the source" element="surplus" review="surplus: characters kept but superfluous (a repeated word, an unmatched bracket)">
      <pl:reading show="no">left out</pl:reading>
      <pl:diplomatic show="yes" before="{{" after="}}">between { }</pl:diplomatic>
      <pl:text show="no" apparatus="yes">left out; in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="metamark" name="instructions" tei="metamark" explain="an instruction written on the document" element="metamark" review="metamark: an instruction to the reader, such as an insertion mark" bracketed="yes">
      <pl:reading show="yes">in italics</pl:reading>
      <pl:diplomatic show="yes">in italics</pl:diplomatic>
      <pl:text show="yes" before="/" after="/">between slashes</pl:text>
    </pl:sign>
    <pl:sign key="stamp" name="stamps" tei="stamp" explain="a stamp on the document" element="stamp" review="stamp: a stamp's text, the translator's words for it kept as its note" bracketed="yes">
      <pl:reading show="yes" before="[" after="]">in square brackets, the translator’s words for it first</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets, the translator’s words for it first</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets, the translator’s words for it first</pl:text>
    </pl:sign>
    <pl:sign key="gloss" name="glosses" tei="note[@place='inline']" explain="the translator’s gloss">
      <pl:reading show="yes" before="[" after="]">in square brackets, smaller</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets, smaller</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets</pl:text>
    </pl:sign>
    <pl:sign key="lb" name="line breaks" tei="lb" explain="line break of the source">
      <pl:reading show="no">lines joined, end-of-line hyphens removed; a closer’s, a signature’s, an address’s lines kept</pl:reading>
      <pl:diplomatic show="yes" before="-">line by line, end-of-line hyphens kept</pl:diplomatic>
      <pl:text show="no">lines joined, end-of-line hyphens removed; a closer’s, a signature’s, an address’s lines kept</pl:text>
    </pl:sign>
    <pl:sign key="joined-paragraph" element="lb" match="@type = 'split'" review="lb type split: a paragraph joined across a blank line" joins="yes"/>
    <pl:sign key="soft-hyphen" element="lb" match="@break = 'no' and @rend = 'hyphen'" review="lb break no, rend hyphen: a hyphen that only split a word, removed" joins="yes"/>
    <pl:sign key="pb" name="page breaks" tei="pb" explain="page" label="p. ">
      <pl:reading show="yes">in the margin</pl:reading>
      <pl:diplomatic show="yes">in the margin</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">[p. 2]</pl:text>
    </pl:sign>
    <pl:sign key="fw" name="page furniture" tei="fw" explain="page furniture: folio, page number, running head, stamp" label="fol. ">
      <pl:reading show="yes">in the margin; a folio as fol. 49</pl:reading>
      <pl:diplomatic show="yes">in the margin; a folio as fol. 49</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">[fol. 49], [-2-]</pl:text>
    </pl:sign>
    <pl:sign key="note" name="notes" tei="note" explain="note">
      <pl:reading show="yes">a raised number linked to the note and back</pl:reading>
      <pl:diplomatic show="yes">a raised number linked to the note and back</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">[1], the notes after the text</pl:text>
    </pl:sign>
    <pl:sign key="document-note" element="note" match="@type = 'document'" review="note of the document itself: a typed footnote (x/, *) from under the text, placed at its mark; at the top, a reader's note or a docket's list of copies"/>
    <pl:sign key="unanchored-note" element="note" match="@subtype = 'unanchored'" review="note placed at the end: its marker is missing from the text" uncertain="yes"/>
    <pl:sign key="note-fragment" element="note" match="@subtype = 'fragment'" review="endnote of which only the end survives: an unnumbered fragment just before the next note, taken as the end of the note the text marks" uncertain="yes"/>
    <pl:sign key="plenum-note" element="note" match="@type = 'conversion' or @type = 'editorial' and starts-with(@resp, '#') and substring(@resp, 2) = (ancestor::tei:TEI | ancestor::tei:teiCorpus)[last()]/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt[normalize-space(tei:name[1]) = 'plenum']/@xml:id" review="note by plenum (an editorial or conversion note)"/>
    <pl:sign key="stage" name="stage directions" tei="stage" explain="stage direction" before="(" after=")">
      <pl:reading show="yes">in italics, set apart</pl:reading>
      <pl:diplomatic show="yes">in italics, set apart</pl:diplomatic>
      <pl:text show="yes" before="(" after=")">in parentheses</pl:text>
    </pl:sign>
    <pl:sign key="speaker" name="speakers" tei="sp/speaker" explain="speaker, as written; linked to the person index">
      <pl:reading show="yes">in bold, linked to the person index</pl:reading>
      <pl:diplomatic show="yes">in bold, linked to the person index</pl:diplomatic>
      <pl:text show="yes">in capitals, the turn indented below</pl:text>
    </pl:sign>
    <pl:sign key="attribution" element="sp" match="@cert = 'medium' or @cert = 'low' or @cert = 'unknown'" review="sp with @cert below high: a speaker attribution that is not certain"/>
    <pl:sign key="guessed-name" element="persName" match="@ref and (@cert = 'medium' or @cert = 'low')" review="persName with @cert below high: a name linked with doubt (an OCR form by its likeness or by the translation's parallel, a surname alone)" uncertain="yes"/>
    <pl:sign key="unresolved-name" element="persName" match="not(@ref) and ancestor::tei:text and not(ancestor::tei:person)" review="persName without @ref: a name not linked to the personography"/>
    <pl:sign key="proposed-person" element="person" match="not(@sameAs) and ancestor::tei:particDesc" review="person without @sameAs: a speaker persons.xml does not know, proposed by plenum (accept, merge or rename it with plenum persons)" uncertain="yes"/>
    <pl:sign key="debris" name="export debris" tei="div[@type='debris']" explain="text of the export around the document">
      <pl:reading show="yes">folded away at the end</pl:reading>
      <pl:diplomatic show="yes">folded away at the end</pl:diplomatic>
      <pl:text show="yes">after the notes</pl:text>
    </pl:sign>
    <pl:sign key="unplaced-fragment" element="ab" match="@type = 'fragment' and parent::tei:div[@type = 'unplaced']" review="fragment in div type unplaced: text that could not be put in its place" uncertain="yes"/>
    <pl:sign key="ocr-noise" element="ab" match="@type = 'ocr-noise'" review="ab type ocr-noise: OCR residue kept apart from the text"/>
    <pl:sign key="section" element="head" match="parent::tei:div[@type = 'section']" review="head of a div type section: a numbered section of the document ('II. Foreign Policy', 'Article 3'), a division of its own up to the next such heading, read where two or more are numbered one after the other"/>
    <pl:sign key="attachment" element="head" match="parent::tei:div[@type = 'attachment'] and not(preceding-sibling::tei:head)" review="head of a div type attachment: a document attached to the one before it, a division of its own from the line that announces it ('[Attachment to the Decision …]', 'Appendix 2') or from its title under the letter enclosing it ('MEMO')"/>
  </xsl:variable>
</xsl:stylesheet>
