package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.nlp.Token;

/** Words {@link RelationEnds} steps over or reads as names around a relation cue. */
final class PhraseWords {
    private PhraseWords() {
    }

    static final Set<String> VERB_GROUP = Set.of("to", "be", "been", "being", "is", "are", "was", "were",
            "has", "have", "had", "also", "reportedly", "allegedly", "apparently", "reputedly", "said", "claimed",
            "claims", "claim", "claiming", "believed", "thought", "suspected", "alleged", "known", "widely", "long",
            "itself", "themselves", "himself", "herself", "a", "an", "the", "its", "their", "his", "her", "openly",
            "publicly", "once", "already", "still", "now", "remain", "remains", "remained", "became", "become", "becomes",
            "stays", "stayed", "seems", "seemed", "appears", "appeared", "with", "having", "they", "he", "she", "we",
            "any");
    static final Set<String> ASIDE = Set.of("who", "whose", "which", "that", ",", "-", "\u2013", "\u2014", "(");
    static final Set<String> NAMING = Set.of("known", "called", "named", "dubbed", "calling", "calls", "as",
            "itself");
    static final Set<String> GLUE = Set.of("of", "'s", "\u2019s", "'", "\"", "\u201c", "\u201d", "-");

    static boolean isNominal(Token t) {
        return t.isPos("DET") || t.isPos("ADJ") || t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("NUM")
                || t.pos().contains("PART") && t.text().endsWith("s");
    }

    /** A word of a name: capitalised, or a particle inside one ("al-Wadi", "bin", "Abu"). */
    static boolean isNamePart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return isCapitalised(t) || t.text().matches("(al|el|ibn|bin|ben|abu|ould)(-\\p{Lu}.*)?")
                && i + 1 < tokens.size() && (t.text().contains("-") || isCapitalised(tokens.get(i + 1)));
    }

    /** A particle joined to a capitalised name ("al-Fajr"): the tagger may call it anything, yet it ends a name. */
    static boolean isParticleName(Token t) {
        return t.text().matches("(al|el|ibn|bin|ben|abu|ould)-\\p{Lu}.*");
    }

    static boolean isCapitalised(Token t) {
        // the tagger calls a surname it does not know anything: "Weiss/PRON was a member"
        boolean misTagged = t.isPos("PRON") && !t.lower().matches("he|she|it|they|we|i|you|who|which|that|this|these");
        return Character.isUpperCase(t.text().charAt(0)) && t.text().chars().allMatch(Character::isLetter)
                && (t.isPos("PROPN") || t.isPos("NOUN") || t.isPos("ADJ") || misTagged)
                || Character.isUpperCase(t.text().charAt(0)) && (t.isPos("PROPN") || t.isPos("NOUN"));
    }

    /** A capitalised word before the head ("the River Fighters") makes the phrase a name, not "the perpetrators". */
    static boolean capitalisedBefore(List<Token> tokens, int start, int head) {
        for (int i = start; i < head; i++) {
            String text = tokens.get(i).text();
            if (i > start && !text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fighters after "against", "on", "with"... are those the sentence acts on, not the incident's perpetrators
     * ("a campaign against fighters in the south"); only "by" names who acted.
     */
    static boolean objectOfPreposition(List<Token> tokens, int start) {
        int before = start - 1;
        while (before >= 0 && (tokens.get(before).isPos("DET") || tokens.get(before).isPos("ADJ")
                || tokens.get(before).isPos("VERB") || tokens.get(before).text().contains("-"))) {
            before--; // modifiers of the phrase: "against the al-Qaida-linked fighters"
        }
        return before >= 0 && tokens.get(before).isPos("ADP") && !tokens.get(before).lower().equals("by");
    }
}
