<?xml version="1.0" encoding="UTF-8"?>
<!-- A test-only format: proves that a stylesheet and a registry entry are all a new format needs. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="https://interop-server.org/schema/record/1" xmlns:ix="https://interop-server.org/ns/crosswalk"
    exclude-result-prefixes="#all">
  <xsl:include href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/r:record">
    <xsl:value-of select="r:metadata/r:title || ' (' || ix:year(r:metadata/r:publicationDate) || ') '
                          || ix:landing-page(.)"/>
  </xsl:template>
</xsl:stylesheet>
