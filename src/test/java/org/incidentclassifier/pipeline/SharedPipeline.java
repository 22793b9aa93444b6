package org.incidentclassifier.pipeline;

import java.nio.file.Path;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/** The real pipeline over the project's rules/, loaded once per test JVM (models and rule compilation are slow). */
public final class SharedPipeline {
    private static Pipeline pipeline;

    private SharedPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            try {
                pipeline = Pipeline.load(RuleFiles.fromDirectory(Path.of("rules")));
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage() + " " + e.problems(), e);
            }
        }
        return pipeline;
    }
}
