package org.interopserver.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks what to send from an {@code Accept} header (RFC 9110 §12.5.1): each offered type gets the quality of the
 * most specific range that matches it ({@code type/subtype} over {@code type/*} over {@code *}{@code /*});
 * the highest quality above zero wins, ties going to the server's order of preference.
 */
public final class ContentNegotiation {

    private record Range(String type, String subtype, double quality) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String offeredType, String offeredSubtype) {
            return (type.equals("*") || type.equals(offeredType)) && (subtype.equals("*") || subtype.equals(offeredSubtype));
        }
    }

    private ContentNegotiation() {
    }

    /** The best of {@code offered} (most preferred first) for {@code accept}; a missing header accepts anything. */
    public static Optional<String> choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQuality = 0;
        for (String candidate : offered) {
            String[] parts = candidate.toLowerCase(Locale.ROOT).split("/", 2);
            double quality = ranges.stream().filter(r -> r.matches(parts[0], parts[1]))
                    .max((a, b) -> Integer.compare(a.specificity(), b.specificity()))
                    .map(Range::quality).orElse(0.0);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] params = element.split(";");
            String[] type = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue; // a malformed range matches nothing
            }
            double quality = 1;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].strip().split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                    try {
                        quality = Math.max(0, Math.min(1, Double.parseDouble(kv[1].strip())));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], quality));
        }
        return ranges;
    }
}
