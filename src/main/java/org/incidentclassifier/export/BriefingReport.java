package org.incidentclassifier.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.verdict.Verdict;

/**
 * {@code --format md}: the verdict as a briefing an analyst can paste: per incident, a paragraph saying what
 * happened, when, where and by whom, then who took part, the figures of each quantity with their sources and
 * stances, the points in dispute in plain words, the sources with their grades, and the evidence quoted. Every
 * statement cites its evidence as [E1], [E2]... numbered in order of first use within the incident.
 */
public final class BriefingReport {

    public String write(Verdict verdict) {
        StringBuilder md = new StringBuilder("# Incident briefing\n\n");
        md.append(verdict.documents().size()).append(verdict.documents().size() == 1 ? " report, " : " reports, ")
                .append(verdict.incidents().size()).append(verdict.incidents().size() == 1 ? " incident.\n\n" : " incidents.\n\n");
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            new IncidentSection(new IncidentFacts(incident), verdict.documents()).write(md);
        }
        List<Verdict.DocumentEntry> none = verdict.documents().stream().filter(d -> d.incident() == null).toList();
        if (!none.isEmpty()) {
            md.append("## Reports of no incident\n\n");
            none.forEach(d -> md.append("- ").append(d.id()).append(" (").append(d.path()).append(")\n"));
            md.append('\n');
        }
        if (!verdict.errors().isEmpty()) {
            md.append("## Inputs that could not be read\n\n");
            verdict.errors().forEach(e -> md.append("- ").append(e.path()).append(": ").append(e.message()).append('\n'));
            md.append('\n');
        }
        return md.toString();
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

        void write(StringBuilder md) {
            md.append("## ").append(incident.id()).append(": ")
                    .append(IncidentSummary.typeWords(facts.primaryType())).append(where()).append("\n\n");
            md.append(IncidentSummary.of(facts)).append(' ').append(typesSentence()).append("\n\n");
            md.append("### When and where\n\n").append(when()).append("\n\n");
            md.append(where(true)).append("\n\n");
            md.append("Reports: ").append(reports()).append(".\n\n");
            who(md);
            figures(md);
            disputes(md);
            sources(md);
            evidence(md);
        }

        private String where() {
            String where = IncidentSummary.where(facts);
            return where == null ? "" : " at " + where;
        }

        private String typesSentence() {
            List<String> types = incident.types().stream().map(t -> IncidentSummary.typeWords(t.type()) + " (confidence "
                    + t.confidence() + ", rule `" + t.rule() + "`" + refs(t.evidence()) + ")").toList();
            return types.isEmpty() ? "" : "The rules class it as " + String.join("; ", types) + ".";
        }

        private String when() {
            Verdict.DateEntry date = incident.date();
            if (date == null) {
                return "The reports give no date for the events that can be resolved to a day or a month"
                        + " (a weekday needs the report's own date).";
            }
            StringBuilder s = new StringBuilder("It happened ").append(IncidentSummary.when(date)).append(" (")
                    .append(basisWords(date.basis())).append(", rule `").append(date.rule()).append("`")
                    .append(refs(date.evidence())).append(").");
            for (Verdict.OtherDateEntry other : date.otherDates()) {
                s.append(" A report also dates an event ").append(IncidentSummary.when(
                                new Verdict.DateEntry(other.from(), other.to(), other.basis(), other.rule(), other.evidence(), List.of())))
                        .append(refs(other.evidence())).append(": a later day of the incident, or a disagreement.");
            }
            return s.toString();
        }

        private String where(boolean sentence) {
            String where = IncidentSummary.where(facts);
            return where == null ? "The reports name no place for it." : "It took place at " + where + ".";
        }

        private String reports() {
            return incident.documents().stream().map(id -> documents.stream().filter(d -> d.id().equals(id)).findFirst()
                    .map(d -> id + " (" + d.path() + (d.date() == null ? "" : ", dated " + d.date()) + ")").orElse(id))
                    .collect(Collectors.joining(", "));
        }

        private void who(StringBuilder md) {
            md.append("### Who\n\n");
            int before = md.length();
            role(md, "Perpetrators", facts.perpetrators());
            role(md, "Hostages", facts.withRole("HOSTAGE"));
            role(md, "Victims", facts.withRole("VICTIM"));
            role(md, "Responders", facts.withRole("RESPONDER"));
            role(md, "Governments", facts.withRole("GOVERNMENT"));
            role(md, "Mediators", facts.withRole("MEDIATOR"));
            role(md, "Facility operators", facts.withRole("FACILITY_OPERATOR"));
            if (md.length() == before) {
                md.append("The reports name no one the rules could give a part in the incident.\n");
            }
            md.append('\n');
        }

        private void role(StringBuilder md, String label, List<Verdict.ActorEntry> actors) {
            if (actors.isEmpty()) {
                return;
            }
            md.append("- ").append(label).append(": ");
            List<String> named = new ArrayList<>();
            for (Verdict.ActorEntry a : actors) {
                StringBuilder s = new StringBuilder(a.name());
                List<String> ties = a.affiliations().stream().map(f -> relationWords(f.relation()) + " " + f.targetName()
                        + " (" + f.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + refs(f.evidence()) + ")").toList();
                if (!ties.isEmpty()) {
                    s.append(", ").append(String.join(", ", ties));
                }
                s.append(refs(a.evidence().stream().limit(1).toList()));
                named.add(s.toString());
            }
            md.append(String.join("; ", named)).append('\n');
        }

        private void figures(StringBuilder md) {
            md.append("### Figures\n\n");
            if (incident.quantities().isEmpty()) {
                md.append("The reports give no figures.\n\n");
                return;
            }
            for (Verdict.QuantityEntry q : incident.quantities()) {
                md.append("- **").append(capitalised(IncidentSummary.subjectWords(q.subject()))).append(' ')
                        .append(IncidentSummary.statusWords(q.status())).append("**: ");
                if (q.best() != null) {
                    md.append("best ").append(q.best());
                    if (!q.low().equals(q.high())) {
                        md.append(" (from ").append(q.low()).append(" to ").append(q.high()).append(')');
                    }
                    md.append(", ").append(q.bestBasis()).append(". ");
                }
                List<String> figures = new ArrayList<>();
                for (Verdict.FigureEntry f : q.figures()) {
                    figures.add(figureWords(f) + " " + (f.source() == null ? "from an unnamed source" : "according to " + f.source())
                            + ", " + f.stance().toLowerCase(java.util.Locale.ROOT) + refs(claimEvidence(f.claim())));
                }
                md.append(capitalised(String.join("; ", figures))).append(".\n");
            }
            md.append('\n');
        }

        private static String figureWords(Verdict.FigureEntry f) {
            if (f.value() != null) {
                return String.valueOf(f.value());
            }
            if (f.min() != null && f.max() != null) {
                return f.min() + " to " + f.max();
            }
            return f.min() != null ? "at least " + f.min() : f.max() != null ? "at most " + f.max() : "an unstated number";
        }

        private void disputes(StringBuilder md) {
            md.append("### Points in dispute\n\n");
            if (incident.inconsistencies().isEmpty()) {
                md.append("The rules found no claims that cannot all be true.\n\n");
                return;
            }
            for (Verdict.InconsistencyEntry i : incident.inconsistencies()) {
                md.append("- ").append(capitalised(i.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
                        .append(" (").append(i.severity().toLowerCase(java.util.Locale.ROOT)).append(" severity): ")
                        .append(i.explanation()).append(refs(i.evidence())).append('\n');
            }
            md.append('\n');
        }

        private void sources(StringBuilder md) {
            md.append("### Sources\n\n");
            Map<String, String> graded = new LinkedHashMap<>();
            for (Verdict.ClaimEntry c : incident.claims()) {
                String name = c.source() == null ? "unnamed source" : c.source().name() == null ? "unnamed " + kindWords(c.source().kind())
                        : c.source().name() + " (" + kindWords(c.source().kind()) + ")";
                String grade = c.grade() == null ? "not graded" : "reliability " + c.grade().reliability() + ", credibility "
                        + c.grade().credibility() + ": " + c.grade().reason();
                graded.merge(name, grade, (a, b) -> a.equals(b) || a.contains(b) ? a : a + "; " + b);
            }
            if (graded.isEmpty()) {
                md.append("No figure names a source.\n\n");
                return;
            }
            graded.forEach((name, grade) -> md.append("- ").append(name).append(": ").append(grade).append('\n'));
            md.append('\n');
        }

        private void evidence(StringBuilder md) {
            md.append("### Evidence\n\n");
            cited.forEach((e, n) -> md.append("- [E").append(n).append("] ").append(e.document()).append(", sentence ")
                    .append(e.sentence() + 1).append(", characters ").append(e.start()).append("-").append(e.end())
                    .append(": \"").append(e.text().replace('\n', ' ')).append("\"\n"));
            md.append('\n');
        }

        private List<Evidence> claimEvidence(String claimId) {
            return incident.claims().stream().filter(c -> c.id().equals(claimId)).findFirst()
                    .map(Verdict.ClaimEntry::evidence).orElse(List.of());
        }

        /** " [E1, E2]" for the evidence, numbering each quote the first time it is cited; "" for none. */
        private String refs(List<Evidence> evidence) {
            if (evidence.isEmpty()) {
                return "";
            }
            List<String> refs = evidence.stream().limit(MAX_REFS)
                    .map(e -> "E" + cited.computeIfAbsent(e, k -> cited.size() + 1)).distinct().toList();
            String more = evidence.size() > MAX_REFS ? " and " + (evidence.size() - MAX_REFS) + " more in the verdict" : "";
            return " [" + String.join(", ", refs) + more + "]";
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

        private static String relationWords(String relation) {
            return relation.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        private static String kindWords(String kind) {
            return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        private static String capitalised(String words) {
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
