package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Entry point of the engine stage: inserts facts into a fresh session of the rule base, fires the rules and
 * reads back what they concluded, with the rule and the matched facts behind each conclusion.
 * Thread-safe: each call has its own session.
 */
public final class Reasoner {
    private final RuleBase rules;

    public Reasoner(RuleBase rules) {
        this.rules = rules;
    }

    public Reasoning reason(Collection<?> facts) throws RuleFailure {
        KieSession session = rules.kieBase().newKieSession();
        Recorder recorder = new Recorder();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder.agenda);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder.runtime);
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return recorder.result(session.getObjects());
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "unknown rule" : rules.idOf(e.getMatch().getRule().getName());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailure(rule, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } finally {
            session.dispose();
        }
    }

    /** Listens to one session: which rule is firing on which facts, and what it inserts or withdraws. */
    private final class Recorder {
        private final Map<Object, Derivation> derived = new IdentityHashMap<>();
        private final List<Derivation> inOrder = new ArrayList<>();
        private final List<Derivation> withdrawn = new ArrayList<>();
        private final Map<String, Integer> fired = new TreeMap<>();
        private Derivation firing;

        final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing = new Derivation(null, rules.idOf(event.getMatch().getRule().getName()),
                        event.getMatch().getObjects());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(rules.idOf(event.getMatch().getRule().getName()), 1, Integer::sum);
                firing = null;
            }
        };

        final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
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
            return new Reasoning(standing, withdrawn, fired);
        }
    }
}
