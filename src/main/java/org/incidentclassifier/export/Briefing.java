package org.incidentclassifier.export;

import java.util.ArrayList;
import java.util.List;

/**
 * What a briefing says, apart from how it is written: headings, paragraphs and bulleted lists whose lines are
 * plain text, code (rule names), strong text (a figure's subject) and references to quoted evidence. {@link
 * BriefingReport} builds it from the verdict; {@link MarkdownBriefing} and {@link HtmlBriefing} write it, so the
 * two formats cannot say different things.
 *
 * @param title  the document's title
 * @param blocks the blocks in reading order
 */
public record Briefing(String title, List<Block> blocks) {

    /** A block of the briefing. */
    public sealed interface Block permits Heading, Paragraph, Bullets {
    }

    /** A heading; level 2 opens an incident or a closing section, level 3 a part of an incident. */
    public record Heading(int level, Line text) implements Block {
    }

    /** A paragraph of running text. */
    public record Paragraph(Line text) implements Block {
    }

    /** A bulleted list. */
    public record Bullets(List<Item> items) implements Block {
    }

    /**
     * One bullet.
     *
     * @param evidence the number n of the evidence quote this bullet is (the target of [En]), or null
     * @param text     the bullet's text
     */
    public record Item(Integer evidence, Line text) {
    }

    /** A piece of inline text. */
    public sealed interface Span permits Text, Code, Strong, Ref {
    }

    /** Plain words. */
    public record Text(String text) implements Span {
    }

    /** A name from the rules, such as a rule's id. */
    public record Code(String text) implements Span {
    }

    /** Words that lead a bullet. */
    public record Strong(String text) implements Span {
    }

    /** A reference to the incident's evidence quote number {@code n}. */
    public record Ref(int n) implements Span {
    }

    /** A line of inline spans, built by appending. */
    public static final class Line {
        private final List<Span> spans = new ArrayList<>();

        public static Line of(String text) {
            return new Line().text(text);
        }

        public Line text(String text) {
            if (!text.isEmpty()) {
                spans.add(new Text(text));
            }
            return this;
        }

        public Line code(String text) {
            spans.add(new Code(text));
            return this;
        }

        public Line strong(String text) {
            spans.add(new Strong(text));
            return this;
        }

        public Line ref(int n) {
            spans.add(new Ref(n));
            return this;
        }

        public Line append(Line other) {
            spans.addAll(other.spans);
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public List<Span> spans() {
            return List.copyOf(spans);
        }
    }
}
