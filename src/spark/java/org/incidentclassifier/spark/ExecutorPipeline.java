package org.incidentclassifier.spark;

import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * One pipeline per executor JVM: the NLP models, the lexicons and the rule base load once, on the first task
 * that needs them, and every task gets its own {@link Pipeline#forAnotherThread() thread's pipeline} over them
 * (a pipeline holds one OpenNLP annotator, which is not thread-safe; an executor runs tasks on several threads).
 */
final class ExecutorPipeline {
    private static Pipeline loaded;
    private static String loadedKey;

    private ExecutorPipeline() {
    }

    /** A pipeline for the calling task's thread, loading the shared one first when this JVM has none. */
    static Pipeline forTask(ShippedRules rules) {
        return shared(rules).forAnotherThread();
    }

    /**
     * The JVM's pipeline for these rules; refused with {@link RulesNotUsable} when the module does not match the
     * rule files or this build.
     */
    static synchronized Pipeline shared(ShippedRules rules) {
        String key = rules.module().rulesKey() + " " + rules.module().build() + " " + rules.ruleFiles().digest();
        if (loaded == null || !key.equals(loadedKey)) {
            RuleFiles files = rules.ruleFiles();
            try {
                loaded = Pipeline.load(files, RuleBase.fromModule(files, rules.module()));
            } catch (RuleSetException e) {
                throw new RulesNotUsable(e.getMessage());
            }
            loadedKey = key;
        }
        return loaded;
    }

    /** The shipped rules cannot be used in this JVM: the job stops, since no report could be classified. */
    static final class RulesNotUsable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        RulesNotUsable(String message) {
            super(message);
        }
    }
}
