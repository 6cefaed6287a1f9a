<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by every crosswalk (xsl:include'd, never copied): the parameters the engine passes, vocabulary
  look-ups over the tables in src/main/resources/vocabularies (handed in as one document), identifiers as
  URLs, and plain text from the model's HTML descriptions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    exclude-result-prefixes="#all">

  <!-- The public address of the server, without a trailing slash: landing pages are {base-url}/records/{id}. -->
  <xsl:param name="base-url" as="xs:string" select="'http://localhost:8080'"/>
  <xsl:param name="repository-name" as="xs:string" select="'Interop Server'"/>
  <!-- The namespace part of OAI identifiers (oai:{repository-id}:{id}). -->
  <xsl:param name="repository-id" as="xs:string" select="'localhost'"/>
  <!-- The DataCite repository (client) symbol, e.g. CERN.ZENODO; oai_datacite's datacentreSymbol. -->
  <xsl:param name="datacentre-symbol" as="xs:string" select="'INTEROP.SERVER'"/>
  <!-- The vocabulary tables: <vocabularies><table name="…"><row id="…" …/></table>…</vocabularies>. -->
  <xsl:param name="vocabularies" as="document-node()" required="yes"/>

  <xsl:key name="ix:row" match="table[@name ne 'datacite-terms']/row" use="../@name || ':' || @id"/>
  <xsl:key name="ix:term" match="table[@name eq 'datacite-terms']/row" use="@vocabulary || ':' || @id"/>

  <!-- A row of a vocabulary table (resource-types, languages, licenses, access-statuses) by its id. -->
  <xsl:function name="ix:vocab" as="element(row)?">
    <xsl:param name="table" as="xs:string"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="if ($id) then key('ix:row', $table || ':' || $id, $vocabularies)[1] else ()"/>
  </xsl:function>

  <!-- DataCite's spelling of a model term: ix:datacite-term('relation-type', 'iscitedby') = 'IsCitedBy'. -->
  <xsl:function name="ix:datacite-term" as="xs:string?">
    <xsl:param name="vocabulary" as="xs:string"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="if ($id) then key('ix:term', $vocabulary || ':' || $id, $vocabularies)[1]/@datacite/string() else ()"/>
  </xsl:function>

  <!-- The resource-types row of a record: @title, @datacite_general, @coar (the code: prefix it with
       http://purl.org/coar/resource_type/), @schemaorg, @csl, @openaire, @bibtex, @orcid, @marc. -->
  <xsl:function name="ix:resource-type" as="element(row)?">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:sequence select="ix:vocab('resource-types', $record/r:metadata/r:resourceType/@id)"/>
  </xsl:function>

  <!-- The access-statuses row of a record: @coar (the code: prefix it with http://purl.org/coar/access_right/),
       @eurepo, @title (the COAR label). -->
  <xsl:function name="ix:access-status" as="element(row)?">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:sequence select="ix:vocab('access-statuses', ($record/r:access/r:status, 'metadata-only')[1])"/>
  </xsl:function>

  <!-- The languages row of an ISO 639-3 code, or of a language tag's primary subtag (en-US, en → eng's row). -->
  <xsl:function name="ix:language" as="element(row)?">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:variable name="primary" select="lower-case(tokenize($code, '-')[1])"/>
    <xsl:sequence select="(ix:vocab('languages', $primary),
                           $vocabularies/vocabularies/table[@name eq 'languages']/row[@iso639_1 eq $primary])[1]"/>
  </xsl:function>

  <!-- A BCP 47 tag for an ISO 639-3 code (eng → en); codes without a two-letter form stay as they are. -->
  <xsl:function name="ix:language-tag" as="xs:string">
    <xsl:param name="iso639-3" as="xs:string"/>
    <xsl:sequence select="(ix:vocab('languages', $iso639-3)/@iso639_1/string(), $iso639-3)[1]"/>
  </xsl:function>

  <!-- The URL form of an identifier, or nothing when the scheme has none. -->
  <xsl:function name="ix:identifier-url" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:variable name="prefix" select="map {
        'doi': 'https://doi.org/', 'orcid': 'https://orcid.org/', 'ror': 'https://ror.org/',
        'isni': 'https://isni.org/isni/', 'handle': 'https://hdl.handle.net/', 'arxiv': 'https://arxiv.org/abs/',
        'pmid': 'https://pubmed.ncbi.nlm.nih.gov/', 'crossreffunderid': 'https://doi.org/10.13039/',
        'swhid': 'https://archive.softwareheritage.org/' }(lower-case($scheme))"/>
    <xsl:sequence select="
      if (not($v)) then ()
      else if (exists($prefix)) then $prefix || replace($v, if ($scheme = ('isni')) then '\s' else '^arXiv:', '', 'i')
      else if (matches($v, '^https?://')) then $v
      else ()"/>
  </xsl:function>

  <!-- The record's landing page. -->
  <xsl:function name="ix:landing-page" as="xs:string">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:sequence select="$base-url || '/records/' || $record/r:id"/>
  </xsl:function>

  <!-- The DOI as a URL when the record has one, else the landing page: how the record is cited. -->
  <xsl:function name="ix:cite-as" as="xs:string">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:sequence select="(ix:identifier-url('doi', $record/r:pids/r:doi/r:identifier), ix:landing-page($record))[1]"/>
  </xsl:function>

  <!-- The licence URL of a rights entry: its own link, the known licence's URL, else the SPDX page. -->
  <xsl:function name="ix:license-url" as="xs:string?">
    <xsl:param name="right" as="element(r:right)"/>
    <xsl:variable name="known" select="ix:vocab('licenses', $right/r:id)"/>
    <xsl:sequence select="($right/r:link/string(), $known/@url/string(),
                           $right/r:id ! ('https://spdx.org/licenses/' || .))[1]"/>
  </xsl:function>

  <!-- The SPDX spelling of a licence id (cc-by-4.0 → CC-BY-4.0). -->
  <xsl:function name="ix:spdx-id" as="xs:string?">
    <xsl:param name="right" as="element(r:right)"/>
    <xsl:sequence select="(ix:vocab('licenses', $right/r:id)/@spdx/string(), $right/r:id/string())[1]"/>
  </xsl:function>

  <!-- A readable title of a rights entry: its own (first) title, else the known licence's. -->
  <xsl:function name="ix:license-title" as="xs:string?">
    <xsl:param name="right" as="element(r:right)"/>
    <xsl:sequence select="($right/r:title/r:text[1]/string(), ix:vocab('licenses', $right/r:id)/@title/string(),
                           $right/r:id/string())[1]"/>
  </xsl:function>

  <!-- Plain text of the model's HTML (descriptions): tags dropped, the common entities decoded, spaces collapsed. -->
  <xsl:function name="ix:plain-text" as="xs:string">
    <xsl:param name="html" as="xs:string?"/>
    <xsl:variable name="text" select="replace(replace($html, '&lt;(br|/p|/li|/div|/h[1-6])\s*/?&gt;', ' $0', 'i'), '&lt;[^&gt;]*&gt;', '')"/>
    <xsl:sequence select="normalize-space(ix:decode-entities($text))"/>
  </xsl:function>

  <xsl:function name="ix:decode-entities" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="$text" regex="&amp;(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);">
        <xsl:matching-substring>
          <xsl:variable name="e" select="regex-group(1)"/>
          <xsl:sequence select="
            if (starts-with($e, '#x')) then codepoints-to-string(ix:hex(substring($e, 3)))
            else if (starts-with($e, '#')) then codepoints-to-string(xs:integer(substring($e, 2)))
            else map { 'amp': '&amp;', 'lt': '&lt;', 'gt': '&gt;', 'quot': '&quot;', 'apos': &quot;'&quot;,
                       'nbsp': '&#160;' }($e)"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:sequence select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="ix:hex" as="xs:integer">
    <xsl:param name="digits" as="xs:string"/>
    <xsl:sequence select="fold-left(string-to-codepoints(upper-case($digits)), 0,
      function($n, $c) { $n * 16 + (if ($c le 57) then $c - 48 else $c - 55) })"/>
  </xsl:function>

  <!-- The first year an EDTF date names (2021-03-15 → 2021, 2019-05/2020-09 → 2019), if any. -->
  <xsl:function name="ix:year" as="xs:string?">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:sequence select="replace($edtf, '^\D*(-?\d{4}).*$', '$1')[matches($edtf, '\d{4}')]"/>
  </xsl:function>

  <!-- The first (or only) date of an EDTF value when it is a plain ISO date: YYYY, YYYY-MM or YYYY-MM-DD. -->
  <xsl:function name="ix:start-date" as="xs:string?">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:variable name="start" select="tokenize($edtf, '/')[1]"/>
    <xsl:sequence select="$start[matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')]"/>
  </xsl:function>

</xsl:stylesheet>
