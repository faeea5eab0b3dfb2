<?xml version="1.0" encoding="UTF-8"?>
<!-- The conventions table: how each editorial sign of the edition is shown, per view. Both writers read
     it (html.xsl and text.xsl include this module): the HTML body and the plain text take their
     brackets, explanations and choices from here, and both print it as the legend of editorial signs.
     Each sign has a key (used by the stylesheets), a name and an explanation (@explain, also the
     hover text). Per view: show="yes" (the content is shown, between @before and @after), show="no" (left out);
     apparatus="yes" (the plain text lists it under textual notes); the element's text describes it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    exclude-result-prefixes="#all">

  <xsl:variable name="pl:conventions" as="element(pl:sign)+">
    <pl:sign key="supplied" name="supplied words" tei="supplied" explain="supplied by the translator" doubt="?">
      <pl:reading show="yes" before="[" after="]">in square brackets</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets; [word?] when uncertain</pl:text>
    </pl:sign>
    <pl:sign key="sic" name="[sic]" tei="sic" explain="so in the source">
      <pl:reading show="yes" after=" [sic]">followed by [sic]</pl:reading>
      <pl:diplomatic show="yes" after=" [sic]">followed by [sic]</pl:diplomatic>
      <pl:text show="yes" after=" [sic]">followed by [sic]</pl:text>
    </pl:sign>
    <pl:sign key="corr" name="corrected words" tei="choice/(sic, corr)" explain="corrected by the translator; the source has">
      <pl:reading show="yes">the correction</pl:reading>
      <pl:diplomatic show="no">the source’s form</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the correction; the source’s form in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="reg" name="regularised names" tei="choice/(orig, reg)" explain="regularised by the edition; the source has">
      <pl:reading show="yes">the regular form</pl:reading>
      <pl:diplomatic show="no">the source’s form</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the regular form; the source’s form in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="decoded" name="text in a broken font" tei="choice/(orig, reg[@type='font-decoded'])" explain="decoded from a broken font encoding; printed as">
      <pl:reading show="yes">the decoded text</pl:reading>
      <pl:diplomatic show="no">the characters as printed</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the decoded text; the printed characters in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="expan" name="abbreviations" tei="choice/(abbr, expan)" explain="abbreviation expanded; the source has">
      <pl:reading show="yes">the expansion</pl:reading>
      <pl:diplomatic show="no">the abbreviation</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">the expansion; the abbreviation in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="gap" name="gaps" tei="gap" explain="not transcribed">
      <pl:reading show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:reading>
      <pl:diplomatic show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:diplomatic>
      <pl:text show="yes" before="⟨" after="⟩">⟨…⟩, or what is missing between ⟨ ⟩</pl:text>
    </pl:sign>
    <pl:sign key="unclear" name="uncertain readings" tei="unclear" explain="uncertain reading">
      <pl:reading show="yes">dotted underline</pl:reading>
      <pl:diplomatic show="yes">dotted underline</pl:diplomatic>
      <pl:text show="yes">not marked</pl:text>
    </pl:sign>
    <pl:sign key="add" name="additions" tei="add" explain="added">
      <pl:reading show="yes">in the text, thin underline</pl:reading>
      <pl:diplomatic show="yes" before="⸢" after="⸣">between ⸢ ⸣, raised or lowered as placed; hand and place on hover</pl:diplomatic>
      <pl:text show="yes" apparatus="yes">in the text; hand and place in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="del" name="deletions" tei="del" explain="deleted">
      <pl:reading show="no">left out</pl:reading>
      <pl:diplomatic show="yes">struck through</pl:diplomatic>
      <pl:text show="no" apparatus="yes">left out; in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="surplus" name="superfluous text" tei="surplus" explain="superfluous in the source">
      <pl:reading show="no">left out</pl:reading>
      <pl:diplomatic show="yes" before="{{" after="}}">between { }</pl:diplomatic>
      <pl:text show="no" apparatus="yes">left out; in the textual notes</pl:text>
    </pl:sign>
    <pl:sign key="metamark" name="instructions" tei="metamark" explain="an instruction written on the document">
      <pl:reading show="yes">in italics</pl:reading>
      <pl:diplomatic show="yes">in italics</pl:diplomatic>
      <pl:text show="yes" before="/" after="/">between slashes</pl:text>
    </pl:sign>
    <pl:sign key="gloss" name="glosses" tei="note[@place='inline']" explain="the translator’s gloss">
      <pl:reading show="yes" before="[" after="]">in square brackets, smaller</pl:reading>
      <pl:diplomatic show="yes" before="[" after="]">in square brackets, smaller</pl:diplomatic>
      <pl:text show="yes" before="[" after="]">in square brackets</pl:text>
    </pl:sign>
    <pl:sign key="lb" name="line breaks" tei="lb" explain="line break of the source">
      <pl:reading show="no">lines joined, end-of-line hyphens removed</pl:reading>
      <pl:diplomatic show="yes" before="-">line by line, end-of-line hyphens kept</pl:diplomatic>
      <pl:text show="no">lines joined, end-of-line hyphens removed</pl:text>
    </pl:sign>
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
    <pl:sign key="debris" name="export debris" tei="div[@type='debris']" explain="text of the export around the document">
      <pl:reading show="yes">folded away at the end</pl:reading>
      <pl:diplomatic show="yes">folded away at the end</pl:diplomatic>
      <pl:text show="yes">after the notes</pl:text>
    </pl:sign>
  </xsl:variable>
</xsl:stylesheet>
