<?xml version="1.0" encoding="UTF-8"?>
<!--
  ORCID Member API 3.0 work in ORCID's JSON (record_3.0/samples/write_samples/work-full-3.0.json). The mapping
  is orcid-work.xsl's: the XML work is rendered into a variable and its tree is turned into JSON, element by
  element. Elements become keys, element children an object, text a string; ORCID's JSON differs from that
  only in the two lists below.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:ow="https://interop-server.org/ns/crosswalk/orcid-work"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    exclude-result-prefixes="#all">

  <!-- common.xsl comes with orcid-work.xsl; including it a second time only makes Saxon warn (SXWN9019). -->
  <xsl:import href="orcid-work.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Leaves that ORCID's JSON wraps as {"value": …} (their attributes become keys beside "value"). -->
  <xsl:variable name="ow:wrapped" as="xs:string*" select="('title', 'subtitle', 'translated-title', 'journal-title',
      'url', 'external-id-url', 'credit-name', 'year', 'month', 'day', 'country')"/>
  <!-- Repeatable elements: their container holds them as an array under their own name. -->
  <xsl:variable name="ow:arrays" as="xs:string*" select="('external-id', 'contributor')"/>

  <xsl:template match="r:record">
    <xsl:variable name="work" as="element()">
      <xsl:apply-templates select="." mode="ow:work"/>
    </xsl:variable>
    <xsl:variable name="json" as="element(fn:map)">
      <xsl:apply-templates select="$work" mode="ow:json"/>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($json, map { 'indent': true() })"/>
  </xsl:template>

  <!-- An element with element children: an object of its children, arrays for repeatable ones. -->
  <xsl:template match="*[*]" mode="ow:json">
    <xsl:param name="key" as="xs:string?"/>
    <fn:map>
      <xsl:if test="$key">
        <xsl:attribute name="key" select="$key"/>
      </xsl:if>
      <xsl:for-each-group select="*" group-adjacent="local-name()">
        <xsl:choose>
          <xsl:when test="current-grouping-key() = $ow:arrays">
            <fn:array key="{current-grouping-key()}">
              <xsl:apply-templates select="current-group()" mode="ow:json"/>
            </fn:array>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="current-group()" mode="ow:json">
              <xsl:with-param name="key" select="current-grouping-key()"/>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </fn:map>
  </xsl:template>

  <xsl:template match="*[not(*)][local-name() = $ow:wrapped]" mode="ow:json" priority="2">
    <xsl:param name="key" as="xs:string?"/>
    <fn:map>
      <xsl:if test="$key">
        <xsl:attribute name="key" select="$key"/>
      </xsl:if>
      <fn:string key="value">
        <xsl:value-of select="."/>
      </fn:string>
      <xsl:for-each select="@*">
        <fn:string key="{local-name()}">
          <xsl:value-of select="."/>
        </fn:string>
      </xsl:for-each>
    </fn:map>
  </xsl:template>

  <xsl:template match="*[not(*)]" mode="ow:json" priority="1">
    <xsl:param name="key" as="xs:string?"/>
    <fn:string>
      <xsl:if test="$key">
        <xsl:attribute name="key" select="$key"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </fn:string>
  </xsl:template>

</xsl:stylesheet>
