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

/** {@code --format md}: a {@link Briefing} written as Markdown, to paste into notes or a ticket. */
public final class MarkdownBriefing {

    public String write(Briefing briefing) {
        StringBuilder md = new StringBuilder("# ").append(briefing.title()).append("\n\n");
        for (Block block : briefing.blocks()) {
            if (block instanceof Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
            } else if (block instanceof Paragraph p) {
                md.append(inline(p.text())).append("\n\n");
            } else if (block instanceof Bullets b) {
                for (Item item : b.items()) {
                    md.append("- ").append(item.evidence() == null ? "" : "[E" + item.evidence() + "] ")
                            .append(inline(item.text())).append('\n');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String inline(Line line) {
        StringBuilder s = new StringBuilder();
        for (Span span : line.spans()) {
            if (span instanceof Text t) {
                s.append(t.text());
            } else if (span instanceof Code c) {
                s.append('`').append(c.text()).append('`');
            } else if (span instanceof Strong b) {
                s.append("**").append(b.text()).append("**");
            } else if (span instanceof Ref r) {
                s.append('E').append(r.n());
            }
        }
        return s.toString();
    }
}
