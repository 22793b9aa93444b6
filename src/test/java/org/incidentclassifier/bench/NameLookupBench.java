package org.incidentclassifier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.TextAnnotator;
import org.incidentclassifier.ruleset.RuleFiles;

/**
 * The name lookups extraction makes for each sentence (places, as MentionFinder; actors then outlets, as
 * ActorFinder), timed alone over the sentences of a corpus in this thread's CPU time, which a busy machine
 * inflates far less than wall-clock time. Not a test: {@code java -cp ... NameLookupBench [DIR]}.
 */
public final class NameLookupBench {
    private static final int ROUNDS = 100;

    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "../shared/corpus/dev";
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        Lexicons lexicons = Lexicons.load(files, NlpModels.sharedStemmer());
        TextAnnotator annotator = new TextAnnotator(NlpModels.get());
        List<Sentence> sentences = new ArrayList<>();
        for (IngestOutcome o : new Ingest().read(List.of(dir), null)) {
            if (o instanceof InputDocument d) {
                sentences.addAll(annotator.annotate(d.text()).sentences());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (Sentence s : sentences) {
                sink += lexicons.places().find(s.text()).size();
                sink += lexicons.actors().find(s.text()).size();
                sink += lexicons.outlets().find(s.text()).size();
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%d sentences, best of %d rounds: %.1f ms CPU (%d names)%n", sentences.size(),
                ROUNDS, best * 1000, sink / ROUNDS);
    }
}
