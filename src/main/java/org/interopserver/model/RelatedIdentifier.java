package org.interopserver.model;

public class RelatedIdentifier {
    public String identifier;
    /** DataCite related identifier type in lower case: doi, url, arxiv, isbn, … */
    public String scheme;
    /** DataCite relation type in lower case: iscitedby, issupplementto, … */
    public VocabRef relationType;
    public String relationTypeInformation;
    public VocabRef resourceType;
    public String relatedMetadataScheme;
    public String schemeUri;
    public String schemeType;
}
