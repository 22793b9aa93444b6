package org.incidentclassifier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.verdict.AnalysedIncident;

/**
 * One incident told by many reports of distinct wording (issue 9, bounded cost): {@link #reports} writes N short
 * reports of one hostage siege at a gas plant, each with its own sources and figures, and this times their grouped
 * analysis and prints the rules that fired most in the incident's session. Not a test: run it with
 * {@code scripts/large-incident.sh [N]} (default 600).
 */
public final class LargeIncidentBench {
    private static final String[] SOURCES = {"Agence France-Presse", "Al Jazeera", "the Algerian interior ministry",
        "a Norwegian government spokesman", "the state news agency APS", "Reuters", "the BBC", "a local official",
        "the Japanese foreign ministry", "a British official", "Sky News", "a security source", "the plant's operator",
        "an Irish diplomat", "Ennahar television", "a regional governor", "the French foreign minister",
        "a hospital doctor", "a union leader", "the prime minister's office", "Associated Press", "a witness"};
    private static final String[] HELD_VERBS = {"held", "were holding", "seized", "took"};

    private LargeIncidentBench() {
    }

    /** Reports of one siege, in our own words: sources and figures vary with {@code i}, so no two are reprints. */
    public static List<IngestOutcome> reports(int n) {
        Ingest ingest = new Ingest();
        List<IngestOutcome> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first = SOURCES[i % SOURCES.length];
            String second = SOURCES[(i / SOURCES.length + 7 * i + 3) % SOURCES.length];
            String third = SOURCES[(i * 5 + 11) % SOURCES.length];
            int killed = 20 + i % 41;
            int freed = 90 + (i * 7) % 113;
            int held = 30 + (i * 3) % 57;
            String text = "Militants " + HELD_VERBS[i % HELD_VERBS.length] + " " + held + " foreign hostages at the"
                    + " In Amenas gas plant in Algeria, " + third + " said in report number " + i + ".\n"
                    + capitalised(first) + " said " + killed + " hostages were killed when the army stormed the plant"
                    + " on day " + (i % 4 + 1) + " of the siege.\n"
                    + "According to " + second + ", " + freed + " workers were freed and " + (i % 9 + 1)
                    + " are still missing.\n";
            reports.add(ingest.fromText("siege-" + i, text));
        }
        return reports;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Pipeline pipeline = Pipeline.load(RuleFiles.fromDirectory(Path.of("rules")));
        List<IngestOutcome> reports = reports(n);
        pipeline.analyse(reports(5), false); // warm up
        long start = System.nanoTime();
        Pipeline.Analysis alone = pipeline.analyse(reports, true);
        long aloneNanos = System.nanoTime() - start;
        start = System.nanoTime();
        Pipeline.Analysis grouped = pipeline.regroup(alone.documents());
        long groupedNanos = System.nanoTime() - start;
        System.out.printf("%d reports: each analysed alone %.1f s; then grouped and the incident reasoned over"
                + " %.1f s%n", n, aloneNanos / 1e9, groupedNanos / 1e9);
        System.out.printf("incidents: %d, sizes %s; errors: %d %s%n", grouped.incidents().size(),
                grouped.incidents().stream().map(i -> i.documents().size()).toList(), grouped.errors().size(),
                grouped.errors().stream().limit(3).map(e -> e.problem() + " " + e.message()).toList());
        for (AnalysedIncident incident : grouped.incidents()) {
            Map<String, Integer> fired = new TreeMap<>(incident.reasoning().rulesFired());
            int total = fired.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("incident of %d reports (%d reprints): %d firings; most:%n", incident.documents().size(),
                    incident.reprints().size(), total);
            fired.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.printf("  %-45s %d%n", e.getKey(), e.getValue()));
        }
        System.out.printf("each report alone, all firings: %d%n", alone.documents().stream()
                .mapToInt(d -> d.reasoning().rulesFired().values().stream().mapToInt(Integer::intValue).sum()).sum());
    }
}
