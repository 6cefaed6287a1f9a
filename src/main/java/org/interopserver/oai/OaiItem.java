package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A record as XOAI sees it. The metadata is the stored rendition, copied into the response as it is (XOAI runs no
 * transformation on it): nothing is rendered on the harvest path.
 *
 * @param formats formats the record can be disseminated in (for ListMetadataFormats with an identifier)
 * @param content the rendition in the requested format, or null (gone, or headers only)
 */
record OaiItem(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted, List<String> formats,
               String content) implements Item {

    @Override
    public String getIdentifier() {
        return identifier;
    }

    @Override
    public Instant getDatestamp() {
        return datestamp;
    }

    @Override
    public List<Set> getSets() {
        return setSpecs.stream().map(Set::new).toList();
    }

    @Override
    public boolean isDeleted() {
        return deleted;
    }

    @Override
    public Metadata getMetadata() {
        return Metadata.copyFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
