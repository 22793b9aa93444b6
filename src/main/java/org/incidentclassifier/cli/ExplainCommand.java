package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
import org.incidentclassifier.ruletools.Explainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incident explain FILE...}: the reasoning behind each verdict, in words. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain how the rules classify each input: the facts found in each sentence, each rule"
                + " that fired with the facts it matched, how each conclusion came about, and the conclusions"
                + " withdrawn when their support went away; then, for reports grouped into one incident, the rules that"
                + " joined them and the reasoning of the session over all their facts.",
            "Exit codes as for classify: 0, 1 (some inputs failed, or a rule failed on one), 3, 5."})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A text file, a directory (every *.txt below it), or - for standard input.")
    List<String> inputs;

    @Mixin
    RulesOption rules;

    /** The output's shape. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, the default) or json (the same content for tools; docs/explain.md).")
    Format format;

    @Option(names = "--all", description = "Also list the identities of each actor with itself, which every actor"
            + " has and which say nothing.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RuleFiles files = rules.files(err);
        if (files == null) {
            return ExitCodes.RULES_INVALID;
        }
        Explainer explainer;
        try {
            explainer = Explainer.load(files, format == Format.json, all);
        } catch (RuleSetException e) {
            RulesOption.report(err, e);
            return ExitCodes.RULES_INVALID;
        }
        int explained = 0;
        int failed = 0;
        List<InputDocument> read = new java.util.ArrayList<>();
        for (IngestOutcome outcome : new Ingest().read(inputs, System.in)) {
            if (outcome instanceof InputError error) {
                err.println("incident: " + error.path() + ": " + error.message());
                failed++;
                continue;
            }
            InputDocument input = (InputDocument) outcome;
            read.add(input);
            if (explainer.explain(input, out)) {
                explained++;
            } else {
                err.println("incident: " + input.path() + ": a rule failed (see the explanation)");
                failed++;
            }
        }
        explainer.explainIncidents(read, out); // reports of one incident, reasoned over together as classify does
        explainer.finish(out);
        err.flush();
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return explained == 0 ? ExitCodes.NOTHING_CLASSIFIED : ExitCodes.SOME_INPUTS_FAILED;
    }
}
