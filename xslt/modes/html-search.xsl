<?xml version="1.0" encoding="UTF-8"?>
<!-- Template "search": the search page (Pagefind's interface over the index plenum build makes; the
     only page that needs script, and it says so without it). Template "pagers": each listed
     document's previous and next, in the order of the home page's table, one nav per line, which
     plenum.search puts into the document pages' empty nav.pager. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template name="search">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Search — {$pl:edition-title}</title>
        <link rel="icon" type="image/svg+xml" href="favicon.svg"/>
      <link rel="stylesheet" href="edition.css"/>
        <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
        <script src="pagefind/pagefind-ui.js"></script>
        <script src="search.js"></script>
      </head>
      <body class="search">
        <xsl:call-template name="pl:site-header"/>
        <main id="pl-main">
          <h1>Search</h1>
          <p class="lede">Search the reading text, the notes and the summaries of every document; narrow the results by
            person, date, original language, kind of document and archive.</p>
          <noscript><p class="no-script">The search runs in the browser and needs JavaScript, and the site must be
            opened over HTTP (not as files). Without it, find a document in <a href="index.html#pl-documents">the list
            of documents</a> and a person in <a href="persons.html">the person index</a>.</p></noscript>
          <div id="pl-search"></div>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="pagers">
    <xsl:variable name="listed" select="pl:by-date(pl:extracts($summaries)[not(@root = 'teiCorpus')])"/>
    <xsl:for-each select="$listed">
      <xsl:variable name="i" select="position()"/>
      <nav class="pager" aria-label="Documents before and after this one" data-for="{pl:summary-stem(.)}">
        <xsl:for-each select="$listed[$i - 1]">
          <a rel="prev" href="{encode-for-uri(pl:summary-stem(.))}.html"><span class="pager-label">← Previous</span> {pl:title}</a>
        </xsl:for-each>
        <a class="pager-all" href="index.html#pl-documents">All documents</a>
        <xsl:for-each select="$listed[$i + 1]">
          <a rel="next" href="{encode-for-uri(pl:summary-stem(.))}.html"><span class="pager-label">Next →</span> {pl:title}</a>
        </xsl:for-each>
      </nav>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
