package org.incidentclassifier.engine;

import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/** The shipped rules compiled once for all rule tests in this JVM. */
final class RuleSession {
    private static Reasoner reasoner;

    private RuleSession() {
    }

    static synchronized Reasoning reason(List<?> facts) {
        try {
            if (reasoner == null) {
                reasoner = new Reasoner(RuleBase.compile(RuleFiles.fromDirectory(Path.of("rules"))));
            }
            return reasoner.reason(facts);
        } catch (RuleSetException | RuleFailure e) {
            throw new IllegalStateException(e);
        }
    }
}
