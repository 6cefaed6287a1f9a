package org.interopserver.model;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax and check-digit rules of the identifier schemes the model validates. */
public final class Identifiers {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern ISNI = Pattern.compile("\\d{15}[\\dX]");
    /** ROR ids: a zero, six Crockford base32 characters, two check digits. */
    private static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}\\d{2}");
    /** Longest DOI stored (the record table's column). */
    public static final int MAX_DOI_LENGTH = 255;
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    private Identifiers() {
    }

    public static boolean isDoi(String value) {
        return value != null && value.length() <= MAX_DOI_LENGTH && DOI.matcher(value).matches();
    }

    /** ORCID iD in its bare form, with a valid ISO 7064 MOD 11-2 check character. */
    public static boolean isOrcid(String value) {
        return value != null && ORCID.matcher(value).matches() && mod11_2(value.replace("-", ""));
    }

    public static boolean isIsni(String value) {
        if (value == null) {
            return false;
        }
        String compact = value.replace(" ", "");
        return ISNI.matcher(compact).matches() && mod11_2(compact);
    }

    /** ROR id in its bare form ({@code 01ggx4157}), with valid ISO 7064 MOD 97-10 check digits. */
    public static boolean isRor(String value) {
        if (value == null || !ROR.matcher(value).matches()) {
            return false;
        }
        long number = 0;
        for (char c : value.substring(0, 7).toCharArray()) {
            number = number * 32 + CROCKFORD.indexOf(c);
        }
        long check = 98 - (number * 100 % 97);
        return check == Long.parseLong(value.substring(7));
    }

    public static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** Problem with an identifier of a checked scheme, or null when it is fine (or its scheme is not checked). */
    public static String problem(String scheme, String value) {
        if (value == null || value.isBlank()) {
            return "must not be empty";
        }
        return switch (scheme == null ? "" : scheme) {
            case "orcid" -> isOrcid(value) ? null
                    : "is not a valid ORCID iD (bare form 0000-0000-0000-0000 with a correct check digit)";
            case "ror" -> isRor(value) ? null : "is not a valid ROR id (bare form such as 01ggx4157, check digits included)";
            case "isni" -> isIsni(value) ? null : "is not a valid ISNI (16 characters with a correct check character)";
            case "doi" -> isDoi(value) ? null : "is not a DOI (10.prefix/suffix, without https://doi.org/)";
            case "url" -> isHttpUrl(value) ? null : "is not an http(s) URL";
            default -> null;
        };
    }

    /** ISO 7064 MOD 11-2 over all but the last character, compared with the last. */
    private static boolean mod11_2(String digits) {
        int total = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(digits.length() - 1) == expected;
    }
}
