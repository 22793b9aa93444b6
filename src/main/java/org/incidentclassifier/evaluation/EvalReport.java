package org.incidentclassifier.evaluation;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The scores of a corpus against its gold files: per file, then overall, precision, recall and F1 for the
 * incident itself, each incident type, count claims (status and number), affiliations and each inconsistency
 * kind, with the misses and extras of each file listed.
 */
final class EvalReport {
    private final String gold;
    private final List<DocumentScore> documents;

    EvalReport(String gold, List<DocumentScore> documents) {
        this.gold = gold;
        this.documents = List.copyOf(documents);
    }

    /** How many documents had a rule fail on them (their verdicts count as empty). */
    public int failures() {
        return (int) documents.stream().filter(d -> d.failure() != null).count();
    }

    /** Overall precision, recall and F1 of one category, micro-averaged over the documents. */
    Tally overall(EvalCategory category) {
        return total(i -> i.category() == category);
    }

    /**
     * The scores the team watches, by name ("claims.f1", "primary-type.recall", ...): what docs/eval records
     * and the ratchet test guards. A score with nothing to divide by is NaN.
     */
    public Map<String, Double> headlineScores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("incident.f1", overall(EvalCategory.INCIDENT).f1());
        scores.put("types.f1", overall(EvalCategory.TYPE).f1());
        scores.put("primary-type.recall", overall(EvalCategory.PRIMARY_TYPE).recall());
        scores.put("claims.precision", overall(EvalCategory.CLAIM).precision());
        scores.put("claims.recall", overall(EvalCategory.CLAIM).recall());
        scores.put("claims.f1", overall(EvalCategory.CLAIM).f1());
        scores.put("affiliations.f1", overall(EvalCategory.AFFILIATION).f1());
        scores.put("inconsistencies.recall", overall(EvalCategory.INCONSISTENCY).recall());
        return scores;
    }

    public void print(PrintWriter out) {
        out.println("rules eval: " + documents() + " against the gold files in " + gold);
        for (DocumentScore d : documents) {
            out.println();
            out.println("== " + d.document() + " (" + d.path() + ")");
            if (d.failure() != null) {
                out.println("  " + d.failure() + "; scored as an empty verdict");
            }
            header(out);
            for (EvalCategory category : EvalCategory.values()) {
                row(out, name(category), d.tally(i -> i.category() == category));
            }
            list(out, "missed", d.missed());
            list(out, "extra", d.extra());
        }
        out.println();
        out.println("== overall: " + documents());
        header(out);
        for (EvalCategory category : EvalCategory.values()) {
            row(out, name(category), overall(category));
            if (category == EvalCategory.TYPE || category == EvalCategory.INCONSISTENCY) {
                for (String label : labels(category)) {
                    row(out, "  " + label, total(i -> i.category() == category && i.label().equals(label)));
                }
            }
        }
        out.flush();
    }

    private String documents() {
        return documents.size() + (documents.size() == 1 ? " document" : " documents");
    }

    private Tally total(Predicate<EvalItem> filter) {
        return documents.stream().map(d -> d.tally(filter)).reduce(Tally.ZERO, Tally::plus);
    }

    private Set<String> labels(EvalCategory category) {
        Set<String> labels = new TreeSet<>();
        for (DocumentScore d : documents) {
            d.gold().stream().filter(i -> i.category() == category).forEach(i -> labels.add(i.label()));
            d.found().stream().filter(i -> i.category() == category).forEach(i -> labels.add(i.label()));
        }
        return labels;
    }

    private static String name(EvalCategory category) {
        return switch (category) {
            case INCIDENT -> "incident";
            case TYPE -> "types";
            case PRIMARY_TYPE -> "primary type";
            case CLAIM -> "claims (status + number)";
            case AFFILIATION -> "affiliations";
            case INCONSISTENCY -> "inconsistency kinds";
        };
    }

    private static void header(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "  %-34s %4s %4s %4s %6s %6s %6s", "", "tp", "fp", "fn", "P", "R",
                "F1"));
    }

    private static void row(PrintWriter out, String label, Tally t) {
        out.println(String.format(Locale.ROOT, "  %-34s %4d %4d %4d %6s %6s %6s", label, t.truePositives(),
                t.falsePositives(), t.falseNegatives(), score(t.precision()), score(t.recall()), score(t.f1())));
    }

    private static String score(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void list(PrintWriter out, String what, Set<EvalItem> items) {
        if (!items.isEmpty()) {
            out.println("  " + what + ": " + items.stream().map(EvalItem::toString).collect(Collectors.joining(", ")));
        }
    }
}
