package org.interopserver.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of one BibTeX entry, for tests: entry syntax, balanced braces, no duplicate fields, and the
 * characters TeX treats specially (% & # _ $ ^ ~) escaped everywhere but in verbatim fields (url, doi, eprint).
 */
public final class BibtexParser {

    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint");
    private static final String SPECIAL = "%&#_$^~";

    public record Entry(String type, String key, Map<String, String> fields) {
    }

    private final String text;
    private int pos;

    private BibtexParser(String text) {
        this.text = text;
    }

    public static Entry parseSingle(String text) {
        BibtexParser p = new BibtexParser(text);
        Entry entry = p.entry();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("text after the entry");
        }
        return entry;
    }

    private Entry entry() {
        skipSpace();
        expect('@');
        String type = name();
        expect('{');
        int comma = text.indexOf(',', pos);
        if (comma < 0) {
            throw error("no citation key");
        }
        String key = text.substring(pos, comma).strip();
        pos = comma + 1;
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return new Entry(type.toLowerCase(), key, fields);
            }
            String field = name().toLowerCase();
            skipSpace();
            expect('=');
            skipSpace();
            String value = value();
            if (!VERBATIM.contains(field)) {
                checkEscaped(field, value);
            }
            if (fields.put(field, value) != null) {
                throw error("field " + field + " twice");
            }
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw error("expected , or } after field " + field);
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '{') {
            int depth = 0;
            int start = pos + 1;
            do {
                char ch = text.charAt(pos);
                if (ch == '\\') {
                    pos += 2;
                    continue;
                }
                depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                pos++;
                if (pos >= text.length() && depth > 0) {
                    throw error("unbalanced braces");
                }
            } while (depth > 0);
            return text.substring(start, pos - 1);
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (Character.isDigit(peek())) {
                pos++;
            }
            return text.substring(start, pos);
        }
        if (Character.isLetter(c)) {
            return name(); // a macro such as a month abbreviation
        }
        throw error("values must be braced, numbers or macros");
    }

    private void checkEscaped(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                throw error("unescaped '" + c + "' in field " + field + ": " + value);
            }
        }
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("BibTeX: " + message + " at offset " + pos);
    }
}
