package org.incidentclassifier.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;

/**
 * Where a cold start goes, in one fresh JVM: reading the rule files, loading the OpenNLP models, loading the
 * lexicons, loading the compiled rules (from the cache when it holds them), then classifying one seed (the first
 * document runs in interpreted code). Each part is timed alone, in order, so their sum is more than a real start,
 * which loads the rules beside the models and lexicons. Not a test: run it with {@code scripts/cold-start.sh}.
 */
public final class ColdStartBench {
    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        long read = System.nanoTime();
        NlpModels models = NlpModels.get();
        long modelsLoaded = System.nanoTime();
        Lexicons.load(files, models.stemmer());
        long lexiconsLoaded = System.nanoTime();
        RuleBase.compile(files);
        long rulesLoaded = System.nanoTime();
        Pipeline pipeline = Pipeline.load(files); // models and compiled rules are memoised: this is the lexicons again
        long assembled = System.nanoTime();
        pipeline.classify(new Ingest().read(List.of("seeds/000_802d9e333d9d6a38.txt"), null));
        long classified = System.nanoTime();
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime() - (classified - start) / 1_000_000;
        System.out.printf("| JVM start to main | %d |%n| rule files read | %d |%n| OpenNLP models | %d |%n"
                        + "| lexicons | %d |%n| compiled rules (cache hit after the first run) | %d |%n"
                        + "| lexicons again (warm) | %d |%n| first document (one seed) | %d |%n", jvm,
                ms(read - start), ms(modelsLoaded - read), ms(lexiconsLoaded - modelsLoaded), ms(rulesLoaded - lexiconsLoaded),
                ms(assembled - rulesLoaded), ms(classified - assembled));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
