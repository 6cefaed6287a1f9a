package org.interopserver.web;

/** The frame every page shares: language, landmarks, a readable style that needs no script. */
final class PageLayout {

    private PageLayout() {
    }

    static String document(String repositoryName, String title, String head, String main, String baseUrl) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.text(title) + " | " + Html.text(repositoryName) + "</title>\n"
                + "<style>" + STYLE + "</style>\n" + head + "</head>\n<body>\n"
                + "<header><nav aria-label=\"Site\"><a href=\"" + Html.text(baseUrl) + "/\">" + Html.text(repositoryName)
                + "</a> · <a href=\"" + Html.text(baseUrl) + "/search\">Search</a></nav></header>\n"
                + "<main>\n" + main + "</main>\n"
                + "<footer><p>" + Html.text(repositoryName) + " · <a href=\"" + Html.text(baseUrl)
                + "/oai?verb=Identify\">OAI-PMH</a></p></footer>\n</body>\n</html>\n";
    }

    /** Dark text on white and underlined links: contrast well above WCAG AA; readable on a phone. */
    private static final String STYLE = "body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;"
            + "max-width:50rem;margin:0 auto;padding:1rem;line-height:1.5}a{color:#0645ad}header,footer{padding:.5rem 0;"
            + "border-bottom:1px solid #ccc}footer{border-top:1px solid #ccc;border-bottom:0;margin-top:2rem}"
            + "dt{font-weight:bold}dd{margin:0 0 .5rem 0}table{border-collapse:collapse;width:100%}"
            + "td,th{text-align:left;padding:.25rem;border-bottom:1px solid #ddd;overflow-wrap:anywhere}"
            + ".creators{padding-left:1.2rem}h1,h2,p,li,dd{overflow-wrap:anywhere}"
            + "form label{display:inline-block;margin:.25rem 0}";
}
