<?xml version="1.0" encoding="UTF-8"?>
<!--
  CSL-JSON (Citation Style Language 1.0.2 input data): one item object (not an array) per record.

  Only variables that are both in the CSL 1.0.2 specification (Appendix IV) and in the CSL-JSON schema
  (csl-data.json) are written, so that the item also validates against the schema: "license" (specification
  only) is left out. Names are CSL name objects: family/given for persons, literal for organisations. Dates are
  date-parts from the start of the EDTF value, with the parts it has. The journal, book or proceedings the record
  appeared in (relatedItem IsPublishedIn / IsPartOf) gives container-title, volume, issue, page, number, edition,
  ISBN/ISSN and the container's editors. URL is the landing page; DOI is bare.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:csl="https://interop-server.org/ns/crosswalk/csl"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Contributor roles (DataCite contributorType) and the CSL name variable each one fills. Roles without a
       citation meaning (contact person, hosting institution, distributor, rights holder, sponsor, supervisor,
       registration agency/authority, related person) are not cited. -->
  <xsl:variable name="csl:roles" as="map(xs:string, xs:string)" select="map {
      'editor': 'editor', 'translator': 'translator', 'producer': 'producer',
      'datacollector': 'contributor', 'datacurator': 'contributor', 'datamanager': 'contributor',
      'projectleader': 'contributor', 'projectmanager': 'contributor', 'projectmember': 'contributor',
      'researcher': 'contributor', 'researchgroup': 'contributor', 'workpackageleader': 'contributor',
      'other': 'contributor' }"/>

  <!-- The item types of CSL 1.0.2 (Appendix III). The resource-types table's csl column also holds "poster",
       which is no CSL type: the specification files posters under "speech" (with the kind of presentation as
       genre); any other value CSL does not know becomes "document". -->
  <xsl:variable name="csl:types" as="xs:string+" select="tokenize('article article-journal article-magazine
      article-newspaper bill book broadcast chapter classic collection dataset document entry entry-dictionary
      entry-encyclopedia event figure graphic hearing interview legal_case legislation manuscript map motion_picture
      musical_score pamphlet paper-conference patent performance periodical personal_communication post post-weblog
      regulation report review review-book software song speech standard thesis treaty webpage')"/>

  <xsl:function name="csl:type" as="xs:string">
    <xsl:param name="table-value" as="xs:string?"/>
    <xsl:sequence select="if ($table-value = $csl:types) then $table-value
                          else if ($table-value = 'poster') then 'speech'
                          else 'document'"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:apply-templates select="r:record"/>
  </xsl:template>

  <xsl:template match="r:record">
    <xsl:variable name="m" select="r:metadata"/>
    <xsl:variable name="type" select="ix:resource-type(.)"/>
    <xsl:variable name="csl-type" select="csl:type($type/@csl)"/>
    <!-- The journal, book or proceedings the record appeared in. -->
    <xsl:variable name="container" select="($m/r:relatedItems/r:relatedItem[r:relationType/@id = 'ispublishedin'],
                                            $m/r:relatedItems/r:relatedItem[r:relationType/@id = 'ispartof'])[1]"/>
    <xsl:variable name="creator-names" select="$m/r:creators/r:creator/r:personOrOrg/r:name/normalize-space()"/>
    <!-- Contributors by CSL variable; people already cited as authors are not repeated as contributors. -->
    <xsl:variable name="cited" select="$m/r:contributors/r:contributor
        [map:contains($csl:roles, string(r:role/@id))]
        [not($csl:roles(string(r:role/@id)) = 'contributor' and normalize-space(r:personOrOrg/r:name) = $creator-names)]"/>

    <xsl:variable name="json" as="element(j:map)">
      <j:map>
        <j:string key="id">{r:id}</j:string>
        <j:string key="type">{$csl-type}</j:string>
        <xsl:sequence select="csl:string('title', $m/r:title)"/>
        <xsl:sequence select="csl:names('author', $m/r:creators/r:creator/r:personOrOrg)"/>
        <xsl:sequence select="csl:names('container-author', $container/r:creators/r:creator/r:personOrOrg)"/>
        <xsl:sequence select="csl:names('editor', ($cited[r:role/@id = 'editor'],
                                                   $container/r:contributors/r:contributor[r:role/@id = 'editor'])/r:personOrOrg)"/>
        <xsl:sequence select="csl:names('translator', $cited[r:role/@id = 'translator']/r:personOrOrg)"/>
        <xsl:sequence select="csl:names('producer', $cited[r:role/@id = 'producer']/r:personOrOrg)"/>
        <xsl:sequence select="csl:names('contributor', $cited[$csl:roles(string(r:role/@id)) = 'contributor']/r:personOrOrg)"/>
        <xsl:sequence select="csl:date('issued', $m/r:publicationDate)"/>
        <xsl:sequence select="csl:date('submitted', $m/r:dates/r:date[r:type/@id = 'submitted'][1]/r:date)"/>
        <xsl:sequence select="csl:string('container-title',
                                ($container/r:titles/r:title[not(r:type/@id)]/r:title, $container/r:titles/r:title/r:title)[1])"/>
        <xsl:sequence select="csl:string('volume', $container/r:volume)"/>
        <xsl:sequence select="csl:string('issue', $container/r:issue)"/>
        <xsl:sequence select="csl:string('page', string-join(($container/r:firstPage, $container/r:lastPage)[normalize-space()], '-'))"/>
        <xsl:sequence select="csl:string(if ($container/r:number/@type = 'chapter') then 'chapter-number' else 'number',
                                         $container/r:number)"/>
        <!-- An arXiv identifier numbers a preprint, as reference managers (Zotero's "Archive ID") have it. -->
        <xsl:if test="not($container/r:number[normalize-space()])">
          <xsl:sequence select="csl:string('number', csl:identifier($m, 'arxiv') ! ('arXiv:' || replace(., '^arXiv:', '', 'i')))"/>
        </xsl:if>
        <xsl:sequence select="csl:string('edition', $container/r:edition)"/>
        <xsl:sequence select="csl:string('publisher', ($m/r:publisher/r:name[normalize-space()], $container/r:publisher)[1])"/>
        <!-- The genre names the kind of work where the CSL type is broader ("Doctoral thesis", "Working paper",
             "Poster"); styles print it, e.g. APA in brackets. The catch-all types name nothing. -->
        <xsl:sequence select="csl:string('genre', ($m/r:resourceType/@specific[normalize-space()],
            $type[$csl-type = ('document', 'report', 'thesis', 'speech', 'article') or $csl-type ne @csl]
                 [not(@id = ('publication', 'publication-other', 'other'))]/@title)[1])"/>
        <xsl:sequence select="csl:string('version', $m/r:version)"/>
        <xsl:sequence select="csl:string('DOI', r:pids/r:doi/r:identifier)"/>
        <xsl:sequence select="csl:string('ISBN', (csl:identifier($m, 'isbn'), $container/r:identifier[@scheme = 'isbn'])[1])"/>
        <xsl:sequence select="csl:string('ISSN', (csl:identifier($m, ('issn', 'eissn')),
                                                  $container/r:identifier[@scheme = ('issn', 'eissn')])[1])"/>
        <xsl:sequence select="csl:string('PMID', csl:identifier($m, 'pmid'))"/>
        <xsl:sequence select="csl:string('PMCID', csl:identifier($m, 'pmcid'))"/>
        <j:string key="URL">{ix:landing-page(.)}</j:string>
        <xsl:sequence select="csl:string('language', $m/r:languages/r:language[1]/@id ! ix:language-tag(.))"/>
        <xsl:sequence select="csl:string('abstract', ix:plain-text($m/r:description))"/>
        <xsl:sequence select="csl:string('keyword', string-join(distinct-values($m/r:subjects/r:subject/r:subject/normalize-space()[.]), ', '))"/>
        <xsl:sequence select="csl:string('dimensions', string-join($m/r:sizes/r:size/normalize-space()[.], '; '))"/>
      </j:map>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($json, map { 'indent': true() })"/>
  </xsl:template>

  <!-- A string variable, left out when empty. -->
  <xsl:function name="csl:string" as="element(j:string)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <j:string key="{$key}">{normalize-space($value)}</j:string>
    </xsl:if>
  </xsl:function>

  <!-- The first of the record's own (alternate) identifiers in one of the schemes. -->
  <xsl:function name="csl:identifier" as="xs:string?">
    <xsl:param name="metadata" as="element(r:metadata)?"/>
    <xsl:param name="schemes" as="xs:string+"/>
    <xsl:sequence select="$metadata/r:identifiers/r:identifier[@scheme = $schemes][normalize-space()][1]/normalize-space()"/>
  </xsl:function>

  <!-- A name variable: an array of name objects (each name once), left out when there are none. -->
  <xsl:function name="csl:names" as="element(j:array)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="people" as="element(r:personOrOrg)*"/>
    <xsl:if test="exists($people)">
      <j:array key="{$key}">
        <xsl:for-each-group select="$people" group-by="normalize-space(r:name)">
          <xsl:variable name="name" select="current-grouping-key()"/>
          <j:map>
            <xsl:choose>
              <xsl:when test="r:type = 'organizational'">
                <j:string key="literal">{$name}</j:string>
              </xsl:when>
              <xsl:when test="normalize-space(r:familyName)">
                <j:string key="family">{normalize-space(r:familyName)}</j:string>
                <xsl:sequence select="csl:string('given', r:givenName)"/>
              </xsl:when>
              <!-- A person known only by "Family, Given". -->
              <xsl:when test="contains($name, ',')">
                <j:string key="family">{normalize-space(substring-before($name, ','))}</j:string>
                <xsl:sequence select="csl:string('given', substring-after($name, ','))"/>
              </xsl:when>
              <xsl:otherwise>
                <j:string key="literal">{$name}</j:string>
              </xsl:otherwise>
            </xsl:choose>
          </j:map>
        </xsl:for-each-group>
      </j:array>
    </xsl:if>
  </xsl:function>

  <!-- A date variable from an EDTF level 0 value: the parts its (first) date has, as numbers. -->
  <xsl:function name="csl:date" as="element(j:map)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:variable name="start" select="tokenize(normalize-space($edtf), '/')[1]"/>
    <xsl:if test="matches($start, '^-?\d{4}(-\d{2}(-\d{2})?)?$')">
      <xsl:variable name="year" select="replace($start, '^(-?\d{4}).*$', '$1')"/>
      <xsl:variable name="rest" select="tokenize(substring($start, string-length($year) + 2), '-')"/>
      <j:map key="{$key}">
        <j:array key="date-parts">
          <j:array>
            <xsl:for-each select="$year, $rest">
              <j:number>{xs:integer(.)}</j:number>
            </xsl:for-each>
          </j:array>
        </j:array>
      </j:map>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
