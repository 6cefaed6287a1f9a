package org.interopserver.crosswalk;

import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;
import org.interopserver.support.DemoRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the canonical XML of every demo record, and the vocabulary document, into a folder: the input a
 * stylesheet author works on ({@code crosswalks/README.md} shows how to run it).
 */
public final class CanonicalSamples {

    private CanonicalSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/canonical");
        Files.createDirectories(out);
        try (DemoRepository demo = DemoRepository.load()) {
            for (Record record : demo.records()) {
                Files.write(out.resolve(record.id + ".xml"), ModelXml.toXml(record));
            }
        }
        Files.write(out.resolve("vocabularies.xml"), VocabularyDocument.build());
        System.out.println("canonical XML written to " + out.toAbsolutePath());
    }
}
