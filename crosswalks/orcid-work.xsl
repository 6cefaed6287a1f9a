<?xml version="1.0" encoding="UTF-8"?>
<!--
  ORCID Member API 3.0 work, as it is POSTed to /v3.0/{orcid}/work (record_3.0/work-3.0.xsd): no put-code,
  source or dates, which ORCID sets itself. orcid-work-json.xsl renders the same work (mode ow:work) as ORCID JSON.

  Not carried, because work-3.0 has no place for them: alternative titles, further translated titles (one
  allowed), subjects, rights, sizes, formats, version, geo locations, affiliations, related identifiers whose
  relation is not part-of / version-of, files and access. The citation is left out: a BibTeX citation would
  repeat what bibtex.xsl does, and stylesheets include only common.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:ow="https://interop-server.org/ns/crosswalk/orcid-work"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:work="http://www.orcid.org/ns/work"
    xmlns:common="http://www.orcid.org/ns/common"
    exclude-result-prefixes="xs r ix ow map">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- ORCID's language codes (common-3.0.xsd, LanguageCode.java): two letters, Java's legacy iw/in/ji instead of
       he/id/yi, and Chinese only as zh_CN or zh_TW. -->
  <xsl:variable name="ow:languages" as="xs:string*" select="tokenize('ab aa af ak sq am ar an hy as av ae ay az bm ba
      eu be bn bh bi bs br bg my ca ch ce zh_CN zh_TW cu cv kw co cr hr cs da dv nl dz en eo et ee fo fj fi fr fy ff gl
      lg ka de el kl gn gu ht ha iw hz hi ho hu is io ig in ia ie iu ik ga it ja jv kn kr ks kk km ki rw ky kv kg ko ku
      kj lo la lv li ln lt lu lb mk mg ms ml mt gv mi mr mh mo mn na nv ng ne nd se no nb nn ny oc oj or om os pi pa fa
      pl pt ps qu rm ro rn ru sm sg sa sc gd sr sn ii sd si sk sl so nr st es su sw ss sv tl ty tg ta tt te th bo ti to
      ts tn tr tk tw ug uk ur uz ve vi vo wa cy wo xh ji yo za zu')"/>
  <xsl:variable name="ow:legacy-languages" as="map(xs:string, xs:string)" select="map { 'he': 'iw', 'id': 'in', 'yi': 'ji' }"/>

  <!-- The model's identifier schemes (lower case) as ORCID external-id-type; schemes ORCID has no type for
       (cstr, ean13, igsn, istc, lsid, raid, swhid, upc, …) are left out. -->
  <xsl:variable name="ow:id-types" as="map(xs:string, xs:string)" select="map {
      'doi': 'doi', 'handle': 'handle', 'arxiv': 'arxiv', 'isbn': 'isbn', 'issn': 'issn', 'eissn': 'issn',
      'lissn': 'issn', 'pmid': 'pmid', 'pmcid': 'pmc', 'ark': 'ark', 'bibcode': 'bibcode', 'rrid': 'rrid',
      'urn': 'urn', 'url': 'uri', 'uri': 'uri', 'purl': 'uri', 'w3id': 'uri' }"/>

  <!-- Relations whose target is the same work in another version or form (ORCID groups them with it). -->
  <xsl:variable name="ow:version-relations" as="xs:string*" select="('isversionof', 'hasversion',
      'isnewversionof', 'ispreviousversionof', 'isidenticalto', 'isvariantformof', 'isoriginalformof')"/>
  <xsl:variable name="ow:part-relations" as="xs:string*" select="('ispartof', 'ispublishedin')"/>

  <!-- Contributor roles (DataCite contributor types) that ORCID's role lists can say: the original terms where
       one fits, else CRediT. Contact persons, hosting institutions, sponsors, producers, project members and the
       like have no ORCID role and are not listed as contributors. -->
  <xsl:variable name="ow:credit" select="'http://credit.niso.org/contributor-roles/'"/>
  <xsl:variable name="ow:roles" as="map(xs:string, xs:string)" select="map {
      'editor': 'editor',
      'translator': 'chair-or-translator',
      'datacurator': $ow:credit || 'data-curation/',
      'datamanager': $ow:credit || 'data-curation/',
      'datacollector': $ow:credit || 'investigation/',
      'researcher': $ow:credit || 'investigation/',
      'supervisor': $ow:credit || 'supervision/',
      'projectleader': $ow:credit || 'supervision/',
      'projectmanager': $ow:credit || 'project-administration/' }"/>

  <xsl:template match="r:record">
    <xsl:apply-templates select="." mode="ow:work"/>
  </xsl:template>

  <xsl:template match="r:record" mode="ow:work">
    <xsl:variable name="m" select="r:metadata"/>
    <xsl:variable name="type" select="(ix:resource-type(.)/@orcid/string(), 'other')[1]"/>
    <work:work>
      <xsl:call-template name="ow:title"/>
      <xsl:call-template name="ow:journal-title"/>
      <xsl:variable name="description" select="ix:plain-text(($m/r:description,
          $m/r:additionalDescriptions/r:description[r:type/@id = 'abstract']/r:description)[normalize-space()][1])"/>
      <xsl:if test="$description">
        <work:short-description>
          <xsl:value-of select="ow:clip($description, 5000)"/>
        </work:short-description>
      </xsl:if>
      <work:type>
        <xsl:value-of select="$type"/>
      </work:type>
      <xsl:call-template name="ow:publication-date"/>
      <xsl:call-template name="ow:external-ids"/>
      <common:url>
        <xsl:value-of select="ix:landing-page(.)"/>
      </common:url>
      <xsl:call-template name="ow:contributors">
        <xsl:with-param name="type" select="$type"/>
      </xsl:call-template>
      <xsl:variable name="language" select="(($m/r:languages/r:language/@id, $m/r:titleLang/@id) ! ow:language(.))[1]"/>
      <xsl:if test="$language">
        <common:language-code>
          <xsl:value-of select="$language"/>
        </common:language-code>
      </xsl:if>
    </work:work>
  </xsl:template>

  <xsl:template name="ow:title">
    <xsl:variable name="titles" select="r:metadata/r:additionalTitles/r:title[normalize-space(r:title)]"/>
    <work:title>
      <common:title>
        <xsl:value-of select="ow:clip(normalize-space((r:metadata/r:title[normalize-space()], $titles/r:title)[1]), 1000)"/>
      </common:title>
      <xsl:for-each select="$titles[r:type/@id = 'subtitle'][1]">
        <common:subtitle>
          <xsl:value-of select="ow:clip(normalize-space(r:title), 1000)"/>
        </common:subtitle>
      </xsl:for-each>
      <!-- ORCID takes one translated title, and only with a language it knows. -->
      <xsl:for-each select="$titles[r:type/@id = 'translated-title'][ow:language(r:lang/@id)][1]">
        <common:translated-title language-code="{ow:language(r:lang/@id)}">
          <xsl:value-of select="ow:clip(normalize-space(r:title), 1000)"/>
        </common:translated-title>
      </xsl:for-each>
    </work:title>
  </xsl:template>

  <!-- The title of what the work appeared in: journal, book (for a chapter), proceedings (for a paper). -->
  <xsl:template name="ow:journal-title">
    <xsl:variable name="container" select="r:metadata/r:relatedItems/r:relatedItem
        [r:relationType/@id = $ow:part-relations][r:titles/r:title/r:title[normalize-space()]][1]"/>
    <xsl:variable name="titles" select="$container/r:titles/r:title[normalize-space(r:title)]"/>
    <xsl:for-each select="($titles[not(r:type)], $titles)[1]">
      <work:journal-title>
        <xsl:value-of select="ow:clip(normalize-space(r:title), 1000)"/>
      </work:journal-title>
    </xsl:for-each>
  </xsl:template>

  <!-- ORCID years run from 1900 to 2100; dates outside that are left out rather than made up. -->
  <xsl:template name="ow:publication-date">
    <xsl:variable name="date" select="tokenize(ix:start-date(r:metadata/r:publicationDate), '-')"/>
    <xsl:if test="exists($date) and xs:integer($date[1]) ge 1900 and xs:integer($date[1]) le 2100">
      <common:publication-date>
        <common:year>
          <xsl:value-of select="$date[1]"/>
        </common:year>
        <xsl:if test="$date[2][xs:integer(.) ge 1 and xs:integer(.) le 12]">
          <common:month>
            <xsl:value-of select="$date[2]"/>
          </common:month>
          <xsl:if test="$date[3][xs:integer(.) ge 1 and xs:integer(.) le 31]">
            <common:day>
              <xsl:value-of select="$date[3]"/>
            </common:day>
          </xsl:if>
        </xsl:if>
      </common:publication-date>
    </xsl:if>
  </xsl:template>

  <!--
    self: the record's DOI and its other identifiers. part-of: the journal / book / proceedings it appeared in, or
    what it is part of. version-of: other versions and forms of the same work. funded-by: its grants. Relations
    such as cites, supplements or documents have no ORCID relationship and are left out.
  -->
  <xsl:template name="ow:external-ids">
    <xsl:variable name="m" select="r:metadata"/>
    <xsl:variable name="self" as="map(*)*" select="
        r:pids/r:doi/r:identifier ! ow:external-id('doi', ., 'self'),
        $m/r:identifiers/r:identifier ! ow:external-id(@scheme, ., 'self')"/>
    <!-- Collected as maps and written once, after de-duplication: building each as an element first would make a
         tree per identifier, only to copy it into the result. -->
    <xsl:variable name="ids" as="map(*)*">
      <xsl:sequence select="$self"/>
      <!-- ORCID wants an identifier on every work: the landing page when the record has no other. -->
      <xsl:if test="empty($self)">
        <xsl:sequence select="ow:external-id('url', ix:landing-page(.), 'self')"/>
      </xsl:if>
      <xsl:sequence select="
          $m/r:relatedItems/r:relatedItem[r:relationType/@id = $ow:part-relations]/r:identifier
            ! ow:external-id(@scheme, ., 'part-of'),
          $m/r:relatedIdentifiers/r:relatedIdentifier[r:relationType/@id = $ow:part-relations]
            ! ow:external-id(r:scheme, r:identifier, 'part-of'),
          $m/r:relatedIdentifiers/r:relatedIdentifier[r:relationType/@id = $ow:version-relations]
            ! ow:external-id(r:scheme, r:identifier, 'version-of')"/>
      <xsl:for-each select="$m/r:funding/r:award/r:award">
        <xsl:variable name="url" select="r:identifiers/r:identifier[@scheme = 'url'][normalize-space()][1]"/>
        <xsl:variable name="number" select="normalize-space(r:number)"/>
        <xsl:sequence select="
            if ($number) then map { 'type': 'grant_number', 'value': $number, 'url': $url ! normalize-space(.),
                                    'relationship': 'funded-by' }
            else $url ! ow:external-id('url', ., 'funded-by')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($ids)">
      <common:external-ids>
        <!-- One entry per identifier: an arXiv id that is both the record's own and "identical to" stays self. -->
        <xsl:for-each-group select="$ids" group-by="?type || ' ' || lower-case(?value)">
          <common:external-id>
            <common:external-id-type>
              <xsl:value-of select="?type"/>
            </common:external-id-type>
            <common:external-id-value>
              <xsl:value-of select="?value"/>
            </common:external-id-value>
            <xsl:if test="?url">
              <common:external-id-url>
                <xsl:value-of select="?url"/>
              </common:external-id-url>
            </xsl:if>
            <common:external-id-relationship>
              <xsl:value-of select="?relationship"/>
            </common:external-id-relationship>
          </common:external-id>
        </xsl:for-each-group>
      </common:external-ids>
    </xsl:if>
  </xsl:template>

  <!-- An external id as a map (type, value, url, relationship), if ORCID has a type for the scheme. -->
  <xsl:function name="ow:external-id" as="map(*)?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="identifier" as="xs:string?"/>
    <xsl:param name="relationship" as="xs:string"/>
    <xsl:variable name="s" select="lower-case(normalize-space($scheme))"/>
    <xsl:variable name="type" select="$ow:id-types($s)"/>
    <xsl:variable name="v" select="normalize-space($identifier)"/>
    <!-- every prefix the regex strips has a colon: a bare DOI (the usual case) needs no regex -->
    <xsl:variable name="value" select="
        if ($s eq 'doi' and contains($v, ':')) then replace($v, '^(https?://(dx\.)?doi\.org/|doi:)', '', 'i')
        else $v"/>
    <xsl:if test="exists($type) and $value">
      <xsl:variable name="url" select="ix:identifier-url($s, $value)"/>
      <xsl:if test="$type ne 'uri' or exists($url)">
        <xsl:sequence select="map { 'type': $type, 'value': $value, 'url': $url, 'relationship': $relationship }"/>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <!--
    Creators are the authors (the inventors of a patent) in their order; contributors follow when their role has
    an ORCID equivalent. contributor-sequence is first for the first creator and for the first of each other role
    (as Crossref has it), additional for the rest.
  -->
  <xsl:template name="ow:contributors">
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="creators" select="r:metadata/r:creators/r:creator"/>
    <!-- The contributors ORCID can list, each with its ORCID role. -->
    <xsl:variable name="contributors" as="map(*)*" select="
        r:metadata/r:contributors/r:contributor
          ! map { 'who': ., 'role': if ($type eq 'patent' and r:role/@id eq 'rightsholder') then 'assignee'
                                    else $ow:roles(string(r:role/@id)) }
          [exists(?role)]"/>
    <xsl:if test="exists(($creators, $contributors))">
      <work:contributors>
        <xsl:for-each select="$creators">
          <xsl:call-template name="ow:contributor">
            <xsl:with-param name="who" select="r:personOrOrg"/>
            <xsl:with-param name="role" select="
                if ($type ne 'patent') then 'author'
                else if (r:personOrOrg/r:type eq 'organizational') then ()
                else 'co-inventor'"/>
            <xsl:with-param name="first" select="position() eq 1"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:variable name="roles" as="xs:string*" select="$contributors ! ?role"/>
        <xsl:for-each select="$contributors">
          <xsl:variable name="p" select="position()"/>
          <xsl:call-template name="ow:contributor">
            <xsl:with-param name="who" select="?who/r:personOrOrg"/>
            <xsl:with-param name="role" select="?role"/>
            <xsl:with-param name="first" select="not($roles[position() lt $p] = ?role)"/>
          </xsl:call-template>
        </xsl:for-each>
      </work:contributors>
    </xsl:if>
  </xsl:template>

  <!-- $first: the first creator, or the first contributor with its role. -->
  <xsl:template name="ow:contributor">
    <xsl:param name="who" as="element(r:personOrOrg)?"/>
    <xsl:param name="role" as="xs:string?"/>
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:variable name="name" select="ow:credit-name($who)"/>
    <xsl:variable name="orcid" select="($who/r:identifiers/r:identifier[@scheme = 'orcid'] ! ow:orcid(.))[1]"/>
    <work:contributor>
      <xsl:if test="$orcid">
        <common:contributor-orcid>
          <common:uri>
            <xsl:value-of select="'https://orcid.org/' || $orcid"/>
          </common:uri>
          <common:path>
            <xsl:value-of select="$orcid"/>
          </common:path>
          <common:host>orcid.org</common:host>
        </common:contributor-orcid>
      </xsl:if>
      <xsl:if test="$name">
        <work:credit-name>
          <xsl:value-of select="$name"/>
        </work:credit-name>
      </xsl:if>
      <work:contributor-attributes>
        <work:contributor-sequence>
          <xsl:value-of select="if ($first) then 'first' else 'additional'"/>
        </work:contributor-sequence>
        <!-- an organisation among a patent's creators is no inventor: it keeps its place, without a role -->
        <xsl:if test="exists($role)">
          <work:contributor-role>
            <xsl:value-of select="$role"/>
          </work:contributor-role>
        </xsl:if>
      </work:contributor-attributes>
    </work:contributor>
  </xsl:template>

  <!-- The name as it is credited: "Given Family" for a person with both parts (family name first, unspaced, in
       Chinese, Japanese and Korean script), else the name as given. -->
  <xsl:function name="ow:credit-name" as="xs:string?">
    <xsl:param name="who" as="element(r:personOrOrg)?"/>
    <xsl:variable name="given" select="normalize-space($who/r:givenName)"/>
    <xsl:variable name="family" select="normalize-space($who/r:familyName)"/>
    <xsl:variable name="name" select="
        if (not($given and $family)) then normalize-space($who/r:name)
        else if (matches($family || $given, '^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}]+$'))
          then $family || $given
        else $given || ' ' || $family"/>
    <xsl:sequence select="ow:clip($name, 150)[.]"/>
  </xsl:function>

  <!-- The bare ORCID iD (0000-0002-1825-0097) of an identifier written bare or as a URL. -->
  <xsl:function name="ow:orcid" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="id" select="replace(normalize-space($value), '^(https?://)?(www\.)?orcid\.org/', '', 'i')"/>
    <xsl:sequence select="$id[matches(., '^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$')]"/>
  </xsl:function>

  <!-- ORCID's code for a model language (ISO 639-3, or a BCP 47 tag such as de-AT), if ORCID knows the language;
       Chinese needs its region or script to tell simplified from traditional. -->
  <xsl:function name="ow:language" as="xs:string?">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:variable name="tag" select="$code[normalize-space()] ! lower-case(ix:language-tag(normalize-space(.)))"/>
    <xsl:variable name="primary" select="tokenize($tag, '[-_]')[1]"/>
    <xsl:variable name="orcid" select="
        if ($primary eq 'zh') then
          (if (matches($tag, '[-_](cn|sg|hans)([-_]|$)')) then 'zh_CN'
           else if (matches($tag, '[-_](tw|hk|mo|hant)([-_]|$)')) then 'zh_TW' else ())
        else ($primary ! $ow:legacy-languages(.), $primary)[1]"/>
    <xsl:sequence select="$orcid[. = $ow:languages]"/>
  </xsl:function>

  <!-- Text cut to at most $max characters, at a word boundary where there is one nearby, ending in "…". -->
  <xsl:function name="ow:clip" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="cut" select="substring($text, 1, $max - 1)"/>
    <xsl:variable name="word" select="replace($cut, '\s+\S*$', '')"/>
    <xsl:sequence select="
        if (string-length($text) le $max) then string($text)
        else (if (string-length($word) gt $max idiv 2) then $word else $cut) || '…'"/>
  </xsl:function>

</xsl:stylesheet>
