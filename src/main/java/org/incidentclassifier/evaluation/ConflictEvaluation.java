package org.incidentclassifier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.verdict.Verdict;

/**
 * Scores the cross-report conflicts of {@code groups.yaml} (per group, {@code conflicts}: what they are about,
 * and per report the figure and the words quoted) against a verdict of all the reports classified together.
 * A conflict is found <em>as an inconsistency</em> when one inconsistency of an incident cites claims from at
 * least two of the conflict's reports (from its one report when the conflict lies within a report) whose figures
 * are among the conflict's figures for those reports, and at least two different such figures. It is found
 * <em>as an update</em> when no inconsistency does, but the incident's figures for one quantity show one such
 * figure updating another of another report (a later-dated toll after an earlier one; of the same report when
 * the conflict lies within it): the tool then tells the analyst the figures differ, and which it takes as the
 * latest. Recall counts both; the strict recall counts inconsistencies only. A conflict without figures (a claim
 * of responsibility against "no group has claimed") is found when an inconsistency's evidence quotes words of
 * the gold quotes of two of its reports.
 */
final class ConflictEvaluation {
    /** How a gold conflict came out. */
    public enum Outcome { INCONSISTENCY, UPDATE, MISSED }

    /** One report's figure in a conflict; {@code value} is null for a conflict without figures. */
    record Figure(String document, Integer value, String quote) {}

    /** A conflict of one group's reports. */
    record Conflict(String group, String about, List<Figure> figures) {
        Set<String> documents() {
            Set<String> ids = new LinkedHashSet<>();
            figures.forEach(f -> ids.add(f.document()));
            return ids;
        }

        int reportsNeeded() {
            return Math.min(2, documents().size());
        }

        boolean valued() {
            return figures.stream().anyMatch(f -> f.value() != null);
        }

        /** The gold figure of this document that the claim gives (as its value or a bound), or null. */
        Integer matching(Verdict.ClaimEntry claim) {
            for (Figure f : figures) {
                if (f.document().equals(claim.document()) && f.value() != null
                        && (f.value().equals(claim.value()) || f.value().equals(claim.min())
                        || f.value().equals(claim.max()))) {
                    return f.value();
                }
            }
            return null;
        }
    }

    /** A conflict and how it came out, with the inconsistency or figure that found it (or null). */
    public record Result(String group, String about, Outcome outcome, String by) {}

    private final List<Conflict> conflicts;

    private ConflictEvaluation(List<Conflict> conflicts) {
        this.conflicts = conflicts;
    }

    /** The conflicts of {@code <gold>/groups.yaml}, or null when the gold directory has none. */
    public static ConflictEvaluation read(Path goldDir) throws IOException {
        Path file = goldDir.resolve(GroupingEvaluation.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<Conflict> conflicts = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            for (JsonNode conflict : group.path("conflicts")) {
                List<Figure> figures = new ArrayList<>();
                for (JsonNode r : conflict.path("reports")) {
                    JsonNode value = r.path("value");
                    figures.add(new Figure(r.path("file").asText().replaceFirst("\\.txt$", ""),
                            value.isNumber() ? value.asInt() : null, r.path("quote").asText("")));
                }
                conflicts.add(new Conflict(group.path("group").asText(), conflict.path("about").asText(),
                        List.copyOf(figures)));
            }
        }
        return new ConflictEvaluation(conflicts);
    }

    /** How each conflict came out in a verdict of all the reports classified together. */
    public Score score(Verdict verdict) {
        List<Result> results = new ArrayList<>();
        for (Conflict c : conflicts) {
            Result found = null;
            for (Verdict.IncidentEntry incident : verdict.incidents()) {
                if (incident.documents().stream().noneMatch(c.documents()::contains)) {
                    continue;
                }
                Map<String, Verdict.ClaimEntry> claims = new HashMap<>();
                incident.claims().forEach(claim -> claims.put(claim.id(), claim));
                attackerFigures(incident).forEach(claim -> claims.put(claim.id(), claim));
                for (Verdict.InconsistencyEntry i : incident.inconsistencies()) {
                    if (c.valued() ? cites(c, i, claims) : quotes(c, i)) {
                        found = new Result(c.group(), c.about(), Outcome.INCONSISTENCY, i.id() + " " + i.kind());
                        break;
                    }
                }
                if (found == null && c.valued()) {
                    String update = update(c, incident, claims);
                    if (update != null) {
                        found = new Result(c.group(), c.about(), Outcome.UPDATE, update);
                    }
                }
                if (found != null && found.outcome() == Outcome.INCONSISTENCY) {
                    break;
                }
            }
            results.add(found != null ? found : new Result(c.group(), c.about(), Outcome.MISSED, null));
        }
        return new Score(List.copyOf(results));
    }

    /**
     * The incident's attacker figures as claim entries (an inconsistency cites them by id like claims), so that a
     * conflict about the number of attackers is found when an inconsistency cites two reports' attacker figures.
     */
    private static List<Verdict.ClaimEntry> attackerFigures(Verdict.IncidentEntry incident) {
        List<Verdict.ClaimEntry> figures = new ArrayList<>();
        for (Verdict.QuantityEntry q : incident.quantities()) {
            if (q.subject().equals("ATTACKERS")) {
                q.figures().forEach(f -> figures.add(new Verdict.ClaimEntry(f.claim(), q.subject(), q.status(),
                        f.value(), f.min(), f.max(), false, false, null, f.stance(), f.document(), List.of(), null,
                        List.of(), List.of())));
            }
        }
        return figures;
    }

    private static boolean cites(Conflict c, Verdict.InconsistencyEntry i, Map<String, Verdict.ClaimEntry> claims) {
        Set<String> reports = new HashSet<>();
        Set<Integer> values = new HashSet<>();
        for (String id : i.claims()) {
            Verdict.ClaimEntry claim = claims.get(id);
            Integer value = claim == null ? null : c.matching(claim);
            if (value != null) {
                reports.add(claim.document());
                values.add(value);
            }
        }
        return reports.size() >= c.reportsNeeded() && values.size() >= 2;
    }

    private static boolean quotes(Conflict c, Verdict.InconsistencyEntry i) {
        Set<String> reports = new HashSet<>();
        for (var e : i.evidence()) {
            for (Figure f : c.figures()) {
                String quote = f.quote().toLowerCase(Locale.ROOT);
                String text = e.text().toLowerCase(Locale.ROOT);
                if (f.document().equals(e.document()) && !quote.isEmpty()
                        && (text.contains(quote) || quote.contains(text) && text.length() > 10)) {
                    reports.add(f.document());
                }
            }
        }
        return reports.size() >= c.reportsNeeded();
    }

    /** "claim-12 updates claim-7" when one gold figure of a quantity updates another of another report. */
    private static String update(Conflict c, Verdict.IncidentEntry incident, Map<String, Verdict.ClaimEntry> claims) {
        boolean oneReport = c.documents().size() == 1;
        for (Verdict.QuantityEntry q : incident.quantities()) {
            for (Verdict.FigureEntry later : q.figures()) {
                Verdict.ClaimEntry laterClaim = claims.get(later.claim());
                if (laterClaim == null || c.matching(laterClaim) == null) {
                    continue;
                }
                for (String earlier : later.updates()) {
                    Verdict.ClaimEntry earlierClaim = claims.get(earlier);
                    if (earlierClaim != null && c.matching(earlierClaim) != null
                            && !c.matching(earlierClaim).equals(c.matching(laterClaim))
                            && (oneReport || !earlierClaim.document().equals(laterClaim.document()))) {
                        return later.claim() + " updates " + earlier;
                    }
                }
            }
        }
        return null;
    }

    /** The conflicts' outcomes. */
    public record Score(List<Result> results) {
        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }

        /** Share of the conflicts found, as inconsistencies or as updates; NaN when there are none. */
        public double recall() {
            return results.isEmpty() ? Double.NaN : (double) (results.size() - count(Outcome.MISSED)) / results.size();
        }

        /** Share of the conflicts found as inconsistencies. */
        public double strictRecall() {
            return results.isEmpty() ? Double.NaN : (double) count(Outcome.INCONSISTENCY) / results.size();
        }

        public void print(PrintWriter out) {
            out.println();
            out.println("== cross-report conflicts of " + GroupingEvaluation.FILE + ", all reports classified together");
            for (Result r : results) {
                out.println(String.format(Locale.ROOT, "  %-13s %-26s %-52s %s", r.outcome().name().toLowerCase(
                        Locale.ROOT), r.group(), r.about(), r.by() == null ? "" : r.by()));
            }
            out.println(String.format(Locale.ROOT, "  found %d of %d (%d as inconsistencies, %d as updates):"
                            + " recall %.2f, as inconsistencies only %.2f",
                    results.size() - count(Outcome.MISSED), results.size(), count(Outcome.INCONSISTENCY),
                    count(Outcome.UPDATE), recall(), strictRecall()));
        }
    }
}
