package org.incidentclassifier.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieSession;

/**
 * Halts a session that fires rules for longer than its wall-clock limit: a rule loop that never reaches the firing
 * limit (slow actions) would otherwise hold its thread for good. One daemon thread serves every session, batch or
 * live; a halt is only a flag set in the session, so it never waits on a session.
 */
final class SessionWatchdog {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rule-session-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final AtomicBoolean halted = new AtomicBoolean();
    private final ScheduledFuture<?> deadline;

    private SessionWatchdog(KieSession session, long maxMillis) {
        this.deadline = TIMER.schedule(() -> {
            halted.set(true);
            session.halt();
        }, maxMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts watching {@code session}: it is halted after {@code maxMillis} unless {@link #stop} comes first. */
    static SessionWatchdog watch(KieSession session, long maxMillis) {
        return new SessionWatchdog(session, maxMillis);
    }

    /** Whether the time ran out and the session was halted. */
    boolean halted() {
        return halted.get();
    }

    /**
     * Stops watching. False when the halt has already started (or run): the session may then still be halted, so
     * it is not to be reused.
     */
    boolean stop() {
        return deadline.cancel(false);
    }
}
