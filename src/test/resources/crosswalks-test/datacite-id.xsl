<?xml version="1.0" encoding="UTF-8"?>
<!-- A test-only format whose output lacks DataCite's mandatory properties, so schema validation must reject it. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="https://interop-server.org/schema/record/1" exclude-result-prefixes="#all">
  <xsl:include href="common.xsl"/>
  <xsl:template match="/r:record">
    <resource xmlns="http://datacite.org/schema/kernel-4">
      <identifier identifierType="DOI"><xsl:value-of select="r:pids/r:doi/r:identifier"/></identifier>
    </resource>
  </xsl:template>
</xsl:stylesheet>
