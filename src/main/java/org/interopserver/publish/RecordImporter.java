package org.interopserver.publish;

import org.interopserver.crosswalk.Crosswalks;
import org.interopserver.crosswalk.DocumentRejectedException;
import org.interopserver.crosswalk.ImportFormat;
import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/** Creates records from documents in other formats (DataCite XML…): reverse crosswalk, then the one write path. */
public final class RecordImporter {

    private final Crosswalks crosswalks;
    private final RecordPublisher publisher;

    public RecordImporter(Crosswalks crosswalks, RecordPublisher publisher) {
        this.crosswalks = crosswalks;
        this.publisher = publisher;
    }

    /** The import format for a Content-Type, if records can be created from it. */
    public Optional<ImportFormat> formatFor(String mediaType) {
        return crosswalks.registry().importFor(mediaType);
    }

    /**
     * A new record made from {@code document}.
     *
     * @throws DocumentRejectedException if the document is malformed, hostile, of another kind or not valid
     * @throws InvalidInputException     if what it says does not make a valid record
     */
    public Record create(ImportFormat format, byte[] document) {
        byte[] canonical = crosswalks.importDocument(format, document);
        Record record;
        try {
            record = ModelXml.fromXml(new ByteArrayInputStream(canonical));
        } catch (IllegalArgumentException e) {
            throw new DocumentRejectedException("the document cannot be expressed in the model: " + e.getMessage());
        }
        return publisher.create(record);
    }
}
