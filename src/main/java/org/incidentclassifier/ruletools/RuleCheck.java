package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.engine.RuleInfo;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * Everything {@code rules check} looks at, in one pass that does not stop at the first problem: the lexicons
 * load, the DRL compiles, every rule has a unique {@code @id} and a {@code @description}, the test cases are
 * well formed and name only existing rules; and, when all that holds, the cases are run to find the rules no
 * case names or fires (warnings).
 */
public final class RuleCheck {
    private final RuleFiles files;
    private final List<RuleProblem> errors = new ArrayList<>();
    private final List<RuleProblem> warnings = new ArrayList<>();

    private RuleCheck(RuleFiles files) {
        this.files = files;
    }

    public static CheckReport run(RuleFiles files) {
        return new RuleCheck(files).check();
    }

    private CheckReport check() {
        boolean lexiconsLoad = attempt(() -> Lexicons.load(files, NlpModels.get().stemmer()));
        RuleBase[] compiled = new RuleBase[1];
        boolean rulesCompile = attempt(() -> compiled[0] = RuleBase.compile(files));
        List<DrlRule> declarations = RuleLint.declarations(files);
        errors.addAll(RuleLint.check(files, declarations));
        warnings.addAll(RuleLint.unknownAnnotations(files, declarations));
        RuleTestSuite suite = RuleTestSuite.read(files);
        errors.addAll(suite.problems());
        int rules = declarations.size();
        if (lexiconsLoad && rulesCompile) {
            List<RuleInfo> known = compiled[0].rules();
            rules = known.size();
            unknownReferences(suite, known);
            coverage(suite, known, declarations);
        }
        return new CheckReport(files.origin(), errors, warnings, rules, files.withSuffix(".drl").size(),
                lexiconFiles(), suite.size(), suite.caseFiles());
    }

    /** Runs a loading step, turning its rule-set problems into errors; true when it succeeded. */
    private boolean attempt(Step step) {
        try {
            step.run();
            return true;
        } catch (RuleSetException e) {
            if (e.problems().isEmpty()) {
                errors.add(new RuleProblem(files.origin(), 0, 0, e.getMessage()));
            }
            errors.addAll(e.problems());
            return false;
        }
    }

    private void unknownReferences(RuleTestSuite suite, List<RuleInfo> known) {
        Set<String> ids = new HashSet<>();
        known.forEach(r -> ids.add(r.id()));
        for (RuleTestSuite.RuleReference ref : suite.ruleReferences()) {
            if (!ids.contains(ref.rule())) {
                errors.add(new RuleProblem(files.displayPath(ref.file()), ref.line(), ref.column(),
                        "no rule has @id(\"" + ref.rule() + "\")"));
            }
        }
    }

    /** Warns about rules no case names or fires, and about failing cases; needs the whole pipeline. */
    private void coverage(RuleTestSuite suite, List<RuleInfo> known, List<DrlRule> declarations) {
        TestReport report;
        try {
            report = suite.run(Pipeline.load(files));
        } catch (RuleSetException e) {
            errors.add(new RuleProblem(files.origin(), 0, 0, e.getMessage()));
            return;
        }
        Set<String> covered = new HashSet<>(report.rulesFired());
        suite.ruleReferences().forEach(r -> covered.add(r.rule()));
        for (RuleInfo rule : known) {
            if (!covered.contains(rule.id())) {
                DrlRule at = declarations.stream()
                        .filter(d -> d.packageName().equals(rule.file()) && d.name().equals(rule.name()))
                        .findFirst().orElse(null);
                String file = at == null ? files.origin() : files.displayPath(at.file());
                warnings.add(new RuleProblem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                        "warning: rule " + rule.id() + " is tested by no case: no case in tests/ names it or"
                                + " fires it"));
            }
        }
        for (CaseResult r : report.results()) {
            if (!r.passed()) {
                warnings.add(new RuleProblem(files.displayPath(r.testCase().file()), r.testCase().line(),
                        r.testCase().column(),
                        "warning: case \"" + r.testCase().name() + "\" fails; 'incident rules test' shows why"));
            }
        }
    }

    private int lexiconFiles() {
        return (int) files.files().keySet().stream().filter(p -> p.startsWith("lexicon/") && p.endsWith(".csv"))
                .count();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws RuleSetException;
    }
}
