<?xml version="1.0" encoding="UTF-8"?>
<!-- Named template "index": the home page listing every document. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The documents of the edition, set by the caller (render.Renderer.index). -->
  <xsl:param name="documents" as="document-node()*" select="()"/>

  <xsl:template name="index">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>The 1956 August Plenum documents</title>
      </head>
      <body>
        <main>
          <h1>The 1956 August Plenum documents</h1>
          <table>
            <thead><tr><th scope="col">Date</th><th scope="col">Title</th></tr></thead>
            <tbody>
              <xsl:for-each select="$documents">
                <xsl:sort select="pl:iso-date(.)"/>
                <xsl:sort select="pl:stem(.)"/>
                <tr>
                  <td><time datetime="{pl:iso-date(.)}">{pl:display-date(.)}</time></td>
                  <td><a href="{encode-for-uri(pl:stem(.))}.html">{pl:title(.)}</a></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
