package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruletools.RuleLint;
import org.incidentclassifier.ruletools.RuleTestSuite;
import org.incidentclassifier.ruletools.TestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incident rules test}: runs the analysts' test cases and reports the rules no case fires. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the test cases in <rules>/tests/*.yaml: classify each case's text and check that the"
                + " verdict contains every expect: fragment and no reject: fragment. Prints each failure, then"
                + " 'N passed, M failed', then the rules that fired in no case.",
            "Exit 0 when every case passes, 6 when a case fails (or there are none), 3 when the rules, lexicons"
                + " or case files have errors."})
public final class RulesTestCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @Option(names = {"-v", "--verbose"}, description = "List the passing cases too.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleFiles files = rules.files(err);
        if (files == null) {
            return ExitCodes.RULES_INVALID;
        }
        RuleTestSuite suite = RuleTestSuite.read(files);
        if (!suite.problems().isEmpty()) {
            err.println("incident: the test cases in " + files.origin() + " have " + suite.problems().size()
                    + " problem(s)");
            suite.problems().forEach(p -> err.println(p));
            err.flush();
            return ExitCodes.RULES_INVALID;
        }
        if (suite.size() == 0) {
            err.println("incident: no test cases in " + files.displayPath("tests") + " (write them in *.yaml files"
                    + " there; see docs/RULES.md)");
            err.flush();
            return RuleToolExitCodes.TESTS_FAILED;
        }
        Pipeline pipeline = RulesOption.load(err, () -> Pipeline.load(files));
        RuleBase ruleBase = pipeline == null ? null : RulesOption.load(err, () -> RuleBase.compile(files));
        if (ruleBase == null) {
            return ExitCodes.RULES_INVALID;
        }
        TestReport report = suite.run(pipeline);
        report.print(spec.commandLine().getOut(), ruleBase.rules(), RuleLint.declarations(files), verbose);
        return report.failed() == 0 ? ExitCodes.OK : RuleToolExitCodes.TESTS_FAILED;
    }
}
