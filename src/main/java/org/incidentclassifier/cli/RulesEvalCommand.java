package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentclassifier.evaluation.Evaluation;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incident rules eval --gold DIR [CORPUS...]}: precision, recall and F1 against hand-made gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Classify each report of a corpus and score its verdict against its gold file"
                + " (<gold>/<file name without .txt>.yaml): precision, recall and F1 for the incident, each"
                + " incident type, count claims (status + number), affiliations and each inconsistency kind, per"
                + " file and overall, with each file's misses and extras. When the gold directory has groups.yaml,"
                + " all the reports are also classified together (with the reports of --group-with) and the grouping is"
                + " scored pair by pair, and each cross-report conflict it lists as found (as an inconsistency or as"
                + " a figure update) or missed.",
            "Exit 0, 1 (some reports could not be read, or a rule failed on one), 3 (rules invalid) or 7 (a gold"
                + " file is missing or malformed)."})
public final class RulesEvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The directory of gold files.")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "Reports: files or directories of *.txt (default: the *.txt files in the gold directory).")
    List<String> corpus;

    @Option(names = "--group-with", paramLabel = "PATH",
            description = "More reports (files or directories) classified in the grouped run only, not scored on"
                    + " their own: the seeds, say, which groups.yaml expects to join one of its groups.")
    List<String> groupWith;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println("incident: " + gold + ": gold directory not found");
            return RuleToolExitCodes.GOLD_INVALID;
        }
        List<String> inputs = corpus == null || corpus.isEmpty() ? List.of(gold.toString()) : corpus;
        List<InputDocument> documents = new ArrayList<>();
        int unreadable = 0;
        for (IngestOutcome outcome : new Ingest().read(inputs, System.in)) {
            if (outcome instanceof InputError error) {
                err.println("incident: " + error.path() + ": " + error.message());
                unreadable++;
            } else {
                documents.add((InputDocument) outcome);
            }
        }
        if (documents.isEmpty()) {
            return ExitCodes.NOTHING_CLASSIFIED;
        }
        Evaluation evaluation = Evaluation.readGold(gold, documents);
        if (!evaluation.problems().isEmpty()) {
            err.println("incident: the gold files in " + gold + " have " + evaluation.problems().size()
                    + " problem(s)");
            evaluation.problems().forEach(err::println);
            err.flush();
            return RuleToolExitCodes.GOLD_INVALID;
        }
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        int failures = evaluation.scoreEachAlone(pipeline, documents, spec.commandLine().getOut());
        boolean grouped;
        try {
            grouped = evaluation.readGroups();
        } catch (java.io.IOException | RuntimeException e) {
            err.println("incident: " + evaluation.groupsFile() + ": " + e.getMessage());
            return RuleToolExitCodes.GOLD_INVALID;
        }
        if (grouped) {
            // every report together, as classify groups them: scored pair by pair against groups.yaml
            List<IngestOutcome> together = new ArrayList<>(documents);
            if (groupWith != null && !groupWith.isEmpty()) {
                for (IngestOutcome outcome : new Ingest().read(groupWith, System.in)) {
                    if (outcome instanceof InputError error) {
                        err.println("incident: " + error.path() + ": " + error.message());
                        unreadable++;
                    } else {
                        together.add(outcome);
                    }
                }
            }
            Verdict verdict = pipeline.classify(together);
            java.util.Set<String> extra = new java.util.HashSet<>();
            together.subList(documents.size(), together.size()).forEach(o -> {
                if (o instanceof InputDocument d) {
                    extra.add(d.id());
                }
            });
            try {
                evaluation.scoreGrouped(verdict, extra, spec.commandLine().getOut());
            } catch (java.io.IOException | RuntimeException e) {
                err.println("incident: " + evaluation.groupsFile() + ": " + e.getMessage());
                return RuleToolExitCodes.GOLD_INVALID;
            }
        }
        err.flush();
        return unreadable + failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
