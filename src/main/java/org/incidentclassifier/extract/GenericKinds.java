package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * Kinds of attack named as kinds, not as events: a list of two or more bare plural attack words ("ready to
 * respond to armed attacks, kidnappings and bombings", "deaths from bombings and armed assaults fell"). A
 * speech, an index or an analysis enumerates them; a report of an event names it with a determiner or a
 * number ("the bombings", "two attacks"). Also one bare plural whose verb tells a trend ("Kidnappings fell by a
 * fifth", "attacks on pipelines have soared"): a statistic or an analysis, not an event. And one counted as a
 * measure ("the number of kidnappings", "the share of attacks that end in ransom"): the kind is what is counted.
 * Such triggers are read as not factual.
 */
final class GenericKinds {
    private static final Set<TriggerKind> EVENTS = Set.of(TriggerKind.HOSTAGE_TAKING, TriggerKind.KIDNAPPING,
            TriggerKind.ARMED_ATTACK, TriggerKind.UNARMED_ATTACK, TriggerKind.BOMBING, TriggerKind.HIJACKING,
            TriggerKind.ASSASSINATION, TriggerKind.SABOTAGE, TriggerKind.WEAPON_ATTACK, TriggerKind.TARGETED_KILLING,
            TriggerKind.ARSON, TriggerKind.VEHICLE_RAMMING, TriggerKind.AIRSTRIKE);
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or");
    /** Verbs of a trend: a count that moves over time, said of a kind of attack. */
    private static final Set<String> TREND_VERBS = Set.of("rose", "risen", "rise", "rises", "rising", "fell", "fallen",
            "fall", "falls", "falling", "soared", "soar", "soaring", "grew", "grown", "grow", "grows", "growing",
            "increased", "increase", "increasing", "decreased", "declined", "decline", "declining", "doubled",
            "tripled", "surged", "dropped", "jumped", "climbed", "plummeted", "plunged", "spiked", "halved",
            "became", "become", "remain", "remained", "accounted", "reached", "reach", "totalled", "totaled");
    /** Measures taken of a kind of attack: "the number / rate / share of kidnappings". */
    private static final Set<String> STATISTICS = Set.of("number", "rate", "rates", "share", "proportion",
            "percentage", "frequency", "incidence", "level", "levels");
    /** "A number of captives" is a vague count of the people held, not a measure: no statistic. */
    private static final Set<String> VAGUE = Set.of("a", "an");
    /** How far after the kind its trend verb may stand ("Kidnappings for ransom have soared"). */
    private static final int TREND_REACH = 5;
    /**
     * Past that reach the kind's own verb may still come after its modifiers ("Attacks on aid workers across the
     * country reached a record level"): read on while no other verb has stood, so the trend verb is the kind's.
     */
    private static final int MODIFIED_TREND_REACH = 10;

    private GenericKinds() {
    }

    static Set<PhraseTable.Match<TriggerKind>> find(List<Token> tokens, List<PhraseTable.Match<TriggerKind>> matches) {
        Set<PhraseTable.Match<TriggerKind>> generic = new HashSet<>();
        List<PhraseTable.Match<TriggerKind>> run = new ArrayList<>();
        for (PhraseTable.Match<TriggerKind> m : matches) {
            if (!EVENTS.contains(m.value()) || !plural(tokens.get(m.end() - 1))) {
                continue;
            }
            if (bare(tokens, m.start()) && (trendFollows(tokens, m.end()) || counted(tokens, m.start()))) {
                generic.add(m);
            }
            if (!run.isEmpty() && !onlyGlue(tokens, run.get(run.size() - 1).end(), m.start())) {
                close(tokens, run, generic);
                run.clear();
            }
            run.add(m);
        }
        close(tokens, run, generic);
        return generic;
    }

    private static void close(List<Token> tokens, List<PhraseTable.Match<TriggerKind>> run,
                              Set<PhraseTable.Match<TriggerKind>> generic) {
        if (run.size() >= 2 && bare(tokens, run.get(0).start())) {
            generic.addAll(run);
        }
    }

    private static boolean plural(Token t) {
        return t.isPos("NOUN") && t.lower().endsWith("s");
    }

    /** A trend verb within reach after the kind, in its clause; further off, only with no other verb before it. */
    private static boolean trendFollows(List<Token> tokens, int from) {
        boolean verbPassed = false;
        for (int k = from; k < tokens.size() && k < from + MODIFIED_TREND_REACH; k++) {
            Token t = tokens.get(k);
            String word = t.lower();
            if (word.equals(",") || word.equals(";")) {
                return false;
            }
            if (TREND_VERBS.contains(word)) {
                return k < from + TREND_REACH || !verbPassed;
            }
            verbPassed |= t.isPos("VERB");
        }
        return false;
    }

    /** A measure and "of" just before the kind, adjectives skipped: "the rate of armed kidnappings", not "a number of". */
    private static boolean counted(List<Token> tokens, int start) {
        int k = start - 1;
        while (k >= 0 && tokens.get(k).isPos("ADJ")) {
            k--;
        }
        return k >= 1 && tokens.get(k).lower().equals("of") && STATISTICS.contains(tokens.get(k - 1).lower())
                && !(k >= 2 && VAGUE.contains(tokens.get(k - 2).lower()));
    }

    /** Between two list members: commas, "and", "or" and adjectives ("armed attacks, kidnappings and bombings"). */
    private static boolean onlyGlue(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!LIST_GLUE.contains(t.lower()) && !t.isPos("ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** No determiner, number or possessive before the list (adjectives skipped): "the bombings" is an event. */
    private static boolean bare(List<Token> tokens, int start) {
        int k = start - 1;
        while (k >= 0 && tokens.get(k).isPos("ADJ")) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        Token before = tokens.get(k);
        return !(before.isPos("DET") || before.isPos("NUM") || before.isPos("PRON") || before.isPos("PART"));
    }
}
