<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile on purpose: the engine must refuse what this stylesheet tries. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/"><xsl:result-document href="file:///tmp/interop-hostile.txt">x</xsl:result-document></xsl:template>
</xsl:stylesheet>
