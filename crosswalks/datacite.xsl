<?xml version="1.0" encoding="UTF-8"?>
<!--
  DataCite Metadata Schema 4.7 (http://datacite.org/schema/kernel-4) from the canonical record XML.
  Rendered only for records with a DOI (formats.json condition). oai_datacite.xsl imports this stylesheet and
  wraps its result, so the mapping lives here only.

  Conventions chosen (the DataCite import stylesheet relies on them):
  - ORCID and ROR are always written as full URLs (https://orcid.org/0000-…, https://ror.org/0…), wherever
    they occur: nameIdentifier, affiliationIdentifier, publisherIdentifier, funderIdentifier. This is what the
    DataCite 4.7 examples do. schemeURI is https://orcid.org and https://ror.org (datacite-example-full-v4).
  - ISNI is written bare, 16 characters without spaces, with schemeURI https://isni.org/, as every DataCite
    example does. Crossref Funder IDs are full DOI URLs (https://doi.org/10.13039/…), as in the examples.
    Other schemes are written as the model holds them.
  - A funding reference carries one funder identifier: the funder's ROR id when it has one, else its first
    other identifier (Crossref Funder ID, ISNI, GRID, Other).
  - The model's publicationDate always comes out as an Issued date: the model's own issued date when it has
    one, else one made from publicationDate. An active embargo adds an Available date (its end, DataCite's
    rule for embargoes) unless the record already has an Available date.
  - The access status is added to rightsList as an info:eu-repo access-rights entry
    (rightsURI info:eu-repo/semantics/openAccess …), as Zenodo and the OpenAIRE guidelines for data archives
    do in DataCite records; it has no rightsIdentifier. Not for metadata-only records (there is nothing to
    access: an imported description of a resource held elsewhere says nothing about its access), and not when
    the record states an info:eu-repo access right of its own. Licences carry rightsIdentifier (SPDX); a rights
    entry without a title of its own has no text (the licence is named by its identifier and URI).
  - resourceType has text only when the record names a specific type; the general type is in
    resourceTypeGeneral already.
  - No xml:lang for texts of undetermined language ("und").
  - EDTF open interval ends (..) become empty RKMS-ISO8601 ends ("2019/").
  - Descriptions are plain text (ix:plain-text) with the line breaks (<br>) of the model's HTML kept as <br/>,
    the only markup DataCite descriptions allow.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:dcx="https://interop-server.org/ns/crosswalk/datacite"
    xmlns="http://datacite.org/schema/kernel-4"
    xpath-default-namespace="https://interop-server.org/schema/record/1"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:apply-templates select="record" mode="dcx:resource"/>
  </xsl:template>

  <xsl:template match="record" mode="dcx:resource">
    <xsl:variable name="m" select="metadata"/>
    <resource xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.7/metadata.xsd">
      <identifier identifierType="DOI">
        <xsl:value-of select="normalize-space(pids/doi/identifier)"/>
      </identifier>

      <creators>
        <xsl:apply-templates select="$m/creators/creator" mode="dcx:agent"/>
      </creators>

      <titles>
        <title>
          <xsl:sequence select="dcx:lang($m/titleLang)"/>
          <xsl:value-of select="$m/title"/>
        </title>
        <xsl:apply-templates select="$m/additionalTitles/title[normalize-space(title)]" mode="dcx:title"/>
      </titles>

      <xsl:variable name="publisher-id" select="($m/publisher/identifiers/identifier[@scheme = 'ror'][normalize-space()],
                                                 $m/publisher/identifiers/identifier[normalize-space()])[1]"/>
      <publisher>
        <xsl:sequence select="dcx:lang($m/publisher/lang)"/>
        <xsl:if test="$publisher-id">
          <xsl:attribute name="publisherIdentifier" select="dcx:id-value($publisher-id/@scheme, $publisher-id)"/>
          <xsl:attribute name="publisherIdentifierScheme" select="dcx:scheme-name($publisher-id/@scheme)"/>
          <xsl:sequence select="dcx:scheme-uri($publisher-id)"/>
        </xsl:if>
        <!-- publisher is mandatory in DataCite: the repository publishes what has no publisher of its own -->
        <xsl:value-of select="($m/publisher/name[normalize-space()], $repository-name)[1]"/>
      </publisher>

      <publicationYear>
        <!-- a four-digit year is required: BCE dates (-0050) cannot be expressed here -->
        <xsl:value-of select="(ix:year($m/publicationDate), ix:year(string(created)))[matches(., '^\d{4}$')][1]"/>
      </publicationYear>

      <xsl:variable name="type" select="ix:vocab('resource-types', $m/resourceType/@id)"/>
      <resourceType resourceTypeGeneral="{($type/@datacite_general, 'Other')[1]}">
        <xsl:value-of select="$m/resourceType/@specific[normalize-space()]"/>
      </resourceType>

      <xsl:where-populated>
        <subjects>
          <xsl:for-each select="$m/subjects/subject[normalize-space(subject)]">
            <subject>
              <xsl:if test="normalize-space(scheme)">
                <xsl:attribute name="subjectScheme" select="scheme"/>
              </xsl:if>
              <xsl:if test="normalize-space(schemeUri)">
                <xsl:attribute name="schemeURI" select="schemeUri"/>
              </xsl:if>
              <xsl:if test="normalize-space(valueUri)">
                <xsl:attribute name="valueURI" select="valueUri"/>
              </xsl:if>
              <xsl:if test="normalize-space(classificationCode)">
                <xsl:attribute name="classificationCode" select="classificationCode"/>
              </xsl:if>
              <xsl:sequence select="dcx:lang(lang)"/>
              <xsl:value-of select="subject"/>
            </subject>
          </xsl:for-each>
        </subjects>
      </xsl:where-populated>

      <xsl:where-populated>
        <contributors>
          <xsl:apply-templates select="$m/contributors/contributor" mode="dcx:agent"/>
        </contributors>
      </xsl:where-populated>

      <xsl:where-populated>
        <dates>
          <xsl:for-each select="$m/dates/date[normalize-space(date)]">
            <date dateType="{(ix:datacite-term('date-type', type/@id), 'Other')[1]}">
              <xsl:if test="normalize-space(description)">
                <xsl:attribute name="dateInformation" select="description"/>
              </xsl:if>
              <xsl:value-of select="dcx:rkms(date)"/>
            </date>
          </xsl:for-each>
          <xsl:if test="normalize-space($m/publicationDate) and not($m/dates/date[type/@id = 'issued'][normalize-space(date)])">
            <date dateType="Issued">
              <xsl:value-of select="dcx:rkms($m/publicationDate)"/>
            </date>
          </xsl:if>
          <xsl:if test="access/embargo[active = 'true'][normalize-space(until)]
                        and not($m/dates/date[type/@id = 'available'][normalize-space(date)])">
            <date dateType="Available">
              <xsl:value-of select="access/embargo/until"/>
            </date>
          </xsl:if>
        </dates>
      </xsl:where-populated>

      <!-- DataCite has one language: the first (primary) one -->
      <xsl:for-each select="$m/languages/language[normalize-space(@id)][1]">
        <language>
          <xsl:value-of select="ix:language-tag(@id)"/>
        </language>
      </xsl:for-each>

      <xsl:where-populated>
        <alternateIdentifiers>
          <xsl:for-each select="$m/identifiers/identifier[normalize-space()]">
            <alternateIdentifier alternateIdentifierType="{(ix:datacite-term('related-identifier-scheme', @scheme),
                                                            @scheme[normalize-space()], 'Other')[1]}">
              <xsl:value-of select="."/>
            </alternateIdentifier>
          </xsl:for-each>
        </alternateIdentifiers>
      </xsl:where-populated>

      <xsl:where-populated>
        <relatedIdentifiers>
          <xsl:for-each select="$m/relatedIdentifiers/relatedIdentifier[normalize-space(identifier)]">
            <xsl:variable name="id-type" select="dcx:related-identifier-type(scheme, identifier)"/>
            <!-- relatedIdentifierType is a closed list: an identifier of an unknown scheme cannot be sent -->
            <xsl:if test="exists($id-type)">
              <relatedIdentifier relatedIdentifierType="{$id-type}"
                  relationType="{(ix:datacite-term('relation-type', relationType/@id), 'Other')[1]}">
                <xsl:for-each select="ix:vocab('resource-types', resourceType/@id)/@datacite_general">
                  <xsl:attribute name="resourceTypeGeneral" select="."/>
                </xsl:for-each>
                <xsl:if test="normalize-space(relatedMetadataScheme)">
                  <xsl:attribute name="relatedMetadataScheme" select="relatedMetadataScheme"/>
                </xsl:if>
                <xsl:if test="normalize-space(schemeUri)">
                  <xsl:attribute name="schemeURI" select="schemeUri"/>
                </xsl:if>
                <xsl:if test="normalize-space(schemeType)">
                  <xsl:attribute name="schemeType" select="schemeType"/>
                </xsl:if>
                <xsl:if test="normalize-space(relationTypeInformation)">
                  <xsl:attribute name="relationTypeInformation" select="relationTypeInformation"/>
                </xsl:if>
                <xsl:value-of select="normalize-space(identifier)"/>
              </relatedIdentifier>
            </xsl:if>
          </xsl:for-each>
        </relatedIdentifiers>
      </xsl:where-populated>

      <xsl:where-populated>
        <sizes>
          <xsl:for-each select="$m/sizes/size[normalize-space()]">
            <size><xsl:value-of select="."/></size>
          </xsl:for-each>
        </sizes>
      </xsl:where-populated>

      <xsl:where-populated>
        <formats>
          <xsl:for-each select="$m/formats/format[normalize-space()]">
            <format><xsl:value-of select="."/></format>
          </xsl:for-each>
        </formats>
      </xsl:where-populated>

      <xsl:for-each select="$m/version[normalize-space()]">
        <version><xsl:value-of select="."/></version>
      </xsl:for-each>

      <xsl:where-populated>
        <rightsList>
          <xsl:apply-templates select="$m/rights/right" mode="dcx:rights"/>
          <xsl:for-each select="access/status[normalize-space()][. ne 'metadata-only']
                                [not($m/rights/right/link[starts-with(normalize-space(), 'info:eu-repo/semantics/')])]">
            <xsl:variable name="status" select="ix:vocab('access-statuses', .)"/>
            <xsl:if test="$status">
              <rights rightsURI="info:eu-repo/semantics/{$status/@eurepo}">
                <xsl:value-of select="$status/@title"/>
              </rights>
            </xsl:if>
          </xsl:for-each>
        </rightsList>
      </xsl:where-populated>

      <xsl:where-populated>
        <descriptions>
          <xsl:variable name="abstract" select="dcx:text-with-breaks($m/description)"/>
          <xsl:if test="exists($abstract)">
            <description descriptionType="Abstract">
              <xsl:sequence select="dcx:lang($m/descriptionLang)"/>
              <xsl:sequence select="$abstract"/>
            </description>
          </xsl:if>
          <xsl:for-each select="$m/additionalDescriptions/description">
            <xsl:variable name="text" select="dcx:text-with-breaks(description)"/>
            <xsl:if test="exists($text)">
              <description descriptionType="{(ix:datacite-term('description-type', type/@id), 'Other')[1]}">
                <xsl:sequence select="dcx:lang(lang)"/>
                <xsl:sequence select="$text"/>
              </description>
            </xsl:if>
          </xsl:for-each>
        </descriptions>
      </xsl:where-populated>

      <xsl:where-populated>
        <geoLocations>
          <xsl:apply-templates select="$m/locations/features/feature" mode="dcx:geo"/>
        </geoLocations>
      </xsl:where-populated>

      <xsl:where-populated>
        <fundingReferences>
          <xsl:apply-templates select="$m/funding/award" mode="dcx:funding"/>
        </fundingReferences>
      </xsl:where-populated>

      <xsl:where-populated>
        <relatedItems>
          <xsl:apply-templates select="$m/relatedItems/relatedItem" mode="dcx:related-item"/>
        </relatedItems>
      </xsl:where-populated>
    </resource>
  </xsl:template>

  <!-- Creators and contributors (the same model type; a contributor has a role). -->
  <xsl:template match="creator | contributor" mode="dcx:agent">
    <xsl:variable name="contributor" select="self::contributor"/>
    <xsl:element name="{if ($contributor) then 'contributor' else 'creator'}">
      <xsl:if test="$contributor">
        <xsl:attribute name="contributorType" select="(ix:datacite-term('contributor-role', role/@id), 'Other')[1]"/>
      </xsl:if>
      <xsl:call-template name="dcx:name">
        <xsl:with-param name="element" select="if ($contributor) then 'contributorName' else 'creatorName'"/>
      </xsl:call-template>
      <xsl:for-each select="personOrOrg/identifiers/identifier[normalize-space()]">
        <nameIdentifier nameIdentifierScheme="{dcx:scheme-name(@scheme)}">
          <xsl:sequence select="dcx:scheme-uri(.)"/>
          <xsl:value-of select="dcx:id-value(@scheme, .)"/>
        </nameIdentifier>
      </xsl:for-each>
      <xsl:for-each select="affiliations/affiliation">
        <!-- DataCite takes one identifier per affiliation: the ROR id, else the first other one -->
        <xsl:variable name="id" select="if (normalize-space(id)) then () else identifiers/identifier[normalize-space()][1]"/>
        <xsl:variable name="value" select="if (normalize-space(id)) then dcx:id-value('ror', id)
                                           else $id ! dcx:id-value(@scheme, .)"/>
        <xsl:if test="normalize-space(name) or exists($value)">
          <affiliation>
            <xsl:if test="exists($value)">
              <xsl:attribute name="affiliationIdentifier" select="$value"/>
              <xsl:attribute name="affiliationIdentifierScheme" select="if ($id) then dcx:scheme-name($id/@scheme) else 'ROR'"/>
              <xsl:sequence select="if ($id) then dcx:scheme-uri($id) else dcx:scheme-uri-of('ror')"/>
            </xsl:if>
            <!-- the name is required; DataCite's own full example falls back on the identifier -->
            <xsl:value-of select="(name[normalize-space()], $value)[1]"/>
          </affiliation>
        </xsl:if>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- creatorName / contributorName with nameType, then givenName and familyName (shared with relatedItem). -->
  <xsl:template name="dcx:name">
    <xsl:param name="element" as="xs:string"/>
    <xsl:variable name="p" select="personOrOrg"/>
    <xsl:element name="{$element}">
      <xsl:for-each select="ix:datacite-term('name-type', $p/type)">
        <xsl:attribute name="nameType" select="."/>
      </xsl:for-each>
      <xsl:sequence select="dcx:lang($p/lang)"/>
      <xsl:value-of select="($p/name[normalize-space()],
                             string-join(($p/familyName, $p/givenName)[normalize-space()], ', ')[.])[1]"/>
    </xsl:element>
    <xsl:for-each select="$p/givenName[normalize-space()]">
      <givenName><xsl:value-of select="."/></givenName>
    </xsl:for-each>
    <xsl:for-each select="$p/familyName[normalize-space()]">
      <familyName><xsl:value-of select="."/></familyName>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="title" mode="dcx:title">
    <title>
      <xsl:for-each select="ix:datacite-term('title-type', type/@id)">
        <xsl:attribute name="titleType" select="."/>
      </xsl:for-each>
      <xsl:sequence select="dcx:lang(lang)"/>
      <xsl:value-of select="title"/>
    </title>
  </xsl:template>

  <!-- A licence or rights statement: one rights element per language of its title, as DataCite does for
       multilingual rights; a licence without a title of its own has no text (its identifier and URI name it). -->
  <xsl:template match="right" mode="dcx:rights">
    <xsl:variable name="attributes" as="attribute()*">
      <xsl:for-each select="ix:license-url(.)">
        <xsl:attribute name="rightsURI" select="."/>
      </xsl:for-each>
      <xsl:if test="normalize-space(id)">
        <xsl:attribute name="rightsIdentifier" select="ix:spdx-id(.)"/>
        <xsl:attribute name="rightsIdentifierScheme" select="'SPDX'"/>
        <xsl:attribute name="schemeURI" select="'https://spdx.org/licenses/'"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="titles" select="title/text[normalize-space()]"/>
    <xsl:choose>
      <xsl:when test="$titles">
        <xsl:for-each select="$titles">
          <rights>
            <xsl:sequence select="$attributes"/>
            <xsl:sequence select="dcx:text-lang(@lang)"/>
            <xsl:value-of select="."/>
          </rights>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <rights>
          <xsl:sequence select="$attributes"/>
        </rights>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="feature" mode="dcx:geo">
    <xsl:variable name="polygons" select="polygons/polygon[count(dcx:ring(.)) ge 4]"/>
    <xsl:if test="normalize-space(place) or point[@lat and @lon] or box or $polygons">
      <geoLocation>
        <xsl:for-each select="place[normalize-space()]">
          <geoLocationPlace><xsl:value-of select="."/></geoLocationPlace>
        </xsl:for-each>
        <xsl:for-each select="point[@lat and @lon]">
          <geoLocationPoint>
            <xsl:sequence select="dcx:point(.)"/>
          </geoLocationPoint>
        </xsl:for-each>
        <xsl:for-each select="box[@west and @east and @south and @north]">
          <geoLocationBox>
            <westBoundLongitude><xsl:value-of select="@west"/></westBoundLongitude>
            <eastBoundLongitude><xsl:value-of select="@east"/></eastBoundLongitude>
            <southBoundLatitude><xsl:value-of select="@south"/></southBoundLatitude>
            <northBoundLatitude><xsl:value-of select="@north"/></northBoundLatitude>
          </geoLocationBox>
        </xsl:for-each>
        <xsl:for-each select="$polygons">
          <geoLocationPolygon>
            <xsl:for-each select="dcx:ring(.)">
              <polygonPoint>
                <xsl:sequence select="dcx:point(.)"/>
              </polygonPoint>
            </xsl:for-each>
            <xsl:for-each select="inPolygonPoint[@lat and @lon]">
              <inPolygonPoint>
                <xsl:sequence select="dcx:point(.)"/>
              </inPolygonPoint>
            </xsl:for-each>
          </geoLocationPolygon>
        </xsl:for-each>
      </geoLocation>
    </xsl:if>
  </xsl:template>

  <!-- One model funding entry (funder + award) is one fundingReference. -->
  <xsl:template match="funding/award" mode="dcx:funding">
    <xsl:variable name="funder" select="funder"/>
    <xsl:variable name="award" select="award"/>
    <xsl:variable name="other-id" select="($funder/identifiers/identifier[normalize-space()])[1]"/>
    <xsl:variable name="funder-id" as="xs:string?"
        select="if (normalize-space($funder/id)) then dcx:id-value('ror', $funder/id)
                else $other-id ! dcx:id-value(@scheme, .)"/>
    <xsl:if test="normalize-space($funder/name) or $funder-id">
      <fundingReference>
        <funderName>
          <xsl:value-of select="($funder/name[normalize-space()], $funder-id)[1]"/>
        </funderName>
        <xsl:if test="$funder-id">
          <funderIdentifier funderIdentifierType="{if (normalize-space($funder/id)) then 'ROR'
              else (ix:datacite-term('funder-identifier-type', $other-id/@scheme), 'Other')[1]}">
            <xsl:if test="not(normalize-space($funder/id)) and normalize-space($other-id/@schemeUri)">
              <xsl:attribute name="schemeURI" select="$other-id/@schemeUri"/>
            </xsl:if>
            <xsl:value-of select="$funder-id"/>
          </funderIdentifier>
        </xsl:if>
        <xsl:variable name="award-uri" select="($award/identifiers/identifier ! ix:identifier-url(@scheme, .))[1]"/>
        <xsl:if test="normalize-space($award/number) or $award-uri">
          <awardNumber>
            <xsl:if test="$award-uri">
              <xsl:attribute name="awardURI" select="$award-uri"/>
            </xsl:if>
            <xsl:value-of select="$award/number"/>
          </awardNumber>
        </xsl:if>
        <!-- awardTitle is not repeatable: the first language given -->
        <xsl:for-each select="($award/title/text[normalize-space()])[1]">
          <awardTitle>
            <xsl:sequence select="dcx:text-lang(@lang)"/>
            <xsl:value-of select="."/>
          </awardTitle>
        </xsl:for-each>
      </fundingReference>
    </xsl:if>
  </xsl:template>

  <xsl:template match="relatedItem" mode="dcx:related-item">
    <relatedItem relatedItemType="{(ix:vocab('resource-types', resourceType/@id)/@datacite_general, 'Other')[1]}"
        relationType="{(ix:datacite-term('relation-type', relationType/@id), 'Other')[1]}">
      <xsl:if test="normalize-space(relationTypeInformation)">
        <xsl:attribute name="relationTypeInformation" select="relationTypeInformation"/>
      </xsl:if>
      <xsl:for-each select="identifier[normalize-space()]">
        <relatedItemIdentifier>
          <xsl:for-each select="dcx:related-identifier-type(@scheme, .)">
            <xsl:attribute name="relatedItemIdentifierType" select="."/>
          </xsl:for-each>
          <xsl:if test="normalize-space(@relatedMetadataScheme)">
            <xsl:attribute name="relatedMetadataScheme" select="@relatedMetadataScheme"/>
          </xsl:if>
          <xsl:if test="normalize-space(@schemeUri)">
            <xsl:attribute name="schemeURI" select="@schemeUri"/>
          </xsl:if>
          <xsl:if test="normalize-space(@schemeType)">
            <xsl:attribute name="schemeType" select="@schemeType"/>
          </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </relatedItemIdentifier>
      </xsl:for-each>
      <!-- relatedItem creators and contributors have names only: no identifiers, no affiliations -->
      <xsl:where-populated>
        <creators>
          <xsl:for-each select="creators/creator">
            <creator>
              <xsl:call-template name="dcx:name">
                <xsl:with-param name="element" select="'creatorName'"/>
              </xsl:call-template>
            </creator>
          </xsl:for-each>
        </creators>
      </xsl:where-populated>
      <xsl:where-populated>
        <titles>
          <xsl:apply-templates select="titles/title[normalize-space(title)]" mode="dcx:title"/>
        </titles>
      </xsl:where-populated>
      <xsl:for-each select="ix:year(publicationYear)[matches(., '^\d{4}$')]">
        <publicationYear><xsl:value-of select="."/></publicationYear>
      </xsl:for-each>
      <xsl:for-each select="volume[normalize-space()]">
        <volume><xsl:value-of select="."/></volume>
      </xsl:for-each>
      <xsl:for-each select="issue[normalize-space()]">
        <issue><xsl:value-of select="."/></issue>
      </xsl:for-each>
      <xsl:for-each select="number[normalize-space()]">
        <number>
          <xsl:for-each select="ix:datacite-term('number-type', @type)">
            <xsl:attribute name="numberType" select="."/>
          </xsl:for-each>
          <xsl:value-of select="."/>
        </number>
      </xsl:for-each>
      <xsl:for-each select="firstPage[normalize-space()]">
        <firstPage><xsl:value-of select="."/></firstPage>
      </xsl:for-each>
      <xsl:for-each select="lastPage[normalize-space()]">
        <lastPage><xsl:value-of select="."/></lastPage>
      </xsl:for-each>
      <xsl:for-each select="publisher[normalize-space()]">
        <publisher><xsl:value-of select="."/></publisher>
      </xsl:for-each>
      <xsl:for-each select="edition[normalize-space()]">
        <edition><xsl:value-of select="."/></edition>
      </xsl:for-each>
      <xsl:where-populated>
        <contributors>
          <xsl:for-each select="contributors/contributor">
            <contributor contributorType="{(ix:datacite-term('contributor-role', role/@id), 'Other')[1]}">
              <xsl:call-template name="dcx:name">
                <xsl:with-param name="element" select="'contributorName'"/>
              </xsl:call-template>
            </contributor>
          </xsl:for-each>
        </contributors>
      </xsl:where-populated>
    </relatedItem>
  </xsl:template>

  <!-- xml:lang from a language reference (ISO 639-3 or a tag such as en), or nothing. -->
  <xsl:function name="dcx:lang" as="attribute()?">
    <xsl:param name="ref" as="element()?"/>
    <xsl:sequence select="dcx:text-lang($ref/@id)"/>
  </xsl:function>

  <!-- xml:lang from a language code or tag, or nothing: "und" (undetermined) says no more than no xml:lang. -->
  <xsl:function name="dcx:text-lang" as="attribute()?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="normalize-space($lang)"/>
    <xsl:if test="$l and $l ne 'und'">
      <xsl:attribute name="xml:lang" select="ix:language-tag($l)"/>
    </xsl:if>
  </xsl:function>

  <!-- A description (the model's HTML) as DataCite text: plain text with <br> line breaks kept as <br/>
       elements, the only markup DataCite allows there; empty lines are dropped. Nothing for an empty one. -->
  <xsl:function name="dcx:text-with-breaks" as="node()*">
    <xsl:param name="html" as="xs:string?"/>
    <xsl:for-each select="(tokenize(string($html), '&lt;br(\s[^&gt;]*)?/?&gt;', 'i') ! ix:plain-text(.))[.]">
      <xsl:if test="position() gt 1"><br/></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:function>

  <!-- DataCite's spelling of a name/affiliation/publisher/funder identifier scheme. -->
  <xsl:function name="dcx:scheme-name" as="xs:string">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:sequence select="(map { 'orcid': 'ORCID', 'ror': 'ROR', 'isni': 'ISNI', 'grid': 'GRID',
                                 'crossreffunderid': 'Crossref Funder ID', 'gnd': 'GND', 'viaf': 'VIAF',
                                 'wikidata': 'Wikidata' }(lower-case(string($scheme))),
                           ix:datacite-term('related-identifier-scheme', lower-case(string($scheme))),
                           string($scheme))[1]"/>
  </xsl:function>

  <!-- schemeURI of an identifier: its own, else the scheme's home for ORCID, ROR and ISNI. -->
  <xsl:function name="dcx:scheme-uri" as="attribute()?">
    <xsl:param name="id" as="element()"/>
    <xsl:sequence select="if (normalize-space($id/@schemeUri)) then dcx:scheme-uri-attribute($id/@schemeUri)
                          else dcx:scheme-uri-of($id/@scheme)"/>
  </xsl:function>

  <xsl:function name="dcx:scheme-uri-of" as="attribute()?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:sequence select="map { 'orcid': 'https://orcid.org', 'ror': 'https://ror.org', 'isni': 'https://isni.org/' }
                          (lower-case(string($scheme))) ! dcx:scheme-uri-attribute(.)"/>
  </xsl:function>

  <xsl:function name="dcx:scheme-uri-attribute" as="attribute()">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:attribute name="schemeURI" select="normalize-space($uri)"/>
  </xsl:function>

  <!-- An identifier value as written in DataCite (see the conventions at the top). -->
  <xsl:function name="dcx:id-value" as="xs:string">
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
  <xsl:function name="dcx:related-identifier-type" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="(ix:datacite-term('related-identifier-scheme', lower-case(normalize-space($scheme))),
                           'DOI'[matches(normalize-space($value), '^10\.\d{4,9}/\S+$')],
                           'URL'[matches(normalize-space($value), '^https?://\S+$')])[1]"/>
  </xsl:function>

  <!-- EDTF (level 0) date or interval as RKMS-ISO8601: an open end (..) is left empty. -->
  <xsl:function name="dcx:rkms" as="xs:string">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:variable name="d" select="normalize-space($edtf)"/>
    <xsl:sequence select="if (contains($d, '/'))
                          then string-join(tokenize($d, '/') ! (if (. = '..') then '' else .), '/')
                          else $d"/>
  </xsl:function>

  <!-- The points of a polygon as a closed ring: the first point repeated at the end if the model did not. -->
  <xsl:function name="dcx:ring" as="element()*">
    <xsl:param name="polygon" as="element()"/>
    <xsl:variable name="points" select="$polygon/points/point[@lat and @lon]"/>
    <xsl:variable name="first" select="$points[1]"/>
    <xsl:variable name="last" select="$points[last()]"/>
    <xsl:sequence select="if (count($points) lt 3) then $points
                          else if (number($first/@lat) = number($last/@lat) and number($first/@lon) = number($last/@lon))
                          then $points else ($points, $first)"/>
  </xsl:function>

  <xsl:function name="dcx:point" as="element()+">
    <xsl:param name="point" as="element()"/>
    <pointLongitude><xsl:value-of select="$point/@lon"/></pointLongitude>
    <pointLatitude><xsl:value-of select="$point/@lat"/></pointLatitude>
  </xsl:function>

</xsl:stylesheet>
