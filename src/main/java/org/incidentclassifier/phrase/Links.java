package org.incidentclassifier.phrase;

import java.util.List;
import org.incidentclassifier.nlp.Token;

/**
 * Links a verb group to its subject and object. The subject is looked for back to the start of the clause,
 * across prepositional phrases ("workers at the plant"), reduced relatives and participles ("men armed
 * with rifles"), relative clauses ("guards who were hurt") and asides between commas or dashes; the first
 * noun phrase of the clause that no preposition governs is the subject.
 */
final class Links {
    private static final java.util.Set<String> OPENERS = java.util.Set.of("\u2014", "\u2013", "-", "--", "(", ":");
    private Links() {
    }

    static NounPhrase subject(List<Token> tokens, List<NounPhrase> nouns, List<VerbGroup> verbs, VerbGroup v) {
        if (v.form() == VerbGroup.Form.RELATIVE || v.form() == VerbGroup.Form.REDUCED_RELATIVE) {
            int at = v.form() == VerbGroup.Form.RELATIVE ? v.start() - 1 : v.start();
            if (at > 0 && tokens.get(at - 1).text().equals(",")) {
                at--;
            }
            return endingAt(nouns, at);
        }
        if (v.form() == VerbGroup.Form.PARTICIPLE) {
            return null;
        }
        NounPhrase partOfWhom = partBeforeWhom(tokens, nouns, v);
        if (partOfWhom != null) {
            return partOfWhom; // "18 travellers, four of whom were released": the four, not the 18
        }
        int boundary = clauseStart(tokens, verbs, v);
        VerbGroup shared = coordinatedVerb(tokens, nouns, verbs, v);
        if (shared != null) {
            return subject(tokens, nouns, verbs, shared); // "three hostages escaped or were freed"
        }
        NounPhrase absolute = withSubject(tokens, nouns, v);
        if (absolute != null && absolute.start() >= boundary && clauseVerbBefore(verbs, absolute.start())) {
            return absolute;
        }
        boolean[] aside = asides(tokens);
        // the nearest phrase before the verb that no preposition governs, outside relatives and asides ...
        int found = -1;
        for (int n = 0; n < nouns.size(); n++) {
            NounPhrase np = nouns.get(n);
            if (np.start() >= boundary && np.end() <= v.start() && np.preposition() == null
                    && !insideRelative(tokens, verbs, np) && !afterIncluding(tokens, np) && !insideAside(tokens, np, v) && !aside[np.start()]) {
                found = n;
            }
        }
        if (found < 0) {
            return withSubject(tokens, nouns, v);
        }
        // ... then back to the first member of its coordination: "35 hostages and 15 captors", hopping over a
        // member's own "of" phrase ("187 students of one school and 125 pupils of another")
        int at = found;
        while (at > 0 && nouns.get(at - 1).start() >= boundary) {
            int prev = at - 1;
            String glue = Coordination.glue(tokens, nouns.get(prev).end(), nouns.get(at).start());
            if (glue == null) {
                break;
            }
            while (prev > 0 && isOfPhrase(tokens, nouns, prev) && nouns.get(prev - 1).start() >= boundary) {
                prev--;
            }
            NounPhrase candidate = nouns.get(prev);
            boolean alongWith = "with".equals(candidate.preposition()) && candidate.start() >= 2
                    && tokens.get(candidate.start() - 2).lower().equals("along");
            if (candidate.preposition() != null && !glue.endsWith("with") && !alongWith) {
                break;
            }
            at = prev;
        }
        found = at;
        // "Fifty-five hostages \u2014 30 locals and 25 foreigners \u2014 escaped": the list breaks the whole down
        NounPhrase first = nouns.get(found);
        if (found > 0 && first.start() > 0 && OPENERS.contains(tokens.get(first.start() - 1).text())
                && nouns.get(found - 1).end() == first.start() - 1 && nouns.get(found - 1).preposition() == null
                && nouns.get(found - 1).start() >= boundary) {
            return nouns.get(found - 1);
        }
        return first;
    }

    /** The counted phrase of "N of whom" (or "N of them") right before the verb, or null. */
    private static NounPhrase partBeforeWhom(List<Token> tokens, List<NounPhrase> nouns, VerbGroup v) {
        int at = v.start();
        if (at < 3 || !tokens.get(at - 2).lower().equals("of")
                || !(tokens.get(at - 1).lower().equals("whom") || tokens.get(at - 1).lower().equals("them"))) {
            return null;
        }
        NounPhrase part = endingAt(nouns, at - 2);
        return part != null && part.counted() ? part : null;
    }

    /** The clause verb just before {@code v} when only "or"/"and" stands between them, else null. */
    private static VerbGroup coordinatedVerb(List<Token> tokens, List<NounPhrase> nouns, List<VerbGroup> verbs,
                                             VerbGroup v) {
        int at = verbs.indexOf(v);
        if (at <= 0 || !v.isClauseVerb() || !verbs.get(at - 1).isClauseVerb()) {
            return null;
        }
        VerbGroup before = verbs.get(at - 1);
        String between = Coordination.glue(tokens, before.end(), v.start());
        if ("or".equals(between) || "and".equals(between) || ", or".equals(between)) {
            return before;
        }
        // "Police arrested five suspects and detained three others": the first verb's object lies between
        String joiner = tokens.get(v.start() - 1).lower();
        NounPhrase object = null;
        for (NounPhrase np : nouns) {
            if (np.start() == before.end() && np.end() == v.start() - 1) {
                object = np;
            }
        }
        return object != null && (joiner.equals("and") || joiner.equals("or")) ? before : null;
    }

    private static boolean clauseVerbBefore(List<VerbGroup> verbs, int at) {
        for (VerbGroup other : verbs) {
            if (other.end() <= at && other.isClauseVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The phrase is "of"/"from" + phrase right after another phrase: "students [of the school]". */
    private static boolean isOfPhrase(List<Token> tokens, List<NounPhrase> nouns, int n) {
        NounPhrase np = nouns.get(n);
        return ("of".equals(np.preposition()) || "from".equals(np.preposition())) && n > 0
                && nouns.get(n - 1).end() == np.start() - 1;
    }

    /** "with 23 soldiers and five passengers killed": the phrase under "with" just before a participle. */
    private static NounPhrase withSubject(List<Token> tokens, List<NounPhrase> nouns, VerbGroup v) {
        for (int n = nouns.size() - 1; n >= 0; n--) {
            if (nouns.get(n).end() != v.start()) {
                continue;
            }
            int first = n;
            while (first > 0 && nouns.get(first).preposition() == null
                    && Coordination.glue(tokens, nouns.get(first - 1).end(), nouns.get(first).start()) != null) {
                first--;
            }
            return "with".equals(nouns.get(first).preposition()) ? nouns.get(first) : null;
        }
        return null;
    }

    /** Tokens inside a pair of dashes or brackets: "93 foreigners -- some of them crew -- were rescued". */
    static boolean[] asides(List<Token> tokens) {
        boolean[] inside = new boolean[tokens.size() + 1];
        int open = -1;
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            boolean dash = w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
            if (w.equals("(") || dash && open < 0) {
                open = k;
            } else if (open >= 0 && (w.equals(")") || dash)) {
                for (int m = open; m <= k; m++) {
                    inside[m] = true;
                }
                open = -1;
            }
        }
        return inside;
    }

    /**
     * "38 hostages, all but one of them foreigners, were killed": a phrase between commas that follows
     * another phrase and its comma is an aside about that phrase, not the subject.
     */
    private static boolean insideAside(List<Token> tokens, NounPhrase np, VerbGroup v) {
        if (np.end() >= tokens.size() || !tokens.get(np.end()).text().equals(",")) {
            return false;
        }
        for (int k = np.start() - 1; k > 0 && k >= np.start() - 4; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return tokens.get(k - 1).isPos("NOUN") || tokens.get(k - 1).isPos("NUM");
            }
            if (t.isPos("VERB") || t.isPos("AUX") || t.lower().equals("and") || t.lower().equals("or")) {
                return false;
            }
        }
        return false;
    }

    static NounPhrase object(List<Token> tokens, List<NounPhrase> nouns, VerbGroup v) {
        int bounded = v.end() + boundLength(tokens, v.end());
        for (NounPhrase np : nouns) {
            if (bounded > v.end() && np.start() == bounded && np.preposition() == null && np.counted()) {
                return np; // "killed at least 27", "freed up to 16 hostages"
            }
            boolean bound = np.start() > v.end() && "than".equals(np.preposition()); // "arrested more than 350 ..."
            boolean gap = np.start() == v.end() + 1 && !tokens.get(v.end()).isPos("ADV");
            if (np.start() >= v.end() && np.start() <= v.end() + (bound ? 2 : 1) && (np.preposition() == null || bound)
                    && (bound || !gap)) {
                return np;
            }
        }
        return null;
    }

    /** The words of a bound that opens a number phrase at {@code at}: "at least", "at most", "up to", "as many as"; else 0. */
    private static int boundLength(List<Token> tokens, int at) {
        String one = at < tokens.size() ? tokens.get(at).lower() : "";
        String two = at + 1 < tokens.size() ? tokens.get(at + 1).lower() : "";
        String three = at + 2 < tokens.size() ? tokens.get(at + 2).lower() : "";
        if (one.equals("at") && (two.equals("least") || two.equals("most")) || one.equals("up") && two.equals("to")) {
            return 2;
        }
        return one.equals("as") && two.equals("many") && three.equals("as") ? 3 : 0;
    }

    /** The start of the clause that holds {@code v}: after the last boundary word or clause verb before it. */
    private static int clauseStart(List<Token> tokens, List<VerbGroup> verbs, VerbGroup v) {
        int start = 0;
        for (VerbGroup other : verbs) {
            // "two people believed to be linked to the siege were arrested": an infinitive right after a
            // participle describing a noun belongs to that description, not to a clause of its own
            if (other.end() <= v.start() && other.isClauseVerb() && !describing(verbs, other)) {
                start = other.end();
            }
        }
        for (int k = v.start() - 1; k >= start; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(":") || ClosedWords.SUBORDINATORS.contains(w)
                    || w.equals("that") && tokens.get(k).isPos("SCONJ") || w.equals("\"") || w.equals("\u201c")) {
                return k + 1;
            }
        }
        return start;
    }

    private static boolean insideRelative(List<Token> tokens, List<VerbGroup> verbs, NounPhrase np) {
        for (VerbGroup v : verbs) {
            if ((v.form() == VerbGroup.Form.RELATIVE || v.form() == VerbGroup.Form.REDUCED_RELATIVE
                    || v.form() == VerbGroup.Form.PARTICIPLE || describing(verbs, v)) && v.end() <= np.start()
                    && np.start() - v.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** "believed to be": an infinitive right after a participle describing a noun. */
    private static boolean describing(List<VerbGroup> verbs, VerbGroup v) {
        if (v.form() != VerbGroup.Form.INFINITIVE) {
            return false;
        }
        for (VerbGroup g : verbs) {
            if (g.form() == VerbGroup.Form.REDUCED_RELATIVE && g.end() == v.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterIncluding(List<Token> tokens, NounPhrase np) {
        return np.start() > 0 && (tokens.get(np.start() - 1).lower().equals("including")
                || tokens.get(np.start() - 1).lower().equals("among"));
    }

    private static NounPhrase endingAt(List<NounPhrase> nouns, int end) {
        for (NounPhrase np : nouns) {
            if (np.end() == end) {
                return np;
            }
        }
        return null;
    }
}
