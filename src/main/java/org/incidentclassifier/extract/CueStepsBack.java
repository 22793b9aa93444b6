package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.nlp.Token;

/**
 * The words {@link RelationEnds} steps back over from a cue to reach its holder: the verb group ("was a
 * convicted", "is believed to be"), a region between a possessive and a title ("Y's West Africa branch"), a
 * suspicion ("X, suspected of ties to Y", "accused X of links to Y") and the holder's own word ("X, which says
 * it is loyal to Y"). Each takes the token it stands at and returns the one it reaches (or the same one).
 */
final class CueStepsBack {
    /** Verbs by which a group says a relation of itself: "which says it is loyal to". */
    static final Set<String> OWN_WORD = Set.of("says", "said", "claims", "claimed", "insists", "declares",
            "declared");

    private final List<Token> tokens;

    CueStepsBack(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Whether token {@code k} ends a region named between a possessive and a title: "Y's Sahel affiliate", "Y's
     * West Africa branch" (up to three capitalised words, whether or not the place lexicon knows them).
     */
    private boolean regionAfterPossessive(int k) {
        int j = k;
        while (j >= 0 && k - j < 3 && regionWord(tokens.get(j)) && !tokens.get(j).lower().matches(".*['\u2019]s")) {
            j--;
        }
        return j >= 0 && j < k && tokens.get(j).lower().matches(".*['\u2019]s");
    }

    /** A word of a region's name: a proper noun, or a capitalised adjective or noun ("the group's North African branch"). */
    private static boolean regionWord(Token t) {
        return t.isPos("PROPN") || (t.isPos("ADJ") || t.isPos("NOUN")) && PhraseWords.isCapitalised(t); // "Yemeni"/NOUN
    }

    /**
     * "X, suspected of ties to Y", "police accused X of links to Y": steps back from the "of" before the cue to
     * the actor the suspicion is of; else returns {@code k}.
     */
    int overSuspicion(int k) {
        if (k < 1 || !tokens.get(k).lower().equals("of")) {
            return k;
        }
        if (tokens.get(k - 1).lower().matches("suspected|accused")) {
            return overVerbGroup(k - 1);
        }
        for (int j = k - 2; j >= 0 && k - j <= 5; j--) {
            if (tokens.get(j).lower().matches("accused|accuses|accuse|suspects|suspect|suspected")) {
                return k - 1; // "accused the Front of links to": the accused stands before "of"
            }
        }
        return k;
    }

    /**
     * Steps back from "it" to the relative pronoun when the holder says it of itself: "X, which says it is loyal
     * to Y", "X, which claims it is part of Y"; else returns {@code k}.
     */
    int overOwnWord(int k) {
        if (k >= 2 && tokens.get(k).lower().matches("it|they") && OWN_WORD.contains(tokens.get(k - 1).lower())
                && tokens.get(k - 2).lower().matches("which|who|that")) {
            return k - 2;
        }
        return k;
    }

    /** The last token before the cue's verb group ("was a convicted", "is believed to be"): -1 when none. */
    int overVerbGroup(int cue) {
        int k = cue - 1;
        while (k >= 0 && (PhraseWords.VERB_GROUP.contains(tokens.get(k).lower()) || tokens.get(k).isPos("ADV")
                || tokens.get(k).isPos("ADJ") && k > 0 && tokens.get(k - 1).lower().matches("a|an|the|.*['’]s")
                || regionWord(tokens.get(k)) && regionAfterPossessive(k))) { // "Y's (West Africa) branch"
            k--;
        }
        return k;
    }
}
