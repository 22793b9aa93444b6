package org.incidentclassifier.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.SharedPipeline;

/**
 * The floors in docs/eval/ratchet.properties, one set per measured corpus: the dev corpus's keys carry no
 * prefix, the team-written summaries' keys start with {@code summaries.}, the held-out set's with
 * {@code holdout.} (and the blind second, third and fourth sets' with {@code holdout2.}, {@code holdout3.} and {@code holdout4.}), the dev corpus classified together
 * {@code grouping.}. A ratchet test evaluates its corpus,
 * reads its floors and lists the scores that fell below them.
 */
final class RecordedScores {
    static final Path FILE = Path.of("docs/eval/ratchet.properties");
    static final String SUMMARIES = "summaries.";
    /** The held-out set written apart from the summaries (src/test/resources/corpus/holdout). */
    static final String HOLDOUT = "holdout.";
    /** The second held-out set, written blind to the rules (src/test/resources/corpus/holdout2). */
    static final String HOLDOUT2 = "holdout2.";
    /** The third held-out set, written blind to the rules (src/test/resources/corpus/holdout3); never read for fixes. */
    static final String HOLDOUT3 = "holdout3.";
    /**
     * The fourth held-out set, written blind to the rules on 2026-12-03 (src/test/resources/corpus/holdout4): its
     * odd-numbered half is read for fixes, its even half never.
     */
    static final String HOLDOUT4 = "holdout4.";
    /** Scores of the dev corpus's reports classified together (DevGroupingTest). */
    static final String GROUPING = "grouping.";

    private RecordedScores() {
    }

    /** The recorded floors whose keys start with {@code prefix} (prefix removed), or with none when "". */
    static Map<String, Double> floors(String prefix) throws IOException {
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            recorded.load(in);
        }
        Map<String, Double> floors = new TreeMap<>();
        for (String key : recorded.stringPropertyNames()) {
            boolean prefixed = key.startsWith(SUMMARIES) || key.startsWith(HOLDOUT) || key.startsWith(HOLDOUT2)
                    || key.startsWith(HOLDOUT3) || key.startsWith(HOLDOUT4) || key.startsWith(GROUPING);
            if (prefix.isEmpty() ? !prefixed : key.startsWith(prefix)) {
                floors.put(key.substring(prefix.length()), Double.parseDouble(recorded.getProperty(key)));
            }
        }
        return floors;
    }

    /** Each corpus file read alone, as the evaluation classifies them. */
    static List<InputDocument> documents(Path corpus) {
        List<InputDocument> documents = new ArrayList<>();
        for (IngestOutcome outcome : new Ingest().read(List.of(corpus.toString()), null)) {
            documents.add((InputDocument) outcome);
        }
        return documents;
    }

    /** Evaluates the corpus against its gold; the caller checks {@link CorpusEvaluation#problems()} first. */
    static EvalReport evaluate(CorpusEvaluation evaluation, List<InputDocument> documents) {
        return evaluation.run(SharedPipeline.get(), documents);
    }

    /** "claims.recall fell to 0.41 (recorded 0.43)" for each score below its floor (compared at 2 decimals). */
    static List<String> fallen(Map<String, Double> scores, Map<String, Double> floors, String prefix) {
        List<String> fallen = new ArrayList<>();
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            double floor = floors.get(score.getKey());
            double now = Double.isNaN(score.getValue()) ? 0 : score.getValue();
            if (Math.round(now * 100) < Math.round(floor * 100)) {
                fallen.add(String.format(Locale.ROOT, "%s%s fell to %.2f (recorded %.2f)", prefix, score.getKey(),
                        now, floor));
            }
        }
        return fallen;
    }
}
