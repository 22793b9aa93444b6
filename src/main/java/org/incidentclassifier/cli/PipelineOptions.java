package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs, rules directory and JSON layout: the options every analysing command shares. */
final class PipelineOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A text file, a directory (every *.txt below it), or - for standard input.")
    List<String> inputs;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (default: ./rules if present, else the built-in rules).")
    Path rules;

    @Option(names = "--pretty", description = "Indent the JSON for reading.")
    boolean pretty;

    /** The pipeline over the chosen rules, or null after reporting the rule problems on {@code err}. */
    Pipeline load(PrintWriter err) {
        try {
            return Pipeline.load(RuleFiles.resolve(rules));
        } catch (RuleSetException e) {
            err.println("incident: " + e.getMessage());
            for (RuleProblem p : e.problems()) {
                err.println(p);
            }
            return null;
        }
    }

    List<IngestOutcome> read() {
        return new Ingest().read(inputs, System.in);
    }
}
