package org.incidentclassifier.desk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The desk's web page: a fixed list of files packed in the jar under {@code /desk/page/}, each with its media
 * type. A request names one of them or gets 404, so no path of a request ever reaches the file system or another
 * resource (no traversal). Every answer carries a Content-Security-Policy that allows the page's own script,
 * style and connections only, and forbids framing.
 */
final class StaticPage {
    /** The page's files by the name they are served under ("" is the page itself, at /). */
    private static final Map<String, String> FILES = Map.of(
            "", "index.html",
            "index.html", "index.html",
            "desk.js", "desk.js",
            "desk.css", "desk.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    boolean has(String name) {
        return FILES.containsKey(name);
    }

    void serve(DeskExchange ex, String name) throws IOException {
        String file = FILES.get(name);
        byte[] bytes;
        try (InputStream in = StaticPage.class.getResourceAsStream("/desk/page/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks /desk/page/" + file);
            }
            bytes = in.readAllBytes();
        }
        ex.header("Content-Security-Policy", CSP);
        ex.header("X-Content-Type-Options", "nosniff");
        ex.header("Referrer-Policy", "no-referrer");
        ex.header("Cache-Control", "no-cache");
        ex.send(200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), bytes);
    }
}
