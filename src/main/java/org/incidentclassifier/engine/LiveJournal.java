package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Listens to a {@link LiveSession} over its whole life: which rule inserted each conclusion still standing, on
 * which facts, and in what order. Unlike a batch session's recorder it forgets a conclusion as soon as truth
 * maintenance deletes it, so its memory follows what the session holds, not everything it ever concluded.
 */
final class LiveJournal {
    /** A standing conclusion and when it was inserted (its place in the order). */
    private record Entry(long order, Derivation derivation) {}

    private final RuleBase rules;
    /** Which rule is firing on which facts, and the limits: shared with the batch session. */
    final RuleLimits limits;
    private final Map<Object, Entry> standing = new IdentityHashMap<>();
    private final List<Derivation> withdrawn = new ArrayList<>();
    private long inserted;

    LiveJournal(RuleBase rules) {
        this.rules = rules;
        this.limits = new RuleLimits(rules);
    }

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Derivation firing = limits.firing();
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
        return limits.firingRule();
    }

    long firings() {
        return limits.firings();
    }

    /** The failure of an update over a limit, blaming the rule that fired most. */
    RuleFailure overLimit(String what) {
        return limits.overLimit(what);
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
            List<Object> matched = RuleLimits.premises(match);
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
        return new Reasoning(entries.stream().map(Entry::derivation).toList(), withdrawn, limits.fired());
    }
}
