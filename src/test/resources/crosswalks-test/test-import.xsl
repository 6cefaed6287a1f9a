<?xml version="1.0" encoding="UTF-8"?>
<!-- A test-only import: <doc xmlns="urn:test"><title>…</title></doc> becomes a minimal record. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:t="urn:test"
    xmlns="https://interop-server.org/schema/record/1" exclude-result-prefixes="#all">
  <xsl:template match="/t:doc">
    <record>
      <metadata>
        <resourceType id="other"/>
        <creators><creator><personOrOrg><type>organizational</type><name>Test</name></personOrOrg></creator></creators>
        <title><xsl:value-of select="t:title"/></title>
        <publicationDate>2020</publicationDate>
      </metadata>
      <access><record>public</record><files>public</files></access>
    </record>
  </xsl:template>
</xsl:stylesheet>
