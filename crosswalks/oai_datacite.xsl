<?xml version="1.0" encoding="UTF-8"?>
<!--
  oai_datacite: the DataCite OAI wrapper 1.1 (http://schema.datacite.org/oai/oai-1.1/) around the DataCite 4.7
  resource that datacite.xsl makes. The mapping is not repeated here: the imported stylesheet's result is the
  payload. Shape as served by DataCite's own OAI-PMH server (viringo fixtures), with schemaVersion 4.7.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns="http://schema.datacite.org/oai/oai-1.1/"
    exclude-result-prefixes="#all">

  <!-- common.xsl comes with datacite.xsl; including it here too would load it twice (Saxon warns SXWN9019) -->
  <xsl:import href="datacite.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <oai_datacite xsi:schemaLocation="http://schema.datacite.org/oai/oai-1.1/ http://schema.datacite.org/oai/oai-1.1/oai.xsd">
      <schemaVersion>4.7</schemaVersion>
      <datacentreSymbol>
        <xsl:value-of select="$datacentre-symbol"/>
      </datacentreSymbol>
      <payload>
        <xsl:apply-imports/>
      </payload>
    </oai_datacite>
  </xsl:template>

</xsl:stylesheet>
