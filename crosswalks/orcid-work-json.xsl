<?xml version="1.0" encoding="UTF-8"?>
<!--
  ORCID Member API 3.0 work in ORCID's JSON (record_3.0/samples/write_samples/work-full-3.0.json). The mapping
  is orcid-work.xsl's: the XML work is rendered into a variable and its tree is turned into JSON, element by
  element. Elements become keys, element children an object, text a string; ORCID's JSON differs from that
  only in the leaves it wraps and the arrays, each a rule of mode ow:json below.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:ow="https://interop-server.org/ns/crosswalk/orcid-work"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:work="http://www.orcid.org/ns/work"
    xmlns:common="http://www.orcid.org/ns/common"
    exclude-result-prefixes="#all">

  <!-- common.xsl comes with orcid-work.xsl; including it a second time only makes Saxon warn (SXWN9019). -->
  <xsl:import href="orcid-work.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="r:record">
    <xsl:variable name="work" as="element()">
      <xsl:apply-templates select="." mode="ow:work"/>
    </xsl:variable>
    <!-- the work's children as the top-level object (it has no key) -->
    <xsl:variable name="json" as="element(fn:map)">
      <fn:map>
        <xsl:apply-templates select="$work/*" mode="ow:json"/>
      </fn:map>
    </xsl:variable>
    <!-- not indented: the engine re-indents all JSON it stores, and does less work on compact input -->
    <xsl:value-of select="xml-to-json($json)"/>
  </xsl:template>

  <!--
    Every element is converted once, by the rule for its name (ORCID's exceptions, priority 1) or else by the
    generic one for its shape. Rules by name, rather than generic rules that compare local-name() with lists, group
    children and pass each its key: Saxon finds a rule by name directly, and there is nothing to group or pass.
  -->

  <!-- An element with element children: an object of its children. -->
  <xsl:template match="*[*]" mode="ow:json">
    <fn:map key="{local-name()}">
      <xsl:apply-templates select="*" mode="ow:json"/>
    </fn:map>
  </xsl:template>

  <!-- A leaf: a string. -->
  <xsl:template match="*" mode="ow:json">
    <fn:string key="{local-name()}">
      <xsl:value-of select="."/>
    </fn:string>
  </xsl:template>

  <!-- Leaves that ORCID's JSON wraps as {"value": …} (their attributes become keys beside "value"). -->
  <xsl:template match="common:title | common:subtitle | common:translated-title | work:journal-title | common:url
      | common:external-id-url | work:credit-name | common:year | common:month | common:day | common:country"
      mode="ow:json" priority="1">
    <fn:map key="{local-name()}">
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

  <!-- Containers of repeatable elements: their items as an array under the items' name
       ({"external-ids": {"external-id": [{…}, …]}}), each item an object without a key. -->
  <xsl:template match="common:external-ids | work:contributors" mode="ow:json" priority="1">
    <fn:map key="{local-name()}">
      <fn:array key="{local-name(*[1])}">
        <xsl:for-each select="*">
          <fn:map>
            <xsl:apply-templates select="*" mode="ow:json"/>
          </fn:map>
        </xsl:for-each>
      </fn:array>
    </fn:map>
  </xsl:template>

</xsl:stylesheet>
