package org.incidentclassifier.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The rules compiled (or loaded from the cache) on a thread of their own: they take longest to load, so beside
 * the models and lexicons the start costs the longer of the two instead of their sum.
 */
final class RuleLoading {
    private final FutureTask<RuleBase> ruleBase;

    private RuleLoading(RuleFiles rules) {
        this.ruleBase = new FutureTask<>(() -> RuleBase.compile(rules));
        Thread compiler = new Thread(ruleBase, "rules-loader");
        compiler.setDaemon(true);
        compiler.start();
    }

    /** Starts compiling the rules. */
    static RuleLoading start(RuleFiles rules) {
        return new RuleLoading(rules);
    }

    /** The compiled rules, once ready; the rules' own problems as thrown by the compiler. */
    RuleBase await() throws RuleSetException {
        try {
            return ruleBase.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleSetException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
