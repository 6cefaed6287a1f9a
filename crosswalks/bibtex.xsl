<?xml version="1.0" encoding="UTF-8"?>
<!--
  BibTeX: one entry per record, UTF-8 (biber and bibtex8 read it; non-ASCII letters are kept as they are).

  The entry type is the resource-types table's bibtex column. Field values are brace-delimited; LaTeX's special
  characters are escaped in every text field so that braces always balance, and verbatim fields (doi, url) are
  left literal, as biblatex and the url/doi packages read them verbatim.

  Citation key: {first creator's family name}{publication year}_{record id}, e.g. Haugen2021_demo0-00001.
  The name is folded to ASCII letters and digits (Žółkowski → Zolkowski; organisations give their first word;
  a name with no Latin letters gives "record"). The record id makes the key unique, and the key only changes
  when the first creator or the publication year does.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:r="https://interop-server.org/schema/record/1"
    xmlns:ix="https://interop-server.org/ns/crosswalk"
    xmlns:bx="https://interop-server.org/ns/crosswalk/bibtex"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="bx:months" as="xs:string+"
      select="('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec')"/>

  <xsl:template match="/">
    <xsl:apply-templates select="r:record"/>
  </xsl:template>

  <xsl:template match="r:record">
    <xsl:variable name="m" select="r:metadata"/>
    <xsl:variable name="row" select="ix:resource-type(.)"/>
    <xsl:variable name="type" select="string(($row/@bibtex, 'misc')[1])"/>
    <!-- The journal, book or proceedings the record appeared in. -->
    <xsl:variable name="container" select="($m/r:relatedItems/r:relatedItem[r:relationType/@id = 'ispublishedin'],
                                            $m/r:relatedItems/r:relatedItem[r:relationType/@id = 'ispartof'])[1]"/>
    <xsl:variable name="container-title" select="($container/r:titles/r:title[not(r:type/@id)]/r:title,
                                                  $container/r:titles/r:title/r:title)[1]"/>
    <xsl:variable name="publisher" select="($m/r:publisher/r:name[normalize-space()], $container/r:publisher)[1]"/>
    <xsl:variable name="date" select="ix:start-date($m/r:publicationDate)"/>
    <xsl:variable name="arxiv" select="$m/r:identifiers/r:identifier[@scheme = 'arxiv'][1]"/>
    <xsl:variable name="kind" select="($m/r:resourceType/@specific[normalize-space()],
                                       $row[$type = ('misc', 'techreport', 'unpublished')]/@title)[1]"/>

    <xsl:variable name="fields" as="xs:string*">
      <xsl:sequence select="bx:field('author', bx:names($m/r:creators/r:creator/r:personOrOrg))"/>
      <xsl:sequence select="bx:field('editor', bx:names((
          $m/r:contributors/r:contributor[r:role/@id = 'editor'],
          $container/r:contributors/r:contributor[r:role/@id = 'editor'])/r:personOrOrg))"/>
      <!-- biblatex's translator; BibTeX styles pass it by -->
      <xsl:sequence select="bx:field('translator', bx:names($m/r:contributors/r:contributor[r:role/@id = 'translator']/r:personOrOrg))"/>
      <xsl:sequence select="bx:field('title', bx:title($m/r:title))"/>
      <xsl:if test="$type = 'article'">
        <xsl:sequence select="bx:field('journal', bx:title($container-title))"/>
      </xsl:if>
      <xsl:if test="$type = ('incollection', 'inproceedings')">
        <xsl:sequence select="bx:field('booktitle', bx:title($container-title))"/>
      </xsl:if>
      <xsl:sequence select="bx:field('edition', bx:tex($container/r:edition))"/>
      <xsl:sequence select="bx:field('volume', bx:tex($container/r:volume))"/>
      <xsl:sequence select="bx:field('number', bx:tex($container/r:issue))"/>
      <!-- biblatex's eid is the article number of an e-only article. -->
      <xsl:sequence select="bx:field(if ($container/r:number/@type = 'chapter') then 'chapter' else 'eid',
                                     bx:tex($container/r:number))"/>
      <xsl:sequence select="bx:field('pages', bx:tex(string-join(($container/r:firstPage, $container/r:lastPage)[normalize-space()], '--')))"/>
      <xsl:sequence select="bx:field('year', ix:year($m/r:publicationDate))"/>
      <xsl:if test="string-length($date) ge 7">
        <xsl:sequence select="'  month = ' || $bx:months[xs:integer(substring($date, 6, 2))]"/>
      </xsl:if>
      <!-- Where the entry type has its own field for who issued the work, that field; else publisher. -->
      <xsl:choose>
        <xsl:when test="$type = 'techreport'">
          <xsl:sequence select="bx:field('institution', bx:tex($publisher))"/>
        </xsl:when>
        <xsl:when test="$type = ('phdthesis', 'mastersthesis')">
          <xsl:sequence select="bx:field('school', bx:tex($publisher))"/>
        </xsl:when>
        <xsl:when test="$type = 'manual'">
          <xsl:sequence select="bx:field('organization', bx:tex($publisher))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="bx:field('publisher', bx:tex($publisher))"/>
        </xsl:otherwise>
      </xsl:choose>
      <!-- BibTeX's misc and unpublished print howpublished, not publisher. -->
      <xsl:if test="$type = ('misc', 'software', 'unpublished')">
        <xsl:sequence select="bx:field('howpublished', bx:tex($publisher))"/>
      </xsl:if>
      <xsl:choose>
        <!-- unpublished requires a note: the kind of work (e.g. Preprint). -->
        <xsl:when test="$type = 'unpublished'">
          <xsl:sequence select="bx:field('note', bx:tex($kind))"/>
        </xsl:when>
        <xsl:when test="$type = ('misc', 'software', 'techreport', 'phdthesis', 'mastersthesis')">
          <xsl:sequence select="bx:field('type', bx:tex($kind))"/>
        </xsl:when>
      </xsl:choose>
      <xsl:sequence select="bx:field('version', bx:tex($m/r:version))"/>
      <xsl:sequence select="bx:field('isbn', bx:tex(($m/r:identifiers/r:identifier[@scheme = 'isbn'],
                                                     $container/r:identifier[@scheme = 'isbn'])[1]))"/>
      <xsl:sequence select="bx:field('issn', bx:tex(($m/r:identifiers/r:identifier[@scheme = ('issn', 'eissn')],
                                                     $container/r:identifier[@scheme = ('issn', 'eissn')])[1]))"/>
      <xsl:sequence select="bx:field('doi', bx:verbatim(r:pids/r:doi/r:identifier))"/>
      <xsl:sequence select="bx:field('url', bx:verbatim(ix:landing-page(.)))"/>
      <xsl:if test="$arxiv">
        <xsl:variable name="id" select="replace(normalize-space($arxiv), '^arXiv:', '', 'i')"/>
        <xsl:sequence select="bx:field('eprint', bx:verbatim($id)),
                              bx:field('eprinttype', 'arxiv'), bx:field('archiveprefix', 'arXiv')"/>
      </xsl:if>
      <xsl:sequence select="bx:field('language', bx:tex(ix:vocab('languages', $m/r:languages/r:language[1]/@id)/@name))"/>
      <xsl:sequence select="bx:field('keywords', bx:tex(string-join(distinct-values(
                                       $m/r:subjects/r:subject/r:subject/normalize-space()[.]), ', ')))"/>
      <xsl:sequence select="bx:field('abstract', bx:tex(ix:plain-text($m/r:description)))"/>
    </xsl:variable>

    <xsl:text>@{$type}{{{bx:key(.)},&#10;</xsl:text>
    <xsl:value-of select="$fields" separator=",&#10;"/>
    <xsl:text>&#10;}}&#10;</xsl:text>
  </xsl:template>

  <!-- One "  name = {value}" line, or nothing for an empty value. -->
  <xsl:function name="bx:field" as="xs:string?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (normalize-space($value)) then '  ' || $name || ' = {' || $value || '}' else ()"/>
  </xsl:function>

  <!-- Text with LaTeX's special characters escaped. Braces and backslashes become commands in a group of their
       own, as BibTeX counts every brace, escaped or not; < > | too, which LaTeX's default OT1 encoding would
       print as other glyphs. -->
  <xsl:function name="bx:tex" as="xs:string?">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="normalize-space($text)" regex="[\\{{}}%&amp;$#_~^&lt;&gt;|]">
        <xsl:matching-substring>
          <xsl:sequence select="(map {
              '\': '{\textbackslash}', '{': '{\textbraceleft}', '}': '{\textbraceright}',
              '~': '{\textasciitilde}', '^': '{\textasciicircum}',
              '&lt;': '{\textless}', '&gt;': '{\textgreater}', '|': '{\textbar}' }(.), '\' || .)[1]"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:sequence select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)[$text]"/>
  </xsl:function>

  <!-- A title with capitals kept: runs of words with a capital letter (except a first word capitalised only at
       its start) are braced, so that styles which lower-case titles leave names and acronyms alone. -->
  <xsl:function name="bx:title" as="xs:string?">
    <xsl:param name="title" as="xs:string?"/>
    <xsl:variable name="words" select="tokenize(normalize-space($title), ' ')"/>
    <xsl:variable name="marked" as="xs:string*" select="
        for $i in 1 to count($words)
        return (if (matches($words[$i], '\p{Lu}') and ($i gt 1 or matches(substring($words[$i], 2), '\p{Lu}')))
                then '+' else '-') || bx:tex($words[$i])"/>
    <xsl:variable name="runs" as="xs:string*">
      <xsl:for-each-group select="$marked" group-adjacent="substring(., 1, 1)">
        <xsl:variable name="run" select="string-join(current-group() ! substring(., 2), ' ')"/>
        <xsl:sequence select="if (current-grouping-key() = '+') then '{' || $run || '}' else $run"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($runs, ' ')[exists($words)]"/>
  </xsl:function>

  <!-- A verbatim field (url, doi): literal, except that braces, backslashes and spaces are percent-encoded. -->
  <xsl:function name="bx:verbatim" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="replace(replace(replace(replace(normalize-space($value),
                            '\s', '%20'), '\{', '%7B'), '\}', '%7D'), '\\', '%5C')[normalize-space($value)]"/>
  </xsl:function>

  <!-- A name list: "Family, Given" for persons, {Name} for organisations, joined by "and". -->
  <xsl:function name="bx:names" as="xs:string?">
    <xsl:param name="people" as="element(r:personOrOrg)*"/>
    <xsl:variable name="names" as="xs:string*">
      <xsl:for-each-group select="$people[normalize-space(r:name) or normalize-space(r:familyName)]"
                          group-by="normalize-space(r:name)">
        <xsl:variable name="family" select="normalize-space(
            if (normalize-space(r:familyName)) then r:familyName
            else if (r:type = 'personal' and contains(r:name, ',')) then substring-before(r:name, ',') else '')"/>
        <xsl:variable name="given" select="normalize-space(
            if (normalize-space(r:familyName)) then r:givenName else substring-after(r:name, ','))"/>
        <xsl:sequence select="
            if (r:type = 'organizational' or not($family)) then '{' || bx:tex(r:name) || '}'
            else string-join((bx:part($family), bx:part($given)[.]), ', ')"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($names, ' and ')[exists($names)]"/>
  </xsl:function>

  <!-- A name part; braced when it would otherwise be read as a name separator. -->
  <xsl:function name="bx:part" as="xs:string">
    <xsl:param name="part" as="xs:string"/>
    <xsl:sequence select="if (matches($part, '(^|\s)and(\s|$)|,', 'i')) then '{' || bx:tex($part) || '}' else bx:tex($part)"/>
  </xsl:function>

  <xsl:function name="bx:key" as="xs:string">
    <xsl:param name="record" as="element(r:record)"/>
    <xsl:variable name="first" select="$record/r:metadata/r:creators/r:creator[1]/r:personOrOrg"/>
    <xsl:variable name="name" select="
        if ($first/r:type = 'organizational') then tokenize(normalize-space($first/r:name), ' ')[1]
        else if (normalize-space($first/r:familyName)) then $first/r:familyName
        else tokenize($first/r:name, ',')[1]"/>
    <xsl:variable name="ascii" select="bx:ascii($name)"/>
    <xsl:sequence select="(if ($ascii) then $ascii else 'record')
                          || ix:year($record/r:metadata/r:publicationDate)
                          || '_' || replace($record/r:id, '[^A-Za-z0-9:.\-]', '-')"/>
  </xsl:function>

  <!-- ASCII letters and digits of a name: accents dropped, letters with no decomposition spelt out. -->
  <xsl:function name="bx:ascii" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="spelt" select="fold-left(
        (['ß', 'ss'], ['Æ', 'AE'], ['æ', 'ae'], ['Œ', 'OE'], ['œ', 'oe'], ['Þ', 'Th'], ['þ', 'th'],
         ['Ø', 'O'], ['ø', 'o'], ['Ł', 'L'], ['ł', 'l'], ['Đ', 'D'], ['đ', 'd'], ['Ð', 'D'], ['ð', 'd'], ['ı', 'i']),
        string($text), function($s, $pair) { replace($s, $pair(1), $pair(2)) })"/>
    <xsl:sequence select="replace(normalize-unicode($spelt, 'NFKD'), '[^A-Za-z0-9]', '')"/>
  </xsl:function>

</xsl:stylesheet>
