package org.interopserver.publish;

import org.interopserver.model.Creator;
import org.interopserver.model.Record;
import org.interopserver.model.Subject;
import org.interopserver.storage.SearchFields;

import java.util.Locale;

/** What the search page matches a record by, worked out when the record is written. */
final class SearchText {

    private SearchText() {
    }

    static SearchFields of(Record record) {
        StringBuilder text = new StringBuilder();
        append(text, record.metadata.title);
        for (Creator c : record.metadata.creators) {
            append(text, c.personOrOrg.name);
            append(text, c.personOrOrg.givenName);
            append(text, c.personOrOrg.familyName);
        }
        // descriptions may hold HTML: its tags are not words anyone searches for
        append(text, record.metadata.description == null ? null
                : record.metadata.description.replaceAll("<[^>]*>", " "));
        for (Subject s : record.metadata.subjects) {
            append(text, s.subject);
        }
        String date = record.metadata.publicationDate;
        Integer year = date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
        return new SearchFields(text.toString().toLowerCase(Locale.ROOT), year, record.access.status);
    }

    private static void append(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append(' ').append(value.replaceAll("\\s+", " ").strip());
        }
    }
}
