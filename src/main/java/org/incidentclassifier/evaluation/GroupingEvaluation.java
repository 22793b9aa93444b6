package org.incidentclassifier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.incidentclassifier.verdict.Verdict;

/**
 * Scores how a grouped run joined reports into incidents against {@code groups.yaml} (each group: the files of
 * one incident; a report in no group is an incident of its own): pairwise precision, recall and F1 over the
 * pairs of reports put in one incident, with the pairs merged wrongly (false merges) and the pairs missed.
 * Reports classified with the corpus but not part of it (the seeds, say: {@code rules eval --group-with}) are
 * left out of the pairs; where each ended up is listed instead ({@link Score#companions()}).
 */
final class GroupingEvaluation {
    /** The gold file of the groups, in the gold directory. */
    public static final String FILE = "groups.yaml";

    private final List<List<String>> groups;

    private GroupingEvaluation(List<List<String>> groups) {
        this.groups = groups;
    }

    /** The groups of {@code <gold>/groups.yaml}, or null when the gold directory has none. */
    public static GroupingEvaluation read(Path goldDir) throws IOException {
        Path file = goldDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            List<String> ids = new ArrayList<>();
            group.path("files").forEach(f -> ids.add(f.asText().replaceFirst("\\.txt$", "")));
            groups.add(ids);
        }
        return new GroupingEvaluation(groups);
    }

    /** The score of a verdict of all the corpus's reports classified together. */
    public Score score(Verdict verdict) {
        return score(verdict, Set.of());
    }

    /**
     * The score of a verdict of the corpus's reports and some {@code extra} reports (by id) classified together:
     * pairs with an extra report are not scored; each extra report's incident companions are listed.
     */
    public Score score(Verdict verdict, Set<String> extra) {
        Set<String> present = new TreeSet<>();
        verdict.documents().forEach(d -> present.add(d.id()));
        present.removeAll(extra);
        java.util.Map<String, List<String>> companions = new java.util.TreeMap<>();
        extra.forEach(e -> companions.put(e, List.of()));
        verdict.incidents().forEach(i -> i.documents().stream().filter(extra::contains).forEach(e -> companions.put(e,
                i.documents().stream().filter(d -> !d.equals(e)).toList())));
        Set<String> gold = new TreeSet<>();
        for (List<String> g : groups) {
            pairs(g.stream().filter(present::contains).toList(), gold);
        }
        Set<String> found = new TreeSet<>();
        verdict.incidents().forEach(i -> pairs(i.documents().stream().filter(present::contains).toList(), found));
        Set<String> falseMerges = new TreeSet<>(found);
        falseMerges.removeAll(gold);
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(found);
        int tp = found.size() - falseMerges.size();
        return new Score(new Tally(tp, falseMerges.size(), missed.size()), List.copyOf(falseMerges), List.copyOf(missed),
                companions);
    }

    private static void pairs(List<String> ids, Set<String> into) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                into.add(a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a);
            }
        }
    }

    /**
     * Pairwise scores, the pairs merged wrongly and missed ("a + b"), and for each report classified with the
     * corpus but not scored, the reports of its incident.
     */
    public record Score(Tally pairs, List<String> falseMerges, List<String> missed,
                        java.util.Map<String, List<String>> companions) {
        public double precision() {
            return pairs.precision();
        }

        public double recall() {
            return pairs.recall();
        }

        public double f1() {
            return pairs.f1();
        }

        public void print(PrintWriter out) {
            out.println();
            out.println("== grouping: all reports classified together, against " + FILE);
            out.println(String.format(Locale.ROOT, "  %-34s %4s %4s %4s %6s %6s %6s", "", "tp", "fp", "fn", "P", "R", "F1"));
            out.println(String.format(Locale.ROOT, "  %-34s %4d %4d %4d %6s %6s %6s", "report pairs in one incident",
                    pairs.truePositives(), pairs.falsePositives(), pairs.falseNegatives(), score(precision()),
                    score(recall()), score(f1())));
            if (!falseMerges.isEmpty()) {
                out.println("  false merges: " + String.join(", ", falseMerges));
            }
            if (!missed.isEmpty()) {
                out.println("  missed: " + String.join(", ", missed));
            }
            companions.forEach((id, with) -> out.println("  not scored: " + id + (with.isEmpty() ? " alone"
                    : " with " + String.join(", ", with))));
        }

        private static String score(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
