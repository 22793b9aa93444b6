package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs, rules directory and JSON layout: the options every analysing command shares. */
final class PipelineOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A text file, a directory (every *.txt below it), a JSON Lines file (*.jsonl, *.ndjson: one"
                    + " {\"id\", \"text\", \"date\", \"source\", \"url\"} per line), or - for standard input.")
    List<String> inputs;

    @Mixin
    RulesOption rules;

    @Option(names = "--pretty", description = "Indent the JSON for reading.")
    boolean pretty;

    /** The pipeline over the chosen rules, or null after reporting the rule problems on {@code err}. */
    Pipeline load(PrintWriter err) {
        return rules.pipeline(err);
    }

    List<IngestOutcome> read() {
        return new Ingest().read(inputs, System.in);
    }

    /** How many documents the inputs hold, for progress; empty when standard input is one of them. */
    java.util.OptionalLong count() {
        return new Ingest().count(inputs);
    }

    /** Hands each input's outcome on as soon as it is read (see {@link Ingest#forEach}). */
    void forEach(java.util.function.Consumer<IngestOutcome> consumer) {
        new Ingest().forEach(inputs, System.in, consumer);
    }
}
