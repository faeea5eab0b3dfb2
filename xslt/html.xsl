<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML edition: a page per TEI document (default mode) and the home page (template "index").
     A document is a TEI element, a teiCorpus, or any other TEI root (e.g. a surface). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:include href="lib/functions.xsl"/>
  <xsl:include href="modes/html-body.xsl"/>
  <xsl:include href="modes/html-meta.xsl"/>
  <xsl:include href="modes/html-index.xsl"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/*">
    <html lang="{(@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{pl:title(.)}</title>
      </head>
      <body>
        <header><p><a href="index.html">The 1956 August Plenum documents</a></p></header>
        <main>
          <h1>{pl:title(.)}</h1>
          <xsl:apply-templates select="tei:teiHeader" mode="meta"/>
          <xsl:apply-templates select="pl:content(.)" mode="body"/>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
