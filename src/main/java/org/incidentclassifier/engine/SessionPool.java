package org.incidentclassifier.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Rule sessions of one rule base, emptied and kept for the next report. A fresh session builds the memory of
 * every network node it reaches (segments, join indexes, the agenda's rule entries) as facts first flow through
 * it: that was about a third of a report's rule time. An emptied session keeps those memories and only clears
 * their contents, its facts, its agenda and its listeners, so the next report starts from the same state as in a
 * fresh session (fact ids from zero again). Shared by all threads; each session is used by one at a time.
 */
final class SessionPool {
    /** Sessions kept idle at most: one per worker thread is all a batch needs. */
    private static final int MAX_IDLE = 8;

    private final KieBase kieBase;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();

    SessionPool(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** An empty session: one kept from an earlier report, or a new one. */
    KieSession take() {
        KieSession session = idle.pollFirst();
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Hands a session back after use. Only a session whose rules ran to their end ({@code clean}) is kept: one
     * stopped by a limit, halted or interrupted by a failing rule may be left half-way, so it is disposed of.
     */
    void giveBack(KieSession session, boolean clean) {
        if (clean && idle.size() < MAX_IDLE && session instanceof StatefulKnowledgeSessionImpl emptied) {
            emptied.reset();
            idle.addFirst(session);
        } else {
            session.dispose();
        }
    }
}
