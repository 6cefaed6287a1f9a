package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

import java.time.Instant;
import java.util.List;

/**
 * A record as XOAI sees it. The metadata is the stored rendition, copied into the response as it is (XOAI runs no
 * transformation on it): nothing is rendered on the harvest path.
 *
 * @param formats formats the record can be disseminated in (for ListMetadataFormats with an identifier)
 * @param chunks  where its rendition in the requested format is read from, or null (gone, or headers only)
 */
record OaiItem(String recordId, String identifier, Instant datestamp, List<String> setSpecs, boolean deleted,
               List<String> formats, RenditionChunks chunks) implements Item {

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
        return Metadata.copyFromStream(new LazyRendition(() -> chunks.content(recordId)));
    }
}
