package org.incidentclassifier.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.verdict.Verdict;

/**
 * {@code rules eval}: scores verdicts against a directory of hand-made gold files. Each document is classified
 * alone and compared with its {@code <gold>/<id>.yaml}; when the directory has a {@code groups.yaml}, a verdict of
 * all the reports classified together is scored on how it grouped them and on the cross-report conflicts the file
 * lists. The steps are separate so that the caller decides what to do between them (load the rules, read more
 * reports) and how to report a missing or malformed gold file.
 */
public final class Evaluation {
    private final Path goldDir;
    private final CorpusEvaluation corpus;
    private GroupingEvaluation grouping;

    private Evaluation(Path goldDir, CorpusEvaluation corpus) {
        this.goldDir = goldDir;
        this.corpus = corpus;
    }

    /** Reads the gold file of every document; see {@link #problems()} before scoring. */
    public static Evaluation readGold(Path goldDir, List<InputDocument> documents) {
        return new Evaluation(goldDir, CorpusEvaluation.readGold(goldDir, documents));
    }

    /** The gold files' problems (a file missing or malformed), each located; score only when there are none. */
    public List<RuleProblem> problems() {
        return corpus.problems();
    }

    /**
     * Classifies each document alone and prints its scores, then the corpus's; returns how many documents a
     * rule failed on (scored as empty verdicts).
     */
    public int scoreEachAlone(Pipeline pipeline, List<InputDocument> documents, PrintWriter out) {
        EvalReport report = corpus.run(pipeline, documents);
        report.print(out);
        return report.failures();
    }

    /** The file of the groups, where a grouped run's gold is read from (for messages). */
    public Path groupsFile() {
        return goldDir.resolve(GroupingEvaluation.FILE);
    }

    /**
     * Reads the groups of {@code groups.yaml}: true when the gold directory has one, so that the reports should
     * also be classified together and {@link #scoreGrouped} called.
     *
     * @throws IOException or a RuntimeException of the YAML reader when the file cannot be read
     */
    public boolean readGroups() throws IOException {
        grouping = GroupingEvaluation.read(goldDir);
        return grouping != null;
    }

    /**
     * Prints the score of a verdict of all the reports classified together: its grouping pair by pair (reports in
     * {@code extra}, by id, are left out of the pairs and their companions listed), then each conflict of
     * {@code groups.yaml}, found or missed. Call after {@link #readGroups()} returned true.
     *
     * @throws IOException or a RuntimeException of the YAML reader when the conflicts cannot be read
     */
    public void scoreGrouped(Verdict verdict, Set<String> extra, PrintWriter out) throws IOException {
        grouping.score(verdict, extra).print(out);
        ConflictEvaluation.read(goldDir).score(verdict).print(out);
    }
}
