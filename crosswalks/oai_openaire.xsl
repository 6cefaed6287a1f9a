<?xml version="1.0" encoding="UTF-8"?>
<!--
  OpenAIRE Guidelines for Literature Repositories v4 (oai_openaire): one <oaire:resource> per record, valid
  against the v4.0 schema set (openaire.xsd with OpenAIRE's own reduced DataCite profile).

  Where the v4.0 schema is narrower than the model (relation types, identifier types, date types,
  contributor types, resource-type URIs, access-right URIs), values outside its lists are mapped to the
  closest term the guidelines allow or left out; see the comments at each place.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:oa="https://interop-server.org/ns/crosswalk/oai_openaire"
    xmlns:oaire="http://namespace.openaire.eu/schema/oaire/"
    xmlns:datacite="http://datacite.org/schema/kernel-4"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="#all">
  <!-- #all: a literal result element then carries only its own namespace instead of all six output namespaces,
       which Saxon would otherwise reconcile on every element written. The root declares them once (below), so the
       output is the same. -->

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Closed lists of the v4.0 schema (datacite-*-v4.xsd, oaire-*.xsd): terms outside them fail validation. -->
  <xsl:variable name="oa:contributor-types" select="('ContactPerson', 'DataCollector', 'DataCurator', 'DataManager',
      'Distributor', 'Editor', 'HostingInstitution', 'Other', 'Producer', 'ProjectLeader', 'ProjectManager',
      'ProjectMember', 'RegistrationAgency', 'RegistrationAuthority', 'RelatedPerson', 'ResearchGroup',
      'RightsHolder', 'Researcher', 'Sponsor', 'Supervisor', 'WorkPackageLeader')"/>
  <xsl:variable name="oa:date-types" select="('Accepted', 'Available', 'Collected', 'Copyrighted', 'Created',
      'Issued', 'Submitted', 'Updated', 'Valid')"/>
  <xsl:variable name="oa:relation-types" select="('IsCitedBy', 'Cites', 'IsSupplementTo', 'IsSupplementedBy',
      'IsContinuedBy', 'Continues', 'IsDescribedBy', 'Describes', 'HasVersion', 'IsVersionOf', 'IsNewVersionOf',
      'IsPreviousVersionOf', 'IsPartOf', 'HasPart', 'IsReferencedBy', 'References', 'IsDocumentedBy', 'Documents',
      'IsCompiledBy', 'Compiles', 'IsVariantFormOf', 'IsOriginalFormOf', 'IsIdenticalTo', 'HasMetadata',
      'IsMetadataFor', 'Reviews', 'IsReviewedBy', 'IsDerivedFrom', 'IsSourceOf', 'IsRequiredBy', 'Requires')"/>
  <xsl:variable name="oa:related-identifier-types" select="('ARK', 'arXiv', 'bibcode', 'DOI', 'EAN13', 'EISSN',
      'Handle', 'IGSN', 'ISBN', 'ISSN', 'ISTC', 'LISSN', 'LSID', 'PISSN', 'PMID', 'PURL', 'UPC', 'URL', 'URN', 'WOS')"/>
  <!-- resourceTypeGeneral of related identifiers: DataCite 4.1's list. -->
  <xsl:variable name="oa:datacite41-types" select="('Audiovisual', 'Collection', 'DataPaper', 'Dataset', 'Event',
      'Image', 'InteractiveResource', 'Model', 'PhysicalObject', 'Service', 'Software', 'Sound', 'Text', 'Workflow',
      'Other')"/>

  <!-- Name identifier schemes: the spelling DataCite uses and the scheme's home page. -->
  <xsl:variable name="oa:name-schemes" select="map {
      'orcid': ['ORCID', 'https://orcid.org'],
      'ror': ['ROR', 'https://ror.org'],
      'isni': ['ISNI', 'https://isni.org'],
      'grid': ['GRID', 'https://www.grid.ac'] }"/>

  <!-- Media types that are the text of a publication itself (objectType fulltext). -->
  <xsl:variable name="oa:text-media-types" select="('application/pdf', 'application/epub+zip', 'text/html',
      'application/xhtml+xml', 'application/msword', 'application/rtf', 'application/postscript',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.ms-powerpoint',
      'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.presentation',
      'application/x-tex', 'text/x-tex', 'application/jats+xml')"/>

  <xsl:template match="/r:record">
    <xsl:variable name="md" select="r:metadata"/>
    <!-- Not ix:resource-type(): that fails on a record without a known type, and the type is mandatory here. -->
    <xsl:variable name="type" select="(ix:vocab('resource-types', $md/r:resourceType/@id), ix:vocab('resource-types', 'other'))[1]"/>
    <xsl:variable name="access" select="ix:access-status(.)"/>
    <xsl:variable name="access-uri" select="'http://purl.org/coar/access_right/' || $access/@coar"/>
    <xsl:variable name="openaire-class" select="string($type/@openaire)"/>
    <!-- The journal, book or proceedings this work appeared in: source of the citation* elements. -->
    <xsl:variable name="container" select="($md/r:relatedItems/r:relatedItem[
        r:relationType/@id = 'ispublishedin'
        or (r:relationType/@id = 'ispartof' and ix:vocab('resource-types', r:resourceType/@id)/@openaire = 'literature')])[1]"/>

    <oaire:resource
        xsi:schemaLocation="http://namespace.openaire.eu/schema/oaire/ https://www.openaire.eu/schema/repo-lit/4.0/openaire.xsd">
      <xsl:namespace name="datacite" select="'http://datacite.org/schema/kernel-4'"/>
      <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
      <xsl:namespace name="dcterms" select="'http://purl.org/dc/terms/'"/>
      <xsl:namespace name="rdf" select="'http://www.w3.org/1999/02/22-rdf-syntax-ns#'"/>

      <!-- Title (M) -->
      <datacite:titles>
        <xsl:for-each select="normalize-space($md/r:title)[.]">
          <datacite:title>
            <xsl:call-template name="oa:lang"><xsl:with-param name="ref" select="$md/r:titleLang"/></xsl:call-template>
            <xsl:value-of select="."/>
          </datacite:title>
        </xsl:for-each>
        <xsl:for-each select="$md/r:additionalTitles/r:title[normalize-space(r:title)]">
          <datacite:title>
            <xsl:variable name="title-type" select="ix:datacite-term('title-type', r:type/@id)"/>
            <xsl:if test="exists($title-type)">
              <xsl:attribute name="titleType" select="$title-type"/>
            </xsl:if>
            <xsl:call-template name="oa:lang"><xsl:with-param name="ref" select="r:lang"/></xsl:call-template>
            <xsl:value-of select="r:title"/>
          </datacite:title>
        </xsl:for-each>
      </datacite:titles>

      <!-- Creator (M). xsl:where-populated leaves out the wrapper when no creator has a name, so each name is
           worked out once. -->
      <xsl:where-populated>
        <datacite:creators>
          <xsl:for-each select="$md/r:creators/r:creator">
            <xsl:variable name="name" select="oa:name(.)"/>
            <xsl:if test="$name">
              <datacite:creator>
                <datacite:creatorName>
                  <xsl:call-template name="oa:name-type"/>
                  <xsl:value-of select="$name"/>
                </datacite:creatorName>
                <xsl:call-template name="oa:name-parts"/>
              </datacite:creator>
            </xsl:if>
          </xsl:for-each>
        </datacite:creators>
      </xsl:where-populated>

      <!-- Contributor (MA) -->
      <xsl:where-populated>
        <datacite:contributors>
          <xsl:for-each select="$md/r:contributors/r:contributor">
            <xsl:variable name="name" select="oa:name(.)"/>
            <xsl:if test="$name">
              <xsl:variable name="role" select="ix:datacite-term('contributor-role', r:role/@id)"/>
              <!-- Roles DataCite added after 4.1 (Translator) are not in the v4.0 list. -->
              <datacite:contributor contributorType="{($role[. = $oa:contributor-types], 'Other')[1]}">
                <datacite:contributorName>
                  <xsl:call-template name="oa:name-type"/>
                  <xsl:value-of select="$name"/>
                </datacite:contributorName>
                <xsl:call-template name="oa:name-parts"/>
              </datacite:contributor>
            </xsl:if>
          </xsl:for-each>
        </datacite:contributors>
      </xsl:where-populated>

      <!-- Funding Reference (MA) -->
      <xsl:variable name="awards" select="$md/r:funding/r:award[normalize-space(r:funder/r:name)]"/>
      <xsl:if test="$awards">
        <oaire:fundingReferences>
          <xsl:for-each select="$awards">
            <xsl:variable name="award" select="r:award"/>
            <oaire:fundingReference>
              <oaire:funderName><xsl:value-of select="normalize-space(r:funder/r:name)"/></oaire:funderName>
              <xsl:call-template name="oa:funder-identifier"><xsl:with-param name="funder" select="r:funder"/></xsl:call-template>
              <xsl:for-each select="normalize-space($award/r:program)[.]">
                <oaire:fundingStream><xsl:value-of select="."/></oaire:fundingStream>
              </xsl:for-each>
              <xsl:for-each select="normalize-space($award/r:number)[.]">
                <oaire:awardNumber>
                  <xsl:variable name="award-uri" select="($award/r:identifiers/r:identifier
                      ! ix:identifier-url(@scheme, .))[1]"/>
                  <xsl:if test="exists($award-uri)">
                    <xsl:attribute name="awardURI" select="$award-uri"/>
                  </xsl:if>
                  <xsl:value-of select="."/>
                </oaire:awardNumber>
              </xsl:for-each>
              <xsl:variable name="award-title" select="($award/r:title/r:text[normalize-space()], $award/r:acronym[normalize-space()])[1]"/>
              <xsl:if test="exists($award-title)">
                <oaire:awardTitle><xsl:value-of select="normalize-space($award-title)"/></oaire:awardTitle>
              </xsl:if>
            </oaire:fundingReference>
          </xsl:for-each>
        </oaire:fundingReferences>
      </xsl:if>

      <!-- Alternate Identifier (R): the model's other identifiers; the landing page when the DOI is primary. -->
      <xsl:variable name="primary" select="ix:cite-as(.)"/>
      <xsl:variable name="landing-page" select="ix:landing-page(.)"/>
      <xsl:variable name="doi" select="normalize-space(r:pids/r:doi/r:identifier)"/>
      <xsl:where-populated>
        <datacite:alternateIdentifiers>
          <xsl:for-each select="$md/r:identifiers/r:identifier">
            <xsl:variable name="value" select="normalize-space()"/>
            <xsl:if test="$value
                and not(lower-case(@scheme) = 'doi' and lower-case($value) = lower-case($doi))
                and not($value = $primary)">
              <datacite:alternateIdentifier alternateIdentifierType="{(ix:datacite-term('related-identifier-scheme', lower-case(@scheme)), @scheme, 'Other')[1]}">
                <xsl:value-of select="$value"/>
              </datacite:alternateIdentifier>
            </xsl:if>
          </xsl:for-each>
          <xsl:if test="$doi and not($md/r:identifiers/r:identifier[normalize-space() = $landing-page])">
            <datacite:alternateIdentifier alternateIdentifierType="URL">
              <xsl:value-of select="$landing-page"/>
            </datacite:alternateIdentifier>
          </xsl:if>
        </datacite:alternateIdentifiers>
      </xsl:where-populated>

      <!-- Related Identifier (R): related identifiers, the container's identifier, identified references. -->
      <!-- The related identifiers are built in one temporary tree (not one tree per element), as the references
           are checked against them. -->
      <xsl:variable name="related" as="document-node()">
        <xsl:document>
          <xsl:for-each select="$md/r:relatedIdentifiers/r:relatedIdentifier">
            <xsl:call-template name="oa:related-identifier">
              <xsl:with-param name="identifier" select="r:identifier"/>
              <xsl:with-param name="scheme" select="r:scheme"/>
              <xsl:with-param name="relation" select="r:relationType/@id"/>
              <xsl:with-param name="resource-type" select="r:resourceType/@id"/>
              <xsl:with-param name="metadata-scheme"
                  select="string(r:relatedMetadataScheme), string(r:schemeUri), string(r:schemeType)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:for-each select="$md/r:relatedItems/r:relatedItem">
            <xsl:call-template name="oa:related-identifier">
              <xsl:with-param name="identifier" select="r:identifier"/>
              <xsl:with-param name="scheme" select="r:identifier/@scheme"/>
              <xsl:with-param name="relation" select="r:relationType/@id"/>
              <xsl:with-param name="resource-type" select="r:resourceType/@id"/>
              <xsl:with-param name="metadata-scheme" select="string(r:identifier/@relatedMetadataScheme),
                  string(r:identifier/@schemeUri), string(r:identifier/@schemeType)"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:document>
      </xsl:variable>
      <xsl:where-populated>
        <datacite:relatedIdentifiers>
          <xsl:sequence select="$related/*"/>
          <!-- A reference already linked with its own relation (e.g. Cites) is not repeated. -->
          <xsl:variable name="linked" select="$related/* ! lower-case(.)"/>
          <xsl:for-each select="$md/r:references/r:reference">
            <xsl:call-template name="oa:related-identifier">
              <xsl:with-param name="identifier" select="r:identifier"/>
              <xsl:with-param name="scheme" select="r:scheme"/>
              <xsl:with-param name="relation" select="'references'"/>
              <xsl:with-param name="except" select="$linked"/>
            </xsl:call-template>
          </xsl:for-each>
        </datacite:relatedIdentifiers>
      </xsl:where-populated>

      <!-- Publication Date (M), Embargo Period Date (MA) and the other typed dates. -->
      <xsl:variable name="publication-date" select="normalize-space($md/r:publicationDate)"/>
      <xsl:where-populated>
        <datacite:dates>
          <xsl:if test="$publication-date">
            <datacite:date dateType="Issued"><xsl:value-of select="$publication-date"/></datacite:date>
          </xsl:if>
          <xsl:for-each select="$md/r:dates/r:date">
            <xsl:variable name="date" select="normalize-space(r:date)"/>
            <xsl:variable name="date-type" select="if ($date) then ix:datacite-term('date-type', r:type/@id) else ()"/>
            <!-- Coverage goes to dc:coverage; Other and Withdrawn have no v4.0 date type. -->
            <xsl:if test="$date-type = $oa:date-types and not($date-type = 'Issued' and $date = $publication-date)">
              <datacite:date dateType="{$date-type}">
                <xsl:for-each select="normalize-space(r:description)[.]">
                  <xsl:attribute name="dateInformation" select="."/>
                </xsl:for-each>
                <xsl:value-of select="$date"/>
              </datacite:date>
            </xsl:if>
          </xsl:for-each>
          <!-- An embargoed item needs its embargo start (Accepted) and end (Available). The record is public, with
               its files under embargo, from its publication date; the end is the embargo's until date. Either is
               left out when the dates above already give it. -->
          <xsl:variable name="until" select="normalize-space(r:access/r:embargo/r:until)"/>
          <xsl:if test="$access/@id = 'embargoed' and $until">
            <xsl:variable name="dated" select="$md/r:dates/r:date[normalize-space(r:date)]"/>
            <xsl:if test="not($dated[ix:datacite-term('date-type', r:type/@id) = 'Accepted']) and $publication-date">
              <datacite:date dateType="Accepted"><xsl:value-of select="$publication-date"/></datacite:date>
            </xsl:if>
            <xsl:if test="not($dated[normalize-space(r:date) = $until][ix:datacite-term('date-type', r:type/@id) = 'Available'])">
              <datacite:date dateType="Available"><xsl:value-of select="$until"/></datacite:date>
            </xsl:if>
          </xsl:if>
        </datacite:dates>
      </xsl:where-populated>

      <!-- Language (MA): ISO 639-3, as the guidelines recommend. -->
      <xsl:for-each select="$md/r:languages/r:language[normalize-space(@id)]">
        <dc:language><xsl:value-of select="@id"/></dc:language>
      </xsl:for-each>

      <!-- Publisher (MA) -->
      <xsl:for-each select="normalize-space($md/r:publisher/r:name)[.]">
        <dc:publisher>
          <xsl:call-template name="oa:lang"><xsl:with-param name="ref" select="$md/r:publisher/r:lang"/></xsl:call-template>
          <xsl:value-of select="."/>
        </dc:publisher>
      </xsl:for-each>

      <!-- Resource Type (M) -->
      <oaire:resourceType
          resourceTypeGeneral="{if ($openaire-class = ('literature', 'dataset', 'software')) then $openaire-class else 'other research product'}"
          uri="{'http://purl.org/coar/resource_type/' || $type/@coar}">
        <xsl:value-of select="$type/@title"/>
      </oaire:resourceType>

      <!-- Description (MA): the model's descriptions are HTML. -->
      <xsl:variable name="abstract" select="oa:plain-text($md/r:description)"/>
      <xsl:if test="$abstract">
        <dc:description><xsl:value-of select="$abstract"/></dc:description>
      </xsl:if>
      <xsl:for-each select="$md/r:additionalDescriptions/r:description">
        <xsl:variable name="text" select="oa:plain-text(r:description)"/>
        <xsl:if test="$text">
          <dc:description>
            <xsl:call-template name="oa:lang"><xsl:with-param name="ref" select="r:lang"/></xsl:call-template>
            <xsl:value-of select="$text"/>
          </dc:description>
        </xsl:if>
      </xsl:for-each>

      <!-- Format (R): every media type of the resource, the declared ones and those of its files. -->
      <xsl:for-each select="distinct-values(($md/r:formats/r:format, r:files/r:entries/r:entry/r:mimetype)
          ! normalize-space()[.])">
        <dc:format><xsl:value-of select="."/></dc:format>
      </xsl:for-each>

      <!-- Resource Identifier (M): the DOI, else the landing page. -->
      <datacite:identifier identifierType="{if ($doi) then 'DOI' else 'URL'}">
        <xsl:value-of select="$primary"/>
      </datacite:identifier>

      <!-- Access Rights (M) -->
      <datacite:rights rightsURI="{$access-uri}"><xsl:value-of select="$access/@title"/></datacite:rights>

      <!-- Subject (MA): a classification entry carries its code before its caption, as the guidelines' DDC
           example does; the v4.0 subject has no classificationCode attribute. -->
      <xsl:where-populated>
        <datacite:subjects>
          <xsl:for-each select="$md/r:subjects/r:subject">
            <!-- Empty when the entry has neither code nor caption: then it is left out. -->
            <xsl:variable name="text" select="string-join((r:classificationCode, r:subject) ! normalize-space()[.], ' ')"/>
            <xsl:if test="$text">
              <datacite:subject>
                <xsl:for-each select="normalize-space(r:scheme)[.]">
                  <xsl:attribute name="subjectScheme" select="."/>
                </xsl:for-each>
                <xsl:for-each select="normalize-space(r:schemeUri)[.]">
                  <xsl:attribute name="schemeURI" select="."/>
                </xsl:for-each>
                <xsl:for-each select="normalize-space(r:valueUri)[.]">
                  <xsl:attribute name="valueURI" select="."/>
                </xsl:for-each>
                <xsl:call-template name="oa:lang"><xsl:with-param name="ref" select="r:lang"/></xsl:call-template>
                <xsl:value-of select="$text"/>
              </datacite:subject>
            </xsl:if>
          </xsl:for-each>
        </datacite:subjects>
      </xsl:where-populated>

      <!-- License Condition (R). The model keeps no date from which a licence applies, so no startDate. -->
      <xsl:for-each select="$md/r:rights/r:right">
        <xsl:variable name="uri" select="if (normalize-space(r:id) or normalize-space(r:link)) then ix:license-url(.) else ()"/>
        <xsl:variable name="label" select="(ix:license-title(.)[normalize-space()], $uri)[1]"/>
        <xsl:if test="exists($label)">
          <oaire:licenseCondition>
            <xsl:if test="exists($uri)">
              <xsl:attribute name="uri" select="$uri"/>
            </xsl:if>
            <xsl:value-of select="normalize-space($label)"/>
          </oaire:licenseCondition>
        </xsl:if>
      </xsl:for-each>

      <!-- Coverage (R): temporal coverage; places go to geoLocation. -->
      <xsl:for-each select="$md/r:dates/r:date[r:type/@id = 'coverage']/normalize-space(r:date)[.]">
        <dc:coverage><xsl:value-of select="."/></dc:coverage>
      </xsl:for-each>

      <!-- Size (O) -->
      <xsl:where-populated>
        <datacite:sizes>
          <xsl:for-each select="$md/r:sizes/r:size/normalize-space()[.]">
            <datacite:size><xsl:value-of select="."/></datacite:size>
          </xsl:for-each>
        </datacite:sizes>
      </xsl:where-populated>

      <!-- Geo Location (O) -->
      <xsl:where-populated>
        <datacite:geoLocations>
          <xsl:apply-templates select="$md/r:locations/r:features/r:feature"/>
        </datacite:geoLocations>
      </xsl:where-populated>

      <!-- Resource Version (R): the model's version string; it names no COAR version type, so no uri. -->
      <xsl:for-each select="normalize-space($md/r:version)[.]">
        <oaire:version><xsl:value-of select="."/></oaire:version>
      </xsl:for-each>

      <!-- File Location (MA): the files share the record's access right. -->
      <xsl:for-each select="r:files/r:entries/r:entry">
        <xsl:variable name="url" select="normalize-space(r:url)"/>
        <xsl:if test="$url">
          <xsl:variable name="mimetype" select="normalize-space(r:mimetype)"/>
          <oaire:file accessRightsURI="{$access-uri}">
            <xsl:if test="$mimetype">
              <xsl:attribute name="mimeType" select="$mimetype"/>
            </xsl:if>
            <xsl:attribute name="objectType" select="
                if ($openaire-class = 'literature')
                then (if ($mimetype = $oa:text-media-types) then 'fulltext' else 'other')
                else if ($openaire-class = ('dataset', 'software')) then $openaire-class
                else 'other'"/>
            <xsl:value-of select="$url"/>
          </oaire:file>
        </xsl:if>
      </xsl:for-each>

      <!-- Citation Title, Volume, Issue, Start/End Page, Edition (R): from the container. -->
      <xsl:if test="$container">
        <xsl:variable name="container-title" select="($container/r:titles/r:title[not(r:type)], $container/r:titles/r:title)[normalize-space(r:title)][1]/r:title"/>
        <xsl:if test="exists($container-title)">
          <oaire:citationTitle><xsl:value-of select="normalize-space($container-title)"/></oaire:citationTitle>
        </xsl:if>
        <xsl:for-each select="normalize-space($container/r:volume)[.]">
          <oaire:citationVolume><xsl:value-of select="."/></oaire:citationVolume>
        </xsl:for-each>
        <xsl:for-each select="normalize-space($container/r:issue)[.]">
          <oaire:citationIssue><xsl:value-of select="."/></oaire:citationIssue>
        </xsl:for-each>
        <xsl:for-each select="normalize-space($container/r:firstPage)[.]">
          <oaire:citationStartPage><xsl:value-of select="."/></oaire:citationStartPage>
        </xsl:for-each>
        <xsl:for-each select="normalize-space($container/r:lastPage)[.]">
          <oaire:citationEndPage><xsl:value-of select="."/></oaire:citationEndPage>
        </xsl:for-each>
        <xsl:for-each select="normalize-space($container/r:edition)[.]">
          <oaire:citationEdition><xsl:value-of select="."/></oaire:citationEdition>
        </xsl:for-each>
      </xsl:if>
    </oaire:resource>
  </xsl:template>

  <!-- givenName, familyName, nameIdentifier and affiliation of the creator or contributor in focus, in schema
       order. -->
  <xsl:template name="oa:name-parts">
    <xsl:variable name="p" select="r:personOrOrg"/>
    <xsl:if test="$p/r:type = 'personal'">
      <xsl:for-each select="normalize-space($p/r:givenName)[.]">
        <datacite:givenName><xsl:value-of select="."/></datacite:givenName>
      </xsl:for-each>
      <xsl:for-each select="normalize-space($p/r:familyName)[.]">
        <datacite:familyName><xsl:value-of select="."/></datacite:familyName>
      </xsl:for-each>
    </xsl:if>
    <xsl:for-each select="$p/r:identifiers/r:identifier[normalize-space(@scheme)]">
      <xsl:variable name="value" select="normalize-space()"/>
      <xsl:if test="$value">
        <xsl:variable name="scheme" select="$oa:name-schemes(lower-case(@scheme))"/>
        <datacite:nameIdentifier nameIdentifierScheme="{($scheme?1, @scheme)[1]}">
          <xsl:variable name="scheme-uri" select="(@schemeUri[normalize-space()], $scheme?2)[1]"/>
          <xsl:if test="exists($scheme-uri)">
            <xsl:attribute name="schemeURI" select="$scheme-uri"/>
          </xsl:if>
          <xsl:value-of select="$value"/>
        </datacite:nameIdentifier>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="r:affiliations/r:affiliation">
      <xsl:variable name="name" select="normalize-space(r:name)"/>
      <xsl:if test="$name">
        <datacite:affiliation>
          <!-- affiliationIdentifier as the later v4 guidelines describe it (a ROR URL); the v4.0 schema leaves
               affiliation untyped, so it validates. -->
          <xsl:variable name="affiliation-id" select="(r:id[normalize-space()] ! ix:identifier-url('ror', .),
              r:identifiers/r:identifier ! ix:identifier-url(@scheme, .))[1]"/>
          <xsl:if test="exists($affiliation-id)">
            <xsl:attribute name="affiliationIdentifier" select="$affiliation-id"/>
          </xsl:if>
          <xsl:value-of select="$name"/>
        </datacite:affiliation>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- One geoLocation; a feature with nothing the schema can hold gives nothing. -->
  <xsl:template match="r:feature">
    <xsl:variable name="place" select="normalize-space(r:place)"/>
    <xsl:variable name="points" select="r:point[@lat and @lon]"/>
    <xsl:variable name="boxes" select="r:box[@west and @east and @south and @north]"/>
    <xsl:variable name="polygons" select="r:polygons/r:polygon[count(r:points/r:point[@lat and @lon]) ge 4]"/>
    <xsl:if test="$place or $points or $boxes or $polygons">
      <datacite:geoLocation>
        <xsl:if test="$place">
          <datacite:geoLocationPlace><xsl:value-of select="$place"/></datacite:geoLocationPlace>
        </xsl:if>
        <xsl:for-each select="$points">
          <datacite:geoLocationPoint>
            <xsl:call-template name="oa:point"/>
          </datacite:geoLocationPoint>
        </xsl:for-each>
        <xsl:for-each select="$boxes">
          <datacite:geoLocationBox>
            <datacite:westBoundLongitude><xsl:value-of select="@west"/></datacite:westBoundLongitude>
            <datacite:eastBoundLongitude><xsl:value-of select="@east"/></datacite:eastBoundLongitude>
            <datacite:southBoundLatitude><xsl:value-of select="@south"/></datacite:southBoundLatitude>
            <datacite:northBoundLatitude><xsl:value-of select="@north"/></datacite:northBoundLatitude>
          </datacite:geoLocationBox>
        </xsl:for-each>
        <xsl:for-each select="$polygons">
          <datacite:geoLocationPolygon>
            <xsl:for-each select="r:points/r:point[@lat and @lon]">
              <datacite:polygonPoint><xsl:call-template name="oa:point"/></datacite:polygonPoint>
            </xsl:for-each>
            <xsl:for-each select="r:inPolygonPoint[@lat and @lon]">
              <datacite:inPolygonPoint><xsl:call-template name="oa:point"/></datacite:inPolygonPoint>
            </xsl:for-each>
          </datacite:geoLocationPolygon>
        </xsl:for-each>
      </datacite:geoLocation>
    </xsl:if>
  </xsl:template>

  <!-- The point in focus. Named templates, not functions, for everything below that writes nodes: a function's
       nodes are built in a temporary tree of their own and then copied; a template writes straight into the
       result. -->
  <xsl:template name="oa:point">
    <datacite:pointLongitude><xsl:value-of select="@lon"/></datacite:pointLongitude>
    <datacite:pointLatitude><xsl:value-of select="@lat"/></datacite:pointLatitude>
  </xsl:template>

  <!-- xml:lang from a language reference (ISO 639-3 or already a BCP 47 tag). -->
  <xsl:template name="oa:lang">
    <xsl:param name="ref" as="element()?"/>
    <xsl:variable name="id" select="normalize-space($ref/@id)"/>
    <xsl:if test="$id">
      <xsl:attribute name="xml:lang" select="ix:language-tag($id)"/>
    </xsl:if>
  </xsl:template>

  <!-- The display name of a creator or contributor: its name, else "Family, Given". -->
  <xsl:function name="oa:name" as="xs:string?">
    <xsl:param name="c" as="element()"/>
    <xsl:variable name="p" select="$c/r:personOrOrg"/>
    <xsl:sequence select="(normalize-space($p/r:name)[.],
        string-join(($p/r:familyName, $p/r:givenName) ! normalize-space()[.], ', ')[.])[1]"/>
  </xsl:function>

  <!-- nameType of the creator or contributor in focus. -->
  <xsl:template name="oa:name-type">
    <xsl:variable name="name-type" select="ix:datacite-term('name-type', r:personOrOrg/r:type)"/>
    <xsl:if test="exists($name-type)">
      <xsl:attribute name="nameType" select="$name-type"/>
    </xsl:if>
  </xsl:template>

  <!-- ix:plain-text, without its three regular expressions when they have nothing to do: text with no tag and no
       entity only has its spaces collapsed. Those expressions are the dearest part of a record. -->
  <xsl:function name="oa:plain-text" as="xs:string">
    <xsl:param name="html" as="xs:string?"/>
    <xsl:sequence select="if (contains($html, '&lt;') or contains($html, '&amp;')) then ix:plain-text($html)
                          else normalize-space($html)"/>
  </xsl:function>

  <!-- The one funderIdentifier the schema allows: Crossref Funder ID (what OpenAIRE's examples use), else ROR,
       else another identifier of the funder. -->
  <xsl:template name="oa:funder-identifier">
    <xsl:param name="funder" as="element(r:funder)"/>
    <xsl:variable name="crossref" select="$funder/r:identifiers/r:identifier[lower-case(@scheme) = 'crossreffunderid'][normalize-space()][1]"/>
    <xsl:choose>
      <xsl:when test="$crossref">
        <xsl:variable name="v" select="normalize-space($crossref)"/>
        <oaire:funderIdentifier funderIdentifierType="Crossref Funder ID">
          <xsl:value-of select="if (matches($v, '^https?://')) then $v
                                else if (starts-with($v, '10.13039/')) then 'https://doi.org/' || $v
                                else ix:identifier-url('crossreffunderid', $v)"/>
        </oaire:funderIdentifier>
      </xsl:when>
      <xsl:when test="normalize-space($funder/r:id)">
        <oaire:funderIdentifier funderIdentifierType="ROR">
          <xsl:value-of select="ix:identifier-url('ror', $funder/r:id)"/>
        </oaire:funderIdentifier>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="other" select="$funder/r:identifiers/r:identifier[normalize-space()]
            [lower-case(@scheme) = ('ror', 'isni', 'grid')][1]"/>
        <xsl:if test="$other">
          <oaire:funderIdentifier funderIdentifierType="{ix:datacite-term('funder-identifier-type', lower-case($other/@scheme))}">
            <xsl:value-of select="(ix:identifier-url($other/@scheme, $other), normalize-space($other))[1]"/>
          </oaire:funderIdentifier>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- resourceTypeGeneral of a related resource whose DataCite type is not in the 4.1 list, by its OpenAIRE class. -->
  <xsl:variable name="oa:general-by-class" as="map(xs:string, xs:string)"
      select="map { 'literature': 'Text', 'software': 'Software', 'dataset': 'Dataset' }"/>

  <!--
    A datacite:relatedIdentifier, or nothing when the v4.0 lists cannot say it (or when its value, in lower case,
    is one of except). IsPublishedIn (DataCite 4.5) becomes IsPartOf, as the guidelines' own journal-article sample
    links the journal's ISSN. Identifier schemes outside the list (e.g. SWHID) are given in their resolvable URL
    form.
  -->
  <xsl:template name="oa:related-identifier">
    <xsl:param name="identifier" as="xs:string?"/>
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="relation" as="xs:string?"/>
    <xsl:param name="resource-type" as="xs:string?" select="()"/>
    <!-- relatedMetadataScheme, schemeURI, schemeType ('' when absent) -->
    <xsl:param name="metadata-scheme" as="xs:string*" select="()"/>
    <xsl:param name="except" as="xs:string*" select="()"/>
    <xsl:variable name="value" select="normalize-space($identifier)"/>
    <xsl:variable name="relation-type" select="
        if ($relation = 'ispublishedin') then 'IsPartOf'
        else ix:datacite-term('relation-type', $relation)[. = $oa:relation-types]"/>
    <xsl:variable name="id-type" select="ix:datacite-term('related-identifier-scheme', lower-case($scheme))"/>
    <xsl:variable name="typed" as="xs:string*" select="
        if ($id-type = $oa:related-identifier-types) then ($id-type, $value)
        else ix:identifier-url($scheme, $value) ! ('URL', .)"/>
    <xsl:if test="$value and exists($relation-type) and exists($typed) and not(lower-case($typed[2]) = $except)">
      <datacite:relatedIdentifier relatedIdentifierType="{$typed[1]}" relationType="{$relation-type}">
        <xsl:variable name="row" select="ix:vocab('resource-types', $resource-type)"/>
        <xsl:variable name="general" select="
            if ($row/@datacite_general = $oa:datacite41-types) then string($row/@datacite_general)
            else $oa:general-by-class(string($row/@openaire))"/>
        <xsl:if test="exists($general)">
          <xsl:attribute name="resourceTypeGeneral" select="$general"/>
        </xsl:if>
        <!-- Metadata-scheme attributes belong only to HasMetadata / IsMetadataFor. -->
        <xsl:if test="$relation-type = ('HasMetadata', 'IsMetadataFor')">
          <xsl:variable name="m" select="$metadata-scheme ! normalize-space()"/>
          <xsl:if test="$m[1]"><xsl:attribute name="relatedMetadataScheme" select="$m[1]"/></xsl:if>
          <xsl:if test="$m[2]"><xsl:attribute name="schemeURI" select="$m[2]"/></xsl:if>
          <xsl:if test="$m[3]"><xsl:attribute name="schemeType" select="$m[3]"/></xsl:if>
        </xsl:if>
        <xsl:value-of select="$typed[2]"/>
      </datacite:relatedIdentifier>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
