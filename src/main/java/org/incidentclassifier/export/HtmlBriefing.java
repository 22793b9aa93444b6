package org.incidentclassifier.export;

import org.incidentclassifier.export.Briefing.Block;
import org.incidentclassifier.export.Briefing.Bullets;
import org.incidentclassifier.export.Briefing.Code;
import org.incidentclassifier.export.Briefing.Heading;
import org.incidentclassifier.export.Briefing.Item;
import org.incidentclassifier.export.Briefing.Line;
import org.incidentclassifier.export.Briefing.Paragraph;
import org.incidentclassifier.export.Briefing.Ref;
import org.incidentclassifier.export.Briefing.Span;
import org.incidentclassifier.export.Briefing.Strong;
import org.incidentclassifier.export.Briefing.Text;

/**
 * {@code --format html}: a {@link Briefing} as one self-contained HTML5 page (inline style, no script, nothing
 * fetched), to open in a browser or attach to a mail. Every piece of text is escaped: evidence quotes come from
 * reports nobody vetted. Each [En] links to its quote; since the numbering restarts with each incident (each level-2
 * heading), the quote's id carries the section's number too ({@code s1-e3}).
 */
public final class HtmlBriefing {

    private static final String STYLE = """
            body { font-family: Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; }
            h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
            h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
            code { font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
            a.ref { text-decoration: none; }
            li:target { background: #fff3c4; }
            """;

    public String write(Briefing briefing) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escaped(briefing.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escaped(briefing.title())).append("</h1>\n");
        int section = 0;
        for (Block block : briefing.blocks()) {
            if (block instanceof Heading h) {
                section += h.level() <= 2 ? 1 : 0;
                html.append("<h").append(h.level()).append('>').append(inline(h.text(), section))
                        .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                html.append("<p>").append(inline(p.text(), section)).append("</p>\n");
            } else if (block instanceof Bullets b && !b.items().isEmpty()) {
                html.append("<ul>\n");
                for (Item item : b.items()) {
                    html.append(item.evidence() == null ? "<li>"
                            : "<li id=\"" + anchor(section, item.evidence()) + "\">[E" + item.evidence() + "] ");
                    html.append(inline(item.text(), section)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String inline(Line line, int section) {
        StringBuilder s = new StringBuilder();
        for (Span span : line.spans()) {
            if (span instanceof Text t) {
                s.append(escaped(t.text()));
            } else if (span instanceof Code c) {
                s.append("<code>").append(escaped(c.text())).append("</code>");
            } else if (span instanceof Strong b) {
                s.append("<strong>").append(escaped(b.text())).append("</strong>");
            } else if (span instanceof Ref r) {
                s.append("<a class=\"ref\" href=\"#").append(anchor(section, r.n())).append("\">E").append(r.n()).append("</a>");
            }
        }
        return s.toString();
    }

    private static String anchor(int section, int n) {
        return "s" + section + "-e" + n;
    }

    /** The text with the five characters that can open markup or end an attribute replaced by entities. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
