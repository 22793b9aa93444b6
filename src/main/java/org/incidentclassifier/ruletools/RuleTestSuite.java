package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.verdict.Verdict;

/**
 * The analysts' test cases of a rule set ({@code tests/*.yaml}), read and ready to run. Reading never stops at
 * a bad case: each mistake is a located {@link RuleProblem} and the well-formed cases are kept.
 */
public final class RuleTestSuite {
    private final RuleFiles files;
    private final List<TestCase> cases;
    private final List<RuleProblem> problems;
    private final int caseFiles;

    private RuleTestSuite(RuleFiles files, List<TestCase> cases, List<RuleProblem> problems, int caseFiles) {
        this.files = files;
        this.cases = List.copyOf(cases);
        this.problems = List.copyOf(problems);
        this.caseFiles = caseFiles;
    }

    public static RuleTestSuite read(RuleFiles files) {
        List<TestCase> cases = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<String> caseFiles = CaseFileReader.caseFiles(files);
        for (String file : caseFiles) {
            List<RuleProblem> found = new ArrayList<>();
            cases.addAll(CaseFileReader.read(files, file, found));
            found.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
            problems.addAll(found);
        }
        return new RuleTestSuite(files, cases, problems, caseFiles.size());
    }

    /** Mistakes in the case files, located. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** How many well-formed cases there are. */
    public int size() {
        return cases.size();
    }

    public int caseFiles() {
        return caseFiles;
    }

    /** Classifies each case's reports (alone, or together when a case has several) and judges their verdict. */
    public TestReport run(Pipeline pipeline) {
        Ingest ingest = new Ingest();
        List<CaseResult> results = new ArrayList<>();
        for (TestCase c : cases) {
            List<IngestOutcome> reports = new ArrayList<>();
            c.documents().forEach(d -> reports.add(ingest.fromText(d.id(), d.text())));
            Verdict verdict = pipeline.classify(reports);
            Set<String> fired = new LinkedHashSet<>();
            verdict.rulesFired().forEach(r -> fired.add(r.rule()));
            results.add(new CaseResult(c, CaseJudge.judge(c, verdict), fired));
        }
        return new TestReport(files, results);
    }

    /** Every place a case names a rule by its id (under rules:, or as the rule of a type or inconsistency). */
    List<RuleReference> ruleReferences() {
        List<RuleReference> references = new ArrayList<>();
        for (TestCase c : cases) {
            for (Expectations e : List.of(c.expect(), c.reject())) {
                for (Fragment f : e.fragments()) {
                    String rule = f.fields().get("rule");
                    if (rule != null) {
                        references.add(new RuleReference(rule, c.file(), f.line(), f.column()));
                    }
                }
            }
        }
        return references;
    }

    /** A rule id written in a case file, with its place. */
    record RuleReference(String rule, String file, int line, int column) {}
}
