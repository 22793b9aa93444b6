package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code incident classify FILE|DIR|- ...}: writes one JSON verdict for all inputs. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify reports (files, directories of *.txt, or - for standard input) into a JSON verdict.")
public final class ClassifyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A text file, a directory (every *.txt below it), or - for standard input.")
    List<String> inputs;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: ./rules if present, else the built-in rules).")
    Path rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the verdict to FILE instead of standard output.")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON for reading.")
    boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(RuleFiles.resolve(rules));
        } catch (RuleSetException e) {
            reportRules(err, e);
            return ExitCodes.RULES_INVALID;
        }
        List<IngestOutcome> read = new Ingest().read(inputs, System.in);
        Verdict verdict = pipeline.classify(read);
        verdict.errors().forEach(e -> err.println("incident: " + e.path() + ": " + e.message()));
        String json = new VerdictWriter(pretty).write(verdict);
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

    static void reportRules(PrintWriter err, RuleSetException e) {
        err.println("incident: " + e.getMessage());
        for (RuleProblem p : e.problems()) {
            err.println(p);
        }
    }
}
