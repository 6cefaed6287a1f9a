<?xml version="1.0" encoding="UTF-8"?>
<!--
  DataCite REST API JSON: the "attributes" object of a DOI (JSON:API resource of type "dois"), as sent to
  POST/PUT https://api.datacite.org/dois. Rendered only for records with a DOI (formats.json condition).

  The mapping is the one of datacite.xsl (DataCite Metadata Schema 4.7 XML), written with the REST API's
  camelCase names; the conventions are the same:
  - ORCID and ROR as full URLs (schemeUri https://orcid.org, https://ror.org), ISNI bare (https://isni.org/),
    Crossref Funder IDs as DOI URLs; one identifier per affiliation and per funder (ROR first).
  - An Issued date always (from publicationDate when the record has none), an Available date for an active
    embargo; EDTF open interval ends (..) left empty.
  - Licences with rightsIdentifier (SPDX), one rightsList entry per language of a rights title, and the access
    status as an info:eu-repo access-rights entry.
  - Related identifiers of a scheme DataCite does not list are left out.
  Differences that come from the JSON: "identifiers" holds the alternate identifiers; publisher is an object;
  publicationYear is a number; coordinates are numbers; a geoLocation holds one polygon, so a feature with
  several polygons gives several geoLocations. Key names and shapes follow DataCite's own JSON schemas for the
  DOI attributes (e.g. relatedItemIdentifier.schemeURI, spelt so there, unlike schemeUri elsewhere).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:dj="https://interop-server.org/ns/crosswalk/datacite-json"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xpath-default-namespace="https://interop-server.org/schema/record/1"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- types.ris, which the resource-types table has no column for: the RIS type of a resourceTypeGeneral
       (DataCite's own derivation where it has one), with the few model types RIS names more precisely. -->
  <xsl:variable name="dj:ris-by-general" as="map(xs:string, xs:string)" select="map {
      'Audiovisual': 'MPCT', 'Award': 'GRANT', 'Book': 'BOOK', 'BookChapter': 'CHAP', 'ComputationalNotebook': 'COMP',
      'ConferencePaper': 'CPAPER', 'ConferenceProceeding': 'CONF', 'DataPaper': 'JOUR', 'Dataset': 'DATA',
      'Dissertation': 'THES', 'Image': 'FIGURE', 'Journal': 'JFULL', 'JournalArticle': 'JOUR', 'Preprint': 'UNPB',
      'Presentation': 'SLIDE', 'Report': 'RPRT', 'Software': 'COMP', 'Sound': 'SOUND', 'Standard': 'STAND',
      'Text': 'RPRT' }"/>
  <xsl:variable name="dj:ris-by-type" as="map(xs:string, xs:string)"
      select="map { 'publication-patent': 'PAT', 'image-map': 'MAP' }"/>

  <xsl:template match="/">
    <xsl:apply-templates select="record"/>
  </xsl:template>

  <xsl:template match="record">
    <xsl:variable name="m" select="metadata"/>
    <xsl:variable name="doi" select="normalize-space(pids/doi/identifier)"/>
    <xsl:variable name="type" select="ix:vocab('resource-types', $m/resourceType/@id)"/>
    <xsl:variable name="general" select="string(($type/@datacite_general, 'Other')[1])"/>

    <xsl:variable name="json" as="element(j:map)">
      <j:map>
        <xsl:sequence select="dj:string('doi', $doi)"/>
        <xsl:sequence select="dj:string('prefix', substring-before($doi, '/')),
                              dj:string('suffix', substring-after($doi, '/'))"/>

        <xsl:sequence select="dj:array('identifiers',
            for $id in $m/identifiers/identifier[normalize-space()]
            return dj:map((dj:string('identifier', $id),
                           dj:string('identifierType', (ix:datacite-term('related-identifier-scheme', $id/@scheme),
                                                        $id/@scheme[normalize-space()], 'Other')[1]))))"/>

        <xsl:sequence select="dj:array('creators', $m/creators/creator ! dj:agent(.))"/>

        <xsl:sequence select="dj:array('titles', (
            dj:map((dj:string('title', $m/title), dj:lang($m/titleLang))),
            $m/additionalTitles/title[normalize-space(title)] ! dj:title(.)))"/>

        <xsl:variable name="publisher-id" select="($m/publisher/identifiers/identifier[@scheme = 'ror'][normalize-space()],
                                                   $m/publisher/identifiers/identifier[normalize-space()])[1]"/>
        <j:map key="publisher">
          <!-- publisher is mandatory in DataCite: the repository publishes what has no publisher of its own -->
          <xsl:sequence select="dj:string('name', ($m/publisher/name[normalize-space()], $repository-name)[1])"/>
          <xsl:if test="$publisher-id">
            <xsl:sequence select="dj:string('publisherIdentifier', dj:id-value($publisher-id/@scheme, $publisher-id)),
                                  dj:string('publisherIdentifierScheme', dj:scheme-name($publisher-id/@scheme)),
                                  dj:string('schemeUri', dj:scheme-uri($publisher-id))"/>
          </xsl:if>
          <xsl:sequence select="dj:lang($m/publisher/lang)"/>
        </j:map>

        <!-- four digits: BCE years cannot be expressed -->
        <xsl:for-each select="(ix:year($m/publicationDate), ix:year(string(created)))[matches(., '^\d{4}$')][1]">
          <j:number key="publicationYear">{xs:integer(.)}</j:number>
        </xsl:for-each>

        <xsl:sequence select="dj:array('subjects',
            for $s in $m/subjects/subject[normalize-space(subject)]
            return dj:map((dj:string('subject', $s/subject), dj:string('subjectScheme', $s/scheme),
                           dj:string('schemeUri', $s/schemeUri), dj:string('valueUri', $s/valueUri),
                           dj:string('classificationCode', $s/classificationCode), dj:lang($s/lang))))"/>

        <xsl:sequence select="dj:array('contributors', $m/contributors/contributor ! dj:agent(.))"/>

        <xsl:sequence select="dj:array('dates', (
            for $d in $m/dates/date[normalize-space(date)]
            return dj:map((dj:string('date', dj:rkms($d/date)),
                           dj:string('dateType', (ix:datacite-term('date-type', $d/type/@id), 'Other')[1]),
                           dj:string('dateInformation', $d/description))),
            if (normalize-space($m/publicationDate) and not($m/dates/date[type/@id = 'issued'][normalize-space(date)]))
            then dj:map((dj:string('date', dj:rkms($m/publicationDate)), dj:string('dateType', 'Issued')))
            else (),
            if (access/embargo[active = 'true'][normalize-space(until)]
                and not($m/dates/date[type/@id = 'available'][normalize-space(date)]))
            then dj:map((dj:string('date', access/embargo/until), dj:string('dateType', 'Available')))
            else ()))"/>

        <!-- DataCite has one language: the first (primary) one -->
        <xsl:sequence select="dj:string('language', $m/languages/language[normalize-space(@id)][1]/ix:language-tag(@id))"/>

        <!-- schemaOrg, citeproc and bibtex from the resource-types table ("poster", which is no CSL type, is
             citeproc "speech" as in csl.xsl) -->
        <j:map key="types">
          <j:string key="resourceTypeGeneral">{$general}</j:string>
          <xsl:sequence select="dj:string('resourceType', ($m/resourceType/@specific[normalize-space()], $type/@title)[1]),
                                dj:string('schemaOrg', $type/@schemaorg),
                                dj:string('citeproc', $type/@csl ! (if (. = 'poster') then 'speech' else .)),
                                dj:string('bibtex', $type/@bibtex)"/>
          <j:string key="ris">{($dj:ris-by-type(string($m/resourceType/@id)), $dj:ris-by-general($general), 'GEN')[1]}</j:string>
        </j:map>

        <xsl:sequence select="dj:array('relatedIdentifiers',
            for $ri in $m/relatedIdentifiers/relatedIdentifier[normalize-space(identifier)],
                $id-type in dj:related-identifier-type($ri/scheme, $ri/identifier)
            return dj:map((dj:string('relatedIdentifier', $ri/identifier),
                           dj:string('relatedIdentifierType', $id-type),
                           dj:string('relationType', (ix:datacite-term('relation-type', $ri/relationType/@id), 'Other')[1]),
                           dj:string('relationTypeInformation', $ri/relationTypeInformation),
                           dj:string('resourceTypeGeneral', ix:vocab('resource-types', $ri/resourceType/@id)/@datacite_general),
                           dj:string('relatedMetadataScheme', $ri/relatedMetadataScheme),
                           dj:string('schemeUri', $ri/schemeUri), dj:string('schemeType', $ri/schemeType))))"/>

        <xsl:sequence select="dj:array('relatedItems', $m/relatedItems/relatedItem ! dj:related-item(.))"/>

        <xsl:sequence select="dj:strings('sizes', $m/sizes/size), dj:strings('formats', $m/formats/format),
                              dj:string('version', $m/version)"/>

        <xsl:sequence select="dj:array('rightsList', (
            $m/rights/right ! dj:rights(.),
            (: as in datacite.xsl: no access statement for metadata-only records or beside the record's own :)
            for $status in ix:vocab('access-statuses', access/status[normalize-space()][. ne 'metadata-only']
                                    [not($m/rights/right/link[starts-with(normalize-space(), 'info:eu-repo/semantics/')])])
            return dj:map((dj:string('rights', $status/@title),
                           dj:string('rightsUri', 'info:eu-repo/semantics/' || $status/@eurepo)))))"/>

        <xsl:sequence select="dj:array('descriptions', (
            dj:map((dj:string('description', ix:plain-text($m/description)), dj:string('descriptionType', 'Abstract'),
                    dj:lang($m/descriptionLang)))
              [j:string[@key = 'description']],
            for $d in $m/additionalDescriptions/description[ix:plain-text(description)]
            return dj:map((dj:string('description', ix:plain-text($d/description)),
                           dj:string('descriptionType', (ix:datacite-term('description-type', $d/type/@id), 'Other')[1]),
                           dj:lang($d/lang)))))"/>

        <xsl:sequence select="dj:array('geoLocations', $m/locations/features/feature ! dj:geo(.))"/>

        <xsl:sequence select="dj:array('fundingReferences', $m/funding/award ! dj:funding(.))"/>

        <j:string key="url">{ix:landing-page(.)}</j:string>
        <j:string key="schemaVersion">http://datacite.org/schema/kernel-4</j:string>
      </j:map>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($json, map { 'indent': true() })"/>
  </xsl:template>

  <!-- A creator or contributor (a contributor has a role). -->
  <xsl:function name="dj:agent" as="element(j:map)?">
    <xsl:param name="agent" as="element()"/>
    <xsl:variable name="p" select="$agent/personOrOrg"/>
    <xsl:sequence select="dj:map((
        dj:name($p),
        dj:array('nameIdentifiers',
          for $id in $p/identifiers/identifier[normalize-space()]
          return dj:map((dj:string('nameIdentifier', dj:id-value($id/@scheme, $id)),
                         dj:string('nameIdentifierScheme', dj:scheme-name($id/@scheme)),
                         dj:string('schemeUri', dj:scheme-uri($id))))),
        dj:array('affiliation', $agent/affiliations/affiliation ! dj:affiliation(.)),
        $agent/self::contributor ! dj:string('contributorType',
                                             (ix:datacite-term('contributor-role', role/@id), 'Other')[1])))"/>
  </xsl:function>

  <!-- name, nameType, lang, givenName, familyName (also all a related item's creators and contributors have). -->
  <xsl:function name="dj:name" as="element(j:string)*">
    <xsl:param name="p" as="element(personOrOrg)?"/>
    <xsl:sequence select="
        dj:string('name', ($p/name[normalize-space()], string-join(($p/familyName, $p/givenName)[normalize-space()], ', '))[1]),
        dj:string('nameType', ix:datacite-term('name-type', $p/type)),
        dj:lang($p/lang),
        dj:string('givenName', $p/givenName),
        dj:string('familyName', $p/familyName)"/>
  </xsl:function>

  <!-- One identifier per affiliation: the ROR id, else the first other one. The name is required: the
       identifier stands in for a missing one, as in DataCite's own full example. -->
  <xsl:function name="dj:affiliation" as="element(j:map)?">
    <xsl:param name="affiliation" as="element(affiliation)"/>
    <xsl:variable name="other" select="if (normalize-space($affiliation/id)) then ()
                                       else $affiliation/identifiers/identifier[normalize-space()][1]"/>
    <xsl:variable name="value" select="if (normalize-space($affiliation/id)) then dj:id-value('ror', $affiliation/id)
                                       else $other ! dj:id-value(@scheme, .)"/>
    <xsl:if test="normalize-space($affiliation/name) or exists($value)">
      <xsl:sequence select="dj:map((
          dj:string('name', ($affiliation/name[normalize-space()], $value)[1]),
          if (exists($value)) then (
            dj:string('affiliationIdentifier', $value),
            dj:string('affiliationIdentifierScheme', if ($other) then dj:scheme-name($other/@scheme) else 'ROR'),
            dj:string('schemeUri', if ($other) then dj:scheme-uri($other) else dj:scheme-uri-of('ror')))
          else ()))"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="dj:title" as="element(j:map)?">
    <xsl:param name="title" as="element(title)"/>
    <xsl:sequence select="dj:map((dj:string('title', $title/title),
                                  dj:string('titleType', ix:datacite-term('title-type', $title/type/@id)),
                                  dj:lang($title/lang)))"/>
  </xsl:function>

  <!-- A licence or rights statement: one entry per language of its title; a licence without a title of its
       own is given by its identifier and URI only, as in datacite.xsl. -->
  <xsl:function name="dj:rights" as="element(j:map)*">
    <xsl:param name="right" as="element(right)"/>
    <xsl:variable name="common" as="element(j:string)*" select="
        dj:string('rightsUri', ix:license-url($right)),
        if (normalize-space($right/id)) then (dj:string('rightsIdentifier', ix:spdx-id($right)),
                                               dj:string('rightsIdentifierScheme', 'SPDX'),
                                               dj:string('schemeUri', 'https://spdx.org/licenses/'))
        else ()"/>
    <xsl:variable name="titles" select="$right/title/text[normalize-space()]"/>
    <xsl:sequence select="
        if ($titles) then
          for $t in $titles
          return dj:map((dj:string('rights', $t), $common,
                         dj:string('lang', $t/@lang[normalize-space()][. ne 'und'] ! ix:language-tag(.))))
        else dj:map($common)"/>
  </xsl:function>

  <!-- A feature is one geoLocation. The REST API's geoLocationPolygon is one polygon (a closed ring of at least
       four polygonPoints, optionally one inPolygonPoint), so each further polygon of a feature gets a geoLocation
       of its own, named by the feature's place. -->
  <xsl:function name="dj:geo" as="element(j:map)*">
    <xsl:param name="feature" as="element(feature)"/>
    <xsl:variable name="point" select="$feature/point[@lat and @lon]"/>
    <xsl:variable name="box" select="$feature/box[@west and @east and @south and @north]"/>
    <xsl:variable name="polygons" as="element(j:array)*">
      <xsl:for-each select="$feature/polygons/polygon[count(dj:ring(.)) ge 4]">
        <j:array key="geoLocationPolygon">
          <xsl:for-each select="dj:ring(.)">
            <j:map>
              <xsl:sequence select="dj:point('polygonPoint', .)"/>
            </j:map>
          </xsl:for-each>
          <xsl:for-each select="inPolygonPoint[@lat and @lon]">
            <j:map>
              <xsl:sequence select="dj:point('inPolygonPoint', .)"/>
            </j:map>
          </xsl:for-each>
        </j:array>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="place" select="dj:string('geoLocationPlace', $feature/place)"/>
    <xsl:if test="$place or $point or $box or $polygons">
      <j:map>
        <xsl:sequence select="$place"/>
        <xsl:sequence select="$point ! dj:point('geoLocationPoint', .)"/>
        <xsl:for-each select="$box">
          <j:map key="geoLocationBox">
            <j:number key="westBoundLongitude">{@west}</j:number>
            <j:number key="eastBoundLongitude">{@east}</j:number>
            <j:number key="southBoundLatitude">{@south}</j:number>
            <j:number key="northBoundLatitude">{@north}</j:number>
          </j:map>
        </xsl:for-each>
        <xsl:sequence select="$polygons[1]"/>
      </j:map>
    </xsl:if>
    <xsl:for-each select="$polygons[position() gt 1]">
      <j:map>
        <xsl:sequence select="$place, ."/>
      </j:map>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="dj:point" as="element(j:map)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="point" as="element()"/>
    <j:map key="{$key}">
      <j:number key="pointLongitude">{$point/@lon}</j:number>
      <j:number key="pointLatitude">{$point/@lat}</j:number>
    </j:map>
  </xsl:function>

  <!-- The points of a polygon as a closed ring: the first point repeated at the end if the model did not. -->
  <xsl:function name="dj:ring" as="element()*">
    <xsl:param name="polygon" as="element(polygon)"/>
    <xsl:variable name="points" select="$polygon/points/point[@lat and @lon]"/>
    <xsl:variable name="first" select="$points[1]"/>
    <xsl:variable name="last" select="$points[last()]"/>
    <xsl:sequence select="if (count($points) lt 3) then $points
                          else if (number($first/@lat) = number($last/@lat) and number($first/@lon) = number($last/@lon))
                          then $points else ($points, $first)"/>
  </xsl:function>

  <!-- One model funding entry (funder + award) is one funding reference; the funder's ROR id, else its first
       other identifier. -->
  <xsl:function name="dj:funding" as="element(j:map)?">
    <xsl:param name="funding" as="element(award)"/>
    <xsl:variable name="funder" select="$funding/funder"/>
    <xsl:variable name="award" select="$funding/award"/>
    <xsl:variable name="ror" select="normalize-space($funder/id)"/>
    <xsl:variable name="other" select="($funder/identifiers/identifier[normalize-space()])[1]"/>
    <xsl:variable name="funder-id" as="xs:string?"
        select="if ($ror) then dj:id-value('ror', $ror) else $other ! dj:id-value(@scheme, .)"/>
    <xsl:if test="normalize-space($funder/name) or $funder-id">
      <xsl:sequence select="dj:map((
          dj:string('funderName', ($funder/name[normalize-space()], $funder-id)[1]),
          dj:string('funderIdentifier', $funder-id),
          if ($funder-id) then dj:string('funderIdentifierType',
              if ($ror) then 'ROR' else (ix:datacite-term('funder-identifier-type', $other/@scheme), 'Other')[1])
          else (),
          if (not($ror)) then dj:string('schemeUri', $other/@schemeUri) else (),
          dj:string('awardNumber', $award/number),
          dj:string('awardUri', ($award/identifiers/identifier ! ix:identifier-url(@scheme, .))[1]),
          dj:string('awardTitle', ($award/title/text[normalize-space()])[1])))"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="dj:related-item" as="element(j:map)?">
    <xsl:param name="item" as="element(relatedItem)"/>
    <xsl:variable name="id" select="$item/identifier[normalize-space()]"/>
    <xsl:sequence select="dj:map((
        dj:string('relationType', (ix:datacite-term('relation-type', $item/relationType/@id), 'Other')[1]),
        dj:string('relationTypeInformation', $item/relationTypeInformation),
        dj:string('relatedItemType', (ix:vocab('resource-types', $item/resourceType/@id)/@datacite_general, 'Other')[1]),
        $id ! dj:map((dj:string('relatedItemIdentifier', .),
                      dj:string('relatedItemIdentifierType', dj:related-identifier-type(@scheme, .)),
                      dj:string('relatedMetadataScheme', @relatedMetadataScheme),
                      (: DataCite's JSON schema spells this one schemeURI :)
                      dj:string('schemeURI', @schemeUri), dj:string('schemeType', @schemeType)), 'relatedItemIdentifier'),
        dj:array('creators', $item/creators/creator ! dj:map(dj:name(personOrOrg))),
        dj:array('titles', $item/titles/title[normalize-space(title)] ! dj:title(.)),
        dj:string('publicationYear', ix:year($item/publicationYear)[matches(., '^\d{4}$')]),
        dj:string('volume', $item/volume), dj:string('issue', $item/issue),
        dj:string('number', $item/number),
        dj:string('numberType', $item/number[normalize-space()] ! ix:datacite-term('number-type', @type)),
        dj:string('firstPage', $item/firstPage), dj:string('lastPage', $item/lastPage),
        dj:string('publisher', $item/publisher), dj:string('edition', $item/edition),
        dj:array('contributors',
          for $c in $item/contributors/contributor
          return dj:map((dj:name($c/personOrOrg),
                         dj:string('contributorType', (ix:datacite-term('contributor-role', $c/role/@id), 'Other')[1]))))))"/>
  </xsl:function>

  <!-- JSON building blocks: empty values, arrays and objects are left out. -->
  <xsl:function name="dj:string" as="element(j:string)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <j:string key="{$key}">{normalize-space($value)}</j:string>
    </xsl:if>
  </xsl:function>

  <xsl:function name="dj:strings" as="element(j:array)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="dj:array($key, $values[normalize-space()] ! dj:string-item(.))"/>
  </xsl:function>

  <xsl:function name="dj:string-item" as="element(j:string)">
    <xsl:param name="value" as="xs:string"/>
    <j:string>{normalize-space($value)}</j:string>
  </xsl:function>

  <xsl:function name="dj:array" as="element(j:array)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="items" as="element()*"/>
    <xsl:if test="exists($items)">
      <j:array key="{$key}">
        <xsl:sequence select="$items"/>
      </j:array>
    </xsl:if>
  </xsl:function>

  <xsl:function name="dj:map" as="element(j:map)?">
    <xsl:param name="members" as="element()*"/>
    <xsl:if test="exists($members)">
      <j:map>
        <xsl:sequence select="$members"/>
      </j:map>
    </xsl:if>
  </xsl:function>

  <xsl:function name="dj:map" as="element(j:map)?">
    <xsl:param name="members" as="element()*"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:if test="exists($members)">
      <j:map key="{$key}">
        <xsl:sequence select="$members"/>
      </j:map>
    </xsl:if>
  </xsl:function>

  <!-- "lang" from a language reference (ISO 639-3 or a tag such as en). -->
  <xsl:function name="dj:lang" as="element(j:string)?">
    <xsl:param name="ref" as="element()?"/>
    <xsl:sequence select="dj:string('lang', $ref/@id[normalize-space()][. ne 'und'] ! ix:language-tag(normalize-space(.)))"/>
  </xsl:function>

  <!-- DataCite's spelling of a name/affiliation/publisher/funder identifier scheme. -->
  <xsl:function name="dj:scheme-name" as="xs:string">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:sequence select="(map { 'orcid': 'ORCID', 'ror': 'ROR', 'isni': 'ISNI', 'grid': 'GRID',
                                 'crossreffunderid': 'Crossref Funder ID', 'gnd': 'GND', 'viaf': 'VIAF',
                                 'wikidata': 'Wikidata' }(lower-case(string($scheme))),
                           ix:datacite-term('related-identifier-scheme', lower-case(string($scheme))),
                           string($scheme))[1]"/>
  </xsl:function>

  <!-- schemeUri of an identifier: its own, else the scheme's home for ORCID, ROR and ISNI. -->
  <xsl:function name="dj:scheme-uri" as="xs:string?">
    <xsl:param name="id" as="element()"/>
    <xsl:sequence select="($id/@schemeUri[normalize-space()]/normalize-space(), dj:scheme-uri-of($id/@scheme))[1]"/>
  </xsl:function>

  <xsl:function name="dj:scheme-uri-of" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:sequence select="map { 'orcid': 'https://orcid.org', 'ror': 'https://ror.org', 'isni': 'https://isni.org/' }
                          (lower-case(string($scheme)))"/>
  </xsl:function>

  <!-- An identifier value as DataCite has it (see the conventions at the top). -->
  <xsl:function name="dj:id-value" as="xs:string">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="s" select="lower-case(string($scheme))"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="
      if ($s = ('orcid', 'ror')) then ix:identifier-url($s, replace($v, '^https?://(www\.)?(orcid|ror)\.org/', '', 'i'))
      else if ($s = 'isni') then replace(replace($v, '^https?://(www\.)?isni\.org/(isni/)?', '', 'i'), '\s', '')
      else if ($s = 'crossreffunderid')
        then ix:identifier-url($s, replace($v, '^(https?://(dx\.)?doi\.org/10\.13039/|10\.13039/)', '', 'i'))
      else $v"/>
  </xsl:function>

  <!-- relatedIdentifierType of a model scheme; without a known scheme, a DOI or a URL is still recognised. -->
  <xsl:function name="dj:related-identifier-type" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="(ix:datacite-term('related-identifier-scheme', lower-case(normalize-space($scheme))),
                           'DOI'[matches(normalize-space($value), '^10\.\d{4,9}/\S+$')],
                           'URL'[matches(normalize-space($value), '^https?://\S+$')])[1]"/>
  </xsl:function>

  <!-- EDTF (level 0) date or interval as RKMS-ISO8601: an open end (..) is left empty. -->
  <xsl:function name="dj:rkms" as="xs:string">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:variable name="d" select="normalize-space($edtf)"/>
    <xsl:sequence select="if (contains($d, '/'))
                          then string-join(tokenize($d, '/') ! (if (. = '..') then '' else .), '/')
                          else $d"/>
  </xsl:function>

</xsl:stylesheet>
