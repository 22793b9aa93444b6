package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Entry point of the engine stage: inserts facts into a fresh session of the rule base, fires the rules and
 * reads back what they concluded, with the rule and the matched facts behind each conclusion.
 * Thread-safe: each call has its own session (an emptied one of an earlier call, see {@link SessionPool}).
 */
public final class Reasoner {
    /** Rule firings one session may make: a rule that keeps re-firing (an update with no guard) stops here. */
    public static final int MAX_FIRINGS = 500_000;
    /**
     * Matches one session may hold waiting to fire: a rule whose patterns are not joined by any constraint (a
     * cross product) creates the product of their fact counts, and would otherwise fill the memory before its
     * first firing. A news report's session holds a few hundred.
     */
    public static final int MAX_PENDING_MATCHES = 100_000;
    /** Seconds one session may fire rules for before it is halted. */
    public static final int MAX_SECONDS = 60;

    private final RuleBase rules;
    private final int maxFirings;
    private final long maxMillis;

    public Reasoner(RuleBase rules) {
        this(rules, MAX_FIRINGS, MAX_SECONDS * 1000L);
    }

    /** A reasoner with other limits per session (firings, and wall-clock milliseconds). */
    public Reasoner(RuleBase rules, int maxFirings, long maxMillis) {
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.maxMillis = maxMillis;
    }

    public Reasoning reason(Collection<?> facts) throws RuleFailure {
        KieSession session = rules.sessions().take();
        Recorder recorder = new Recorder();
        session.addEventListener(recorder.limits);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder.runtime);
        SessionWatchdog watchdog = SessionWatchdog.watch(session, maxMillis);
        boolean clean = false;
        try {
            facts.forEach(session::insert);
            // the figures of each quantity summed up, so that the figure rules compare a much-told quantity's
            // figures with its extremes instead of every pair (FigureSpread)
            FigureSpread.of(facts).forEach(session::insert);
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw recorder.limits.overLimit("fired " + maxFirings + " times in one session (the limit)");
            }
            if (watchdog.halted()) {
                throw recorder.limits.overLimit("ran for more than " + maxMillis / 1000.0 + " s (the limit)");
            }
            Reasoning result = rules.withSeverities(recorder.result(session.getObjects()));
            clean = true;
            return result;
        } catch (RuleLimits.TooManyMatches e) {
            throw new RuleFailure(e.rule(), "the rule had " + MAX_PENDING_MATCHES + " matches waiting to fire in one"
                    + " session (the limit): are its patterns joined by a constraint, or is it a cross product?", null);
        } catch (StackOverflowError e) {
            throw new RuleFailure(recorder.limits.firingRule(),
                    "StackOverflowError: the rule's action recursed too deeply", null);
        } catch (ConsequenceException e) {
            String name = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            String rule = name == null ? "unknown rule" : rules.idOf(name);
            String place = name == null ? null : rules.thenPlace(name);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailure(rule, cause.getClass().getSimpleName() + ": " + cause.getMessage()
                    + (place == null ? "" : " (in the then part at " + place + ")"), cause);
        } finally {
            // a watchdog that has started may still halt the session: then it is not reused
            boolean stopped = watchdog.stop();
            rules.sessions().giveBack(session, clean && stopped && !watchdog.halted());
        }
    }

    /** Listens to one session: which rule is firing on which facts, and what it inserts or withdraws. */
    private final class Recorder {
        private final Map<Object, Derivation> derived = new IdentityHashMap<>();
        private final List<Derivation> inOrder = new ArrayList<>();
        private final List<Derivation> withdrawn = new ArrayList<>();
        /** Which rule is firing on which facts, and the limits: shared with the live session. */
        final RuleLimits limits = new RuleLimits(rules);

        final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Derivation firing = limits.firing();
                if (event.getRule() != null && firing != null) {
                    Derivation d = new Derivation(event.getObject(), firing.rule(), firing.matched());
                    derived.put(event.getObject(), d);
                    inOrder.add(d);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                Derivation d = derived.remove(event.getOldObject());
                if (d != null) {
                    withdrawn.add(d);
                }
            }
        };

        /** The conclusions still in the session, in the order the rules inserted them (deterministic, unlike the session's own order). */
        Reasoning result(Collection<? extends Object> inSession) {
            Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(inSession);
            List<Derivation> standing = new ArrayList<>();
            for (Derivation d : inOrder) {
                if (present.contains(d.conclusion()) && derived.get(d.conclusion()) == d) {
                    standing.add(d);
                }
            }
            return new Reasoning(standing, withdrawn, limits.fired());
        }
    }
}
