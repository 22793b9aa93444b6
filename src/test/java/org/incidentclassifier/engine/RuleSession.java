package org.incidentclassifier.engine;

import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.WordStemmer;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The shipped rules compiled once for all rule tests in this JVM. Like the pipeline, every session also
 * gets the background facts of the shipped lexicon (credibility grades, target-type codes).
 */
final class RuleSession {
    private static Reasoner reasoner;
    private static List<Object> background;

    private RuleSession() {
    }

    static synchronized Reasoning reason(List<?> facts) {
        try {
            if (reasoner == null) {
                RuleFiles rules = RuleFiles.fromDirectory(Path.of("rules"));
                reasoner = new Reasoner(RuleBase.compile(rules));
                background = Lexicons.load(rules, WordStemmer.load()).background();
            }
            List<Object> all = new java.util.ArrayList<>(background);
            all.addAll(facts);
            return reasoner.reason(all);
        } catch (RuleSetException | RuleFailure e) {
            throw new IllegalStateException(e);
        }
    }
}
