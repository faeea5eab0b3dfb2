<?xml version="1.0" encoding="UTF-8"?>
<!-- The page of a document (default mode) and what every page shares: head, site header, footer.
     A document page: its title, the metadata panel (mode meta), the view switches and the legend
     of signs, the text (mode body, both views in one tree), the notes (mode notes), the debris. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="/*">
    <xsl:variable name="title" select="pl:title(.)"/>
    <xsl:variable name="stem" select="pl:stem(.)"/>
    <xsl:variable name="notes" select="key('pl:notes', 'all', root(.))"/>
    <xsl:variable name="parallel" select="exists(pl:content(.)/tei:group[pl:parallel(.)])"/>
    <xsl:variable name="cite" select="pl:turn-cite(.)"/>
    <html lang="{(@xml:lang, 'en')[1]}">
      <xsl:call-template name="pl:head">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="stem" select="$stem"/>
        <xsl:with-param name="document" select="."/>
      </xsl:call-template>
      <body>
        <xsl:call-template name="pl:site-header"/>
        <main id="pl-main">
          <xsl:if test="$parallel"><xsl:attribute name="class">side-by-side</xsl:attribute></xsl:if>
          <xsl:if test="$site"><nav class="pager" aria-label="Documents before and after this one"></nav></xsl:if>
          <article class="document" aria-labelledby="pl-title" data-pagefind-body="">
            <header class="doc-head">
              <p class="kicker">{pl:genre(.)}<xsl:if test="pl:iso-date(.)"> · <time datetime="{pl:iso-date(.)}">{pl:display-date(.)}</time></xsl:if></p>
              <h1 id="pl-title" data-pagefind-meta="title">{$title}</h1>
              <xsl:if test="$site">
                <p class="downloads" data-pagefind-ignore="">Also as <a href="{encode-for-uri($stem)}.txt" type="text/plain">plain text</a>,
                  <a href="{encode-for-uri($stem)}.xml" type="application/tei+xml" download="">TEI&#160;XML</a> and
                  <a href="{encode-for-uri($stem)}.csl.json" type="application/vnd.citationstyles.csl+json" download="">a citation (CSL-JSON)</a>.</p>
              </xsl:if>
              <xsl:call-template name="pl:facets"/>
            </header>
            <xsl:apply-templates select="tei:teiHeader" mode="meta"/>
            <xsl:call-template name="pl:switch-states">
              <xsl:with-param name="parallel" select="$parallel"/>
            </xsl:call-template>
            <section class="text" aria-labelledby="pl-text">
              <h2 id="pl-text">Text</h2>
              <xsl:call-template name="pl:switches">
                <xsl:with-param name="parallel" select="$parallel"/>
              </xsl:call-template>
              <xsl:call-template name="pl:legend"/>
              <div class="flow">
                <xsl:apply-templates select="pl:content(.)" mode="body">
                  <xsl:with-param name="cite" select="$cite" tunnel="yes"/>
                </xsl:apply-templates>
              </div>
            </section>
            <xsl:if test="$notes">
              <section class="notes" aria-labelledby="pl-notes" role="doc-endnotes">
                <h2 id="pl-notes">Notes</h2>
                <ol class="notes">
                  <xsl:apply-templates select="$notes" mode="notes">
                    <xsl:with-param name="cite" select="$cite" tunnel="yes"/>
                  </xsl:apply-templates>
                </ol>
              </section>
            </xsl:if>
            <xsl:apply-templates select="tei:text/tei:front/tei:div[@type = 'debris']" mode="notes">
              <xsl:with-param name="cite" select="$cite" tunnel="yes"/>
            </xsl:apply-templates>
          </article>
        </main>
        <xsl:call-template name="pl:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="pl:head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="stem" as="xs:string?"/>
    <xsl:param name="document" as="element()?" select="()"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>{$title}{if ($title != $pl:edition-title) then ' — ' || $pl:edition-title else ''}</title>
      <xsl:if test="$site"><link rel="icon" type="image/svg+xml" href="{$up}favicon.svg"/></xsl:if>
      <link rel="stylesheet" href="{$up}edition.css"/>
      <xsl:if test="$site and $stem">
        <link rel="alternate" type="application/tei+xml" href="{encode-for-uri($stem)}.xml"/>
        <link rel="alternate" type="text/plain" href="{encode-for-uri($stem)}.txt"/>
        <link rel="alternate" type="application/vnd.citationstyles.csl+json" href="{encode-for-uri($stem)}.csl.json"/>
        <script src="view.js" defer=""></script>
      </xsl:if>
      <xsl:if test="$base and $stem">
        <link rel="canonical" href="{$base}{encode-for-uri($stem)}.html"/>
      </xsl:if>
      <xsl:apply-templates select="$document" mode="citation-meta"/>
    </head>
  </xsl:template>

  <xsl:template name="pl:site-header">
    <header class="site" data-pagefind-ignore="all">
      <p class="site-title"><a href="{$up}index.html">{$pl:edition-title}</a></p>
      <xsl:if test="$site">
        <nav aria-label="Edition">
          <a href="{$up}index.html#pl-documents">Documents</a>
          <xsl:if test="exists($persons)"><a href="{$up}persons.html">Persons</a></xsl:if>
          <a href="{$up}search.html">Search</a>
        </nav>
        <form class="search" action="{$up}search.html" role="search">
          <label>Search the edition <input type="search" name="q"/></label>
          <button type="submit">Search</button>
        </form>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template name="pl:site-footer">
    <footer class="site">
      <p>{$pl:edition-title}: a TEI P5 edition made by plenum. Pages are static and need no script.</p>
    </footer>
  </xsl:template>

  <!-- The state of the view switches: radio buttons ahead of everything they switch (the text, the
       notes), which the style sheet reads with the sibling combinator (input:checked ~ * .dpl), so no
       script and no :has(). They are hidden; the labels in the switch bar (pl:switches) draw them and
       take their clicks; in the tab order they come just before the text. Outside the labels' fieldset,
       each names its group by the fieldset's legend (aria-describedby), as a screen reader would. -->
  <xsl:template name="pl:switch-states">
    <xsl:param name="parallel" as="xs:boolean"/>
    <input type="radio" class="switch-state" name="view" id="pl-view-reading" aria-describedby="pl-switch-view" checked=""/>
    <input type="radio" class="switch-state" name="view" id="pl-view-diplomatic" aria-describedby="pl-switch-view"/>
    <xsl:if test="$parallel">
      <input type="radio" class="switch-state" name="columns" id="pl-columns-both" aria-describedby="pl-switch-columns" checked=""/>
      <input type="radio" class="switch-state" name="columns" id="pl-columns-original" aria-describedby="pl-switch-columns"/>
      <input type="radio" class="switch-state" name="columns" id="pl-columns-translation" aria-describedby="pl-switch-columns"/>
    </xsl:if>
  </xsl:template>

  <!-- The view switches: reading or diplomatic text; for an original with its translation, the
       columns shown. Labels of the radio buttons of pl:switch-states. -->
  <xsl:template name="pl:switches">
    <xsl:param name="parallel" as="xs:boolean"/>
    <div class="switches" data-pagefind-ignore="">
      <fieldset class="switch">
        <legend id="pl-switch-view">View</legend>
        <label for="pl-view-reading">reading text</label>
        <label for="pl-view-diplomatic">diplomatic text</label>
      </fieldset>
      <xsl:if test="$parallel">
        <fieldset class="switch">
          <legend id="pl-switch-columns">Columns</legend>
          <label for="pl-columns-both">original and translation</label>
          <label for="pl-columns-original">original</label>
          <label for="pl-columns-translation">translation</label>
        </fieldset>
      </xsl:if>
    </div>
  </xsl:template>
</xsl:stylesheet>
