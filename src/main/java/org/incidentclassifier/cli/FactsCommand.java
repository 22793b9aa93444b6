package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incident facts FILE...}: every extracted fact with its evidence, as the rules will see them. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print the facts extracted from each input (claims, actors, triggers, places) as JSON:"
                + " {\"schemaVersion\", \"documents\": [...]}.")
public final class FactsCommand implements Callable<Integer> {
    /**
     * The version of the facts output's layout. It follows the fact model (the classes in {@code facts}), not
     * the verdict: it changes when a field rules can see is added, renamed or removed.
     */
    static final String SCHEMA_VERSION = "1";

    @Mixin
    PipelineOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the facts to FILE instead of"
            + " standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    /** What {@code facts} writes. */
    record FactsOutput(String schemaVersion, List<DocumentFacts> documents) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = options.load(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        List<DocumentFacts> facts = new ArrayList<>();
        int failed = 0;
        for (IngestOutcome outcome : options.read()) {
            if (outcome instanceof InputError error) {
                err.println("incident: " + error.path() + ": " + error.message());
                failed++;
            } else {
                facts.add(pipeline.facts((InputDocument) outcome));
            }
        }
        String json = new VerdictWriter(options.pretty).write(new FactsOutput(SCHEMA_VERSION, facts));
        if (output == null) {
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("incident: " + output + ": cannot write the facts: " + e.getMessage());
                return ExitCodes.OUTPUT_FAILED;
            }
        }
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return facts.isEmpty() ? ExitCodes.NOTHING_CLASSIFIED : ExitCodes.SOME_INPUTS_FAILED;
    }
}
