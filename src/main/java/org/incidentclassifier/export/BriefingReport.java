package org.incidentclassifier.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentclassifier.export.Briefing.Block;
import org.incidentclassifier.export.Briefing.Bullets;
import org.incidentclassifier.export.Briefing.Heading;
import org.incidentclassifier.export.Briefing.Item;
import org.incidentclassifier.export.Briefing.Line;
import org.incidentclassifier.export.Briefing.Paragraph;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.verdict.Verdict;

/**
 * What the briefing says ({@code --format md} and {@code --format html}): per incident, a paragraph saying what
 * happened, when, where and by whom, then who took part, the figures of each quantity with their sources and
 * stances, the points in dispute in plain words, the sources with their grades, and the evidence quoted. Every
 * statement cites its evidence as [E1], [E2]... numbered in order of first use within the incident. How it is
 * written is {@link MarkdownBriefing}'s and {@link HtmlBriefing}'s business.
 */
public final class BriefingReport {

    /** The briefing of a verdict, ready for a writer. */
    public Briefing content(Verdict verdict) {
        List<Block> blocks = new ArrayList<>();
        int docs = verdict.documents().size();
        int incidents = verdict.incidents().size();
        blocks.add(paragraph(docs + (docs == 1 ? " report, " : " reports, ") + incidents
                + (incidents == 1 ? " incident." : " incidents.")));
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            new IncidentSection(new IncidentFacts(incident), verdict.documents()).write(blocks);
        }
        List<Verdict.DocumentEntry> none = verdict.documents().stream().filter(d -> d.incident() == null).toList();
        if (!none.isEmpty()) {
            blocks.add(heading(2, "Reports of no incident"));
            blocks.add(bullets(none.stream().map(d -> Line.of(d.id() + " (" + d.path() + ")")).toList()));
        }
        if (!verdict.errors().isEmpty()) {
            blocks.add(heading(2, "Inputs that could not be read"));
            blocks.add(bullets(verdict.errors().stream().map(e -> Line.of(e.path() + ": " + e.message())).toList()));
        }
        return new Briefing("Incident briefing", blocks);
    }

    /** The briefing in Markdown. */
    public String write(Verdict verdict) {
        return new MarkdownBriefing().write(content(verdict));
    }

    private static Heading heading(int level, String text) {
        return new Heading(level, Line.of(text));
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(Line.of(text));
    }

    private static Bullets bullets(List<Line> lines) {
        return new Bullets(lines.stream().map(l -> new Item(null, l)).toList());
    }

    /** Quotes cited for one statement at most: a briefing cites, the verdict lists everything. */
    private static final int MAX_REFS = 4;

    /** One incident's section; holds the numbering of its evidence. */
    private static final class IncidentSection {
        private final IncidentFacts facts;
        private final Verdict.IncidentEntry incident;
        private final List<Verdict.DocumentEntry> documents;
        private final Map<Evidence, Integer> cited = new LinkedHashMap<>();

        IncidentSection(IncidentFacts facts, List<Verdict.DocumentEntry> documents) {
            this.facts = facts;
            this.incident = facts.incident();
            this.documents = documents;
        }

        void write(List<Block> blocks) {
            blocks.add(heading(2, incident.id() + ": " + IncidentSummary.typeWords(facts.primaryType()) + where()));
            blocks.add(new Paragraph(Line.of(IncidentSummary.of(facts) + " ").append(typesSentence())));
            blocks.add(heading(3, "When and where"));
            blocks.add(new Paragraph(when()));
            blocks.add(paragraph(whereSentence()));
            blocks.add(paragraph("Reports: " + reports() + "."));
            who(blocks);
            figures(blocks);
            disputes(blocks);
            sources(blocks);
            evidence(blocks);
        }

        private String where() {
            String where = IncidentSummary.where(facts);
            return where == null ? "" : " at " + where;
        }

        private Line typesSentence() {
            Line s = new Line();
            if (incident.types().isEmpty()) {
                return s;
            }
            s.text("The rules class it as ");
            String sep = "";
            for (Verdict.TypeEntry t : incident.types()) {
                s.text(sep + IncidentSummary.typeWords(t.type()) + " (confidence " + t.confidence() + ", rule ")
                        .code(t.rule()).append(refs(t.evidence())).text(")");
                sep = "; ";
            }
            return s.text(".");
        }

        private Line when() {
            Verdict.DateEntry date = incident.date();
            if (date == null) {
                return Line.of("The reports give no date for the events that can be resolved to a day or a month"
                        + " (a weekday needs the report's own date).");
            }
            Line s = Line.of("It happened " + IncidentSummary.when(date) + " (" + basisWords(date.basis()) + ", rule ")
                    .code(date.rule()).append(refs(date.evidence())).text(").");
            for (Verdict.OtherDateEntry other : date.otherDates()) {
                s.text(" A report also dates an event " + IncidentSummary.when(new Verdict.DateEntry(other.from(), other.to(),
                                other.basis(), other.rule(), other.evidence(), List.of())))
                        .append(refs(other.evidence())).text(": a later day of the incident, or a disagreement.");
            }
            return s;
        }

        private String whereSentence() {
            String where = IncidentSummary.where(facts);
            return where == null ? "The reports name no place for it." : "It took place at " + where + ".";
        }

        private String reports() {
            return incident.documents().stream().map(id -> documents.stream().filter(d -> d.id().equals(id)).findFirst()
                    .map(d -> id + " (" + d.path() + (d.date() == null ? "" : ", dated " + d.date()) + ")").orElse(id))
                    .collect(Collectors.joining(", "));
        }

        private void who(List<Block> blocks) {
            blocks.add(heading(3, "Who"));
            List<Line> lines = new ArrayList<>();
            role(lines, "Perpetrators", facts.perpetrators());
            role(lines, "Hostages", facts.withRole("HOSTAGE"));
            role(lines, "Victims", facts.withRole("VICTIM"));
            role(lines, "Responders", facts.withRole("RESPONDER"));
            role(lines, "Governments", facts.withRole("GOVERNMENT"));
            role(lines, "Mediators", facts.withRole("MEDIATOR"));
            role(lines, "Facility operators", facts.withRole("FACILITY_OPERATOR"));
            blocks.add(lines.isEmpty() ? paragraph("The reports name no one the rules could give a part in the incident.")
                    : bullets(lines));
        }

        private void role(List<Line> lines, String label, List<Verdict.ActorEntry> actors) {
            if (actors.isEmpty()) {
                return;
            }
            Line s = Line.of(label + ": ");
            String sep = "";
            for (Verdict.ActorEntry a : actors) {
                s.text(sep + a.name());
                for (Verdict.AffiliationEntry f : a.affiliations()) {
                    s.text(", " + lower(f.relation()) + " " + f.targetName() + " (" + lower(f.status()))
                            .append(refs(f.evidence())).text(")");
                }
                s.append(refs(a.evidence().stream().limit(1).toList()));
                sep = "; ";
            }
            lines.add(s);
        }

        private void figures(List<Block> blocks) {
            blocks.add(heading(3, "Figures"));
            if (incident.quantities().isEmpty()) {
                blocks.add(paragraph("The reports give no figures."));
                return;
            }
            List<Line> lines = new ArrayList<>();
            for (Verdict.QuantityEntry q : incident.quantities()) {
                Line s = new Line().strong(capitalised(IncidentSummary.subjectWords(q.subject())) + " "
                        + IncidentSummary.statusWords(q.status())).text(": ");
                if (q.best() != null) {
                    s.text("best " + q.best() + (q.low().equals(q.high()) ? "" : " (from " + q.low() + " to " + q.high() + ")")
                            + ", " + q.bestBasis() + ". ");
                }
                String sep = "";
                for (Verdict.FigureEntry f : q.figures()) {
                    String words = figureWords(f) + " " + (f.source() == null ? "from an unnamed source" : "according to " + f.source())
                            + ", " + f.stance().toLowerCase(Locale.ROOT);
                    s.text(sep.isEmpty() ? capitalised(words) : sep + words).append(refs(claimEvidence(f.claim())));
                    sep = "; ";
                }
                lines.add(s.text("."));
            }
            blocks.add(bullets(lines));
        }

        private static String figureWords(Verdict.FigureEntry f) {
            if (f.value() != null) {
                return String.valueOf(f.value());
            }
            if (f.min() != null && f.min().equals(f.max())) {
                return f.min() == 1 ? "one (no number written)" : String.valueOf(f.min());
            }
            if (f.min() != null && f.max() != null) {
                return f.min() + " to " + f.max();
            }
            return f.min() != null ? "at least " + f.min() : f.max() != null ? "at most " + f.max() : "an unstated number";
        }

        private void disputes(List<Block> blocks) {
            blocks.add(heading(3, "Points in dispute"));
            if (incident.inconsistencies().isEmpty()) {
                blocks.add(paragraph("The rules found no claims that cannot all be true."));
                return;
            }
            blocks.add(bullets(incident.inconsistencies().stream().map(i -> Line.of(capitalised(lower(i.kind())) + " ("
                    + i.severity().toLowerCase(Locale.ROOT) + " severity): " + i.explanation()).append(refs(i.evidence()))).toList()));
        }

        private void sources(List<Block> blocks) {
            blocks.add(heading(3, "Sources"));
            Map<String, String> graded = new LinkedHashMap<>();
            for (Verdict.ClaimEntry c : incident.claims()) {
                String name = c.source() == null ? "unnamed source" : c.source().name() == null ? "unnamed " + lower(c.source().kind())
                        : c.source().name() + " (" + lower(c.source().kind()) + ")";
                String grade = c.grade() == null ? "not graded" : "reliability " + c.grade().reliability() + ", credibility "
                        + c.grade().credibility() + ": " + c.grade().reason();
                graded.merge(name, grade, (a, b) -> a.equals(b) || a.contains(b) ? a : a + "; " + b);
            }
            if (graded.isEmpty()) {
                blocks.add(paragraph("No figure names a source."));
                return;
            }
            blocks.add(bullets(graded.entrySet().stream().map(g -> Line.of(g.getKey() + ": " + g.getValue())).toList()));
        }

        private void evidence(List<Block> blocks) {
            blocks.add(heading(3, "Evidence"));
            List<Item> items = new ArrayList<>();
            cited.forEach((e, n) -> items.add(new Item(n, Line.of(e.document() + ", sentence " + (e.sentence() + 1)
                    + ", characters " + e.start() + "-" + e.end() + ": \"" + e.text().replace('\n', ' ') + "\""))));
            blocks.add(new Bullets(items));
        }

        private List<Evidence> claimEvidence(String claimId) {
            return incident.claims().stream().filter(c -> c.id().equals(claimId)).findFirst()
                    .map(Verdict.ClaimEntry::evidence).orElse(List.of());
        }

        /** " [E1, E2]" for the evidence, numbering each quote the first time it is cited; empty for none. */
        private Line refs(List<Evidence> evidence) {
            Line s = new Line();
            if (evidence.isEmpty()) {
                return s;
            }
            List<Integer> refs = evidence.stream().limit(MAX_REFS)
                    .map(e -> cited.computeIfAbsent(e, k -> cited.size() + 1)).distinct().toList();
            s.text(" [");
            for (int i = 0; i < refs.size(); i++) {
                s.text(i == 0 ? "" : ", ").ref(refs.get(i));
            }
            return s.text(evidence.size() > MAX_REFS ? " and " + (evidence.size() - MAX_REFS) + " more in the verdict]" : "]");
        }

        private static String basisWords(String basis) {
            return switch (basis == null ? "" : basis) {
                case "FULL_DATE" -> "a full date in the text";
                case "DAY_AND_MONTH" -> "a day and month, the year from the report's date";
                case "MONTH" -> "only the month is given";
                case "WEEKDAY" -> "a weekday counted back from the report's date";
                case "DAY_WORD" -> "a day word counted from the report's date";
                default -> "read from the text";
            };
        }

        private static String lower(String words) {
            return words.toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        private static String capitalised(String words) {
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
