package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A rule session kept open while the facts of reports come and go: the analyst's desk keeps one per incident.
 * Each report's facts are inserted under the report's key and their handles remembered; withdrawing the report
 * deletes those handles, and Drools' truth maintenance takes back every conclusion that rested on them (the rules
 * conclude with {@code insertLogical}), so nothing is reasoned over from scratch. The session holds the same facts
 * a {@link Reasoner} session over the same reports would (the background facts, each report's facts, and one
 * {@link FigureSpread} per quantity, replaced when a report changes a quantity's figures), so its conclusions are
 * the batch's.
 *
 * <p>Limits: each update (one {@code fireAllRules}) has the batch session's limits, {@link Reasoner#MAX_FIRINGS}
 * firings and {@link Reasoner#MAX_SECONDS} seconds; the matches waiting to fire, {@link Reasoner#MAX_PENDING_MATCHES}.
 * An update over a limit, or whose rule throws, leaves the session half-reasoned: it is then closed and the
 * {@link RuleFailure} thrown, and the caller starts another. Not thread-safe: one update at a time.
 */
public final class LiveSession implements AutoCloseable {
    private final RuleBase rules;
    private final KieSession session;
    private final LiveJournal journal;
    private final List<Object> background;
    private final int maxFirings;
    private final long maxMillis;
    /** Each report's facts, in the order the batch would insert them (the reports' order in their incident). */
    private final Map<String, List<?>> factsOf = new LinkedHashMap<>();
    private final Map<String, List<FactHandle>> handlesOf = new LinkedHashMap<>();
    private final Map<FigureSpread, FactHandle> spreads = new LinkedHashMap<>();
    private boolean closed;
    /** Whether a standing conclusion names a match on facts the last update deleted (see {@link #isStale}). */
    private boolean stale;

    LiveSession(RuleBase rules, Collection<?> background, int maxFirings, long maxMillis) {
        this.rules = rules;
        this.background = List.copyOf(background);
        this.maxFirings = maxFirings;
        this.maxMillis = maxMillis;
        this.session = rules.kieBase().newKieSession();
        this.journal = new LiveJournal(rules);
        session.addEventListener(journal.limits);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) journal.runtime);
        this.background.forEach(session::insert);
    }

    /** A session of {@code rules} holding {@code background} (the facts every session needs), with the batch's limits. */
    public static LiveSession open(RuleBase rules, Collection<?> background) {
        return new LiveSession(rules, background, Reasoner.MAX_FIRINGS, Reasoner.MAX_SECONDS * 1000L);
    }

    /** The keys of the reports whose facts the session holds, in order. */
    public Set<String> reports() {
        return java.util.Collections.unmodifiableSet(factsOf.keySet());
    }

    /**
     * Makes the session hold exactly {@code sources} (each report's key to its facts, in the order a batch session
     * would insert them): the facts of reports no longer there are deleted, those of new reports inserted, the
     * figure spreads replaced where the figures changed, and the rules fire once. Reports kept keep their handles.
     */
    public void sync(Map<String, ? extends List<?>> sources) throws RuleFailure {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        journal.beginUpdate();
        Set<Object> deleted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String gone : List.copyOf(factsOf.keySet())) {
            if (!sources.containsKey(gone)) {
                handlesOf.remove(gone).forEach(session::delete);
                deleted.addAll(factsOf.remove(gone));
            }
        }
        Map<String, List<?>> ordered = new LinkedHashMap<>();
        sources.forEach((key, facts) -> {
            if (!factsOf.containsKey(key)) {
                handlesOf.put(key, facts.stream().map(session::insert).toList());
                ordered.put(key, List.copyOf(facts));
            } else {
                ordered.put(key, factsOf.get(key));
            }
        });
        factsOf.clear();
        factsOf.putAll(ordered);
        replaceSpreads();
        fire();
        stale = !journal.repair(deleted, conclusion -> Justifications.firstSupport(session, conclusion));
    }

    /**
     * True when a conclusion still standing was recorded from a match on facts the last update deleted and the
     * match that now supports it could not be read: two matches concluded the same (equal) fact and truth
     * maintenance kept it on the other's support, which Drools announces to no listener ({@link Justifications}
     * reads it from the truth maintenance system; when that fails, this is true). The caller then rebuilds the
     * session from its reports, so that no conclusion names a withdrawn match.
     */
    public boolean isStale() {
        return stale;
    }

    /** The spreads of the facts held, as a batch session computes them over its facts in order. */
    private void replaceSpreads() {
        List<Object> all = new ArrayList<>(background);
        factsOf.values().forEach(all::addAll);
        List<FigureSpread> now = FigureSpread.of(all);
        for (FigureSpread old : List.copyOf(spreads.keySet())) {
            if (!now.contains(old)) {
                session.delete(spreads.remove(old));
            }
        }
        now.stream().filter(s -> !spreads.containsKey(s)).forEach(s -> spreads.put(s, session.insert(s)));
    }

    private void fire() throws RuleFailure {
        SessionWatchdog watchdog = SessionWatchdog.watch(session, maxMillis);
        try {
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw journal.overLimit("fired " + maxFirings + " times in one update of a live session (the limit)");
            }
            if (watchdog.halted()) {
                throw journal.overLimit("ran for more than " + maxMillis / 1000.0 + " s in one update (the limit)");
            }
        } catch (RuleLimits.TooManyMatches e) {
            close();
            throw new RuleFailure(e.rule(), "the rule had " + Reasoner.MAX_PENDING_MATCHES + " matches waiting to"
                    + " fire in one session (the limit): are its patterns joined by a constraint?", null);
        } catch (ConsequenceException e) {
            close();
            String name = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailure(name == null ? "unknown rule" : rules.idOf(name),
                    cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (RuleFailure e) {
            close();
            throw e;
        } catch (StackOverflowError e) {
            close();
            throw new RuleFailure(journal.firingRule(), "StackOverflowError: the rule's action recursed too deeply",
                    null);
        } finally {
            watchdog.stop();
        }
    }

    /**
     * What the session concludes now, as {@link Reasoner#reason} reads a batch session back: the standing
     * conclusions in the order their rules inserted them, each rule's {@code @severity} set, and how often each rule
     * fired over the session's life. {@code withdrawn} holds what truth maintenance took back at the last update.
     */
    public Reasoning reasoning() {
        return rules.withSeverities(journal.standing(session.getObjects()));
    }

    /** Rule firings over the session's life. */
    public long firings() {
        return journal.firings();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
        }
    }

    public boolean isClosed() {
        return closed;
    }
}
