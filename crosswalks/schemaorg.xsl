<?xml version="1.0" encoding="UTF-8"?>
<!--
  schema.org JSON-LD (vocabulary release 30.0, "@context": "https://schema.org/") of one record.

  Datasets carry what Google Dataset Search requires and recommends (name, description, creator, identifier,
  license, isAccessibleForFree, spatialCoverage, temporalCoverage, distribution, includedInDataCatalog, …);
  every other resource type gets the same CreativeWork properties under its own schema.org type.
  The model has no measured variables and no measurement technique, so variableMeasured and
  measurementTechnique never appear.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:so="https://interop-server.org/ns/crosswalk/schemaorg"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- schema.org types (those the resource-types table uses, and their supertypes) that are CreativeWorks.
       The table also names types outside CreativeWork (Event, Service, Project, MonetaryGrant, Thing); a record
       of such a type is typed [type, "CreativeWork"] so that creator, license, datePublished … stay in their
       domain. A type missing from this list only costs a redundant "CreativeWork". -->
  <xsl:variable name="so:creative-works" as="xs:string+" select="(
      'CreativeWork', 'Article', 'ScholarlyArticle', 'TechArticle', 'Report', 'Book', 'Chapter', 'Collection',
      'Dataset', 'DataCatalog', 'HowTo', 'LearningResource', 'Map', 'MediaObject', 'ImageObject', 'VideoObject',
      'AudioObject', 'Periodical', 'CreativeWorkSeries', 'PublicationIssue', 'PublicationVolume', 'Photograph',
      'Poster', 'DigitalDocument', 'PresentationDigitalDocument', 'Review', 'SoftwareSourceCode', 'Thesis',
      'VisualArtwork', 'WebPage')"/>

  <!-- Types whose pages (pageStart, pageEnd) schema.org can state. -->
  <xsl:variable name="so:paged" as="xs:string+"
      select="('Article', 'ScholarlyArticle', 'TechArticle', 'Report', 'Chapter')"/>

  <!-- DataCite relation types (model ids) that have a schema.org property of the same meaning. Not here, so
       not mapped: the inverse relations schema.org lacks (iscitedby, isreferencedby, issupplementedby,
       issourceof, isrequiredby, iscompiledby, iscollectedby …), version succession (isnewversionof,
       ispreviousversionof), supplements, continuations, obsolescence, variant forms, requires and other.
       isidenticalto goes to sameAs (and identifier), reviews to itemReviewed (Review only) and, for SoftwareSourceCode,
       issupplementto a URL to codeRepository; those are handled where the links are built. -->
  <xsl:variable name="so:relations" as="map(xs:string, xs:string)" select="map {
      'ispartof': 'isPartOf', 'ispublishedin': 'isPartOf', 'haspart': 'hasPart',
      'cites': 'citation', 'references': 'citation', 'isderivedfrom': 'isBasedOn',
      'isversionof': 'exampleOfWork', 'hasversion': 'workExample',
      'istranslationof': 'translationOfWork', 'hastranslation': 'workTranslation',
      'isdescribedby': 'subjectOf', 'isdocumentedby': 'subjectOf', 'hasmetadata': 'subjectOf',
      'describes': 'about', 'documents': 'about', 'ismetadatafor': 'about',
      'isreviewedby': 'review' }"/>

  <!-- Contributor roles with a schema.org property of their own; every other role is a plain contributor. -->
  <xsl:variable name="so:roles" as="map(xs:string, xs:string)" select="map {
      'editor': 'editor', 'translator': 'translator', 'producer': 'producer', 'sponsor': 'sponsor',
      'rightsholder': 'copyrightHolder' }"/>

  <xsl:variable name="so:agent-properties" as="xs:string+"
      select="('contributor', 'editor', 'translator', 'producer', 'sponsor', 'copyrightHolder')"/>

  <!-- The order of the link properties in the output. -->
  <xsl:variable name="so:link-properties" as="xs:string+" select="('isPartOf', 'hasPart', 'citation',
      'isBasedOn', 'exampleOfWork', 'workExample', 'translationOfWork', 'workTranslation', 'subjectOf', 'about',
      'review', 'itemReviewed')"/>

  <!-- How the JSON is built (for speed): every j:* element is written straight into the one tree that
       xml-to-json reads. Functions and templates that make a value take the member key it goes under (empty
       inside arrays) instead of returning a keyless element for so:member to copy, and so:member takes the
       model's nodes and renders them in mode so:value; an element constructed on its own, as a function result
       or variable, costs Saxon a tree of its own, and copying it costs another. -->

  <xsl:template match="r:record">
    <xsl:variable name="json" as="element(j:map)">
      <xsl:call-template name="so:record"/>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($json, map { 'indent': true() })"/>
  </xsl:template>

  <xsl:template name="so:record" as="element(j:map)">
    <xsl:variable name="m" select="r:metadata"/>
    <xsl:variable name="types" select="so:types(ix:resource-type(.)/@schemaorg)"/>
    <xsl:variable name="type" select="$types[1]"/>
    <xsl:variable name="landing-page" select="ix:landing-page(.)"/>
    <xsl:variable name="cite-as" select="ix:cite-as(.)"/>
    <xsl:variable name="status" select="(r:access/r:status[normalize-space()], 'metadata-only')[1]"/>
    <xsl:variable name="identical" select="$m/r:relatedIdentifiers/r:relatedIdentifier
        [r:relationType/@id eq 'isidenticalto'][normalize-space(r:identifier)]"/>
    <!-- The record's own identifiers: its DOI, the alternate identifiers and what it is identical to, each with
         its URL (for sameAs and its PropertyValue), in one temporary document rather than a tree each. -->
    <xsl:variable name="ids" as="document-node()">
      <xsl:document>
        <xsl:for-each select="r:pids/r:doi/r:identifier[normalize-space()]">
          <xsl:sequence select="so:identifier('doi', normalize-space())"/>
        </xsl:for-each>
        <xsl:for-each select="$m/r:identifiers/r:identifier[normalize-space()]">
          <xsl:sequence select="so:identifier(lower-case(@scheme), normalize-space())"/>
        </xsl:for-each>
        <xsl:for-each select="$identical">
          <xsl:sequence select="so:identifier(lower-case(r:scheme), normalize-space(r:identifier))"/>
        </xsl:for-each>
      </xsl:document>
    </xsl:variable>
    <xsl:variable name="unique-ids" as="element(r:identifier)*">
      <xsl:for-each-group select="$ids/r:identifier" group-by="@scheme || ' ' || lower-case(.)">
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <!-- Links to other works, and the property each goes under ('' for none), in the same order. -->
    <xsl:variable name="linked" select="$m/r:relatedIdentifiers/r:relatedIdentifier[normalize-space(r:identifier)],
        $m/r:relatedItems/r:relatedItem, $m/r:references/r:reference[normalize-space(r:reference)]"/>
    <xsl:variable name="link-properties" as="xs:string*"
        select="for $l in $linked return (so:link-property($l, $type), '')[1]"/>
    <xsl:variable name="containers" select="$m/r:relatedItems/r:relatedItem
        [r:relationType/@id = ('ispublishedin', 'ispartof')]"/>

    <j:map>
      <j:string key="@context">https://schema.org/</j:string>
      <xsl:sequence select="so:text('@type', $types)"/>
      <j:string key="@id"><xsl:value-of select="$cite-as"/></j:string>
      <j:string key="url"><xsl:value-of select="$landing-page"/></j:string>
      <xsl:sequence select="so:member('identifier', $unique-ids)"/>
      <xsl:sequence select="so:text('name', $m/r:title)"/>
      <xsl:sequence select="so:text('alternateName', $m/r:additionalTitles/r:title/r:title)"/>
      <xsl:variable name="description" select="ix:plain-text($m/r:description)"/>
      <xsl:variable name="abstracts" select="$m/r:additionalDescriptions/r:description
          [r:type/@id eq 'abstract'] ! ix:plain-text(r:description)"/>
      <!-- Google requires a description; an abstract stands in when the main description is missing. -->
      <xsl:sequence select="so:text('description', ($description[.], $abstracts)[1])"/>
      <xsl:sequence select="so:text('abstract', if ($description) then $abstracts else tail($abstracts))"/>
      <xsl:sequence select="so:member('creator', $m/r:creators/r:creator[r:personOrOrg])"/>
      <xsl:sequence select="so:agents($m/r:contributors/r:contributor[r:personOrOrg])"/>

      <xsl:sequence select="so:text('datePublished', so:date($m/r:publicationDate))"/>
      <!-- Only single dates: schema.org dates cannot be intervals. -->
      <xsl:sequence select="so:text('dateCreated', so:single-dates($m, 'created')[1])"/>
      <xsl:sequence select="so:text('dateModified', (reverse(sort(so:single-dates($m, 'updated'))),
          r:updated)[1])"/>
      <xsl:for-each select="(so:dates($m, 'copyrighted') ! ix:year(.))[1]">
        <j:number key="copyrightYear"><xsl:value-of select="."/></j:number>
      </xsl:for-each>
      <xsl:sequence select="so:member('publisher', $m/r:publisher[normalize-space(r:name)])"/>
      <xsl:sequence select="so:text('inLanguage', $m/r:languages/r:language/@id[normalize-space()]
          ! ix:language-tag(.))"/>
      <xsl:sequence select="so:member('keywords', $m/r:subjects/r:subject[normalize-space(r:subject)])"/>
      <!-- The rights so:license can express (see there). -->
      <xsl:sequence select="so:member('license', $m/r:rights/r:right[normalize-space(r:id)
          or (r:link, r:title/r:text, r:description/r:text)[normalize-space()]])"/>

      <!-- Free only when open; for metadata-only records the resource's own access is unknown. -->
      <xsl:if test="$status = ('open', 'embargoed', 'restricted', 'closed')">
        <j:boolean key="isAccessibleForFree"><xsl:value-of select="$status eq 'open'"/></j:boolean>
      </xsl:if>
      <xsl:if test="$status ne 'open'">
        <xsl:variable name="embargo" select="r:access/r:embargo[r:active eq 'true']"/>
        <!-- The COAR label as a sentence, with the embargo's end and reason: "Embargoed access until …. …". -->
        <xsl:variable name="label" select="normalize-space(ix:access-status(.)/@title)"/>
        <xsl:sequence select="so:text('conditionsOfAccess', string-join((
            upper-case(substring($label, 1, 1)) || substring($label, 2)
              || $embargo/r:until[normalize-space()] ! (' until ' || normalize-space()),
            $embargo/r:reason[normalize-space()] ! replace(normalize-space(), '\.$', '')), '. ') || '.')"/>
      </xsl:if>

      <xsl:variable name="funders" as="element(r:funder)*">
        <xsl:for-each-group select="$m/r:funding/r:award/r:funder[normalize-space(r:name) or normalize-space(r:id)]"
            group-by="lower-case(normalize-space((r:id, r:name)[normalize-space()][1]))">
          <xsl:sequence select="current-group()[1]"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="so:member('funder', $funders)"/>
      <xsl:sequence select="so:member('funding', $m/r:funding/r:award[r:award])"/>

      <xsl:sequence select="so:text('version', $m/r:version)"/>
      <xsl:sequence select="so:text('encodingFormat', $m/r:formats/r:format)"/>
      <xsl:sequence select="so:text('size', $m/r:sizes/r:size)"/>
      <xsl:if test="$type eq 'Book'">
        <xsl:sequence select="so:text('isbn', $unique-ids[@scheme eq 'isbn'])"/>
      </xsl:if>
      <xsl:if test="$type = ('Periodical', 'Dataset')">
        <xsl:sequence select="so:text('issn', $unique-ids[@scheme = ('issn', 'eissn', 'lissn')])"/>
      </xsl:if>

      <!-- Where this work sits in its container (journal issue, book, proceedings). -->
      <xsl:sequence select="so:text('position', ($containers/r:number)[1])"/>
      <xsl:if test="$type = $so:paged">
        <xsl:sequence select="so:text('pageStart', ($containers/r:firstPage)[1])"/>
        <xsl:sequence select="so:text('pageEnd', ($containers/r:lastPage)[1])"/>
      </xsl:if>
      <xsl:for-each select="$so:link-properties[. = $link-properties]">
        <xsl:sequence select="so:member(., for $i in index-of($link-properties, .) return $linked[$i])"/>
      </xsl:for-each>
      <xsl:if test="$type eq 'SoftwareSourceCode'">
        <xsl:sequence select="so:text('codeRepository', for $i in index-of($link-properties, 'codeRepository')
            return $linked[$i]/r:identifier)"/>
      </xsl:if>
      <xsl:sequence select="so:text('sameAs', distinct-values($unique-ids/@url)[not(. = ($cite-as, $landing-page))])"/>

      <xsl:sequence select="so:member('spatialCoverage', $m/r:locations/r:features/r:feature[so:has-place(.)])"/>
      <xsl:sequence select="so:text('temporalCoverage', so:dates($m, ('coverage', 'collected')))"/>

      <!-- File links only where anyone can follow them. -->
      <xsl:variable name="files" select="r:files[not(r:enabled eq 'false')]/r:entries/r:entry
          [normalize-space(r:url)][$status eq 'open']"/>
      <xsl:choose>
        <xsl:when test="$type eq 'Dataset'">
          <xsl:sequence select="so:member('distribution', $files)"/>
          <j:map key="includedInDataCatalog">
            <j:string key="@type">DataCatalog</j:string>
            <j:string key="name"><xsl:value-of select="$repository-name"/></j:string>
            <j:string key="url"><xsl:value-of select="$base-url"/></j:string>
          </j:map>
        </xsl:when>
        <xsl:otherwise>
          <!-- schema.org's downloadUrl belongs to SoftwareApplication only; encoding serves every CreativeWork. -->
          <xsl:sequence select="so:member('encoding', $files)"/>
        </xsl:otherwise>
      </xsl:choose>
    </j:map>
  </xsl:template>

  <!-- ===== Links to other works ===== -->

  <!-- The property a related identifier, related item or reference goes under for a record of a given type, if
       any. Zenodo-style software deposits point at their source repository with issupplementto a URL. A
       reference that a cites/references related identifier already names is left to that identifier (which takes
       its text). -->
  <xsl:function name="so:link-property" as="xs:string?">
    <xsl:param name="link" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="relation" select="string($link/r:relationType/@id)"/>
    <xsl:choose>
      <xsl:when test="$link/self::r:relatedIdentifier">
        <xsl:sequence select="
            if ($relation eq 'issupplementto' and $type eq 'SoftwareSourceCode' and lower-case($link/r:scheme) eq 'url')
              then 'codeRepository'
            else if ($relation eq 'reviews' and $type eq 'Review') then 'itemReviewed'
            else $so:relations($relation)"/>
      </xsl:when>
      <xsl:when test="$link/self::r:relatedItem">
        <xsl:sequence select="if ($relation eq 'reviews') then 'itemReviewed'[$type eq 'Review']
            else $so:relations($relation)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="value" select="normalize-space($link/r:identifier)"/>
        <xsl:sequence select="'citation'[not($value) or not($link/ancestor::r:metadata/r:relatedIdentifiers/r:relatedIdentifier
            [r:relationType/@id = ('cites', 'references')][lower-case(normalize-space(r:identifier)) eq lower-case($value)])]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="r:relatedIdentifier" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="so:work(., $key)"/>
  </xsl:template>

  <!-- A related identifier as a node: its type, its URL as @id and the identifier in its own scheme. A free-text
       reference with the same identifier lends it its text. -->
  <xsl:function name="so:work" as="element(j:map)">
    <xsl:param name="related" as="element(r:relatedIdentifier)"/>
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="scheme" select="lower-case($related/r:scheme)"/>
    <xsl:variable name="value" select="normalize-space($related/r:identifier)"/>
    <xsl:variable name="url" select="ix:identifier-url($scheme, $value)"/>
    <xsl:variable name="reference" select="if ($related/r:relationType/@id = ('cites', 'references'))
        then so:references-to($related/ancestor::r:metadata, $value)[1] else ()"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <xsl:sequence select="so:text('@type', so:types(ix:vocab('resource-types', $related/r:resourceType/@id)/@schemaorg))"/>
      <xsl:sequence select="so:text('@id', $url)"/>
      <xsl:sequence select="so:text('url', $url)"/>
      <xsl:if test="$scheme ne 'url'">
        <xsl:sequence select="so:property-value($scheme, $value, $url, 'identifier')"/>
      </xsl:if>
      <xsl:sequence select="so:text('description', ($reference/r:reference, $related/r:relationTypeInformation))"/>
    </j:map>
  </xsl:function>

  <!-- The free-text references that carry a given identifier. -->
  <xsl:function name="so:references-to" as="element(r:reference)*">
    <xsl:param name="metadata" as="element(r:metadata)?"/>
    <xsl:param name="identifier" as="xs:string"/>
    <xsl:sequence select="$metadata/r:references/r:reference
        [lower-case(normalize-space(r:identifier)) eq lower-case($identifier)]"/>
  </xsl:function>

  <!-- A reference is a citation: its text alone, or a node when it has an identifier. -->
  <xsl:template match="r:reference" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="value" select="normalize-space(r:identifier)"/>
    <xsl:variable name="scheme" select="lower-case(r:scheme)"/>
    <xsl:choose>
      <xsl:when test="$value">
        <xsl:variable name="url" select="ix:identifier-url($scheme, $value)"/>
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">CreativeWork</j:string>
          <xsl:sequence select="so:text('@id', $url)"/>
          <xsl:sequence select="so:text('url', $url)"/>
          <xsl:if test="$scheme ne 'url'">
            <xsl:sequence select="so:property-value($scheme, $value, $url, 'identifier')"/>
          </xsl:if>
          <xsl:sequence select="so:text('description', r:reference)"/>
        </j:map>
      </xsl:when>
      <xsl:otherwise>
        <j:string><xsl:sequence select="so:key($key)"/><xsl:value-of select="normalize-space(r:reference)"/></j:string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A related item described inline. A journal it is published in becomes the schema.org chain
       PublicationIssue → PublicationVolume → Periodical; pages and number go on the record itself. -->
  <xsl:template match="r:relatedItem" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="relation" select="string(r:relationType/@id)"/>
    <xsl:variable name="container" select="$relation = ('ispublishedin', 'ispartof')"/>
    <xsl:variable name="nested" select="$container and (normalize-space(r:volume) or normalize-space(r:issue))"/>
    <xsl:choose>
      <xsl:when test="$nested and normalize-space(r:issue)">
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">PublicationIssue</j:string>
          <j:string key="issueNumber"><xsl:value-of select="normalize-space(r:issue)"/></j:string>
          <xsl:sequence select="so:text('datePublished', r:publicationYear)"/>
          <xsl:sequence select="so:volume(., $nested, 'isPartOf')"/>
        </j:map>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="so:volume(., $nested, $key)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The volume of a journal a related item is published in, or the item itself. -->
  <xsl:function name="so:volume" as="element(j:map)">
    <xsl:param name="related" as="element(r:relatedItem)"/>
    <xsl:param name="nested" as="xs:boolean"/>
    <xsl:param name="key" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="$nested and normalize-space($related/r:volume)">
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">PublicationVolume</j:string>
          <j:string key="volumeNumber"><xsl:value-of select="normalize-space($related/r:volume)"/></j:string>
          <xsl:if test="not(normalize-space($related/r:issue))">
            <xsl:sequence select="so:text('datePublished', $related/r:publicationYear)"/>
          </xsl:if>
          <xsl:sequence select="so:item($related, $nested, 'isPartOf')"/>
        </j:map>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="so:item($related, $nested, $key)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The related item (or the journal it is published in) itself. -->
  <xsl:function name="so:item" as="element(j:map)">
    <xsl:param name="related" as="element(r:relatedItem)"/>
    <xsl:param name="nested" as="xs:boolean"/>
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="item-types" select="so:types(ix:vocab('resource-types', $related/r:resourceType/@id)/@schemaorg)"/>
    <xsl:variable name="scheme" select="lower-case($related/r:identifier/@scheme)"/>
    <xsl:variable name="value" select="normalize-space($related/r:identifier)"/>
    <xsl:variable name="url" select="ix:identifier-url($scheme, $value)"/>
    <xsl:variable name="titles" select="$related/r:titles/r:title[normalize-space(r:title)]"/>
    <xsl:variable name="name" select="($titles[not(r:type/@id)], $titles)[1]"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <xsl:sequence select="so:text('@type', $item-types)"/>
      <xsl:sequence select="so:text('@id', $url)"/>
      <xsl:sequence select="so:text('url', $url)"/>
      <xsl:if test="$value and $scheme ne 'url'">
        <xsl:sequence select="so:property-value($scheme, $value, $url, 'identifier')"/>
      </xsl:if>
      <xsl:sequence select="so:text('name', $name/r:title)"/>
      <xsl:sequence select="so:text('alternateName', ($titles except $name)/r:title)"/>
      <xsl:sequence select="so:member('creator', $related/r:creators/r:creator[r:personOrOrg])"/>
      <xsl:sequence select="so:agents($related/r:contributors/r:contributor[r:personOrOrg])"/>
      <xsl:if test="not($nested)">
        <xsl:sequence select="so:text('datePublished', $related/r:publicationYear)"/>
      </xsl:if>
      <xsl:sequence select="so:member('publisher', $related/r:publisher[normalize-space()])"/>
      <xsl:if test="$item-types[1] eq 'Book'">
        <xsl:sequence select="so:text('bookEdition', $related/r:edition)"/>
        <xsl:sequence select="so:text('isbn', $value[$scheme eq 'isbn'])"/>
      </xsl:if>
      <xsl:if test="$item-types[1] = ('Periodical', 'Dataset')">
        <xsl:sequence select="so:text('issn', $value[$scheme = ('issn', 'eissn', 'lissn')])"/>
      </xsl:if>
    </j:map>
  </xsl:function>

  <!-- ===== People, organisations, grants ===== -->

  <!-- A creator or contributor as Person or Organization; ORCID (ROR for organisations) is its @id and, with
       every other identifier URL, its sameAs. -->
  <xsl:template match="r:creator | r:contributor" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="p" select="r:personOrOrg"/>
    <xsl:choose>
      <xsl:when test="$p/r:type eq 'organizational'">
        <xsl:sequence select="so:organization($p/r:name, $p/r:identifiers/r:identifier, (), $key)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="ids" select="$p/r:identifiers/r:identifier[normalize-space()]"/>
        <xsl:variable name="id-urls" select="so:id-urls($ids)"/>
        <xsl:variable name="urls" select="so:sorted-urls($ids, $id-urls, 'orcid')"/>
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">Person</j:string>
          <xsl:sequence select="so:text('@id', $urls[1])"/>
          <xsl:sequence select="so:text('name', so:person-name($p))"/>
          <xsl:sequence select="so:text('givenName', $p/r:givenName)"/>
          <xsl:sequence select="so:text('familyName', $p/r:familyName)"/>
          <xsl:sequence select="so:text('sameAs', $urls)"/>
          <xsl:sequence select="so:member('identifier', so:without-url($ids, $id-urls))"/>
          <xsl:sequence select="so:member('affiliation', r:affiliations/r:affiliation
              [normalize-space(r:name) or normalize-space(r:id)])"/>
        </j:map>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The URL of each identifier, '' for those without one: computed once, as the sameAs URLs, the @id and the
       identifiers left as PropertyValues all come from it. -->
  <xsl:function name="so:id-urls" as="xs:string*">
    <xsl:param name="ids" as="element(r:identifier)*"/>
    <xsl:sequence select="$ids ! string(ix:identifier-url(@scheme, .))"/>
  </xsl:function>

  <!-- Those URLs without repeats, the ones of a given scheme first (ORCID for people, ROR for organisations). -->
  <xsl:function name="so:sorted-urls" as="xs:string*">
    <xsl:param name="ids" as="element(r:identifier)*"/>
    <xsl:param name="id-urls" as="xs:string*"/>
    <xsl:param name="scheme" as="xs:string"/>
    <xsl:sequence select="distinct-values((
        for $i in 1 to count($ids) return $id-urls[$i][$ids[$i]/@scheme eq $scheme],
        for $i in 1 to count($ids) return $id-urls[$i][not($ids[$i]/@scheme eq $scheme)])[.])"/>
  </xsl:function>

  <!-- The identifiers that have no URL. -->
  <xsl:function name="so:without-url" as="element(r:identifier)*">
    <xsl:param name="ids" as="element(r:identifier)*"/>
    <xsl:param name="id-urls" as="xs:string*"/>
    <xsl:sequence select="for $i in 1 to count($ids) return $ids[$i][not($id-urls[$i])]"/>
  </xsl:function>

  <xsl:function name="so:person-name" as="xs:string">
    <xsl:param name="p" as="element(r:personOrOrg)"/>
    <xsl:sequence select="($p/r:name[normalize-space()], string-join(($p/r:givenName, $p/r:familyName)
        [normalize-space()], ' '))[1]"/>
  </xsl:function>

  <!-- An Organization's identifier URLs: the bare ROR id's, then ROR's, then the others. -->
  <xsl:function name="so:organization-urls" as="xs:string*">
    <xsl:param name="ids" as="element(r:identifier)*"/>
    <xsl:param name="id-urls" as="xs:string*"/>
    <xsl:param name="ror" as="xs:string?"/>
    <xsl:sequence select="distinct-values((ix:identifier-url('ror', $ror), so:sorted-urls($ids, $id-urls, 'ror')))"/>
  </xsl:function>

  <!-- What tells agents apart: the @id and name so:value gives them. -->
  <xsl:function name="so:agent-key" as="xs:string">
    <xsl:param name="who" as="element()"/>
    <xsl:variable name="p" select="$who/r:personOrOrg"/>
    <xsl:variable name="ids" select="$p/r:identifiers/r:identifier[normalize-space()]"/>
    <xsl:sequence select="string-join((
        if ($p/r:type eq 'organizational') then (so:organization-urls($ids, so:id-urls($ids), ())[1], $p/r:name)
        else (so:sorted-urls($ids, so:id-urls($ids), 'orcid')[1], so:person-name($p))) ! normalize-space()[.], ' ')"/>
  </xsl:function>

  <!-- Contributors under the property of their role (editor, translator …) or as contributor; one entry per
       person and property even when the model lists them with several roles. -->
  <xsl:function name="so:agents" as="element()*">
    <xsl:param name="contributors" as="element()*"/>
    <xsl:variable name="placed" as="xs:string*" select="$contributors ! so:agent-property(.)"/>
    <xsl:for-each select="$so:agent-properties[. = $placed]">
      <xsl:variable name="unique" as="element()*">
        <xsl:for-each-group select="for $i in index-of($placed, .) return $contributors[$i]"
            group-by="so:agent-key(.)">
          <xsl:sequence select="current-group()[1]"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="so:member(., $unique)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="so:agent-property" as="xs:string">
    <xsl:param name="contributor" as="element()"/>
    <xsl:variable name="property" select="$so:roles(string($contributor/r:role/@id))"/>
    <xsl:sequence select="if ($property eq 'editor' and $contributor/r:personOrOrg/r:type eq 'organizational')
        then 'contributor' else ($property, 'contributor')[1]"/>
  </xsl:function>

  <xsl:template match="r:affiliation | r:funder" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="so:organization(r:name, r:identifiers/r:identifier, r:id, $key)"/>
  </xsl:template>

  <xsl:template match="r:metadata/r:publisher" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="so:organization(r:name, r:identifiers/r:identifier, (), $key)"/>
  </xsl:template>

  <xsl:template match="r:relatedItem/r:publisher" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="so:organization(., (), (), $key)"/>
  </xsl:template>

  <!-- An Organization from a name, its identifiers and a bare ROR id (affiliations and funders have one). -->
  <xsl:function name="so:organization" as="element(j:map)">
    <xsl:param name="name" as="xs:string?"/>
    <xsl:param name="identifiers" as="element(r:identifier)*"/>
    <xsl:param name="ror" as="xs:string?"/>
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="ids" select="$identifiers[normalize-space()]"/>
    <xsl:variable name="id-urls" select="so:id-urls($ids)"/>
    <xsl:variable name="urls" select="so:organization-urls($ids, $id-urls, $ror)"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">Organization</j:string>
      <xsl:sequence select="so:text('@id', $urls[1])"/>
      <xsl:sequence select="so:text('name', $name)"/>
      <xsl:sequence select="so:text('sameAs', $urls)"/>
      <xsl:sequence select="so:member('identifier', so:without-url($ids, $id-urls))"/>
    </j:map>
  </xsl:function>

  <!-- A funding reference as a MonetaryGrant: the award number is its identifier, the title its name, the acronym
       its alternate name. The programme has no schema.org property. -->
  <xsl:template match="r:funding/r:award" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:variable name="award" select="r:award"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">MonetaryGrant</j:string>
      <xsl:sequence select="so:text('identifier', $award/r:number)"/>
      <xsl:variable name="name" select="normalize-space($award/r:title/r:text[1])"/>
      <xsl:sequence select="so:text('name', $name)"/>
      <xsl:sequence select="so:text('alternateName', ($award/r:acronym, tail($award/r:title/r:text))
          [normalize-space() ne $name])"/>
      <xsl:sequence select="so:text('url', $award/r:identifiers/r:identifier ! ix:identifier-url(@scheme, .))"/>
      <xsl:sequence select="so:member('funder', r:funder[normalize-space(r:name) or normalize-space(r:id)])"/>
    </j:map>
  </xsl:template>

  <!-- ===== Other values ===== -->

  <!-- A subject: free keywords stay text; classified ones become DefinedTerms of their scheme. -->
  <xsl:template match="r:subject" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="(r:scheme, r:schemeUri, r:valueUri, r:classificationCode)[normalize-space()]">
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">DefinedTerm</j:string>
          <xsl:sequence select="so:text('@id', r:valueUri)"/>
          <xsl:sequence select="so:text('url', r:valueUri)"/>
          <xsl:sequence select="so:text('name', r:subject)"/>
          <xsl:sequence select="so:text('termCode', r:classificationCode)"/>
          <xsl:choose>
            <xsl:when test="normalize-space(r:scheme)">
              <j:map key="inDefinedTermSet">
                <j:string key="@type">DefinedTermSet</j:string>
                <xsl:sequence select="so:text('name', r:scheme)"/>
                <xsl:sequence select="so:text('url', r:schemeUri)"/>
              </j:map>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="so:text('inDefinedTermSet', r:schemeUri)"/>
            </xsl:otherwise>
          </xsl:choose>
        </j:map>
      </xsl:when>
      <xsl:otherwise>
        <j:string><xsl:sequence select="so:key($key)"/><xsl:value-of select="normalize-space(r:subject)"/></j:string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A licence is its URL; a rights statement of the record's own (no SPDX id) is a CreativeWork with its
       titles and link, so that statements without a link are kept too; one with neither id nor any text is
       left out (so:record selects only the others). -->
  <xsl:template match="r:right" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="normalize-space(r:id)">
        <j:string><xsl:sequence select="so:key($key)"/><xsl:value-of select="ix:license-url(.)"/></j:string>
      </xsl:when>
      <xsl:otherwise>
        <j:map>
          <xsl:sequence select="so:key($key)"/>
          <j:string key="@type">CreativeWork</j:string>
          <xsl:sequence select="so:text('@id', r:link)"/>
          <xsl:sequence select="so:text('url', r:link)"/>
          <xsl:sequence select="so:text('name', r:title/r:text[normalize-space()][1])"/>
          <xsl:sequence select="so:text('alternateName', tail(r:title/r:text[normalize-space()]))"/>
          <xsl:sequence select="so:text('description', r:description/r:text)"/>
        </j:map>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A geo location as a Place: name, description and its point, box and polygons as geo; one with neither a
       name nor a shape is left out (so:record selects only the others). -->
  <xsl:function name="so:has-place" as="xs:boolean">
    <xsl:param name="feature" as="element(r:feature)"/>
    <xsl:sequence select="exists(so:geo($feature)) or boolean(normalize-space($feature/r:place))"/>
  </xsl:function>

  <xsl:function name="so:geo" as="element()*">
    <xsl:param name="feature" as="element(r:feature)"/>
    <xsl:sequence select="$feature/r:point[@lat and @lon], $feature/r:box[@south and @west and @north and @east],
        $feature/r:polygons/r:polygon[count(r:points/r:point[@lat and @lon]) ge 4]"/>
  </xsl:function>

  <xsl:template match="r:feature" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">Place</j:string>
      <xsl:sequence select="so:text('name', r:place)"/>
      <xsl:sequence select="so:text('description', r:description)"/>
      <xsl:sequence select="so:member('geo', so:geo(.))"/>
    </j:map>
  </xsl:template>

  <xsl:template match="r:feature/r:point" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">GeoCoordinates</j:string>
      <j:number key="latitude"><xsl:value-of select="@lat"/></j:number>
      <j:number key="longitude"><xsl:value-of select="@lon"/></j:number>
    </j:map>
  </xsl:template>

  <!-- schema.org boxes are "lat lon lat lon" of the lower and upper corner: south west north east. -->
  <xsl:template match="r:box" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">GeoShape</j:string>
      <j:string key="box"><xsl:value-of select="@south, @west, @north, @east" separator=" "/></j:string>
    </j:map>
  </xsl:template>

  <xsl:template match="r:polygon" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">GeoShape</j:string>
      <j:string key="polygon">
        <xsl:value-of select="r:points/r:point[@lat and @lon] ! (@lat || ' ' || @lon)" separator=" "/>
      </j:string>
    </j:map>
  </xsl:template>

  <!-- A file as DataDownload (datasets: distribution) or MediaObject (other works: encoding). Of the checksums only SHA-256 has a
       schema.org property. -->
  <xsl:template match="r:entry" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:param name="property" as="xs:string"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type"><xsl:value-of select="if ($property eq 'distribution') then 'DataDownload'
          else 'MediaObject'"/></j:string>
      <xsl:sequence select="so:text('name', r:key)"/>
      <xsl:sequence select="so:text('contentUrl', r:url)"/>
      <xsl:sequence select="so:text('encodingFormat', r:mimetype)"/>
      <xsl:sequence select="so:text('contentSize', r:size[normalize-space()] ! (normalize-space() || ' B'))"/>
      <xsl:sequence select="so:text('sha256', r:checksum[starts-with(., 'sha256:')] ! substring-after(., ':'))"/>
    </j:map>
  </xsl:template>

  <!-- ===== Helpers ===== -->

  <!-- The record's types: the table's schema.org type, with CreativeWork added when it is not one. -->
  <xsl:function name="so:types" as="xs:string+">
    <xsl:param name="schemaorg" as="xs:string?"/>
    <xsl:sequence select="
        if (not(normalize-space($schemaorg)) or $schemaorg eq 'Thing') then 'CreativeWork'
        else if ($schemaorg = $so:creative-works) then $schemaorg
        else ($schemaorg, 'CreativeWork')"/>
  </xsl:function>

  <!-- An identifier as PropertyValue: propertyID in DataCite's spelling (DOI, Handle, ISBN, arXiv …). The
       record's own identifiers carry their URL (so:identifier); those of people and organisations come here only
       when they have none. -->
  <xsl:template match="r:identifier" mode="so:value">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="so:property-value(@scheme, ., @url, $key)"/>
  </xsl:template>

  <xsl:function name="so:identifier" as="element(r:identifier)">
    <xsl:param name="scheme" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <r:identifier scheme="{$scheme}" url="{ix:identifier-url($scheme, $value)}"><xsl:value-of select="$value"/></r:identifier>
  </xsl:function>

  <!-- $url is the identifier's (ix:identifier-url), which the caller has at hand. -->
  <xsl:function name="so:property-value" as="element(j:map)">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:param name="key" as="xs:string?"/>
    <j:map>
      <xsl:sequence select="so:key($key)"/>
      <j:string key="@type">PropertyValue</j:string>
      <xsl:sequence select="so:text('propertyID', (ix:datacite-term('related-identifier-scheme', lower-case($scheme)),
          ix:datacite-term('funder-identifier-type', lower-case($scheme)), $scheme)[1])"/>
      <xsl:sequence select="so:text('value', $value)"/>
      <xsl:sequence select="so:text('url', $url)"/>
    </j:map>
  </xsl:function>

  <!-- The dates of some types. -->
  <xsl:function name="so:dates" as="xs:string*">
    <xsl:param name="metadata" as="element(r:metadata)?"/>
    <xsl:param name="types" as="xs:string+"/>
    <xsl:sequence select="$metadata/r:dates/r:date[r:type/@id = $types]/r:date[normalize-space()] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="so:single-dates" as="xs:string*">
    <xsl:param name="metadata" as="element(r:metadata)?"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="so:dates($metadata, $type)[not(contains(., '/'))] ! so:date(.)"/>
  </xsl:function>

  <!-- A schema.org Date from an EDTF date: plain ISO dates as they are, an interval by its start. -->
  <xsl:function name="so:date" as="xs:string?">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:sequence select="ix:start-date(normalize-space($edtf))"/>
  </xsl:function>

  <!-- A member of a JSON object: left out without values, the value itself for one, an array for several. The
       values are model nodes, rendered by the so:value templates: $key is the member's key for a single value
       (none in an array), $property the member's key either way. -->
  <xsl:function name="so:member" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="node()*"/>
    <xsl:choose>
      <xsl:when test="count($values) eq 1">
        <xsl:apply-templates select="$values" mode="so:value">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="property" select="$key"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:when test="count($values) gt 1">
        <j:array key="{$key}">
          <xsl:apply-templates select="$values" mode="so:value">
            <xsl:with-param name="property" select="$key"/>
          </xsl:apply-templates>
        </j:array>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The key attribute of a value that is a member of an object (none for one in an array). -->
  <xsl:function name="so:key" as="attribute()?">
    <xsl:param name="key" as="xs:string?"/>
    <xsl:if test="exists($key)">
      <xsl:attribute name="key" select="$key"/>
    </xsl:if>
  </xsl:function>

  <!-- A text member; blank and repeated values are dropped. Most have one value at most, which needs no
       de-duplication. -->
  <xsl:function name="so:text" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:anyAtomicType*"/>
    <xsl:choose>
      <xsl:when test="empty(tail($values))">
        <xsl:variable name="text" select="normalize-space(string($values))"/>
        <xsl:if test="$text">
          <j:string key="{$key}"><xsl:value-of select="$text"/></j:string>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="texts" select="distinct-values($values ! normalize-space(string(.)))[.]"/>
        <xsl:choose>
          <xsl:when test="count($texts) eq 1">
            <j:string key="{$key}"><xsl:value-of select="$texts"/></j:string>
          </xsl:when>
          <xsl:when test="count($texts) gt 1">
            <j:array key="{$key}">
              <xsl:for-each select="$texts">
                <j:string><xsl:value-of select="."/></j:string>
              </xsl:for-each>
            </j:array>
          </xsl:when>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
