package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
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
        RuleFiles files = rules.files(err);
        if (files == null) {
            return null;
        }
        if (files.isBuiltIn()) {
            // run outside a project, the rules an analyst edited are not the ones used: say so
            err.println("incident: no --rules directory given and no ./rules here: using the rules built into the jar");
            err.flush();
        }
        try {
            return Pipeline.load(files);
        } catch (RuleSetException e) {
            RulesOption.report(err, e);
            return null;
        }
    }

    List<IngestOutcome> read() {
        return new Ingest().read(inputs, System.in);
    }

    /** Hands each input's outcome on as soon as it is read (see {@link Ingest#forEach}). */
    void forEach(java.util.function.Consumer<IngestOutcome> consumer) {
        new Ingest().forEach(inputs, System.in, consumer);
    }
}
