package org.incidentclassifier.engine;

import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * The matches that support a logically inserted fact, as Drools' truth maintenance keeps them. Drools announces
 * a logical fact once, when the first match inserts it; when two matches insert equal facts (records) and the first
 * loses its facts, the fact stays on the second's support, which only the truth maintenance system knows. Read
 * through Drools' internal classes (drools-tms), so each step is checked and anything unexpected gives null: the
 * caller then rebuilds the session instead.
 */
final class Justifications {
    private Justifications() {
    }

    /** The first match still supporting {@code fact} in {@code session}, or null when it cannot be read. */
    static Match firstSupport(KieSession session, Object fact) {
        try {
            FactHandle handle = session.getFactHandle(fact);
            if (!(handle instanceof InternalFactHandle internal)
                    || !(internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)) {
                return null;
            }
            BeliefSet<?> beliefs = key.getBeliefSet();
            if (beliefs == null || beliefs.isEmpty() || !(beliefs.getFirst() instanceof SimpleMode mode)) {
                return null;
            }
            LogicalDependency<SimpleMode> dependency = mode.getObject();
            return dependency == null ? null : dependency.getJustifier();
        } catch (RuntimeException | LinkageError e) {
            return null; // another Drools version's internals: rebuild rather than guess
        }
    }
}
