package org.incidentclassifier.cli;

import java.util.concurrent.Callable;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruletools.CheckReport;
import org.incidentclassifier.ruletools.RuleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code incident rules check}: every problem in a rules directory, as file:line:column: message. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile every DRL file, load every lexicon, read every test case and lint the rules'"
                + " metadata (a unique @id and a @description per rule). Prints each problem as"
                + " file:line:column: message; rules that no test case names or fires are warnings.",
            "Exit 0 when there are no errors (warnings allowed), 3 otherwise."})
public final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleFiles files = rules.files(spec.commandLine().getErr());
        if (files == null) {
            return ExitCodes.RULES_INVALID;
        }
        CheckReport report = RuleCheck.run(files);
        report.print(spec.commandLine().getOut());
        return report.clean() ? ExitCodes.OK : ExitCodes.RULES_INVALID;
    }
}
