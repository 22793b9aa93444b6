package org.incidentclassifier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentclassifier.engine.Reasoner;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;

/**
 * The rules' share of a report alone: each report's facts (extracted once, with the background facts) reasoned
 * over in one session, as {@code classify --separate} does, timed in this thread's CPU time, best round of many.
 * Not a test: {@code java -cp ... RuleSessionBench [DIR]}.
 */
public final class RuleSessionBench {
    private static final int ROUNDS = 40;

    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "../shared/corpus/dev";
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        Pipeline pipeline = Pipeline.load(files);
        Lexicons lexicons = Lexicons.load(files, NlpModels.sharedStemmer());
        Reasoner reasoner = new Reasoner(RuleBase.compile(files));
        List<List<Object>> reports = new ArrayList<>();
        for (IngestOutcome o : new Ingest().read(List.of(dir), null)) {
            if (o instanceof InputDocument d) {
                List<Object> facts = new ArrayList<>(lexicons.background());
                facts.addAll(pipeline.facts(d).all());
                reports.add(facts);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        long fired = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            fired = 0;
            for (List<Object> facts : reports) {
                fired += reasoner.reason(facts).rulesFired().values().stream().mapToInt(Integer::intValue).sum();
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%d reports, best of %d rounds: %.1f ms CPU (%d firings a round)%n",
                reports.size(), ROUNDS, best * 1000, fired);
    }
}
