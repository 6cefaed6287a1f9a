<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an OAI-PMH response as a page when a browser opens the endpoint. XSLT 1.0: what browsers run. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:oai="http://www.openarchives.org/OAI/2.0/" exclude-result-prefixes="oai">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:variable name="base" select="/oai:OAI-PMH/oai:request"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>OAI-PMH <xsl:value-of select="/oai:OAI-PMH/oai:request/@verb"/></title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
          nav a { margin-right: 1rem; }
          table { border-collapse: collapse; width: 100%; }
          th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ccc; padding: .3rem; }
          .error { color: #a00000; font-weight: bold; }
          pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; font-size: .85rem; }
        </style>
      </head>
      <body>
        <header>
          <nav aria-label="OAI-PMH verbs">
            <a href="?verb=Identify">Identify</a>
            <a href="?verb=ListMetadataFormats">ListMetadataFormats</a>
            <a href="?verb=ListSets">ListSets</a>
            <a href="?verb=ListIdentifiers&amp;metadataPrefix=oai_dc">ListIdentifiers</a>
            <a href="?verb=ListRecords&amp;metadataPrefix=oai_dc">ListRecords</a>
          </nav>
        </header>
        <main>
          <h1><xsl:value-of select="/oai:OAI-PMH/oai:request/@verb"/></h1>
          <p>Response date <xsl:value-of select="/oai:OAI-PMH/oai:responseDate"/>, base URL
            <xsl:value-of select="$base"/></p>
          <xsl:apply-templates select="/oai:OAI-PMH/oai:error"/>
          <xsl:apply-templates select="/oai:OAI-PMH/oai:Identify"/>
          <xsl:apply-templates select="/oai:OAI-PMH/oai:ListMetadataFormats"/>
          <xsl:apply-templates select="/oai:OAI-PMH/oai:ListSets"/>
          <xsl:apply-templates select="/oai:OAI-PMH/*[oai:header or oai:record]"/>
          <xsl:apply-templates select="//oai:resumptionToken"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="oai:error">
    <p class="error" role="alert"><xsl:value-of select="@code"/>: <xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="oai:Identify">
    <table>
      <xsl:for-each select="*[not(self::oai:description)]">
        <tr><th scope="row"><xsl:value-of select="local-name()"/></th><td><xsl:value-of select="."/></td></tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="oai:ListMetadataFormats">
    <table>
      <tr><th>Prefix</th><th>Schema</th><th>Namespace</th></tr>
      <xsl:for-each select="oai:metadataFormat">
        <tr>
          <td><a href="?verb=ListRecords&amp;metadataPrefix={oai:metadataPrefix}"><xsl:value-of select="oai:metadataPrefix"/></a></td>
          <td><xsl:value-of select="oai:schema"/></td>
          <td><xsl:value-of select="oai:metadataNamespace"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="oai:ListSets">
    <table>
      <tr><th>Set</th><th>Name</th></tr>
      <xsl:for-each select="oai:set">
        <tr>
          <td><a href="?verb=ListIdentifiers&amp;metadataPrefix=oai_dc&amp;set={oai:setSpec}"><xsl:value-of select="oai:setSpec"/></a></td>
          <td><xsl:value-of select="oai:setName"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="oai:GetRecord|oai:ListRecords|oai:ListIdentifiers">
    <table>
      <tr><th>Identifier</th><th>Datestamp</th><th>Sets</th><th>Metadata</th></tr>
      <xsl:for-each select="oai:header|oai:record">
        <xsl:variable name="h" select="self::oai:header|oai:header"/>
        <tr>
          <td><a href="?verb=GetRecord&amp;metadataPrefix=oai_dc&amp;identifier={$h/oai:identifier}"><xsl:value-of select="$h/oai:identifier"/></a>
            <xsl:if test="$h/@status = 'deleted'"> (deleted)</xsl:if></td>
          <td><xsl:value-of select="$h/oai:datestamp"/></td>
          <td><xsl:for-each select="$h/oai:setSpec"><xsl:value-of select="."/><br/></xsl:for-each></td>
          <td><xsl:if test="oai:metadata"><pre><xsl:apply-templates select="oai:metadata/*" mode="text"/></pre></xsl:if></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="oai:resumptionToken">
    <p>
      <xsl:if test="@cursor">Records from <xsl:value-of select="@cursor + 1"/> of <xsl:value-of select="@completeListSize"/>. </xsl:if>
      <xsl:if test="normalize-space(.) != ''">
        <a href="?verb={/oai:OAI-PMH/oai:request/@verb}&amp;resumptionToken={.}">Next page</a>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- metadata as indented text: element names and their text, enough to read a record -->
  <xsl:template match="*" mode="text">
    <xsl:param name="indent" select="''"/>
    <xsl:value-of select="concat($indent, local-name())"/>
    <xsl:for-each select="@*"><xsl:value-of select="concat(' ', local-name(), '=', .)"/></xsl:for-each>
    <xsl:if test="not(*)"><xsl:value-of select="concat(': ', normalize-space(.))"/></xsl:if>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="*" mode="text"><xsl:with-param name="indent" select="concat($indent, '  ')"/></xsl:apply-templates>
  </xsl:template>
</xsl:stylesheet>
