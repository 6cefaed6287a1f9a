package org.interopserver.crosswalk;

import org.interopserver.model.Vocabularies;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The model's vocabulary tables as one XML document, handed to every stylesheet as the {@code vocabularies}
 * parameter: the mappings (resource types to COAR, DataCite spellings, language codes, licences…) stay in the
 * tables under {@code /vocabularies/} and are never copied into a stylesheet.
 *
 * <pre>{@code <vocabularies><table name="resource-types"><row id="dataset" coar="…" …/>…</table>…</vocabularies>}</pre>
 */
public final class VocabularyDocument {

    private VocabularyDocument() {
    }

    public static byte[] build() {
        StringBuilder xml = new StringBuilder("<vocabularies>");
        for (String file : Vocabularies.CROSSWALK_TABLES) {
            List<String> columns = Vocabularies.readHeader(file);
            xml.append("<table name=\"").append(file.replace(".tsv", "")).append("\">");
            for (List<String> row : Vocabularies.readTable(file)) {
                xml.append("<row");
                for (int i = 0; i < columns.size() && i < row.size(); i++) {
                    xml.append(' ').append(columns.get(i)).append("=\"").append(escape(row.get(i))).append('"');
                }
                xml.append("/>");
            }
            xml.append("</table>");
        }
        return xml.append("</vocabularies>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
