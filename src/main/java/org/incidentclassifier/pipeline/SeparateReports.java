package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.util.List;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.verdict.Verdict;

/**
 * Classifies reports each on its own on a pool of workers ({@link PipelineWorkers}) and hands their verdicts on
 * in input order, as {@code classify --separate} streams them. Not thread-safe: one producer calls
 * {@link #accept} and then {@link #close}.
 */
public final class SeparateReports implements AutoCloseable {

    /** Where verdicts go, in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Verdict verdict) throws IOException;
    }

    private final PipelineWorkers<IngestOutcome, Verdict> workers;

    public SeparateReports(Pipeline pipeline, int workers, Sink sink) {
        this.workers = new PipelineWorkers<>(pipeline, workers, (p, input) -> p.classify(List.of(input), true),
                SeparateReports::failed, sink::accept);
    }

    /** Queues one report; writes the oldest verdicts first when too many are in flight. */
    public void accept(IngestOutcome input) throws IOException {
        workers.accept(input);
    }

    /** Writes every verdict still in flight, then stops the workers. */
    @Override
    public void close() throws IOException {
        workers.close();
    }

    /** The verdict of a report whose worker died under it (Pipeline.classify keeps a report's own failures). */
    private static Verdict failed(IngestOutcome input, Throwable cause) {
        String path = input instanceof InputDocument d ? d.path() : ((InputError) input).path();
        String id = input instanceof InputDocument d ? d.id() : null;
        return new Verdict(Verdict.SCHEMA_VERSION, null, List.of(), List.of(), List.of(),
                List.of(ReportOutcome.analysisFailed(path, id, cause)));
    }
}
