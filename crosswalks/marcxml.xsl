<?xml version="1.0" encoding="UTF-8"?>
<!--
  MARC 21 bibliographic record in MARCXML (MARC21slim) for one record.

  Fields are built first as a flat list and then sorted by tag, so each mapping can be written where it
  belongs in the model; the leader is computed last from the finished fields (record length and base
  address as an ISO 2709 export of the same record would have them, counted in UTF-8 bytes).
  No ISBD punctuation is added (leader/18 blank). Text is taken from the model as it is.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:mx="https://interop-server.org/ns/crosswalk/marcxml"
    xmlns="http://www.loc.gov/MARC21/slim"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- MARC relator code and term for each contributor role (DataCite contributorType); 'oth' where the MARC
       list has no equivalent, with the role itself as the term. Creators are authors ('aut'). -->
  <xsl:variable name="mx:relators" as="map(xs:string, xs:string+)" select="map {
      'contactperson': ('oth', 'contact person'),
      'datacollector': ('dtc', 'data contributor'),
      'datacurator': ('cur', 'curator'),
      'datamanager': ('dtm', 'data manager'),
      'distributor': ('dst', 'distributor'),
      'editor': ('edt', 'editor'),
      'hostinginstitution': ('rps', 'repository'),
      'other': ('ctb', 'contributor'),
      'producer': ('pro', 'producer'),
      'projectleader': ('pdr', 'project director'),
      'projectmanager': ('pdr', 'project director'),
      'projectmember': ('rtm', 'research team member'),
      'registrationagency': ('oth', 'registration agency'),
      'registrationauthority': ('oth', 'registration authority'),
      'relatedperson': ('asn', 'associated name'),
      'researchgroup': ('res', 'researcher'),
      'researcher': ('res', 'researcher'),
      'rightsholder': ('cph', 'copyright holder'),
      'sponsor': ('spn', 'sponsor'),
      'supervisor': ('oth', 'supervisor'),
      'translator': ('trl', 'translator'),
      'workpackageleader': ('rth', 'research team head') }"/>

  <!-- Subject schemes with a code in MARC's Subject Heading and Term Source Codes (650 _7 $2); LCSH and MeSH
       have their own second indicator. Other schemes have no MARC code and go to 650 _4. -->
  <xsl:variable name="mx:subject-sources" as="map(xs:string, xs:string)" select="map {
      'wikidata': 'wikidata', 'fast': 'fast', 'gnd': 'gnd', 'aat': 'aat', 'agrovoc': 'agrovoc',
      'stw': 'stw', 'lcsh': '#0', 'mesh': '#2' }"/>

  <!-- RDA content types (336) for resource types whose content is certain; others get no 336. -->
  <xsl:variable name="mx:content-types" as="map(xs:string, xs:string+)" select="map {
      'dataset': ('computer dataset', 'cod'),
      'software': ('computer program', 'cop'),
      'software-computationalnotebook': ('computer program', 'cop'),
      'workflow': ('computer program', 'cop'),
      'image': ('still image', 'sti'), 'image-figure': ('still image', 'sti'),
      'image-photo': ('still image', 'sti'), 'image-diagram': ('still image', 'sti'),
      'image-drawing': ('still image', 'sti'), 'image-plot': ('still image', 'sti'),
      'poster': ('still image', 'sti'),
      'image-map': ('cartographic image', 'cri'),
      'video': ('two-dimensional moving image', 'tdi'),
      'physicalobject': ('three-dimensional form', 'tdf'),
      'instrument': ('three-dimensional form', 'tdf'),
      'presentation': ('text', 'txt'), 'studyregistration': ('text', 'txt') }"/>

  <!-- Resource types that describe something that is not a digital resource. -->
  <xsl:variable name="mx:physical-types" select="('physicalobject', 'instrument')"/>
  <xsl:variable name="mx:non-resource-types" select="('event', 'project', 'award')"/>

  <!-- Initial articles skipped in filing (245 second indicator), by ISO 639-1 language of the title. -->
  <xsl:variable name="mx:articles" as="map(xs:string, xs:string*)" select="map {
      'en': ('The ', 'An ', 'A '),
      'de': ('Der ', 'Die ', 'Das ', 'Ein ', 'Eine '),
      'fr': ('Les ', 'Le ', 'La ', 'L''', 'Une ', 'Un '),
      'es': ('Los ', 'Las ', 'El ', 'La ', 'Una ', 'Un '),
      'it': ('Gli ', 'Il ', 'Lo ', 'La ', 'Le ', 'I ', 'L''', 'Una ', 'Uno ', 'Un '),
      'nl': ('Het ', 'De ', 'Een ') }"/>

  <xsl:template match="/">
    <xsl:apply-templates select="r:record"/>
  </xsl:template>

  <xsl:template match="r:record">
    <!-- Fields are arrays, not elements, until they are written: building each subfield and field as a
         node (a tree of its own, copied again into its parent) is slow. A control field is [tag, data]; a
         data field is [tag, ind1, ind2, subfields], each subfield being its one-character code followed by
         its value (see mx:sf). -->
    <xsl:variable name="type" select="mx:type-code(.)"/>
    <xsl:variable name="fields" as="array(*)*">
      <xsl:call-template name="mx:control-fields">
        <xsl:with-param name="type" select="$type"/>
      </xsl:call-template>
      <xsl:call-template name="mx:identifiers"/>
      <xsl:call-template name="mx:languages"/>
      <xsl:call-template name="mx:classification"/>
      <xsl:call-template name="mx:agents"/>
      <xsl:call-template name="mx:titles"/>
      <xsl:call-template name="mx:edition-publication"/>
      <xsl:call-template name="mx:physical"/>
      <xsl:call-template name="mx:notes"/>
      <xsl:call-template name="mx:dates"/>
      <xsl:call-template name="mx:access-rights"/>
      <xsl:call-template name="mx:funding"/>
      <xsl:call-template name="mx:geo"/>
      <xsl:call-template name="mx:subjects"/>
      <xsl:call-template name="mx:links"/>
      <xsl:call-template name="mx:locations"/>
    </xsl:variable>
    <!-- Stable sort: fields with the same tag keep the model's order. -->
    <xsl:variable name="sorted" as="array(*)*">
      <xsl:perform-sort select="$fields">
        <xsl:sort select="?1"/>
      </xsl:perform-sort>
    </xsl:variable>
    <record type="Bibliographic"
        xsi:schemaLocation="http://www.loc.gov/MARC21/slim http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd">
      <leader>
        <xsl:value-of select="mx:leader(., $type, $sorted)"/>
      </leader>
      <xsl:for-each select="$sorted">
        <xsl:choose>
          <xsl:when test="array:size(.) eq 4">
            <datafield tag="{?1}" ind1="{?2}" ind2="{?3}">
              <xsl:for-each select="?4">
                <subfield code="{substring(., 1, 1)}">
                  <xsl:value-of select="substring(., 2)"/>
                </subfield>
              </xsl:for-each>
            </datafield>
          </xsl:when>
          <xsl:otherwise>
            <controlfield tag="{?1}">
              <xsl:value-of select="?2"/>
            </controlfield>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </record>
  </xsl:template>

  <!-- ===================================================================================== leader, 00X -->

  <xsl:function name="mx:leader" as="xs:string">
    <xsl:param name="rec" as="element(r:record)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="fields" as="array(*)*"/>
    <xsl:variable name="base" select="24 + 12 * count($fields) + 1"/>
    <!-- Length in an ISO 2709 record: a control field is its data and a terminator; a data field is two
         indicators, each subfield's delimiter, code and data, and a terminator. -->
    <xsl:variable name="controlfields" select="$fields[array:size(.) eq 2]"/>
    <xsl:variable name="subfields" select="$fields[array:size(.) eq 4]?4"/>
    <xsl:variable name="data" select="
        count($controlfields) + 3 * (count($fields) - count($controlfields)) + 2 * count($subfields)
        + mx:utf8-length(string-join(($controlfields?2, $subfields ! substring(., 2))))"/>
    <xsl:variable name="length" select="$base + $data + 1"/>
    <xsl:variable name="status" select="
        if ($rec/r:tombstone) then 'd'
        else if (($rec/r:revisionId, 1)[1] castable as xs:integer and xs:integer(($rec/r:revisionId, 1)[1]) gt 1) then 'c'
        else 'n'"/>
    <!-- 17 '3': abbreviated level (not catalogued to minimal-level rules); 18 blank: no ISBD punctuation. -->
    <xsl:sequence select="
        (if ($length le 99999) then format-number($length, '00000') else '00000')
        || $status || $type || ' a22'
        || format-number($base, '00000') || '3  4500'"/>
  </xsl:function>

  <!-- UTF-8 bytes: one per character, plus the extra bytes of the (usually few) characters beyond ASCII;
       translate() drops the ASCII ones far faster than a loop over every character or a regex would. -->
  <xsl:function name="mx:utf8-length" as="xs:integer">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="string-length($s) + sum((0,
        for $c in string-to-codepoints(translate($s, $mx:ascii, ''))
        return if ($c lt 128) then 0 else if ($c lt 2048) then 1 else if ($c lt 65536) then 2 else 3))"/>
  </xsl:function>

  <!-- The ASCII characters XML allows. -->
  <xsl:variable name="mx:ascii" as="xs:string" select="codepoints-to-string((9, 10, 13, 32 to 127))"/>

  <!-- Leader/06-07 from the resource-types table. -->
  <xsl:function name="mx:type-code" as="xs:string">
    <xsl:param name="rec" as="element(r:record)"/>
    <xsl:variable name="code" select="(ix:vocab('resource-types', $rec/r:metadata/r:resourceType/@id)/@marc,
                                       ix:vocab('resource-types', 'other')/@marc)[1]"/>
    <xsl:sequence select="if (matches($code, '^[a-z]{2}$')) then string($code) else 'pm'"/>
  </xsl:function>

  <xsl:function name="mx:rtype" as="xs:string">
    <xsl:param name="rec" as="element(r:record)"/>
    <xsl:sequence select="string($rec/r:metadata/r:resourceType/@id)"/>
  </xsl:function>

  <xsl:function name="mx:has-files" as="xs:boolean">
    <xsl:param name="rec" as="element(r:record)"/>
    <xsl:sequence select="exists($rec/r:files/r:entries/r:entry)"/>
  </xsl:function>

  <xsl:template name="mx:control-fields">
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="rec" select="."/>
    <xsl:sequence select="['001', string-join(r:id, ' ')]"/>
    <xsl:if test="r:updated castable as xs:dateTime">
      <xsl:sequence select="['005', mx:timestamp(mx:utc(r:updated))]"/>
    </xsl:if>
    <!-- Files make it a remote electronic resource; the other characteristics are not known. -->
    <xsl:if test="mx:has-files($rec) and not(mx:rtype($rec) = ($mx:physical-types, $mx:non-resource-types))">
      <xsl:sequence select="['007', 'cr |||||||||||']"/>
    </xsl:if>
    <xsl:sequence select="['008', mx:fixed-data($rec, $type)]"/>
  </xsl:template>

  <xsl:function name="mx:utc" as="xs:dateTime">
    <xsl:param name="dt" as="xs:string"/>
    <xsl:sequence select="adjust-dateTime-to-timezone(xs:dateTime($dt), xs:dayTimeDuration('PT0S'))"/>
  </xsl:function>

  <!-- format-date() and format-dateTime() are slow (the picture is parsed on every call), and when the year
       has four digits the canonical string of the value already has the digits in order. -->
  <xsl:function name="mx:yyyymmdd" as="xs:string">
    <xsl:param name="d" as="xs:anyAtomicType"/>
    <xsl:variable name="s" select="string($d)"/>
    <xsl:sequence select="
        if (substring($s, 5, 1) eq '-' and not(starts-with($s, '-'))) then translate(substring($s, 1, 10), '-', '')
        else if ($d instance of xs:date) then format-date($d, '[Y0001][M01][D01]')
        else format-dateTime($d, '[Y0001][M01][D01]')"/>
  </xsl:function>

  <!-- 005: yyyymmddhhmmss.f (see mx:yyyymmdd); the canonical string of a UTC time ends in Z or a fraction. -->
  <xsl:function name="mx:timestamp" as="xs:string">
    <xsl:param name="d" as="xs:dateTime"/>
    <xsl:variable name="s" select="string($d)"/>
    <xsl:sequence select="
        if (substring($s, 5, 1) eq '-' and not(starts-with($s, '-')))
        then translate(substring($s, 1, 19), '-T:', '') || '.' || (if (substring($s, 20, 1) eq '.') then substring($s, 21, 1) else '0')
        else format-dateTime($d, '[Y0001][M01][D01][H01][m01][s01].[f1,1-1]')"/>
  </xsl:function>

  <!-- 008/07-14: the year a (whitespace-normalised) EDTF date starts with, or uuuu. Most dates begin with
       four ASCII digits, which is that year without ix:year's regex. -->
  <xsl:function name="mx:year-or-u" as="xs:string">
    <xsl:param name="edtf" as="xs:string?"/>
    <xsl:sequence select="
        if (string-length($edtf) ge 4 and translate(substring($edtf, 1, 4), '0123456789', '') eq '') then substring($edtf, 1, 4)
        else (ix:year($edtf)[matches(., '^\d{4}$')], 'uuuu')[1]"/>
  </xsl:function>

  <!-- 008: 40 positions; material-specific 18-34 by leader/06-07. -->
  <xsl:function name="mx:fixed-data" as="xs:string">
    <xsl:param name="rec" as="element(r:record)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="md" select="$rec/r:metadata"/>
    <xsl:variable name="rt" select="mx:rtype($rec)"/>
    <xsl:variable name="entered" select="
        let $d := ($rec/r:created, $rec/r:updated)[. castable as xs:dateTime][1]
        return if ($d) then substring(mx:yyyymmdd(mx:utc($d)), 3) else '      '"/>
    <xsl:variable name="pub" select="tokenize(normalize-space($md/r:publicationDate), '/')"/>
    <xsl:variable name="y1" select="mx:year-or-u($pub[1])"/>
    <xsl:variable name="y2" select="mx:year-or-u($pub[2])"/>
    <xsl:variable name="dates" select="
        if (empty($pub)) then 'nuuuuuuuu'
        else if (substring($type, 2) = ('s', 'i')) then 'u' || $y1 || 'uuuu'
        else if (count($pub) gt 1) then 'm' || $y1 || $y2
        else 's' || $y1 || '    '"/>
    <xsl:variable name="form" select="
        if ($rt = $mx:physical-types) then ' '
        else if (mx:has-files($rec) and not($rt = $mx:non-resource-types)) then 'o'
        else '|'"/>
    <xsl:variable name="t6" select="substring($type, 1, 1)"/>
    <xsl:variable name="specific" select="
        if ($t6 = ('a', 't') and substring($type, 2) = ('s', 'i')) then
          '||' || ' ' || (if ($rt eq 'publication-journal') then 'p' else '|') || '|' || $form || '|' || '|||' || '||' || '   ' || '||'
        else if ($t6 = ('a', 't')) then
          '||||' || '|' || $form || mx:nature-of-contents($rt) || '|'
          || (if ($rt = ('publication-conferencepaper', 'publication-conferenceproceeding')) then '1' else '|')
          || '||' || ' ' || '||'
        else if ($t6 eq 'm') then
          '    ' || '|' || $form || '  '
          || (if ($rt = ('software', 'software-computationalnotebook', 'workflow')) then 'b'
              else if ($rt eq 'interactiveresource') then 'i'
              else if ($rt eq 'service') then 'j'
              else '|')
          || ' ' || '|' || '      '
        else if ($t6 = ('e', 'f')) then
          '||||' || '||' || ' ' || '|' || '  ' || '|' || $form || ' ' || '|' || ' ' || '||'
        else if ($t6 = ('c', 'd', 'i', 'j')) then
          '||' || '|' || '|' || '|' || $form || '||||||' || '||' || ' ' || '|' || ' '
        else if ($t6 = ('g', 'k', 'o', 'r')) then
          '|||' || ' ' || '|' || '     ' || '|' || $form || '   '
          || (if ($rt eq 'video') then 'v' else if ($rt = $mx:physical-types) then 'r' else '|')
          || (if ($t6 eq 'g') then '|' else 'n')
        else
          '     ' || $form || '           '"/>
    <xsl:variable name="lang" select="
        (ix:language($md/r:languages/r:language[1]/@id)/@marc/string(), '|||')[1]"/>
    <xsl:variable name="value" select="$entered || $dates || 'xx ' || $specific || $lang || ' d'"/>
    <xsl:if test="string-length($value) ne 40">
      <xsl:message terminate="yes">008 of <xsl:value-of select="$rec/r:id"/> has <xsl:value-of select="string-length($value)"/> characters</xsl:message>
    </xsl:if>
    <xsl:sequence select="$value"/>
  </xsl:function>

  <!-- 008/24-27 (books): nature of contents, where the resource type says it. -->
  <xsl:variable name="mx:nature-of-contents" as="map(xs:string, xs:string)" select="map {
      'publication-thesis': 'm', 'publication-dissertation': 'm', 'publication-patent': 'j',
      'publication-standard': 'u', 'publication-report': 't', 'publication-technicalnote': 't',
      'publication-deliverable': 't', 'publication-peerreview': 'o' }"/>

  <xsl:function name="mx:nature-of-contents" as="xs:string">
    <xsl:param name="rt" as="xs:string"/>
    <xsl:variable name="code" select="$mx:nature-of-contents($rt)"/>
    <xsl:sequence select="if ($code) then $code || '   ' else '||||'"/>
  </xsl:function>

  <!-- ============================================================================ helpers for fields -->

  <!-- A subfield: its one-character code followed by its value, or nothing when the value is blank. -->
  <xsl:function name="mx:sf" as="xs:string?">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="if ($v) then $code || $v else ()"/>
  </xsl:function>

  <!-- A data field, or nothing when it would have no subfields. -->
  <xsl:function name="mx:df" as="array(*)?">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:param name="ind1" as="xs:string"/>
    <xsl:param name="ind2" as="xs:string"/>
    <xsl:param name="subfields" as="xs:string*"/>
    <xsl:sequence select="if (exists($subfields))
        then [$tag, $ind1, $ind2, $subfields] else ()"/>
  </xsl:function>

  <!-- "IsSupplementTo" → "Is supplement to". -->
  <xsl:function name="mx:words" as="xs:string?">
    <xsl:param name="term" as="xs:string?"/>
    <xsl:variable name="spaced" select="replace($term, '([a-z])([A-Z])', '$1 $2')"/>
    <xsl:sequence select="if ($term) then substring($spaced, 1, 1) || lower-case(substring($spaced, 2)) else ()"/>
  </xsl:function>

  <!-- mx:words of DataCite's spelling of a relation or date type. Its regex is slow, so the answers for the
       table's terms are computed once per transformer; anything else takes the long way. -->
  <xsl:variable name="mx:term-words" as="map(xs:string, xs:string?)" select="map:merge(
      $vocabularies/vocabularies/table[@name eq 'datacite-terms']/row[@vocabulary = ('relation-type', 'date-type')]
      ! map:entry(@vocabulary || ':' || @id, mx:words(ix:datacite-term(@vocabulary, @id))))"/>

  <xsl:function name="mx:term-words" as="xs:string?">
    <xsl:param name="vocabulary" as="xs:string"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="key" select="$vocabulary || ':' || $id"/>
    <xsl:sequence select="if (map:contains($mx:term-words, $key)) then $mx:term-words($key)
                          else mx:words(ix:datacite-term($vocabulary, $id))"/>
  </xsl:function>

  <!-- "label: date (description)" for notes. -->
  <xsl:function name="mx:date-text" as="xs:string">
    <xsl:param name="date" as="element(r:date)"/>
    <xsl:variable name="type" select="$date/r:type/@id"/>
    <xsl:variable name="label" select="mx:term-words('date-type', $type)"/>
    <xsl:variable name="desc" select="normalize-space($date/r:description)"/>
    <xsl:sequence select="
        if ($type eq 'other' and $desc) then $desc || ': ' || normalize-space($date/r:date)
        else ($label, 'Date')[1] || ': ' || normalize-space($date/r:date) || (if ($desc) then ' (' || $desc || ')' else '')"/>
  </xsl:function>

  <!-- ======================================================================== 020-024 identifiers -->

  <xsl:template name="mx:identifiers">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:variable name="doi" select="normalize-space(r:pids/r:doi/r:identifier)"/>
    <xsl:if test="$doi">
      <xsl:sequence select="mx:df('024', '7', ' ', (mx:sf('a', $doi), mx:sf('2', 'doi')))"/>
    </xsl:if>
    <xsl:for-each select="$md/r:identifiers/r:identifier[normalize-space()]">
      <xsl:variable name="scheme" select="lower-case(@scheme)"/>
      <xsl:variable name="v" select="normalize-space(.)"/>
      <xsl:choose>
        <xsl:when test="$scheme eq 'doi' and lower-case($v) eq lower-case($doi)"/>
        <xsl:when test="$scheme eq 'isbn'">
          <xsl:sequence select="mx:df('020', ' ', ' ', mx:sf('a', $v))"/>
        </xsl:when>
        <xsl:when test="$scheme = ('issn', 'eissn', 'pissn')">
          <xsl:sequence select="mx:df('022', ' ', ' ', mx:sf('a', $v))"/>
        </xsl:when>
        <xsl:when test="$scheme = ('doi', 'urn')">
          <xsl:sequence select="mx:df('024', '7', ' ', (mx:sf('a', $v), mx:sf('2', $scheme)))"/>
        </xsl:when>
        <xsl:when test="$scheme eq 'handle'">
          <xsl:sequence select="mx:df('024', '7', ' ', (mx:sf('a', $v), mx:sf('2', 'hdl')))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="url" select="ix:identifier-url($scheme, $v)"/>
          <!-- Schemes without a MARC source code: as a URI, else (no URL form either) unspecified. -->
          <xsl:sequence select="if (exists($url)) then mx:df('024', '7', ' ', (mx:sf('a', $url), mx:sf('2', 'uri')))
                                else mx:df('024', '8', ' ', mx:sf('a', $v))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- ==================================================================================== 041 -->

  <xsl:template name="mx:languages">
    <xsl:variable name="langs" select="r:metadata/r:languages/r:language/@id[normalize-space()]"/>
    <xsl:variable name="marc" select="$langs ! ix:language(.)/@marc/string()"/>
    <xsl:sequence select="mx:df('041', ' ', ' ', distinct-values($marc) ! mx:sf('a', .))"/>
    <!-- ISO 639-3 codes with no MARC code in the table. -->
    <xsl:variable name="other" select="distinct-values($langs[empty(ix:language(.))])"/>
    <xsl:if test="exists($other)">
      <xsl:sequence select="mx:df('041', ' ', '7', ($other ! mx:sf('a', .), mx:sf('2', 'iso639-3')))"/>
    </xsl:if>
  </xsl:template>

  <!-- ==================================================================================== 082 -->

  <xsl:template name="mx:classification">
    <!-- DDC numbers; the edition is not known, so no $2. -->
    <xsl:for-each select="r:metadata/r:subjects/r:subject[lower-case(r:scheme) = ('ddc', 'dewey')][normalize-space(r:classificationCode)]">
      <xsl:sequence select="mx:df('082', '0', '4', mx:sf('a', r:classificationCode))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ==================================================================== 100/110, 700/710 names -->

  <xsl:template name="mx:agents">
    <xsl:variable name="rt" select="mx:rtype(.)"/>
    <xsl:variable name="entries" select="r:metadata/r:creators/r:creator[normalize-space(r:personOrOrg/r:name)
                                           or normalize-space(r:personOrOrg/r:familyName)],
                                         r:metadata/r:contributors/r:contributor[normalize-space(r:personOrOrg/r:name)
                                           or normalize-space(r:personOrOrg/r:familyName)]"/>
    <!-- One heading per person or organisation, with all its roles: someone who is both creator and
         contributor gets one field with several relators. -->
    <xsl:for-each-group select="$entries" group-by="mx:agent-key(.)">
      <xsl:variable name="first" select="current-group()[1]"/>
      <xsl:variable name="p" select="$first/r:personOrOrg"/>
      <xsl:variable name="org" select="$p/r:type eq 'organizational'"/>
      <xsl:variable name="main" select="position() eq 1 and $first/self::r:creator"/>
      <xsl:variable name="tag" select="(if ($main) then '1' else '7') || (if ($org) then '10' else '00')"/>
      <xsl:variable name="relators" as="xs:string*" select="current-group() ! (
          if (self::r:creator) then ('aut', 'author')
          else if (r:role/@id eq 'supervisor' and $rt = ('publication-thesis', 'publication-dissertation'))
            then ('dgs', 'degree supervisor')
          else ($mx:relators(string(r:role/@id)), 'ctb', 'contributor')[position() le 2])"/>
      <xsl:variable name="codes" select="distinct-values($relators[position() mod 2 eq 1])"/>
      <xsl:variable name="terms" select="distinct-values($relators[position() mod 2 eq 0])"/>
      <xsl:variable name="name" select="
          if ($org) then normalize-space($p/r:name)
          else if (normalize-space($p/r:familyName)) then
            string-join((normalize-space($p/r:familyName), normalize-space($p/r:givenName)[.]), ', ')
          else normalize-space($p/r:name)"/>
      <xsl:variable name="ind1" select="
          if ($org) then '2'
          else if (normalize-space($p/r:familyName) or contains($name, ',')) then '1'
          else '0'"/>
      <xsl:variable name="affiliations" select="distinct-values(current-group()/r:affiliations/r:affiliation/r:name[normalize-space()] ! normalize-space())"/>
      <xsl:variable name="ids" select="distinct-values(current-group()/r:personOrOrg/r:identifiers/r:identifier
          [lower-case(@scheme) = ('orcid', 'isni', 'ror')] ! ix:identifier-url(@scheme, .))"/>
      <xsl:sequence select="mx:df($tag, $ind1, ' ', (
          mx:sf('a', $name),
          $terms ! mx:sf('e', .),
          mx:sf('u', string-join($affiliations, '; ')),
          $ids ! mx:sf('1', .),
          $codes ! mx:sf('4', .)))"/>
    </xsl:for-each-group>
  </xsl:template>

  <!-- The same person or organisation: by ORCID/ROR/ISNI when there is one, else by type and name. -->
  <xsl:function name="mx:agent-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="p" select="$entry/r:personOrOrg"/>
    <xsl:variable name="id" select="($p/r:identifiers/r:identifier[lower-case(@scheme) = ('orcid', 'ror', 'isni')])[1]"/>
    <xsl:sequence select="
        if ($id) then lower-case($id/@scheme) || ':' || lower-case(normalize-space($id))
        else 'name:' || $p/r:type || ':' || lower-case(normalize-space(($p/r:name,
             string-join(($p/r:familyName, $p/r:givenName), ', '))[normalize-space()][1]))"/>
  </xsl:function>

  <!-- =============================================================================== 245, 246 -->

  <xsl:template name="mx:titles">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:variable name="title" select="normalize-space($md/r:title)"/>
    <xsl:variable name="lang" select="
        ($md/r:titleLang/@id[normalize-space()] ! lower-case(.),
         ix:language($md/r:languages/r:language[1]/@id)/@iso639_1/string())[1]"/>
    <xsl:variable name="has-main-entry" select="exists($md/r:creators/r:creator[normalize-space(r:personOrOrg/r:name)
                                                  or normalize-space(r:personOrOrg/r:familyName)])"/>
    <xsl:variable name="subtitles" select="$md/r:additionalTitles/r:title[r:type/@id eq 'subtitle'][normalize-space(r:title)]"/>
    <xsl:if test="$title">
      <xsl:sequence select="mx:df('245', if ($has-main-entry) then '1' else '0', string(mx:nonfiling($title, $lang)), (
          mx:sf('a', $title),
          mx:sf('b', string-join($subtitles/r:title ! normalize-space(), ' : '))))"/>
    </xsl:if>
    <!-- 246 3_: varying form with added entry; second indicator 1 for parallel (translated) titles. -->
    <xsl:for-each select="$md/r:additionalTitles/r:title[not(r:type/@id eq 'subtitle')][normalize-space(r:title)]">
      <xsl:sequence select="mx:df('246', '3', if (r:type/@id eq 'translated-title') then '1' else ' ', mx:sf('a', r:title))"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="mx:nonfiling" as="xs:integer">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="articles" select="if ($lang) then $mx:articles($lang) else ()"/>
    <xsl:variable name="hit" select="$articles[starts-with($title, .) and string-length($title) gt string-length(.)][1]"/>
    <xsl:sequence select="min((string-length($hit), 9))"/>
  </xsl:function>

  <!-- ========================================================================== 250, 264 -->

  <xsl:template name="mx:edition-publication">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:sequence select="mx:df('250', ' ', ' ', mx:sf('a', $md/r:version))"/>
    <xsl:sequence select="mx:df('264', ' ', '1', (mx:sf('b', $md/r:publisher/r:name), mx:sf('c', $md/r:publicationDate)))"/>
    <xsl:for-each select="$md/r:dates/r:date[r:type/@id eq 'copyrighted'][ix:year(r:date)]">
      <xsl:sequence select="mx:df('264', ' ', '4', mx:sf('c', '©' || ix:year(r:date)))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ===================================================================== 300, 336-338, 347 -->

  <xsl:template name="mx:physical">
    <xsl:variable name="rt" select="mx:rtype(.)"/>
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:for-each select="$md/r:sizes/r:size[normalize-space()]">
      <xsl:sequence select="mx:df('300', ' ', ' ', mx:sf('a', .))"/>
    </xsl:for-each>
    <xsl:variable name="content" select="
        if (starts-with($rt, 'publication')) then ('text', 'txt') else $mx:content-types($rt)"/>
    <xsl:if test="exists($content)">
      <xsl:sequence select="mx:df('336', ' ', ' ', (mx:sf('a', $content[1]), mx:sf('b', $content[2]), mx:sf('2', 'rdacontent')))"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$rt = $mx:physical-types">
        <xsl:sequence select="mx:df('337', ' ', ' ', (mx:sf('a', 'unmediated'), mx:sf('b', 'n'), mx:sf('2', 'rdamedia')))"/>
        <xsl:sequence select="mx:df('338', ' ', ' ', (mx:sf('a', 'object'), mx:sf('b', 'nr'), mx:sf('2', 'rdacarrier')))"/>
      </xsl:when>
      <!-- Without files the carrier is not known (a metadata-only book may be in print). -->
      <xsl:when test="mx:has-files(.) and not($rt = $mx:non-resource-types)">
        <xsl:sequence select="mx:df('337', ' ', ' ', (mx:sf('a', 'computer'), mx:sf('b', 'c'), mx:sf('2', 'rdamedia')))"/>
        <xsl:sequence select="mx:df('338', ' ', ' ', (mx:sf('a', 'online resource'), mx:sf('b', 'cr'), mx:sf('2', 'rdacarrier')))"/>
      </xsl:when>
    </xsl:choose>
    <xsl:sequence select="mx:df('347', ' ', ' ', distinct-values($md/r:formats/r:format[normalize-space()] ! normalize-space()) ! mx:sf('b', .))"/>
  </xsl:template>

  <!-- ===================================================================== 490, 5XX descriptions -->

  <xsl:template name="mx:notes">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:sequence select="mx:df('520', '3', ' ', mx:sf('a', ix:plain-text($md/r:description)))"/>
    <xsl:for-each select="$md/r:additionalDescriptions/r:description">
      <xsl:variable name="text" select="ix:plain-text(r:description)"/>
      <xsl:variable name="type" select="string(r:type/@id)"/>
      <xsl:choose>
        <xsl:when test="$type eq 'abstract'">
          <xsl:sequence select="mx:df('520', '3', ' ', mx:sf('a', $text))"/>
        </xsl:when>
        <xsl:when test="$type eq 'methods'">
          <xsl:sequence select="mx:df('567', ' ', ' ', mx:sf('a', $text))"/>
        </xsl:when>
        <xsl:when test="$type eq 'series-information'">
          <xsl:sequence select="mx:df('490', '0', ' ', mx:sf('a', $text))"/>
        </xsl:when>
        <xsl:when test="$type eq 'table-of-contents'">
          <xsl:sequence select="mx:df('505', '0', ' ', mx:sf('a', $text))"/>
        </xsl:when>
        <xsl:when test="$type eq 'technical-info'">
          <xsl:sequence select="mx:df('538', ' ', ' ', mx:sf('a', $text))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="mx:df('500', ' ', ' ', mx:sf('a', $text))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:for-each select="$md/r:references/r:reference">
      <xsl:variable name="id" select="(ix:identifier-url(r:scheme, r:identifier), normalize-space(r:identifier))[1]"/>
      <xsl:sequence select="mx:df('504', ' ', ' ', mx:sf('a', (normalize-space(r:reference)[.], $id)[1]))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ======================================================================== 045, 046, 500, 518 -->

  <!-- 046 subfields of the start and end of each date type. -->
  <xsl:variable name="mx:date-codes" as="map(xs:string, xs:string+)"
      select="map { 'created': ('k', 'l'), 'valid': ('m', 'n'), 'updated': ('j', 'j') }"/>

  <xsl:template name="mx:dates">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:for-each select="$md/r:dates/r:date[normalize-space(r:date)]">
      <xsl:variable name="type" select="string(r:type/@id)"/>
      <xsl:variable name="value" select="normalize-space(r:date)"/>
      <xsl:variable name="parts" select="tokenize($value, '/')"/>
      <xsl:choose>
        <xsl:when test="$type eq 'copyrighted'"/>
        <xsl:when test="$type eq 'issued' and $value eq normalize-space($md/r:publicationDate)"/>
        <xsl:when test="$type eq 'collected'">
          <xsl:sequence select="mx:df('518', ' ', ' ', (
              mx:sf('o', string-join((mx:term-words('date-type', $type), normalize-space(r:description)[.]), ': ')),
              mx:sf('d', $value)))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="$type = ('created', 'valid', 'updated')">
            <xsl:variable name="codes" select="$mx:date-codes($type)"/>
            <xsl:sequence select="mx:df('046', ' ', ' ', (
                mx:sf($codes[1], $parts[1]),
                if ($type ne 'updated') then mx:sf($codes[2], $parts[2]) else (),
                mx:sf('2', 'edtf')))"/>
          </xsl:if>
          <xsl:if test="$type eq 'coverage' and (every $p in $parts satisfies matches($p, '^\d{4}(-\d{2}(-\d{2})?)?$'))">
            <!-- 045 time period of content: d = C.E., then yyyy[mm[dd]]. -->
            <xsl:sequence select="mx:df('045', if (count($parts) gt 1) then '2' else '0', ' ',
                $parts ! mx:sf('b', 'd' || replace(., '-', '')))"/>
          </xsl:if>
          <xsl:sequence select="mx:df('500', ' ', ' ', mx:sf('a', mx:date-text(.)))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- =============================================================================== 506, 540 -->

  <xsl:template name="mx:access-rights">
    <xsl:variable name="status" select="(r:access/r:status[normalize-space()], 'metadata-only')[1]"/>
    <!-- The table has COAR's lower-case labels; a note starts with a capital. -->
    <xsl:variable name="label" select="ix:vocab('access-statuses', $status)/@title/string()"/>
    <xsl:variable name="title" select="upper-case(substring($label, 1, 1)) || substring($label, 2)"/>
    <xsl:variable name="embargo" select="r:access/r:embargo[$status eq 'embargoed']"/>
    <xsl:choose>
      <xsl:when test="empty(r:access)"/>
      <xsl:when test="$status eq 'open'">
        <xsl:sequence select="mx:df('506', '0', ' ', (mx:sf('a', $title), mx:sf('f', 'Unrestricted online access'), mx:sf('2', 'star')))"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- The status is about the files; the description itself is public. -->
        <xsl:sequence select="mx:df('506', '1', ' ', (
            mx:sf('3', if (mx:has-files(.) and r:access/r:record eq 'public') then 'Files' else ()),
            mx:sf('a', string-join(($title, normalize-space($embargo/r:reason)[.]), '. ')),
            $embargo/r:until[. castable as xs:date] ! mx:sf('g', mx:yyyymmdd(xs:date(.)))))"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="r:metadata/r:rights/r:right">
      <xsl:variable name="title" select="ix:license-title(.)"/>
      <xsl:variable name="desc" select="normalize-space(r:description/r:text[1])"/>
      <xsl:variable name="spdx" select="ix:spdx-id(.)"/>
      <!-- Creative Commons' own short form (CC BY-NC 4.0) for the cc source. -->
      <xsl:variable name="cc" select="
          if ($spdx eq 'CC0-1.0') then 'CC0 1.0'
          else if (starts-with($spdx, 'CC-BY') and matches($spdx, '^CC-BY(-[A-Z]+)*-\d\.\d$'))
            then replace($spdx, '^CC-(.+)-(\d\.\d)$', 'CC $1 $2')
          else ()"/>
      <xsl:sequence select="mx:df('540', ' ', ' ', (
          mx:sf('a', string-join(($title, $desc[.]), if (substring($title, string-length($title)) = ('.', '!', '?')) then ' ' else '. ')),
          mx:sf('f', $cc),
          if ($cc) then mx:sf('2', 'cc') else (),
          mx:sf('u', ix:license-url(.))))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ==================================================================== 536 and funder 710 -->

  <xsl:template name="mx:funding">
    <xsl:variable name="awards" select="r:metadata/r:funding/r:award[normalize-space(r:funder/r:name)]"/>
    <xsl:for-each select="$awards">
      <xsl:variable name="a" select="r:award"/>
      <xsl:variable name="title" select="normalize-space($a/r:title/r:text[1])"/>
      <xsl:variable name="acronym" select="normalize-space($a/r:acronym)"/>
      <xsl:variable name="note" select="
          string-join((normalize-space(r:funder/r:name), normalize-space($a/r:program)[.]), ', ')
          || (if ($title) then ': ' || $title else '')
          || (if ($acronym and $acronym ne $title) then ' (' || $acronym || ')' else '')"/>
      <xsl:sequence select="mx:df('536', ' ', ' ', (mx:sf('a', $note), mx:sf('c', $a/r:number)))"/>
    </xsl:for-each>
    <!-- The funder as an added entry carries its identifier, which 536 cannot. -->
    <xsl:for-each-group select="$awards/r:funder" group-by="lower-case(normalize-space(r:name))">
      <xsl:variable name="ids" select="distinct-values((
          current-group()/r:id[normalize-space()] ! ix:identifier-url('ror', .),
          current-group()/r:identifiers/r:identifier ! ix:identifier-url(@scheme, .)))"/>
      <xsl:sequence select="mx:df('710', '2', ' ', (
          mx:sf('a', r:name), mx:sf('e', 'funder'), $ids ! mx:sf('1', .), mx:sf('4', 'fnd')))"/>
    </xsl:for-each-group>
  </xsl:template>

  <!-- ================================================================================ 034, 522 -->

  <xsl:template name="mx:geo">
    <xsl:for-each select="r:metadata/r:locations/r:features/r:feature">
      <xsl:variable name="box" select="r:box[@west and @east and @north and @south]"/>
      <xsl:variable name="point" select="r:point[@lat and @lon]"/>
      <!-- Coordinates as hemisphere and decimal degrees (hddd.dddddd). -->
      <xsl:choose>
        <xsl:when test="$box">
          <xsl:sequence select="mx:df('034', '0', ' ', (
              mx:sf('d', mx:lon($box/@west)), mx:sf('e', mx:lon($box/@east)),
              mx:sf('f', mx:lat($box/@north)), mx:sf('g', mx:lat($box/@south))))"/>
        </xsl:when>
        <xsl:when test="$point">
          <xsl:sequence select="mx:df('034', '0', ' ', (
              mx:sf('d', mx:lon($point/@lon)), mx:sf('e', mx:lon($point/@lon)),
              mx:sf('f', mx:lat($point/@lat)), mx:sf('g', mx:lat($point/@lat))))"/>
        </xsl:when>
      </xsl:choose>
      <!-- Polygons as G-rings: latitude/longitude pairs of the outer ring. -->
      <xsl:for-each select="r:polygons/r:polygon[count(r:points/r:point[@lat and @lon]) ge 4]">
        <xsl:sequence select="mx:df('034', '0', '0',
            r:points/r:point[@lat and @lon] ! (mx:sf('s', mx:lat(@lat)), mx:sf('t', mx:lon(@lon))))"/>
      </xsl:for-each>
      <xsl:variable name="place" select="normalize-space(r:place)"/>
      <xsl:variable name="desc" select="normalize-space(r:description)"/>
      <xsl:sequence select="mx:df('522', ' ', ' ', mx:sf('a',
          if ($place and $desc) then $place || ' (' || $desc || ')' else ($place, $desc)[.][1]))"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="mx:lon" as="xs:string">
    <xsl:param name="v" as="xs:string"/>
    <xsl:sequence select="(if (number($v) lt 0) then 'W' else 'E') || format-number(abs(number($v)), '000.000000')"/>
  </xsl:function>

  <xsl:function name="mx:lat" as="xs:string">
    <xsl:param name="v" as="xs:string"/>
    <xsl:sequence select="(if (number($v) lt 0) then 'S' else 'N') || format-number(abs(number($v)), '000.000000')"/>
  </xsl:function>

  <!-- ============================================================================ 650, 653, 655 -->

  <xsl:template name="mx:subjects">
    <xsl:variable name="rt" select="mx:rtype(.)"/>
    <xsl:for-each select="r:metadata/r:subjects/r:subject[normalize-space(r:subject)]">
      <xsl:variable name="scheme" select="lower-case(normalize-space(r:scheme))"/>
      <xsl:variable name="source" select="if ($scheme) then $mx:subject-sources($scheme) else ()"/>
      <xsl:choose>
        <xsl:when test="not($scheme)">
          <xsl:sequence select="mx:df('653', ' ', ' ', mx:sf('a', r:subject))"/>
        </xsl:when>
        <xsl:when test="starts-with($source, '#')">
          <xsl:sequence select="mx:df('650', ' ', substring($source, 2), (mx:sf('a', r:subject), mx:sf('0', r:valueUri)))"/>
        </xsl:when>
        <xsl:when test="$source">
          <xsl:sequence select="mx:df('650', ' ', '7', (mx:sf('a', r:subject), mx:sf('0', r:valueUri), mx:sf('2', $source)))"/>
        </xsl:when>
        <xsl:otherwise>
          <!-- A scheme MARC has no source code for (e.g. OECD FOS): source not specified. -->
          <xsl:sequence select="mx:df('650', ' ', '4', (mx:sf('a', r:subject), mx:sf('0', r:valueUri)))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:variable name="type" select="ix:vocab('resource-types', $rt)"/>
    <xsl:if test="$type">
      <xsl:sequence select="mx:df('655', ' ', '4', (mx:sf('a', $type/@title),
          mx:sf('0', $type/@coar[normalize-space()] ! (if (starts-with(., 'http')) then string(.)
                                                      else 'http://purl.org/coar/resource_type/' || .))))"/>
    </xsl:if>
    <xsl:sequence select="mx:df('655', ' ', '4', mx:sf('a', r:metadata/r:resourceType/@specific))"/>
  </xsl:template>

  <!-- ================================================================== 76X-78X linking entries -->

  <xsl:template name="mx:links">
    <xsl:variable name="md" select="r:metadata"/>
    <xsl:variable name="item-ids" select="$md/r:relatedItems/r:relatedItem/r:identifier[normalize-space()] ! lower-case(normalize-space(.))"/>
    <xsl:for-each select="$md/r:relatedItems/r:relatedItem">
      <xsl:variable name="relation" select="string(r:relationType/@id)"/>
      <xsl:variable name="id" select="r:identifier[normalize-space()]"/>
      <xsl:variable name="title" select="(r:titles/r:title[not(r:type/@id = ('translated-title', 'alternative-title', 'subtitle'))], r:titles/r:title)[normalize-space(r:title)][1]"/>
      <xsl:variable name="creator" select="r:creators/r:creator[normalize-space(r:personOrOrg/r:name) or normalize-space(r:personOrOrg/r:familyName)][1]/r:personOrOrg"/>
      <xsl:variable name="heading" select="
          if ($creator/r:type ne 'organizational' and normalize-space($creator/r:familyName))
          then string-join((normalize-space($creator/r:familyName), normalize-space($creator/r:givenName)[.]), ', ')
          else normalize-space($creator/r:name)"/>
      <xsl:variable name="entry-type" select="
          if (not($heading)) then 'nn'
          else if ($creator/r:type eq 'organizational') then 'c2'
          else if (contains($heading, ',')) then 'p1' else 'p0'"/>
      <xsl:variable name="marc" select="ix:vocab('resource-types', r:resourceType/@id)/@marc/string()"/>
      <xsl:variable name="vol" select="normalize-space(r:volume)"/>
      <xsl:variable name="iss" select="normalize-space(r:issue)"/>
      <xsl:variable name="first" select="normalize-space(r:firstPage)"/>
      <xsl:variable name="last" select="normalize-space(r:lastPage)"/>
      <xsl:variable name="num" select="normalize-space(r:number)"/>
      <xsl:variable name="num-label" select="lower-case(ix:datacite-term('number-type', r:number/@type))"/>
      <xsl:variable name="parts" select="string-join((
          $vol[.] ! ('Vol. ' || .),
          $iss[.] ! ('no. ' || .),
          $num[.] ! string-join(($num-label, .), ' '),
          if ($first and $last) then 'p. ' || $first || '-' || $last else $first[.] ! ('p. ' || .)), ', ')"/>
      <!-- $q: volume:issue<first page, when there is a volume to hang it on. -->
      <xsl:variable name="enum" select="if ($vol) then $vol || $iss[.] ! (':' || .) || $first[.] ! ('&lt;' || .) else ()"/>
      <xsl:sequence select="mx:df(mx:link-tag($relation), '0', '8', (
          mx:sf('i', mx:term-words('relation-type', $relation)),
          mx:sf('a', $heading),
          mx:sf('t', $title/r:title),
          mx:sf('b', r:edition),
          mx:sf('d', string-join((normalize-space(r:publisher)[.], normalize-space(r:publicationYear)[.]), ', ')),
          mx:sf('g', $parts),
          mx:sf('q', $enum),
          mx:sf('n', r:relationTypeInformation),
          mx:link-ids($id/@scheme, $id),
          mx:sf('7', if ($marc) then $entry-type || $marc else ())))"/>
    </xsl:for-each>
    <xsl:for-each select="$md/r:relatedIdentifiers/r:relatedIdentifier[normalize-space(r:identifier)]
                            [not(lower-case(normalize-space(r:identifier)) = $item-ids)]">
      <xsl:variable name="relation" select="string(r:relationType/@id)"/>
      <xsl:variable name="label" select="mx:term-words('relation-type', $relation)"/>
      <xsl:variable name="marc" select="ix:vocab('resource-types', r:resourceType/@id)/@marc/string()"/>
      <xsl:if test="$label">
        <xsl:sequence select="mx:df(mx:link-tag($relation), '0', '8', (
            mx:sf('i', $label),
            mx:sf('n', r:relationTypeInformation),
            mx:link-ids(r:scheme, r:identifier),
            mx:sf('7', if ($marc) then 'nn' || $marc else ())))"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The linking field for a DataCite relation type. -->
  <xsl:variable name="mx:link-tags" as="map(xs:string, xs:string)" select="map {
      'ispartof': '773', 'ispublishedin': '773', 'haspart': '774',
      'istranslationof': '765', 'hastranslation': '767',
      'issupplementedby': '770', 'issupplementto': '772',
      'isversionof': '775', 'hasversion': '775', 'isnewversionof': '775', 'ispreviousversionof': '775',
      'isidenticalto': '776', 'isvariantformof': '776', 'isoriginalformof': '776',
      'isderivedfrom': '786' }"/>

  <xsl:function name="mx:link-tag" as="xs:string">
    <xsl:param name="relation" as="xs:string"/>
    <xsl:sequence select="($mx:link-tags($relation), '787')[1]"/>
  </xsl:function>

  <!-- Identifier subfields of a linking entry: ISSN $x, ISBN $z, others $o as URL when they have one. -->
  <xsl:function name="mx:link-ids" as="xs:string?">
    <xsl:param name="scheme" as="xs:string?"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="s" select="lower-case(normalize-space($scheme))"/>
    <xsl:sequence select="
        if ($s = ('issn', 'eissn', 'pissn')) then mx:sf('x', $value)
        else if ($s eq 'isbn') then mx:sf('z', $value)
        else mx:sf('o', (ix:identifier-url($s, $value), normalize-space($value))[1])"/>
  </xsl:function>

  <!-- ==================================================================================== 856 -->

  <xsl:template name="mx:locations">
    <xsl:variable name="doi" select="ix:identifier-url('doi', r:pids/r:doi/r:identifier)"/>
    <xsl:if test="$doi">
      <xsl:sequence select="mx:df('856', '4', '0', mx:sf('u', $doi))"/>
    </xsl:if>
    <xsl:sequence select="mx:df('856', '4', '0', (mx:sf('u', ix:landing-page(.)), mx:sf('y', $repository-name)))"/>
    <!-- $7 access status of each file: 0 open, 1 restricted. -->
    <xsl:variable name="open" select="r:access/r:status eq 'open'"/>
    <xsl:for-each select="r:files/r:entries/r:entry[normalize-space(r:url)]">
      <xsl:sequence select="mx:df('856', '4', '0', (
          mx:sf('u', r:url),
          mx:sf('q', r:mimetype),
          mx:sf('s', r:size[. castable as xs:integer] ! (. || ' bytes')),
          mx:sf('y', r:key),
          mx:sf('7', if ($open) then '0' else '1')))"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
