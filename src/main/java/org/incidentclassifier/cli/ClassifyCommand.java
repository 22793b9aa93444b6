package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incident classify FILE|DIR|- ...}: writes one JSON verdict for all inputs. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify reports (files, directories of *.txt, or - for standard input) into a JSON verdict.")
public final class ClassifyCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Option(names = "--separate", description = "Classify each report on its own instead of grouping reports of one incident.")
    boolean separate;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the verdict to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = options.load(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        Verdict verdict = pipeline.classify(options.read(), separate);
        verdict.errors().forEach(e -> err.println("incident: " + e.path() + ": " + e.message()));
        String json = new VerdictWriter(options.pretty).write(verdict);
        if (output != null) {
            try {
                Files.writeString(output, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("incident: " + output + ": cannot write the verdict: " + e.getMessage());
                return ExitCodes.OUTPUT_FAILED;
            }
        } else {
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
        }
        if (verdict.errors().isEmpty()) {
            return ExitCodes.OK;
        }
        return verdict.documents().isEmpty() ? ExitCodes.NOTHING_CLASSIFIED : ExitCodes.SOME_INPUTS_FAILED;
    }
}
