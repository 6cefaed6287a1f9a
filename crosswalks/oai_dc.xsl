<?xml version="1.0" encoding="UTF-8"?>
<!--
  Simple Dublin Core for OAI-PMH (oai_dc), written to the DRIVER Guidelines 2.0 / OpenAIRE Guidelines for
  Literature Repositories 3.0 conventions that aggregators (OpenAIRE, BASE) expect: info:eu-repo terms for
  publication type, access right, embargo end, grant agreements and typed relations; ISO 639-3 languages;
  "Family, Given" names; a single publication date.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:dcx="https://interop-server.org/ns/crosswalk/oai_dc"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs r ix dcx">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- info:eu-repo publication types (DRIVER 2.0 / OpenAIRE 3.0 list), only for the model's literature types.
       publication-thesis is resolved from its specific type in dcx:driver-type. -->
  <xsl:variable name="dcx:driver-types" as="map(xs:string, xs:string)" select="map {
      'publication': 'other',
      'publication-annotationcollection': 'annotation',
      'publication-article': 'article',
      'publication-book': 'book',
      'publication-section': 'bookPart',
      'publication-conferencepaper': 'conferenceObject',
      'publication-conferenceproceeding': 'conferenceObject',
      'publication-datamanagementplan': 'other',
      'publication-datapaper': 'article',
      'publication-deliverable': 'report',
      'publication-dissertation': 'doctoralThesis',
      'publication-journal': 'other',
      'publication-patent': 'patent',
      'publication-peerreview': 'review',
      'publication-preprint': 'preprint',
      'publication-proposal': 'other',
      'publication-report': 'report',
      'publication-softwaredocumentation': 'other',
      'publication-standard': 'other',
      'publication-technicalnote': 'report',
      'publication-workingpaper': 'workingPaper',
      'publication-other': 'other',
      'poster': 'conferenceObject',
      'presentation': 'lecture' }"/>

  <!-- OpenAIRE 3.0 scheme tokens of typed relations (info:eu-repo/semantics/{altIdentifier|reference|dataset}/<scheme>/<id>),
       keyed by the model's scheme; each list holds only the schemes the guidelines allow for that relation. -->
  <xsl:variable name="dcx:eurepo-schemes" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'altIdentifier': map { 'ark': 'ark', 'arxiv': 'arxiv', 'doi': 'doi', 'handle': 'hdl', 'isbn': 'isbn',
                             'eissn': 'eissn', 'pmid': 'pmid', 'purl': 'purl', 'urn': 'urn' },
      'reference': map { 'ark': 'ark', 'arxiv': 'arxiv', 'doi': 'doi', 'handle': 'hdl', 'isbn': 'isbn', 'issn': 'issn',
                         'pmid': 'pmid', 'purl': 'purl', 'url': 'url', 'urn': 'urn' },
      'dataset': map { 'ark': 'ark', 'doi': 'doi', 'handle': 'hdl', 'purl': 'purl', 'url': 'url', 'urn': 'urn' } }"/>

  <!-- The European Commission (and its ERC executive agency, whose grants OpenAIRE files under EC) by ROR id and
       Crossref Funder ID. -->
  <xsl:variable name="dcx:ec-funder-ids" select="('00k4n6c32', '0472cxd90', '501100000780', '501100000781')"/>
  <!-- OpenAIRE's funding-programme codes for programme names a record may spell out. -->
  <xsl:variable name="dcx:ec-programmes" select="map {
      'horizon 2020': 'H2020', 'horizon europe': 'HE', 'seventh framework programme': 'FP7' }"/>

  <xsl:template match="/">
    <xsl:apply-templates select="r:record"/>
  </xsl:template>

  <xsl:template match="r:record">
    <xsl:variable name="m" select="r:metadata"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:call-template name="dcx:titles"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <!-- Worked out once: the contributors need them too. -->
      <xsl:variable name="creators" select="$m/r:creators/r:creator/r:personOrOrg/dcx:name(.)"/>
      <xsl:for-each select="$creators">
        <dc:creator><xsl:value-of select="."/></dc:creator>
      </xsl:for-each>
      <xsl:call-template name="dcx:contributors">
        <xsl:with-param name="m" select="$m"/>
        <xsl:with-param name="creators" select="$creators"/>
      </xsl:call-template>
      <xsl:call-template name="dcx:subjects"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <xsl:call-template name="dcx:descriptions"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <xsl:for-each select="$m/r:publisher">
        <xsl:variable name="name" select="normalize-space(r:name)"/>
        <xsl:if test="$name">
          <dc:publisher>
            <xsl:call-template name="dcx:lang"><xsl:with-param name="id" select="r:lang/@id"/></xsl:call-template>
            <xsl:value-of select="$name"/>
          </dc:publisher>
        </xsl:if>
      </xsl:for-each>
      <xsl:call-template name="dcx:dates"><xsl:with-param name="record" select="."/></xsl:call-template>
      <xsl:call-template name="dcx:types"><xsl:with-param name="record" select="."/></xsl:call-template>
      <xsl:call-template name="dcx:formats"><xsl:with-param name="record" select="."/></xsl:call-template>
      <!-- The DOI as a URL, once: the identifiers and the relations both need it. -->
      <xsl:variable name="doi" select="ix:identifier-url('doi', r:pids/r:doi/r:identifier)"/>
      <xsl:variable name="identifiers" select="dcx:identifiers(., $doi)"/>
      <xsl:for-each select="$identifiers">
        <dc:identifier><xsl:value-of select="."/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$m/r:relatedItems/r:relatedItem[r:relationType/@id = ('ispublishedin', 'ispartof')]">
        <xsl:variable name="citation" select="dcx:source-citation(.)"/>
        <xsl:if test="$citation">
          <dc:source><xsl:value-of select="$citation"/></dc:source>
        </xsl:if>
      </xsl:for-each>
      <!-- ISO 639-3 as stored: DRIVER's best practice for dc:language. -->
      <xsl:for-each select="distinct-values($m/r:languages/r:language/@id[normalize-space()])">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:call-template name="dcx:relations">
        <xsl:with-param name="record" select="."/>
        <xsl:with-param name="doi" select="$doi"/>
        <xsl:with-param name="identifiers" select="$identifiers"/>
      </xsl:call-template>
      <xsl:call-template name="dcx:coverage"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <xsl:call-template name="dcx:rights"><xsl:with-param name="record" select="."/></xsl:call-template>
    </oai_dc:dc>
  </xsl:template>

  <!-- Titles. A subtitle is appended to the main title with a colon, as the guidelines ask ("Title: Subtitle"),
       unless its language differs from the main title's; other titles are repeated dc:title elements. -->
  <xsl:template name="dcx:titles">
    <xsl:param name="m" as="element(r:metadata)?"/>
    <xsl:variable name="title" select="normalize-space($m/r:title)"/>
    <xsl:variable name="main-lang" select="$m/r:titleLang/@id[normalize-space()]/ix:language-tag(.)"/>
    <xsl:variable name="subtitles" select="if (not($title)) then () else
        $m/r:additionalTitles/r:title[r:type/@id = 'subtitle'][normalize-space(r:title)]
        [not(exists($main-lang) and exists(r:lang/@id[normalize-space()]) and ix:language-tag(r:lang/@id) ne $main-lang)]"/>
    <xsl:if test="$title">
      <dc:title>
        <xsl:call-template name="dcx:lang"><xsl:with-param name="id" select="$m/r:titleLang/@id"/></xsl:call-template>
        <xsl:value-of select="string-join(($title, $subtitles/r:title/normalize-space()), ': ')"/>
      </dc:title>
    </xsl:if>
    <xsl:for-each select="$m/r:additionalTitles/r:title[normalize-space(r:title)] except $subtitles">
      <dc:title>
        <xsl:call-template name="dcx:lang"><xsl:with-param name="id" select="r:lang/@id"/></xsl:call-template>
        <xsl:value-of select="normalize-space(r:title)"/>
      </dc:title>
    </xsl:for-each>
  </xsl:template>

  <!-- Contributors of every role (unqualified DC cannot say which); people and organisations already named as
       creators, or named twice with different roles, are given once. -->
  <xsl:template name="dcx:contributors">
    <xsl:param name="m" as="element(r:metadata)?"/>
    <xsl:param name="creators" as="xs:string*"/>
    <xsl:for-each-group select="$m/r:contributors/r:contributor/r:personOrOrg/dcx:name(.)[not(. = $creators)]"
                        group-by=".">
      <dc:contributor><xsl:value-of select="current-grouping-key()"/></dc:contributor>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Keywords as they are; DDC (and UDC) codes in the guidelines' info:eu-repo/classification/<scheme>/<code> form
       followed by the class's caption; other schemes (FOS, Wikidata) by their label only. -->
  <xsl:template name="dcx:subjects">
    <xsl:param name="m" as="element(r:metadata)?"/>
    <!-- [xml:lang or (), text] pairs rather than dc:subject elements: a temporary element per subject, copied
         afterwards, costs more than all the rest of this template. -->
    <xsl:variable name="values" as="array(xs:string?)*">
      <xsl:for-each select="$m/r:subjects/r:subject">
        <xsl:variable name="scheme" select="lower-case(normalize-space(r:scheme))"/>
        <xsl:variable name="code" select="normalize-space(r:classificationCode)"/>
        <xsl:if test="$scheme = ('ddc', 'udc') and $code">
          <xsl:sequence select="[(), 'info:eu-repo/classification/' || $scheme || '/' || $code]"/>
        </xsl:if>
        <xsl:variable name="text" select="normalize-space(r:subject)"/>
        <xsl:if test="$text">
          <xsl:sequence select="[dcx:language-tag(r:lang/@id), $text]"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each-group select="$values" group-by="string(?1) || '|' || ?2">
      <dc:subject>
        <xsl:if test="exists(?1)">
          <xsl:attribute name="xml:lang" select="?1"/>
        </xsl:if>
        <xsl:value-of select="?2"/>
      </dc:subject>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Descriptions as plain text: the main description (the abstract), then additional abstracts, then the rest. -->
  <xsl:template name="dcx:descriptions">
    <xsl:param name="m" as="element(r:metadata)?"/>
    <xsl:variable name="main" select="dcx:plain-text($m/r:description)"/>
    <xsl:if test="$main">
      <dc:description><xsl:value-of select="$main"/></dc:description>
    </xsl:if>
    <xsl:variable name="additional" select="$m/r:additionalDescriptions/r:description"/>
    <xsl:for-each select="$additional[r:type/@id = 'abstract'], $additional[not(r:type/@id = 'abstract')]">
      <xsl:variable name="text" select="dcx:plain-text(r:description)"/>
      <xsl:if test="$text">
        <dc:description>
          <xsl:call-template name="dcx:lang"><xsl:with-param name="id" select="r:lang/@id"/></xsl:call-template>
          <xsl:value-of select="$text"/>
        </dc:description>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- One date, the publication date (DRIVER: other dates confuse without qualifiers), in W3CDTF; and the embargo
       end in the OpenAIRE 3.0 form while the files are under embargo. -->
  <xsl:template name="dcx:dates">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:variable name="m" select="$record/r:metadata"/>
    <xsl:variable name="candidates" select="$m/r:publicationDate,
        $m/r:dates/r:date[r:type/@id = 'issued']/r:date, $m/r:dates/r:date[r:type/@id = 'available']/r:date,
        $m/r:dates/r:date[r:type/@id = 'created']/r:date"/>
    <xsl:variable name="date" select="(for $d in $candidates return (ix:start-date($d), ix:year($d))[1])[1]"/>
    <xsl:if test="$date">
      <dc:date><xsl:value-of select="$date"/></dc:date>
    </xsl:if>
    <xsl:if test="$record/r:access/r:status = 'embargoed'">
      <xsl:for-each select="$record/r:access/r:embargo/r:until[normalize-space()]">
        <dc:date><xsl:value-of select="'info:eu-repo/date/embargoEnd/' || normalize-space(.)"/></dc:date>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The info:eu-repo publication type first (literature only: the vocabulary has no terms for data, software and
       the like), then the DataCite resourceTypeGeneral, then the record's own specific type as free text. -->
  <xsl:template name="dcx:types">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:variable name="rt" select="$record/r:metadata/r:resourceType"/>
    <xsl:variable name="driver" select="dcx:driver-type($rt)"/>
    <xsl:if test="$driver">
      <dc:type><xsl:value-of select="'info:eu-repo/semantics/' || $driver"/></dc:type>
    </xsl:if>
    <xsl:variable name="general" select="ix:vocab('resource-types', $rt/@id)/@datacite_general/string()"/>
    <xsl:if test="$general">
      <dc:type><xsl:value-of select="$general"/></dc:type>
    </xsl:if>
    <xsl:variable name="specific" select="normalize-space($rt/@specific)"/>
    <xsl:if test="$specific and not($specific = $general)">
      <dc:type><xsl:value-of select="$specific"/></dc:type>
    </xsl:if>
  </xsl:template>

  <!-- Media types only (DRIVER: IANA MIME types): the declared formats, then those of the files. The character
       classes list A-Za-z0-9 although \w includes them: Saxon tries a class's parts in order, and the Unicode
       category test behind \w is several times dearer than a range test, so most characters now skip it. -->
  <xsl:template name="dcx:formats">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:for-each-group group-by="lower-case(.)" select="
        ($record/r:metadata/r:formats/r:format, $record/r:files/r:entries/r:entry/r:mimetype)
          ! normalize-space()[matches(., '^[A-Za-z0-9][A-Za-z0-9\w!#$&amp;^.+-]*/[A-Za-z0-9\w!#$&amp;^.+-]+$')]">
      <dc:format><xsl:value-of select="current-group()[1]"/></dc:format>
    </xsl:for-each-group>
  </xsl:template>

  <!-- The DOI as a URL first (the most appropriate, persistent link), then the landing page, then the record's
       other identifiers, including those of identical resources (IsIdenticalTo), as URLs, or as URNs /
       scheme-prefixed values where a scheme has no resolver URL. -->
  <xsl:function name="dcx:identifiers" as="xs:string*">
    <xsl:param name="record" as="element(r:record)"/>
    <!-- ix:identifier-url('doi', the record's DOI) -->
    <xsl:param name="doi" as="xs:string?"/>
    <xsl:variable name="m" select="$record/r:metadata"/>
    <xsl:for-each-group group-by="." select="
        $doi,
        ix:landing-page($record),
        $m/r:identifiers/r:identifier/dcx:identifier-uri(@scheme, .),
        $m/r:relatedIdentifiers/r:relatedIdentifier[r:relationType/@id = 'isidenticalto']
          /dcx:identifier-uri(r:scheme, r:identifier)">
      <xsl:sequence select="current-grouping-key()"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- dc:relation: grant agreements (info:eu-repo/grantAgreement), the OpenAIRE 3.0 typed relations
       (altIdentifier for the record's other identifiers, reference for cited literature, dataset for related
       datasets), every related identifier as a URL, other award links, and references that have no identifier as
       citation text. Identifiers already given as dc:identifier are not repeated. -->
  <xsl:template name="dcx:relations">
    <xsl:param name="record" as="element(r:record)"/>
    <!-- ix:identifier-url('doi', the record's DOI) -->
    <xsl:param name="doi" as="xs:string?"/>
    <xsl:param name="identifiers" as="xs:string*"/>
    <xsl:variable name="m" select="$record/r:metadata"/>
    <xsl:variable name="values" as="xs:string*">
      <xsl:for-each select="$m/r:funding/r:award">
        <xsl:variable name="grant" select="dcx:grant-agreement(.)"/>
        <xsl:sequence select="if ($grant) then $grant
                              else r:award/r:identifiers/r:identifier/dcx:identifier-uri(@scheme, .)[starts-with(., 'http')]"/>
      </xsl:for-each>
      <!-- The record's own other identifiers (other than its DOI, which is the primary identifier). -->
      <xsl:for-each select="$m/r:identifiers/r:identifier[not(dcx:identifier-uri(@scheme, .) = $doi)]">
        <xsl:sequence select="dcx:eurepo-relation('altIdentifier', @scheme, .)"/>
      </xsl:for-each>
      <xsl:for-each select="$m/r:relatedIdentifiers/r:relatedIdentifier">
        <xsl:variable name="relation" select="r:relationType/@id"/>
        <xsl:variable name="target" select="r:resourceType/@id"/>
        <xsl:sequence select="
            if ($relation = 'isidenticalto') then dcx:eurepo-relation('altIdentifier', r:scheme, r:identifier)
            else if ($target = 'dataset') then dcx:eurepo-relation('dataset', r:scheme, r:identifier)
            else if ($relation = ('cites', 'references')
                     and (not($target) or ix:vocab('resource-types', $target)/@openaire = 'literature'))
              then dcx:eurepo-relation('reference', r:scheme, r:identifier)
            else ()"/>
        <xsl:sequence select="dcx:identifier-uri(r:scheme, r:identifier)"/>
      </xsl:for-each>
      <xsl:for-each select="$m/r:references/r:reference">
        <xsl:choose>
          <xsl:when test="normalize-space(r:identifier)">
            <xsl:sequence select="dcx:eurepo-relation('reference', r:scheme, r:identifier),
                                  dcx:identifier-uri(r:scheme, r:identifier)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="normalize-space(r:reference)[.]"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- Host publications by link; their ISSN / ISBN is already part of dc:source. -->
      <xsl:for-each select="$m/r:relatedItems/r:relatedItem/r:identifier[normalize-space()]">
        <xsl:sequence select="dcx:identifier-uri(@scheme, .)[starts-with(., 'http')]"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each-group select="$values[normalize-space()][not(. = $identifiers)]" group-by=".">
      <dc:relation><xsl:value-of select="."/></dc:relation>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Place names; points and boxes in the DCMI Point / DCMI Box encodings the guidelines show (polygons have no
       DCMI encoding and are left out); temporal coverage as an ISO 8601 date or interval. -->
  <xsl:template name="dcx:coverage">
    <xsl:param name="m" as="element(r:metadata)?"/>
    <xsl:variable name="values" as="xs:string*">
      <xsl:for-each select="$m/r:locations/r:features/r:feature">
        <xsl:variable name="name" select="normalize-space(r:place)[.] ! ('name=' || dcx:dcmi-value(.))"/>
        <xsl:sequence select="normalize-space(r:place)[.]"/>
        <xsl:for-each select="r:point[@lat and @lon]">
          <xsl:sequence select="string-join(($name, 'east=' || @lon, 'north=' || @lat), '; ')"/>
        </xsl:for-each>
        <xsl:for-each select="r:box[@west and @east and @south and @north]">
          <xsl:sequence select="string-join(($name, 'northlimit=' || @north, 'eastlimit=' || @east,
                                             'southlimit=' || @south, 'westlimit=' || @west), '; ')"/>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:sequence select="$m/r:dates/r:date[r:type/@id = 'coverage']/normalize-space(r:date)[.]"/>
    </xsl:variable>
    <xsl:for-each-group select="$values" group-by=".">
      <dc:coverage><xsl:value-of select="."/></dc:coverage>
    </xsl:for-each-group>
  </xsl:template>

  <!-- The access right (info:eu-repo access term) first, then each licence as a URL, then the wording of rights
       statements that carry their own title or description. -->
  <xsl:template name="dcx:rights">
    <xsl:param name="record" as="element(r:record)"/>
    <dc:rights><xsl:value-of select="'info:eu-repo/semantics/' || ix:access-status($record)/@eurepo"/></dc:rights>
    <xsl:variable name="rights" select="$record/r:metadata/r:rights/r:right"/>
    <xsl:for-each-group select="$rights ! ix:license-url(.)[normalize-space()]" group-by=".">
      <dc:rights><xsl:value-of select="."/></dc:rights>
    </xsl:for-each-group>
    <xsl:for-each select="$rights/r:title/r:text[normalize-space()], $rights/r:description/r:text[normalize-space()]">
      <dc:rights>
        <xsl:call-template name="dcx:lang"><xsl:with-param name="id" select="@lang"/></xsl:call-template>
        <xsl:value-of select="normalize-space(.)"/>
      </dc:rights>
    </xsl:for-each>
  </xsl:template>

  <!-- xml:lang from a model language id (ISO 639-3, or a two-letter code), as BCP 47. -->
  <xsl:template name="dcx:lang">
    <xsl:param name="id" as="attribute()?"/>
    <xsl:variable name="tag" select="dcx:language-tag($id)"/>
    <xsl:if test="exists($tag)">
      <xsl:attribute name="xml:lang" select="$tag"/>
    </xsl:if>
  </xsl:template>

  <!-- The BCP 47 tag of a model language id; nothing for a missing or blank id. -->
  <xsl:function name="dcx:language-tag" as="xs:string?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="code" select="normalize-space($id)"/>
    <xsl:sequence select="if ($code) then ix:language-tag($code) else ()"/>
  </xsl:function>

  <!-- ix:plain-text, without its three regular expressions when they have nothing to do: text with no tag and no
       entity only has its spaces collapsed. Those expressions are the dearest part of a record. -->
  <xsl:function name="dcx:plain-text" as="xs:string">
    <xsl:param name="html" as="xs:string?"/>
    <xsl:sequence select="if (contains($html, '&lt;') or contains($html, '&amp;')) then ix:plain-text($html)
                          else normalize-space($html)"/>
  </xsl:function>

  <!-- "Family, Given" for people (DRIVER's inverted form), organisation names as they are. -->
  <xsl:function name="dcx:name" as="xs:string?">
    <xsl:param name="p" as="element(r:personOrOrg)"/>
    <xsl:variable name="family" select="normalize-space($p/r:familyName)"/>
    <xsl:variable name="given" select="normalize-space($p/r:givenName)"/>
    <xsl:sequence select="
        if (not($p/r:type = 'organizational') and $family) then string-join(($family, $given[.]), ', ')
        else normalize-space($p/r:name)[.]"/>
  </xsl:function>

  <xsl:function name="dcx:driver-type" as="xs:string?">
    <xsl:param name="rt" as="element(r:resourceType)?"/>
    <xsl:variable name="specific" select="lower-case($rt/@specific)"/>
    <!-- The model's generic thesis says nothing about the degree; its specific type may. -->
    <xsl:sequence select="
        if ($rt/@id = 'publication-thesis') then
          if (matches($specific, 'doctor|doctoral|ph\.?\s?d|dissertation')) then 'doctoralThesis'
          else if (matches($specific, 'master')) then 'masterThesis'
          else if (matches($specific, 'bachelor')) then 'bachelorThesis'
          else 'other'
        else if ($rt/@id) then $dcx:driver-types($rt/@id)
        else ()"/>
  </xsl:function>

  <!-- An identifier as a URL where its scheme has a resolver, else as a URN (ISBN, ISSN) or "scheme:value". -->
  <xsl:function name="dcx:identifier-uri" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="s" select="lower-case(normalize-space($scheme))"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="
        if (not($v)) then ()
        else if (matches($v, '^https?://', 'i')) then $v
        else if ($s = 'isbn') then 'urn:isbn:' || $v
        else if ($s = ('issn', 'eissn', 'lissn')) then 'urn:issn:' || $v
        else if ($s = 'urn') then (if (starts-with(lower-case($v), 'urn:')) then $v else 'urn:' || $v)
        else (ix:identifier-url($s, dcx:bare-id($s, $v)), ($s[.] || ':' || $v))[1]"/>
  </xsl:function>

  <!-- An identifier without resolver or scheme prefix, as the info:eu-repo paths want it. -->
  <xsl:function name="dcx:bare-id" as="xs:string">
    <xsl:param name="scheme" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="
        if ($scheme = 'doi') then replace($value, '^(https?://(dx\.)?doi\.org/|doi:)', '', 'i')
        else if ($scheme = 'handle') then replace($value, '^(https?://hdl\.handle\.net/|hdl:)', '', 'i')
        else if ($scheme = 'arxiv') then replace($value, '^(https?://arxiv\.org/abs/|arxiv:)', '', 'i')
        else $value"/>
  </xsl:function>

  <!-- info:eu-repo/semantics/<kind>/<scheme>/<identifier> when the guidelines allow the scheme for that kind. -->
  <xsl:function name="dcx:eurepo-relation" as="xs:string?">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="s" select="lower-case(normalize-space($scheme))"/>
    <xsl:variable name="token" select="$dcx:eurepo-schemes($kind)($s)"/>
    <xsl:sequence select="
        if ($token and normalize-space($value))
        then 'info:eu-repo/semantics/' || $kind || '/' || $token || '/' || dcx:bare-id($s, normalize-space($value))
        else ()"/>
  </xsl:function>

  <!-- info:eu-repo/grantAgreement/EC/<programme>/<number>/EU/<name>/<acronym> for EC awards with a programme and
       number: the recommended six-part form (an empty part stays an empty segment; "/" inside a part is written
       %2F), or the mandatory three-part form when the award has neither name nor acronym. -->
  <xsl:function name="dcx:grant-agreement" as="xs:string?">
    <xsl:param name="award" as="element(r:award)"/>
    <xsl:variable name="funder" select="$award/r:funder"/>
    <xsl:variable name="is-ec" select="normalize-space($funder/r:id) = $dcx:ec-funder-ids
        or $funder/r:identifiers/r:identifier[@scheme = ('ror', 'crossreffunderid')]
             /replace(normalize-space(.), '^.*/', '') = $dcx:ec-funder-ids"/>
    <xsl:variable name="a" select="$award/r:award"/>
    <xsl:variable name="programme" select="normalize-space($a/r:program)"/>
    <xsl:variable name="programme-code" select="($dcx:ec-programmes(lower-case($programme)), $programme)[1]"/>
    <xsl:variable name="number" select="normalize-space($a/r:number)"/>
    <xsl:variable name="name" select="normalize-space(($a/r:title/r:text[starts-with(@lang, 'en')], $a/r:title/r:text)[1])"/>
    <xsl:variable name="acronym" select="normalize-space($a/r:acronym)"/>
    <xsl:variable name="parts" select="($programme-code, $number,
        if ($name or $acronym) then ('EU', $name, $acronym) else ())"/>
    <xsl:sequence select="
        if ($is-ec and $programme and $number)
        then string-join(('info:eu-repo/grantAgreement/EC', $parts ! replace(., '/', '%2F')), '/')
        else ()"/>
  </xsl:function>

  <!-- A DCMI Point/Box component value: the encoding separates components with ";" and values with "=". -->
  <xsl:function name="dcx:dcmi-value" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace($value, '[;=]', ',')"/>
  </xsl:function>

  <!-- A citation of the host publication (journal, book, proceedings) after the DC citation guidelines' simple
       form: editors, title, volume, issue, article/chapter number, pages, edition, publisher, year, identifier. -->
  <xsl:function name="dcx:source-citation" as="xs:string?">
    <xsl:param name="item" as="element(r:relatedItem)"/>
    <xsl:variable name="title" select="normalize-space(($item/r:titles/r:title[not(r:type/@id)], $item/r:titles/r:title)[1]/r:title)"/>
    <xsl:variable name="editors" select="$item/r:contributors/r:contributor[r:role/@id = 'editor']/r:personOrOrg/dcx:name(.)"/>
    <xsl:variable name="authors" select="$item/r:creators/r:creator/r:personOrOrg/dcx:name(.)"/>
    <xsl:variable name="number" select="$item/r:number[normalize-space()]"/>
    <xsl:variable name="first" select="normalize-space($item/r:firstPage)"/>
    <xsl:variable name="last" select="normalize-space($item/r:lastPage)"/>
    <xsl:variable name="scheme" select="$item/r:identifier/@scheme"/>
    <xsl:variable name="parts" select="
        $title[.],
        normalize-space($item/r:volume)[.] ! ('vol. ' || .),
        normalize-space($item/r:issue)[.] ! ('no. ' || .),
        $number ! (map { 'article': 'article ', 'chapter': 'chapter ', 'report': 'report ' }(lower-case(@type)) || normalize-space(.)),
        (if ($first and $last) then 'pp. ' || $first || '–' || $last else ($first, $last)[.][1] ! ('p. ' || .)),
        normalize-space($item/r:edition)[.] ! ('edition ' || .),
        normalize-space($item/r:publisher)[.],
        normalize-space($item/r:publicationYear)[.],
        normalize-space($item/r:identifier)[.] ! ((ix:datacite-term('related-identifier-scheme', lower-case($scheme)), upper-case($scheme))[1] || ' ' || .)"/>
    <xsl:variable name="who" select="
        if (exists($authors)) then string-join($authors, '; ')
        else if (exists($editors)) then string-join($editors, '; ') || (if (count($editors) gt 1) then ' (eds.)' else ' (ed.)')
        else ()"/>
    <xsl:sequence select="if ($title) then string-join(($who ! (. || ':'), string-join($parts, ', ')), ' ') else ()"/>
  </xsl:function>

</xsl:stylesheet>
