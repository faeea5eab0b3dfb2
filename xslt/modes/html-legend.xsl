<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "legend": the conventions table printed as the legend of editorial signs, one row per
     sign with what it means and how the reading and the diplomatic views show it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pl="https://plenum.invalid/ns"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="legend" on-no-match="fail" on-multiple-match="fail"/>

  <!-- The legend as the caller made it once (plenum.render.Renderer, with the template below): it is
       the same on every page, and making it was a twentieth of a page's cost. -->
  <xsl:param name="legend" as="document-node()?" select="()"/>

  <xsl:template name="pl:legend">
    <xsl:sequence select="$legend/node()"/>
    <xsl:if test="empty($legend)">
      <xsl:call-template name="pl:make-legend"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pl:make-legend">
    <details class="legend" data-pagefind-ignore="">
      <summary>Editorial signs</summary>
      <table>
        <thead>
          <tr><th scope="col">Sign</th><th scope="col">Meaning</th><th scope="col">Reading view</th>
            <th scope="col">Diplomatic view</th><th scope="col">Plain text</th></tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="$pl:conventions[pl:reading]" mode="legend"/>
        </tbody>
      </table>
    </details>
  </xsl:template>

  <xsl:template match="pl:sign" mode="legend">
    <tr>
      <th scope="row">{@name}</th>
      <td>{replace(@explain, ';\s*(the source has|printed as)$', '')}</td>
      <td>{pl:reading}</td>
      <td>{pl:diplomatic}</td>
      <td>{pl:text}</td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
