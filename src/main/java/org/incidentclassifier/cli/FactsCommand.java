package org.incidentclassifier.cli;

import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;

/** {@code incident facts FILE...}: every extracted fact with its evidence, as the rules will see them. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print the facts extracted from each input (claims, actors, triggers, places) as JSON.")
public final class FactsCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Spec
    CommandSpec spec;

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
        spec.commandLine().getOut().println(new VerdictWriter(options.pretty).write(facts));
        spec.commandLine().getOut().flush();
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return facts.isEmpty() ? ExitCodes.NOTHING_CLASSIFIED : ExitCodes.SOME_INPUTS_FAILED;
    }
}
