package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Listens to a {@link LiveSession} over its whole life: which rule inserted each conclusion still standing, on
 * which facts, and in what order. Unlike a batch session's recorder it forgets a conclusion as soon as truth
 * maintenance deletes it, so its memory follows what the session holds, not everything it ever concluded.
 */
final class LiveJournal {
    /** Thrown from inside the engine's evaluation, which offers no other way out, when too many matches wait. */
    static final class TooManyMatches extends RuntimeException {
        private final String rule;

        TooManyMatches(String rule) {
            super(rule, null, false, false);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }

    /** A standing conclusion and when it was inserted (its place in the order). */
    private record Entry(long order, Derivation derivation) {}

    private final RuleBase rules;
    private final Map<Object, Entry> standing = new IdentityHashMap<>();
    private final List<Derivation> withdrawn = new ArrayList<>();
    private final Map<String, Integer> fired = new TreeMap<>();
    private Derivation firing;
    private long pending;
    private long inserted;
    private long firings;

    LiveJournal(RuleBase rules) {
        this.rules = rules;
    }

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            // a FigureSpread is the engine's summary, not a fact of the texts: conclusions rest on the claims
            List<Object> matched = event.getMatch().getObjects().stream()
                    .filter(o -> !(o instanceof FigureSpread)).toList();
            firing = new Derivation(null, rules.idOf(event.getMatch().getRule().getName()), matched);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.merge(rules.idOf(event.getMatch().getRule().getName()), 1, Integer::sum);
            firings++;
            firing = null;
            pending--;
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            if (++pending > Reasoner.MAX_PENDING_MATCHES) {
                throw new TooManyMatches(rules.idOf(event.getMatch().getRule().getName()));
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            pending--;
        }
    };

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null && firing != null) {
                standing.put(event.getObject(), new Entry(inserted++,
                        new Derivation(event.getObject(), firing.rule(), firing.matched())));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Entry e = standing.remove(event.getOldObject());
            if (e != null) {
                withdrawn.add(e.derivation());
            }
        }
    };

    /** Starts an update: what truth maintenance withdraws is counted from here. */
    void beginUpdate() {
        withdrawn.clear();
    }

    /** The rule whose action is running, when one is. */
    String firingRule() {
        return firing == null ? "unknown rule" : firing.rule();
    }

    long firings() {
        return firings;
    }

    /** The failure of an update over a limit, blaming the rule that fired most. */
    RuleFailure overLimit(String what) {
        Map.Entry<String, Integer> most = fired.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        String rule = most == null ? "unknown rule" : most.getKey();
        return new RuleFailure(rule, "the rules " + what + "; " + rule + " fired most, "
                + (most == null ? 0 : most.getValue()) + " times: does it update or insert without a guard?", null);
    }

    /**
     * Re-reads the support of each standing conclusion recorded from a match on one of {@code deleted} (or on a
     * conclusion withdrawn in this update): truth maintenance kept it, so another match supports it, which
     * {@code support} finds. Returns false when one cannot be read (the session's record would be wrong).
     */
    boolean repair(Set<Object> deleted, java.util.function.Function<Object, org.kie.api.runtime.rule.Match> support) {
        Set<Object> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(deleted);
        withdrawn.forEach(d -> gone.add(d.conclusion()));
        if (gone.isEmpty()) {
            return true;
        }
        for (Map.Entry<Object, Entry> e : standing.entrySet()) {
            if (e.getValue().derivation().matched().stream().noneMatch(gone::contains)) {
                continue;
            }
            org.kie.api.runtime.rule.Match match = support.apply(e.getKey());
            if (match == null) {
                return false;
            }
            List<Object> matched = match.getObjects().stream().filter(o -> !(o instanceof FigureSpread)).toList();
            if (matched.stream().anyMatch(gone::contains)) {
                return false;
            }
            e.setValue(new Entry(e.getValue().order(), new Derivation(e.getKey(),
                    rules.idOf(match.getRule().getName()), matched)));
        }
        return true;
    }

    /** The conclusions still in the session, in the order the rules inserted them. */
    Reasoning standing(Collection<?> inSession) {
        Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(inSession);
        List<Entry> entries = new ArrayList<>();
        standing.forEach((conclusion, entry) -> {
            if (present.contains(conclusion)) {
                entries.add(entry);
            }
        });
        entries.sort(java.util.Comparator.comparingLong(Entry::order));
        return new Reasoning(entries.stream().map(Entry::derivation).toList(), withdrawn, fired);
    }
}
