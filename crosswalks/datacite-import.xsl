<?xml version="1.0" encoding="UTF-8"?>
<!--
  Import: a DataCite Metadata Schema 4.x document (4.0 to 4.7, root {http://datacite.org/schema/kernel-4}resource)
  to the canonical XML of a new record. Only input fields are written (no id, parent, versions, timestamps,
  revision or tombstone); the DOI becomes an external pid. DataCite describes a resource held elsewhere and says
  nothing about files, so the record is public and metadata-only (files disabled, no entries), as the demo
  metadata-only records are.

  Values the server's record validator would refuse are left out rather than failing the whole import: identifiers
  with a wrong check digit, non-http URIs where the model wants a URL, dates that are not calendar dates. DataCite
  dates with a time keep their calendar date (the model holds EDTF level 0 dates only).

  Languages (xml:lang) are kept as BCP 47 tags wherever the model has one: titles, the main description
  (descriptionLang), creator and contributor names (personOrOrg/lang), subjects, rights and award titles. The
  resource's language is an ISO 639-3 code (en → eng), or the tag itself when it names more than the language
  (en-US).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://datacite.org/schema/kernel-4"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:dci="https://interop-server.org/ns/datacite-import"
    xmlns="https://interop-server.org/schema/record/1"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- DataCite spelling → model id, per vocabulary (the reverse of ix:datacite-term). -->
  <xsl:key name="dci:term" match="table[@name eq 'datacite-terms']/row" use="@vocabulary || ':' || @datacite"/>
  <xsl:key name="dci:term-ci" match="table[@name eq 'datacite-terms']/row" use="@vocabulary || ':' || lower-case(@datacite)"/>
  <xsl:key name="dci:general" match="table[@name eq 'resource-types']/row" use="@datacite_general"/>
  <xsl:key name="dci:iso639-1" match="table[@name eq 'languages']/row" use="@iso639_1"/>

  <xsl:variable name="dci:crockford" select="'0123456789abcdefghjkmnpqrstvwxyz'"/>

  <!-- Name identifier schemes the model writes in lower case (datacite.xsl spells them back). -->
  <xsl:variable name="dci:name-schemes" as="xs:string*"
      select="'orcid', 'ror', 'isni', 'grid', 'gnd', 'viaf', 'wikidata', 'crossreffunderid'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="/*" priority="-1">
    <xsl:message terminate="yes">not a DataCite kernel-4 resource: {name()}</xsl:message>
  </xsl:template>

  <xsl:template match="d:resource">
    <xsl:variable name="doi" select="dci:doi(d:identifier[lower-case(@identifierType) eq 'doi'])"/>
    <record>
      <xsl:if test="exists($doi)">
        <pids><doi><identifier>{$doi}</identifier><provider>external</provider></doi></pids>
      </xsl:if>
      <metadata>
        <xsl:call-template name="dci:metadata"/>
      </metadata>
      <access><record>public</record><files>public</files></access>
      <files><enabled>false</enabled></files>
    </record>
  </xsl:template>

  <!-- ============================================================ metadata, in the model's element order -->

  <xsl:template name="dci:metadata">
    <xsl:variable name="rt" select="d:resourceType"/>
    <resourceType id="{dci:resource-type($rt/@resourceTypeGeneral)}">
      <xsl:if test="normalize-space($rt)">
        <xsl:attribute name="specific" select="normalize-space($rt)"/>
      </xsl:if>
    </resourceType>

    <xsl:where-populated>
      <creators>
        <xsl:for-each select="d:creators/d:creator">
          <creator><xsl:call-template name="dci:agent"/></creator>
        </xsl:for-each>
      </creators>
    </xsl:where-populated>
    <xsl:where-populated>
      <contributors>
        <xsl:for-each select="d:contributors/d:contributor">
          <contributor><xsl:call-template name="dci:agent"/></contributor>
        </xsl:for-each>
      </contributors>
    </xsl:where-populated>

    <!-- DataCite's main title is the one without a titleType. -->
    <xsl:variable name="titles" select="d:titles/d:title[normalize-space()]"/>
    <xsl:variable name="main" select="($titles[not(@titleType)], $titles)[1]"/>
    <xsl:variable name="main-lang" select="dci:lang-tag($main/@xml:lang)"/>
    <xsl:if test="$main">
      <title>{normalize-space($main)}</title>
      <xsl:if test="exists($main-lang)"><titleLang id="{$main-lang}"/></xsl:if>
    </xsl:if>
    <xsl:where-populated>
      <additionalTitles>
        <xsl:for-each select="$titles except $main">
          <xsl:variable name="lang" select="dci:lang-tag(@xml:lang)"/>
          <title>
            <title>{normalize-space()}</title>
            <!-- The model needs a type; an untyped further title is a parallel title: in another language it
                 is the title translated, in the same one an alternative. -->
            <type id="{if (@titleType) then dci:term-or-other('title-type', @titleType)
                       else if (exists($lang) and exists($main-lang) and $lang ne $main-lang) then 'translated-title'
                       else 'alternative-title'}"/>
            <xsl:if test="exists($lang)"><lang id="{$lang}"/></xsl:if>
          </title>
        </xsl:for-each>
      </additionalTitles>
    </xsl:where-populated>

    <!-- The Issued date says more than publicationYear when it falls in that year. -->
    <xsl:variable name="year" select="normalize-space(d:publicationYear)"/>
    <publicationDate>{((d:dates/d:date[@dateType eq 'Issued'] ! dci:edtf(.))[not(contains(., '/'))]
                                                                  [substring(., 1, 4) eq $year][1], $year)[1]}</publicationDate>

    <xsl:for-each select="d:publisher">
      <publisher>
        <name>{normalize-space()}</name>
        <xsl:for-each select="dci:lang-tag(@xml:lang)"><lang id="{.}"/></xsl:for-each>
        <xsl:where-populated>
          <identifiers>
            <xsl:sequence select="dci:identifier(('name', 'related-identifier-scheme'), @publisherIdentifierScheme, @publisherIdentifier, @schemeURI)"/>
          </identifiers>
        </xsl:where-populated>
      </publisher>
    </xsl:for-each>

    <!-- The model's description is the abstract (preferably in the title's language); every other description,
         other abstracts included, keeps its type and language. -->
    <xsl:variable name="descriptions" select="d:descriptions/d:description[normalize-space()]"/>
    <xsl:variable name="abstracts" select="$descriptions[@descriptionType eq 'Abstract']"/>
    <xsl:variable name="abstract"
        select="($abstracts[exists($main-lang) and dci:lang-tag(@xml:lang) eq $main-lang], $abstracts)[1]"/>
    <xsl:if test="$abstract">
      <description>{dci:html($abstract)}</description>
      <xsl:for-each select="dci:lang-tag($abstract/@xml:lang)"><descriptionLang id="{.}"/></xsl:for-each>
    </xsl:if>
    <xsl:where-populated>
      <additionalDescriptions>
        <xsl:for-each select="$descriptions except $abstract">
          <description>
            <description>{dci:html(.)}</description>
            <type id="{dci:term-or-other('description-type', @descriptionType)}"/>
            <xsl:for-each select="dci:lang-tag(@xml:lang)"><lang id="{.}"/></xsl:for-each>
          </description>
        </xsl:for-each>
      </additionalDescriptions>
    </xsl:where-populated>

    <xsl:where-populated>
      <subjects>
        <xsl:for-each select="d:subjects/d:subject[normalize-space()]">
          <subject>
            <subject>{normalize-space()}</subject>
            <xsl:for-each select="@subjectScheme[normalize-space()]"><scheme>{normalize-space()}</scheme></xsl:for-each>
            <xsl:for-each select="@schemeURI[normalize-space()]"><schemeUri>{normalize-space()}</schemeUri></xsl:for-each>
            <xsl:for-each select="@valueURI[dci:is-http-url(normalize-space())]"><valueUri>{normalize-space()}</valueUri></xsl:for-each>
            <xsl:for-each select="@classificationCode[normalize-space()]"><classificationCode>{normalize-space()}</classificationCode></xsl:for-each>
            <xsl:for-each select="dci:lang-tag(@xml:lang)"><lang id="{.}"/></xsl:for-each>
          </subject>
        </xsl:for-each>
      </subjects>
    </xsl:where-populated>

    <xsl:where-populated>
      <languages>
        <xsl:for-each select="distinct-values(d:language ! dci:language(.))"><language id="{.}"/></xsl:for-each>
      </languages>
    </xsl:where-populated>

    <xsl:where-populated>
      <dates>
        <xsl:for-each select="d:dates/d:date">
          <xsl:variable name="edtf" select="dci:edtf(.)"/>
          <xsl:if test="exists($edtf)">
            <date>
              <date>{$edtf}</date>
              <type id="{dci:term-or-other('date-type', @dateType)}"/>
              <xsl:for-each select="@dateInformation[normalize-space()]"><description>{normalize-space()}</description></xsl:for-each>
            </date>
          </xsl:if>
        </xsl:for-each>
      </dates>
    </xsl:where-populated>

    <!-- Alternate identifiers, and the resource's identifier when DataCite names it something other than a DOI. -->
    <xsl:where-populated>
      <identifiers>
        <xsl:for-each select="d:identifier[lower-case(@identifierType) ne 'doi'], d:alternateIdentifiers/d:alternateIdentifier">
          <xsl:sequence select="dci:identifier('related-identifier-scheme', (@alternateIdentifierType, @identifierType)[1], ., ())"/>
        </xsl:for-each>
      </identifiers>
    </xsl:where-populated>

    <xsl:where-populated>
      <relatedIdentifiers>
        <xsl:for-each select="d:relatedIdentifiers/d:relatedIdentifier">
          <xsl:variable name="scheme" select="dci:term('related-identifier-scheme', @relatedIdentifierType)"/>
          <xsl:variable name="value" select="dci:scheme-value($scheme, .)"/>
          <xsl:if test="exists($value) and exists($scheme)">
            <relatedIdentifier>
              <identifier>{$value}</identifier>
              <scheme>{$scheme}</scheme>
              <relationType id="{dci:term-or-other('relation-type', @relationType)}"/>
              <xsl:for-each select="@relationTypeInformation[normalize-space()]"><relationTypeInformation>{normalize-space()}</relationTypeInformation></xsl:for-each>
              <xsl:for-each select="@resourceTypeGeneral"><resourceType id="{dci:resource-type(.)}"/></xsl:for-each>
              <xsl:for-each select="@relatedMetadataScheme[normalize-space()]"><relatedMetadataScheme>{normalize-space()}</relatedMetadataScheme></xsl:for-each>
              <xsl:for-each select="@schemeURI[normalize-space()]"><schemeUri>{normalize-space()}</schemeUri></xsl:for-each>
              <xsl:for-each select="@schemeType[normalize-space()]"><schemeType>{normalize-space()}</schemeType></xsl:for-each>
            </relatedIdentifier>
          </xsl:if>
        </xsl:for-each>
      </relatedIdentifiers>
    </xsl:where-populated>

    <xsl:where-populated>
      <sizes>
        <xsl:for-each select="d:sizes/d:size[normalize-space()]"><size>{normalize-space()}</size></xsl:for-each>
      </sizes>
    </xsl:where-populated>
    <xsl:where-populated>
      <formats>
        <xsl:for-each select="d:formats/d:format[normalize-space()]"><format>{normalize-space()}</format></xsl:for-each>
      </formats>
    </xsl:where-populated>
    <xsl:for-each select="d:version[normalize-space()]"><version>{normalize-space()}</version></xsl:for-each>

    <xsl:call-template name="dci:rights"/>

    <xsl:where-populated>
      <funding>
        <xsl:for-each select="d:fundingReferences/d:fundingReference">
          <xsl:call-template name="dci:funding"/>
        </xsl:for-each>
      </funding>
    </xsl:where-populated>

    <xsl:where-populated>
      <locations>
        <xsl:where-populated>
          <features>
            <xsl:for-each select="d:geoLocations/d:geoLocation">
              <xsl:call-template name="dci:features"/>
            </xsl:for-each>
          </features>
        </xsl:where-populated>
      </locations>
    </xsl:where-populated>

    <xsl:where-populated>
      <relatedItems>
        <xsl:for-each select="d:relatedItems/d:relatedItem">
          <xsl:call-template name="dci:related-item"/>
        </xsl:for-each>
      </relatedItems>
    </xsl:where-populated>
  </xsl:template>

  <!-- ============================================================ creators and contributors -->

  <!-- Content of a creator or contributor (also inside related items, where DataCite has names only). -->
  <xsl:template name="dci:agent">
    <xsl:variable name="name" select="(d:creatorName, d:contributorName)[1]"/>
    <xsl:variable name="ids" as="element()*">
      <xsl:for-each select="d:nameIdentifier">
        <xsl:sequence select="dci:identifier(('name', 'related-identifier-scheme'), @nameIdentifierScheme, ., @schemeURI)"/>
      </xsl:for-each>
    </xsl:variable>
    <personOrOrg>
      <!-- nameType is optional in DataCite but required by the model: a name with given or family name, or
           with an ORCID iD, is a person; anything else is taken to be an organisation. -->
      <type>{
        if ($name/@nameType) then lower-case($name/@nameType)
        else if (d:givenName[normalize-space()] or d:familyName[normalize-space()] or $ids[@scheme eq 'orcid'])
        then 'personal' else 'organizational'
      }</type>
      <xsl:if test="normalize-space($name)"><name>{normalize-space($name)}</name></xsl:if>
      <xsl:for-each select="d:givenName[normalize-space()]"><givenName>{normalize-space()}</givenName></xsl:for-each>
      <xsl:for-each select="d:familyName[normalize-space()]"><familyName>{normalize-space()}</familyName></xsl:for-each>
      <xsl:for-each select="dci:lang-tag($name[normalize-space()]/@xml:lang)"><lang id="{.}"/></xsl:for-each>
      <xsl:if test="exists($ids)"><identifiers><xsl:sequence select="$ids"/></identifiers></xsl:if>
    </personOrOrg>
    <xsl:for-each select="@contributorType"><role id="{dci:term-or-other('contributor-role', .)}"/></xsl:for-each>
    <xsl:where-populated>
      <affiliations>
        <xsl:for-each select="d:affiliation">
          <xsl:call-template name="dci:affiliation"/>
        </xsl:for-each>
      </affiliations>
    </xsl:where-populated>
  </xsl:template>

  <xsl:template name="dci:affiliation">
    <xsl:variable name="value" select="normalize-space(@affiliationIdentifier)"/>
    <!-- A ROR URL names its scheme even where affiliationIdentifierScheme is missing. -->
    <xsl:variable name="scheme" select="
        if (normalize-space(@affiliationIdentifierScheme)) then normalize-space(@affiliationIdentifierScheme)
        else if (matches($value, '^https?://(www\.)?ror\.org/', 'i')) then 'ROR' else ()"/>
    <xsl:variable name="ror" select="if (lower-case($scheme) eq 'ror') then dci:ror($value) else ()"/>
    <xsl:variable name="other" select="if (lower-case($scheme) ne 'ror') then dci:identifier(('name', 'related-identifier-scheme'), $scheme, $value, @schemeURI) else ()"/>
    <xsl:if test="exists($ror) or normalize-space()">
      <affiliation>
        <xsl:if test="exists($ror)"><id>{$ror}</id></xsl:if>
        <xsl:if test="normalize-space()"><name>{normalize-space()}</name></xsl:if>
        <xsl:if test="exists($other)"><identifiers><xsl:sequence select="$other"/></identifiers></xsl:if>
      </affiliation>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ rights -->

  <!-- DataCite repeats a licence once per language of its name; the model keeps one entry with a title per
       language. Statements without a licence id are grouped by their URI, and kept apart when they have none.
       Access statements (info:eu-repo/semantics/openAccess …) are statements like any other: the record's own
       access status is derived from its access settings, not from them. A URI that is not an http(s) URL (such
       as info:eu-repo/…) cannot be the entry's link, which the model checks as a URL; the wording stays. -->
  <xsl:template name="dci:rights">
    <xsl:where-populated>
      <rights>
        <xsl:for-each-group select="d:rightsList/d:rights" group-by="
            let $id := dci:licence-id(.) return
            if (exists($id)) then 'id:' || $id
            else if (dci:is-http-url(normalize-space(@rightsURI))) then 'uri:' || normalize-space(@rightsURI)
            else 'n:' || count(preceding-sibling::d:rights)">
          <xsl:variable name="id" select="dci:licence-id(.)"/>
          <xsl:variable name="link" select="(current-group()/@rightsURI ! normalize-space())[dci:is-http-url(.) or matches(., '^(info|urn):[A-Za-z0-9][^\s&lt;&gt;&quot;]{1,500}$')][1]"/>
          <xsl:variable name="texts" as="element()*">
            <xsl:for-each-group select="current-group()[normalize-space()]" group-by="dci:text-lang(@xml:lang)">
              <text lang="{current-grouping-key()}">{normalize-space()}</text>
            </xsl:for-each-group>
          </xsl:variable>
          <xsl:if test="exists($id) or exists($texts)">
            <right>
              <xsl:if test="exists($id)"><id>{$id}</id></xsl:if>
              <xsl:if test="exists($texts)"><title><xsl:sequence select="$texts"/></title></xsl:if>
              <xsl:if test="exists($link)"><link>{$link}</link></xsl:if>
            </right>
          </xsl:if>
        </xsl:for-each-group>
      </rights>
    </xsl:where-populated>
  </xsl:template>

  <!-- The model's licence id: an SPDX identifier in lower case. One without a scheme counts when it is a
       licence the vocabulary knows; "CC0 1.0" style spellings get SPDX's hyphen. -->
  <xsl:function name="dci:licence-id" as="xs:string?">
    <xsl:param name="rights" as="element(d:rights)"/>
    <xsl:variable name="id" select="replace(lower-case(normalize-space($rights/@rightsIdentifier)), ' ', '-')"/>
    <xsl:variable name="scheme" select="lower-case(normalize-space($rights/@rightsIdentifierScheme))"/>
    <xsl:sequence select="$id[matches(., '^[a-z0-9][a-z0-9.+-]*$')]
                             [$scheme eq 'spdx' or (not($scheme) and exists(ix:vocab('licenses', .)))]"/>
  </xsl:function>

  <!-- ============================================================ funding -->

  <xsl:template name="dci:funding">
    <xsl:variable name="fid" select="d:funderIdentifier"/>
    <xsl:variable name="ror" select="if (lower-case($fid/@funderIdentifierType) eq 'ror') then dci:ror($fid) else ()"/>
    <xsl:variable name="ids" select="if (lower-case($fid/@funderIdentifierType) ne 'ror')
                                     then dci:identifier('funder-identifier-type', $fid/@funderIdentifierType, $fid, $fid/@schemeURI)
                                     else ()"/>
    <xsl:variable name="name" select="normalize-space(d:funderName)"/>
    <xsl:variable name="award-url" select="normalize-space(d:awardNumber/@awardURI)[dci:is-http-url(.)]"/>
    <xsl:if test="$name or exists($ror)">
      <award>
        <funder>
          <xsl:if test="exists($ror)"><id>{$ror}</id></xsl:if>
          <xsl:if test="$name"><name>{$name}</name></xsl:if>
          <xsl:if test="exists($ids)"><identifiers><xsl:sequence select="$ids"/></identifiers></xsl:if>
        </funder>
        <xsl:if test="normalize-space(d:awardNumber) or normalize-space(d:awardTitle)">
          <award>
            <xsl:for-each select="d:awardNumber[normalize-space()]"><number>{normalize-space()}</number></xsl:for-each>
            <xsl:for-each select="d:awardTitle[normalize-space()]">
              <title><text lang="{dci:text-lang(@xml:lang)}">{normalize-space()}</text></title>
            </xsl:for-each>
            <xsl:if test="exists($award-url)">
              <identifiers><identifier scheme="url">{$award-url}</identifier></identifiers>
            </xsl:if>
          </award>
        </xsl:if>
      </award>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ geo locations -->

  <!-- One feature per geoLocation; one that repeats place, point or box (the schema allows it) becomes as many
       features as it has of the most repeated one, its polygons staying with the first. -->
  <xsl:template name="dci:features">
    <xsl:variable name="places" select="d:geoLocationPlace[normalize-space()]"/>
    <xsl:variable name="points" select="d:geoLocationPoint"/>
    <xsl:variable name="boxes" select="d:geoLocationBox"/>
    <xsl:variable name="polygons" select="d:geoLocationPolygon"/>
    <xsl:for-each select="1 to max((count($places), count($points), count($boxes), if ($polygons) then 1 else 0))">
      <xsl:variable name="i" select="."/>
      <feature>
        <xsl:for-each select="$places[$i]"><place>{normalize-space()}</place></xsl:for-each>
        <xsl:for-each select="$points[$i]"><point><xsl:sequence select="dci:lat-lon(.)"/></point></xsl:for-each>
        <xsl:for-each select="$boxes[$i]">
          <box west="{dci:number(d:westBoundLongitude)}" east="{dci:number(d:eastBoundLongitude)}"
               south="{dci:number(d:southBoundLatitude)}" north="{dci:number(d:northBoundLatitude)}"/>
        </xsl:for-each>
        <xsl:if test="$i eq 1 and $polygons">
          <polygons>
            <xsl:for-each select="$polygons">
              <xsl:variable name="ring" select="d:polygonPoint"/>
              <polygon>
                <points>
                  <xsl:for-each select="$ring"><point><xsl:sequence select="dci:lat-lon(.)"/></point></xsl:for-each>
                  <!-- DataCite's polygon is a closed chain; one written without repeating its first point is
                       closed here, as the model requires. -->
                  <xsl:if test="not(dci:same-point($ring[1], $ring[last()]))">
                    <point><xsl:sequence select="dci:lat-lon($ring[1])"/></point>
                  </xsl:if>
                </points>
                <xsl:for-each select="d:inPolygonPoint"><inPolygonPoint><xsl:sequence select="dci:lat-lon(.)"/></inPolygonPoint></xsl:for-each>
              </polygon>
            </xsl:for-each>
          </polygons>
        </xsl:if>
      </feature>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="dci:lat-lon" as="attribute()*">
    <xsl:param name="point" as="element()"/>
    <xsl:attribute name="lat" select="dci:number($point/d:pointLatitude)"/>
    <xsl:attribute name="lon" select="dci:number($point/d:pointLongitude)"/>
  </xsl:function>

  <xsl:function name="dci:same-point" as="xs:boolean">
    <xsl:param name="a" as="element()"/>
    <xsl:param name="b" as="element()"/>
    <xsl:sequence select="number($a/d:pointLatitude) eq number($b/d:pointLatitude)
                          and number($a/d:pointLongitude) eq number($b/d:pointLongitude)"/>
  </xsl:function>

  <!-- A coordinate as written (DataCite's xs:float lexical form is also an xs:double one). -->
  <xsl:function name="dci:number" as="xs:string">
    <xsl:param name="value" as="element()?"/>
    <xsl:sequence select="normalize-space($value)"/>
  </xsl:function>

  <!-- ============================================================ related items -->

  <xsl:template name="dci:related-item">
    <xsl:variable name="rid" select="d:relatedItemIdentifier"/>
    <!-- relatedItemIdentifierType is optional in DataCite but the model needs a scheme: without one, a DOI or
         a URL is still recognised by its form. -->
    <xsl:variable name="scheme" select="(dci:term('related-identifier-scheme', $rid/@relatedItemIdentifierType),
                                         if ($rid/@relatedItemIdentifierType) then () else
                                         ('doi'[exists(dci:doi($rid))], 'url'[dci:is-http-url(normalize-space($rid))])[1])[1]"/>
    <xsl:variable name="value" select="dci:scheme-value($scheme, $rid)"/>
    <relatedItem>
      <resourceType id="{dci:resource-type(@relatedItemType)}"/>
      <relationType id="{dci:term-or-other('relation-type', @relationType)}"/>
      <xsl:for-each select="@relationTypeInformation[normalize-space()]"><relationTypeInformation>{normalize-space()}</relationTypeInformation></xsl:for-each>
      <xsl:if test="exists($scheme) and exists($value)">
        <identifier scheme="{$scheme}">
          <xsl:for-each select="$rid/@relatedMetadataScheme[normalize-space()]"><xsl:attribute name="relatedMetadataScheme" select="normalize-space()"/></xsl:for-each>
          <xsl:for-each select="$rid/@schemeURI[normalize-space()]"><xsl:attribute name="schemeUri" select="normalize-space()"/></xsl:for-each>
          <xsl:for-each select="$rid/@schemeType[normalize-space()]"><xsl:attribute name="schemeType" select="normalize-space()"/></xsl:for-each>
          <xsl:value-of select="$value"/>
        </identifier>
      </xsl:if>
      <xsl:where-populated>
        <creators>
          <xsl:for-each select="d:creators/d:creator[normalize-space(d:creatorName)]">
            <creator><xsl:call-template name="dci:agent"/></creator>
          </xsl:for-each>
        </creators>
      </xsl:where-populated>
      <xsl:where-populated>
        <titles>
          <xsl:for-each select="d:titles/d:title[normalize-space()]">
            <title>
              <title>{normalize-space()}</title>
              <xsl:for-each select="@titleType"><type id="{dci:term-or-other('title-type', .)}"/></xsl:for-each>
              <xsl:for-each select="dci:lang-tag(@xml:lang)"><lang id="{.}"/></xsl:for-each>
            </title>
          </xsl:for-each>
        </titles>
      </xsl:where-populated>
      <xsl:for-each select="d:publicationYear[normalize-space()]"><publicationYear>{normalize-space()}</publicationYear></xsl:for-each>
      <xsl:for-each select="d:volume[normalize-space()]"><volume>{normalize-space()}</volume></xsl:for-each>
      <xsl:for-each select="d:issue[normalize-space()]"><issue>{normalize-space()}</issue></xsl:for-each>
      <xsl:for-each select="d:number[normalize-space()]">
        <number>
          <xsl:for-each select="@numberType"><xsl:attribute name="type" select="dci:term-or-other('number-type', .)"/></xsl:for-each>
          <xsl:value-of select="normalize-space()"/>
        </number>
      </xsl:for-each>
      <xsl:for-each select="d:firstPage[normalize-space()]"><firstPage>{normalize-space()}</firstPage></xsl:for-each>
      <xsl:for-each select="d:lastPage[normalize-space()]"><lastPage>{normalize-space()}</lastPage></xsl:for-each>
      <xsl:for-each select="d:publisher[normalize-space()]"><publisher>{normalize-space()}</publisher></xsl:for-each>
      <xsl:for-each select="d:edition[normalize-space()]"><edition>{normalize-space()}</edition></xsl:for-each>
      <xsl:where-populated>
        <contributors>
          <xsl:for-each select="d:contributors/d:contributor[normalize-space(d:contributorName)]">
            <contributor><xsl:call-template name="dci:agent"/></contributor>
          </xsl:for-each>
        </contributors>
      </xsl:where-populated>
    </relatedItem>
  </xsl:template>

  <!-- ============================================================ vocabularies -->

  <!-- The model id of a DataCite term (exact spelling first, then ignoring case). -->
  <xsl:function name="dci:term" as="xs:string?">
    <xsl:param name="vocabulary" as="xs:string"/>
    <xsl:param name="datacite" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($datacite)"/>
    <xsl:sequence select="if (not($v)) then () else
        (key('dci:term', $vocabulary || ':' || $v, $vocabularies),
         key('dci:term-ci', $vocabulary || ':' || lower-case($v), $vocabularies))[1]/@id/string()"/>
  </xsl:function>

  <!-- The same for vocabularies with an "other" term, which takes a value this table does not know (a later
       DataCite version's), so that the record is still accepted. -->
  <xsl:function name="dci:term-or-other" as="xs:string">
    <xsl:param name="vocabulary" as="xs:string"/>
    <xsl:param name="datacite" as="xs:string?"/>
    <xsl:sequence select="(dci:term($vocabulary, $datacite), 'other')[1]"/>
  </xsl:function>

  <!-- The model's resource type for a resourceTypeGeneral: the most general of the types DataCite calls so,
       i.e. a top-level id (Text → publication, Image → image), else the one named after the general type
       (Report → publication-report), else the first listed. -->
  <xsl:function name="dci:resource-type" as="xs:string">
    <xsl:param name="general" as="xs:string?"/>
    <xsl:variable name="rows" select="key('dci:general', normalize-space($general), $vocabularies)"/>
    <xsl:sequence select="($rows[not(contains(@id, '-'))],
                           $rows[substring-after(@id, '-') eq lower-case(normalize-space($general))],
                           $rows, ix:vocab('resource-types', 'other'))[1]/@id/string()"/>
  </xsl:function>

  <!-- A language tag as the model checks it ([a-z]{2,3}(-[A-Za-z0-9]{1,8})*), or nothing. -->
  <xsl:function name="dci:lang-tag" as="xs:string?">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($tag)"/>
    <xsl:variable name="primary" select="lower-case(substring-before($t || '-', '-'))"/>
    <xsl:variable name="norm" select="$primary || substring($t, string-length($primary) + 1)"/>
    <xsl:sequence select="$norm[matches(., '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$')]"/>
  </xsl:function>

  <!-- The language of an i18n text, which the model keys texts by: "und" (undetermined) when DataCite has none. -->
  <xsl:function name="dci:text-lang" as="xs:string">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:sequence select="(dci:lang-tag($tag), 'und')[1]"/>
  </xsl:function>

  <!-- The model's language of the resource: a tag that says more than the language (en-US) as it is, since an
       ISO 639-3 code would lose the region; a bare language as its ISO 639-3 code (en → eng). -->
  <xsl:function name="dci:language" as="xs:string?">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="t" select="dci:lang-tag($tag)"/>
    <xsl:sequence select="if (contains($t, '-')) then $t else dci:iso639-3($tag)"/>
  </xsl:function>

  <!-- ISO 639-3 code of a BCP 47 tag: its primary subtag, two-letter ones through the languages table. -->
  <xsl:function name="dci:iso639-3" as="xs:string?">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="primary" select="lower-case(substring-before(normalize-space($tag) || '-', '-'))"/>
    <xsl:sequence select="
        if (matches($primary, '^[a-z]{3}$')) then $primary
        else if (matches($primary, '^[a-z]{2}$')) then key('dci:iso639-1', $primary, $vocabularies)[1]/@id/string()
        else ()"/>
  </xsl:function>

  <!-- ============================================================ identifiers -->

  <!-- An <identifier scheme=".."> of the model, or nothing when the value fails its scheme's check. Schemes of
       the given DataCite vocabularies (and, for names, the usual name identifier schemes) are written in lower
       case as the model has them, others as DataCite spells them; a scheme URI only when it is a URL. -->
  <xsl:function name="dci:identifier" as="element()?">
    <xsl:param name="vocabularies" as="xs:string*"/>
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:param name="scheme-uri" as="xs:string?"/>
    <xsl:variable name="s" select="normalize-space($scheme)"/>
    <xsl:variable name="known" select="($vocabularies[. ne 'name'] ! dci:term(., $s),
                                        lower-case($s)[$vocabularies = 'name' and . = $dci:name-schemes])[1]"/>
    <xsl:variable name="sch" select="($known, $s[.])[1]"/>
    <xsl:variable name="v" select="dci:scheme-value($sch, $value)"/>
    <xsl:if test="exists($sch) and exists($v)">
      <identifier scheme="{$sch}">
        <xsl:for-each select="normalize-space($scheme-uri)[dci:is-http-url(.)]"><xsl:attribute name="schemeUri" select="."/></xsl:for-each>
        <xsl:value-of select="$v"/>
      </identifier>
    </xsl:if>
  </xsl:function>

  <!-- A value in the form the model keeps for its scheme, or nothing when it is not valid there: bare ORCID,
       ROR, ISNI and DOI (URL forms accepted), Crossref Funder IDs without their 10.13039/ prefix, URLs. -->
  <xsl:function name="dci:scheme-value" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="
        if (not($v)) then ()
        else if ($scheme eq 'orcid') then dci:orcid($v)
        else if ($scheme eq 'ror') then dci:ror($v)
        else if ($scheme eq 'isni') then dci:isni($v)
        else if ($scheme eq 'doi') then dci:doi($v)
        else if ($scheme eq 'url') then $v[dci:is-http-url(.)]
        else if ($scheme eq 'crossreffunderid') then replace($v, '^((https?://)?(dx\.)?doi\.org/|doi:)?10\.13039/', '', 'i')
        else $v"/>
  </xsl:function>

  <xsl:function name="dci:doi" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="replace(normalize-space($value), '^((https?://)?(dx\.)?doi\.org/|doi:)', '', 'i')"/>
    <xsl:sequence select="$v[matches(., '^10\.\d{4,9}/\S+$') and string-length(.) le 255]"/>
  </xsl:function>

  <xsl:function name="dci:orcid" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="digits" select="replace(upper-case(replace(normalize-space($value), '^.*?(\d{4}-?\d{4}-?\d{4}-?\d{3}[\dxX])$', '$1')), '-', '')"/>
    <xsl:sequence select="if (matches($digits, '^\d{15}[\dX]$') and dci:mod11-2($digits))
                          then string-join((1 to 4) ! substring($digits, . * 4 - 3, 4), '-') else ()"/>
  </xsl:function>

  <xsl:function name="dci:isni" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="upper-case(replace(replace(normalize-space($value), '^https?://(www\.)?isni\.org/(isni/)?', '', 'i'), '[\s-]', ''))"/>
    <xsl:sequence select="$v[matches(., '^\d{15}[\dX]$') and dci:mod11-2(.)]"/>
  </xsl:function>

  <!-- ISO 7064 MOD 11-2 over the first 15 characters, compared with the 16th. -->
  <xsl:function name="dci:mod11-2" as="xs:boolean">
    <xsl:param name="digits" as="xs:string"/>
    <xsl:variable name="total" select="fold-left(string-to-codepoints(substring($digits, 1, 15)), 0,
                                         function($t, $c) { ($t + $c - 48) * 2 })"/>
    <xsl:variable name="r" select="(12 - $total mod 11) mod 11"/>
    <xsl:sequence select="substring($digits, 16, 1) eq (if ($r eq 10) then 'X' else string($r))"/>
  </xsl:function>

  <!-- A ROR id in bare form with valid ISO 7064 MOD 97-10 check digits. -->
  <xsl:function name="dci:ror" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="lower-case(replace(normalize-space($value), '^(https?://)?(www\.)?ror\.org/', '', 'i'))"/>
    <xsl:variable name="ok" select="matches($v, '^0[0-9a-hjkmnp-tv-z]{6}\d{2}$') and
        (let $n := fold-left(string-to-codepoints(substring($v, 1, 7)), 0,
                     function($t, $c) { $t * 32 + string-length(substring-before($dci:crockford, codepoints-to-string($c))) })
         return 98 - ($n * 100) mod 97 eq xs:integer(substring($v, 8)))"/>
    <xsl:sequence select="$v[$ok]"/>
  </xsl:function>

  <!-- An http(s) URL that java.net.URI parses with a host, as the model's validator requires. -->
  <xsl:function name="dci:is-http-url" as="xs:boolean">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="matches(string($value),
        '^[hH][tT][tT][pP][sS]?://([^@/?#\s]*@)?(([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?\.?|\d{1,3}(\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\])(:\d*)?([/?#]([^\s&quot;&lt;&gt;\\^`{|}\[\]%]|%[0-9A-Fa-f]{2})*)?$')"/>
  </xsl:function>

  <!-- ============================================================ dates and text -->

  <!-- An EDTF level 0 date or interval from a DataCite date (W3CDTF, or an RKMS-ISO8601 range a/b), or nothing.
       Times are dropped, keeping the calendar date as written; "unknown" and "open" range ends become EDTF's
       unknown ("") and open ("..") ends; "25 BC" style years become astronomical years as DataCite's own
       example writes them (25 BC = -0024). -->
  <xsl:function name="dci:edtf" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:choose>
      <xsl:when test="contains($v, '/')">
        <xsl:variable name="start" select="dci:edtf-end(substring-before($v, '/'))"/>
        <xsl:variable name="end" select="dci:edtf-end(substring-after($v, '/'))"/>
        <xsl:variable name="open" select="$start = ('', '..'), $end = ('', '..')"/>
        <xsl:sequence select="
            if (empty($start) or empty($end) or ($open[1] and $open[2])) then ()
            else if ($open[1] or $open[2] or starts-with($start, '-') or starts-with($end, '-') or $start le $end)
            then $start || '/' || $end
            else ()"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="dci:edtf-date($v)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="dci:edtf-end" as="xs:string?">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="
        if ($v = ('', 'unknown')) then ''
        else if ($v = ('..', 'open')) then '..'
        else dci:edtf-date($v)"/>
  </xsl:function>

  <xsl:function name="dci:edtf-date" as="xs:string?">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="d" select="
        if (matches($value, '^\d{1,4}\s*(BCE|BC|B\.C\.(E\.)?)$', 'i'))
        then format-number(1 - xs:integer(replace($value, '^(\d+).*$', '$1')), '0000')
        else if (matches($value, '^\d{8}(T.*)?$')) then replace($value, '^(\d{4})(\d{2})(\d{2}).*$', '$1-$2-$3')
        else replace($value, '^(-?\d{4}(-\d{2}(-\d{2})?)?)T.*$', '$1')"/>
    <xsl:variable name="m" select="analyze-string($d, '^(-?\d{4})(-(\d{2})(-(\d{2}))?)?$')/*:match"/>
    <xsl:variable name="year" select="$m/*:group[@nr = 1] ! xs:integer(.)"/>
    <xsl:variable name="month" select="$m//*:group[@nr = 3] ! xs:integer(.)"/>
    <xsl:variable name="day" select="$m//*:group[@nr = 5]/string()"/>
    <!-- Day checked in a stand-in year with the same leap rule (proleptic Gregorian, as java.time has it). -->
    <xsl:variable name="leap" select="$year mod 4 eq 0 and ($year mod 100 ne 0 or $year mod 400 eq 0)"/>
    <xsl:sequence select="$d[exists($m)]
                            [empty($month) or $month = 1 to 12]
                            [empty($day) or ((if ($leap) then '2000-' else '2001-') || format-number($month, '00') || '-' || $day) castable as xs:date]"/>
  </xsl:function>

  <!-- A DataCite description as the model's HTML: text escaped, <br/> kept as a line break. -->
  <xsl:function name="dci:html" as="xs:string">
    <xsl:param name="description" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each-group select="$description/(text() | *)" group-starting-with="d:br">
        <xsl:sequence select="normalize-space(string-join(current-group()[not(self::d:br)] ! string()))"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($parts[.] ! replace(replace(replace(., '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;'), '&lt;br&gt;')"/>
  </xsl:function>

</xsl:stylesheet>
