package org.incidentclassifier.desk;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * {@code POST /admin/reload}: loads the rules again from the directory the server was started with (a request
 * never supplies rules) and, only when they load (every DRL compiles, every lexicon reads), puts them in place
 * of the desk's. A broken rule set is refused with every problem as {@code file:line:column: message}, and the
 * desk keeps reasoning with the rules it had. Loading runs outside the desk's lock (it takes seconds); one reload
 * at a time.
 */
public final class RulesReload {
    /** Loads the server's configured rules into a pipeline, or says where they are broken. */
    @FunctionalInterface
    public interface Loader {
        Pipeline load() throws RuleSetException;
    }

    private final Loader loader;
    private final Desk desk;
    private final ThreadPipelines pipelines;

    RulesReload(Loader loader, Desk desk, ThreadPipelines pipelines) {
        this.loader = loader;
        this.desk = desk;
        this.pipelines = pipelines;
    }

    /** Reloads and answers {rules, changes}; a broken rule set is a 422 problem naming each problem. */
    synchronized Map<String, Object> reload() throws SQLException {
        Pipeline rules;
        try {
            rules = loader.load();
        } catch (RuleSetException e) {
            List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
            throw new Problem.Rejection(Problem.of(422, "rules-invalid", "Rules not loaded",
                    "the rules were not reloaded, the desk keeps its rules (" + desk.rulesDigest() + "): "
                            + e.getMessage() + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)))
                    .withErrors(problems));
        }
        // request threads take the new rules first: a report they analyse meanwhile is either committed before the
        // desk's reload (which analyses it again) or found analysed under the new rules at commit
        Pipeline before = pipelines.replace(rules);
        Desk.Outcome outcome;
        try {
            outcome = desk.reload(rules);
        } catch (SQLException | RuntimeException e) {
            pipelines.replace(before);
            throw e;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rules", desk.rulesDigest());
        body.put("changes", outcome.changes());
        return body;
    }
}
