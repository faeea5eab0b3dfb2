<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "review-document": the review page of one document (a map of the review data): where the
     document and its source are, the count of each kind of intervention, the interventions in
     document order, and filters by kind and for uncertain ones only (CSS, no script: the filters'
     inputs come before the list and are read with the sibling combinator; their labels draw them). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="review-document" on-no-match="fail" on-multiple-match="fail"/>

  <!-- The page is written as it is made, not built as a tree and copied (pl:review-page): the
       interventions are most of a review, and copying them was a third of its cost. -->
  <xsl:template match=".[. instance of map(*)]" mode="review-document">
    <xsl:variable name="report" as="map(*)" select="."/>
    <xsl:variable name="present" as="map(*)*" select="?kinds?*[$report?counts(?kind) gt 0]"/>
    <html lang="en">
      <xsl:call-template name="pl:review-head">
        <xsl:with-param name="title" select="'Review: ' || ?title"/>
        <xsl:with-param name="style" select="pl:filter-rules($present)"/>
      </xsl:call-template>
      <body>
        <main>
          <xsl:sequence select="pl:document-head($report), pl:document-filters($report, $present)"/>
          <xsl:call-template name="pl:document-interventions">
            <xsl:with-param name="report" select="$report"/>
          </xsl:call-template>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- Filter rules: with a kind chosen, or "uncertain only" ticked, the other interventions are hidden;
       the chosen filters' labels are drawn ticked, the focused one outlined. -->
  <xsl:function name="pl:filter-rules" as="xs:string">
    <xsl:param name="present" as="map(*)*"/>
    <xsl:variable name="kinds" as="xs:string*" select="'all', $present ! pl:kind-class(?kind)"/>
    <xsl:sequence select="string-join((
        '.filter-state { position: fixed; top: 0; left: 0; width: 1px; height: 1px; margin: 0; opacity: 0; pointer-events: none; }',
        'label.pick { cursor: pointer; }',
        'label.pick::before { content: &quot;&quot;; display: inline-block; width: .8em; height: .8em; margin-right: .35em; vertical-align: -.08em; border: 1.5px solid #777; background: #fff; }',
        'label.pick.radio::before { border-radius: 50%; }',
        '#only-uncertain:checked ~ ol.interventions li.intervention:not(.uncertain) { display: none; }',
        '#only-uncertain:checked ~ .filters label[for=&quot;only-uncertain&quot;]::before { background: #0b57a4; border-color: #0b57a4; box-shadow: inset 0 0 0 .14em #fff; }',
        '#only-uncertain:focus-visible ~ .filters label[for=&quot;only-uncertain&quot;] { outline: 2px solid #0b57a4; }',
        $present ! ('#show-' || pl:kind-class(?kind) || ':checked ~ ol.interventions li.intervention:not(.'
            || pl:kind-class(?kind) || ') { display: none; }'),
        $kinds ! ('#show-' || . || ':checked ~ * label[for=&quot;show-' || . || '&quot;]::before { background: #0b57a4; border-color: #0b57a4; box-shadow: inset 0 0 0 .14em #fff; }'),
        $kinds ! ('#show-' || . || ':focus-visible ~ * label[for=&quot;show-' || . || '&quot;] { outline: 2px solid #0b57a4; }')), '&#10;')"/>
  </xsl:function>

  <xsl:function name="pl:document-head" as="element()*">
    <xsl:param name="report" as="map(*)"/>
    <p><a href="index.html">Encoding review</a> · <a href="uncertain.html">uncertain interventions</a></p>
    <h1>{$report?title}</h1>
    <dl class="meta">
      <dt>TEI file</dt>
      <dd><a href="{$report?tei}">{$report?file}</a></dd>
      <dt>Reading edition</dt>
      <dd><a href="{$report?edition}">{$report?file => replace('\.xml$', '.html')}</a></dd>
      <dt>Source</dt>
      <dd class="status-{$report?source?status}">
        <xsl:if test="exists($report?source?href)">
          <a href="{$report?source?href}">{$report?source?file}</a>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:text>{$report?source?message}</xsl:text>
      </dd>
      <dt>Interventions</dt>
      <dd>{$report?total}, of which {$report?uncertain} uncertain</dd>
    </dl>
  </xsl:function>

  <!-- The counts per kind, each a choice of what to show; "uncertain only" applies to any choice. -->
  <xsl:function name="pl:document-filters" as="element()*">
    <xsl:param name="report" as="map(*)"/>
    <xsl:param name="present" as="map(*)*"/>
    <h2>Interventions by kind</h2>
    <input type="checkbox" class="filter-state" id="only-uncertain"/>
    <input type="radio" class="filter-state" name="kind" id="show-all" checked="checked"/>
    <xsl:for-each select="$present">
      <input type="radio" class="filter-state" name="kind" id="show-{pl:kind-class(?kind)}" aria-label="show {?kind} only"/>
    </xsl:for-each>
    <div class="filters">
      <label class="pick" for="only-uncertain">uncertain only ({$report?uncertain})</label>
      <label class="pick radio" for="show-all">every kind ({$report?total})</label>
    </div>
    <div class="wide">
      <table>
        <thead><tr><th scope="col">Show</th><th scope="col">Kind</th><th scope="col" class="n">Count</th></tr></thead>
        <tbody>
          <xsl:for-each select="$present">
            <tr>
              <td><label class="pick radio" for="show-{pl:kind-class(?kind)}" aria-hidden="true"></label></td>
              <td><label for="show-{pl:kind-class(?kind)}">{?description}</label></td>
              <td class="n">{$report?counts(?kind)}</td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:function>

  <xsl:template name="pl:document-interventions">
    <xsl:param name="report" as="map(*)"/>
    <h2>Interventions in document order</h2>
    <xsl:choose>
      <xsl:when test="$report?total = 0">
        <p>None: the document records no editorial intervention of the kinds the review lists.</p>
      </xsl:when>
      <xsl:otherwise>
        <ol class="interventions">
          <xsl:apply-templates select="$report?interventions?*" mode="review-item">
            <xsl:with-param name="lines" select="$report?lines"/>
          </xsl:apply-templates>
        </ol>
        <xsl:sequence select="pl:whole-lines($report?lines)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
