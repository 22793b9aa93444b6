package org.incidentclassifier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.TextAnnotator;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;

/**
 * Throughput of the pipeline's stages against bare OpenNLP (sentences + tokens + UD POS) on the same texts, in
 * the same JVM run, one thread: the ratios hold on a noisy machine where absolute times do not. Not a test:
 * run it with {@code scripts/throughput.sh [DIR]} (default: the shared dev corpus). Each stage is warmed up,
 * then timed over several rounds, interleaved, and the best round counts. Beside the wall-clock time, the
 * process's CPU time of the same best round: on a machine that other programs share, waiting for a core inflates
 * the wall-clock time but not the CPU time, so the CPU ratios of the one-thread stages still compare the work
 * done (they include the JVM's own threads, garbage collection among them); for the two-thread stages, CPU time
 * over wall-clock time is how many cores they kept busy.
 */
public final class ThroughputBench {
    private static final int WARMUP = 3;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "../shared/corpus/dev";
        List<InputDocument> documents = new ArrayList<>();
        for (IngestOutcome o : new Ingest().read(List.of(dir), null)) {
            if (o instanceof InputDocument d) {
                documents.add(d);
            }
        }
        Pipeline pipeline = Pipeline.load(RuleFiles.fromDirectory(Path.of("rules")));
        Bare bare = new Bare();
        List<Bare> bares = List.of(new Bare(), new Bare());
        TextAnnotator annotator = new TextAnnotator(NlpModels.get());
        long tokens = documents.stream().mapToLong(d -> bare.tag(d.text())).sum();

        List<Stage> stages = List.of(
                Stage.perReport("bare OpenNLP: sentences + tokens + UD POS", d -> bare.tag(d.text())),
                Stage.perReport("nlp stage (TextAnnotator: + stems)", d -> annotator.annotate(d.text()).sentences().size()),
                Stage.perReport("nlp + phrase layer (PhraseReader, every sentence)", d -> annotator.annotate(d.text())
                        .sentences().stream()
                        .mapToInt(s -> org.incidentclassifier.phrase.PhraseReader.read(s.tokens()).verbs().size()).sum()),
                Stage.perReport("nlp + extract (facts)", d -> pipeline.facts(d).claims().size()),
                Stage.perReport("whole pipeline, each report alone (classify --separate)",
                        d -> pipeline.classify(List.of(d), true).incidents().size()),
                Stage.ofCorpus("bare OpenNLP, 2 threads", docs -> twoThreads(docs, bares)),
                Stage.ofCorpus("whole pipeline --separate, 2 workers (SeparateReports)",
                        docs -> separate(pipeline, docs, 2)));
        for (int i = 0; i < WARMUP; i++) {
            stages.forEach(s -> s.run(documents));
        }
        for (int i = 0; i < ROUNDS; i++) {
            stages.forEach(s -> s.time(documents));
        }
        double floor = tokens / stages.get(0).bestSeconds;
        System.out.printf(Locale.ROOT, "%d reports, %d tokens, %d rounds (best counts), java %s, %d cores%n",
                documents.size(), tokens, ROUNDS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        double cpuFloor = stages.get(0).cpuSeconds;
        System.out.printf(Locale.ROOT, "%-58s %10s %12s %8s %12s %10s %6s%n", "stage", "seconds", "tokens/s", "x floor",
                "CPU seconds", "x floor CPU", "cores");
        for (Stage s : stages) {
            double rate = tokens / s.bestSeconds;
            System.out.printf(Locale.ROOT, "%-58s %10.3f %12.0f %8.2f %12.3f %10.2f %6.2f%n", s.name, s.bestSeconds,
                    rate, rate / floor, s.cpuSeconds, cpuFloor / s.cpuSeconds, s.cpuSeconds / s.bestSeconds);
        }
    }

    /** Bare OpenNLP on two threads, each with its own tools, the reports dealt out in turn. */
    private static long twoThreads(List<InputDocument> documents, List<Bare> bares) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(bares.size());
        try {
            List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < bares.size(); t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long n = 0;
                    for (int i = first; i < documents.size(); i += bares.size()) {
                        n += bares.get(first).tag(documents.get(i).text());
                    }
                    return n;
                }));
            }
            long total = 0;
            for (var part : parts) {
                total += part.get();
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The streaming --separate path: reports classified on workers, verdicts taken in input order. */
    private static long separate(Pipeline pipeline, List<InputDocument> documents, int workers) {
        long[] incidents = new long[1];
        try (org.incidentclassifier.pipeline.SeparateReports reports = new org.incidentclassifier.pipeline.SeparateReports(
                pipeline, workers, v -> incidents[0] += v.incidents().size())) {
            for (InputDocument d : documents) {
                reports.accept(d);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return incidents[0];
    }

    /** One timed stage over the whole corpus. */
    private static final class Stage {
        final String name;
        final ToLongFunction<List<InputDocument>> work;
        double bestSeconds = Double.MAX_VALUE;
        /** The process's CPU time in the best round. */
        double cpuSeconds;
        long sink;

        private Stage(String name, ToLongFunction<List<InputDocument>> corpus) {
            this.name = name;
            this.work = corpus;
        }

        /** A stage timed report by report on this thread. */
        static Stage perReport(String name, ToLongFunction<InputDocument> perReport) {
            return new Stage(name, docs -> docs.stream().mapToLong(perReport).sum());
        }

        /** A stage that takes the whole corpus at once (to spread it over threads). */
        static Stage ofCorpus(String name, ToLongFunction<List<InputDocument>> corpus) {
            return new Stage(name, corpus);
        }

        void run(List<InputDocument> documents) {
            sink += work.applyAsLong(documents);
        }

        void time(List<InputDocument> documents) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            run(documents);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds < bestSeconds) {
                bestSeconds = seconds;
                cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** OpenNLP alone, with the same model files the pipeline loads. */
    private static final class Bare {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;

        Bare() throws IOException {
            sentences = new SentenceDetectorME(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
            tokenizer = new TokenizerME(new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
            tagger = new POSTaggerME(new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        }

        long tag(String text) {
            long count = 0;
            for (Span s : sentences.sentPosDetect(text)) {
                String[] words = tokenizer.tokenize(s.getCoveredText(text).toString());
                count += tagger.tag(words).length;
            }
            return count;
        }

        private static InputStream open(String resource) {
            return ThroughputBench.class.getResourceAsStream(resource);
        }
    }
}
