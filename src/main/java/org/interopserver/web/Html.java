package org.interopserver.web;

/** Text and attribute values made safe for HTML: everything that is not markup is escaped. */
final class Html {

    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link, only for http(s) URLs: anything else (javascript:, data:) is shown as text. */
    static String link(String url, String label) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return text(label);
        }
        return "<a href=\"" + text(url) + "\">" + text(label) + "</a>";
    }

    /**
     * JSON for a {@code <script>} element: every {@code <}, {@code >} and {@code &} becomes a JSON escape, so no
     * value can close the element or open a comment; the JSON means the same.
     */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
