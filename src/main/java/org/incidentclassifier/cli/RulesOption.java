package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the analyst commands. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (default: ./rules if present, else the built-in rules).")
    Path rules;

    /**
     * The rule files, or null after saying on {@code err} why they cannot be read. Falling back to the rules
     * built into the jar is said on {@code err} too: run from another directory, a command would otherwise
     * quietly ignore the rules an analyst is editing.
     */
    RuleFiles files(PrintWriter err) {
        try {
            RuleFiles files = RuleFiles.resolve(rules);
            if (rules == null && files.isBuiltIn()) {
                err.println("incident: using the rules built into the jar (no ./rules here); --rules DIR to choose");
                err.flush();
            }
            return files;
        } catch (RuleSetException e) {
            report(err, e);
            return null;
        }
    }

    /** The pipeline over the chosen rules, or null after saying on {@code err} why the rules cannot be used. */
    Pipeline pipeline(PrintWriter err) {
        RuleFiles files = files(err);
        return files == null ? null : load(err, () -> Pipeline.load(files));
    }

    /** What {@code loader} makes of the rules, or null after saying on {@code err} why the rules cannot be used. */
    static <T> T load(PrintWriter err, Loader<T> loader) {
        try {
            return loader.load();
        } catch (RuleSetException e) {
            report(err, e);
            return null;
        }
    }

    /** Something made from the rules: a pipeline, a compiled rule base. */
    @FunctionalInterface
    interface Loader<T> {
        T load() throws RuleSetException;
    }

    /** The message and each located problem, one per line. */
    static void report(PrintWriter err, RuleSetException e) {
        err.println("incident: " + e.getMessage());
        for (RuleProblem p : e.problems()) {
            err.println(p);
        }
        err.flush();
    }
}
