package org.incidentclassifier.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to a session's agenda for its limits: which rule is firing (by {@code @id}) on which facts, how often each
 * rule fired, and how many matches wait to fire. A batch session ({@link Reasoner}) and a live one
 * ({@link LiveSession}) both need this to stop a runaway rule and to name it, so it lives here once; what each
 * records of the conclusions differs and stays with them.
 */
final class RuleLimits extends DefaultAgendaEventListener {
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

    private final RuleBase rules;
    private final Map<String, Integer> fired = new TreeMap<>();
    private Derivation firing;
    private long pending;
    private long firings;

    RuleLimits(RuleBase rules) {
        this.rules = rules;
    }

    /** The facts a match rests on: a FigureSpread is the engine's summary, not a fact of the texts. */
    static List<Object> premises(Match match) {
        return match.getObjects().stream().filter(o -> !(o instanceof FigureSpread)).toList();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        // a FigureSpread is the engine's summary, not a fact of the texts: conclusions rest on the claims
        firing = new Derivation(null, rules.idOf(event.getMatch().getRule().getName()), premises(event.getMatch()));
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

    /** The match whose action is running (its rule and facts, no conclusion yet), or null between firings. */
    Derivation firing() {
        return firing;
    }

    /** The rule whose action is running, when one is. */
    String firingRule() {
        return firing == null ? "unknown rule" : firing.rule();
    }

    /** Rule firings so far. */
    long firings() {
        return firings;
    }

    /** How often each rule fired, by {@code @id}. */
    Map<String, Integer> fired() {
        return fired;
    }

    /** The failure of a session over a limit, blaming the rule that fired most (an unguarded loop, usually). */
    RuleFailure overLimit(String what) {
        Map.Entry<String, Integer> most = fired.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        String rule = most == null ? "unknown rule" : most.getKey();
        return new RuleFailure(rule, "the rules " + what + "; " + rule + " fired most, "
                + (most == null ? 0 : most.getValue()) + " times: does it update or insert without a guard?", null);
    }
}
