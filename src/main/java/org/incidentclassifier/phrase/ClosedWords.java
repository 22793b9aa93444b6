package org.incidentclassifier.phrase;

import java.util.Set;
import java.util.regex.Pattern;
import org.incidentclassifier.nlp.Token;

/**
 * The closed classes of English grammar the phrase layer reads structure from (auxiliaries, negation,
 * relative pronouns, number words...). General English, not domain words: those live in rules/lexicon.
 */
final class ClosedWords {
    private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,.]*");
    static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
            "get", "got", "gets", "getting", "gotten");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "must", "can",
            "shall", "'ll", "'d");
    /** Stems of verbs whose object is a reported clause: "said two men were arrested". */
    static final Set<String> REPORTING = Set.of("sai", "tell", "report", "add", "confirm", "state", "announc",
            "claim", "believ", "estim", "fear", "knew", "know", "learn", "show", "thought", "insist", "deni", "indic");
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");
    static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "as", "because", "while", "since",
            "until", "if", "unless", "although", "though", "where", "whereas", "once");
    /** Words the tagger sometimes calls adverbs that still join or open clauses: never inside a verb group. */
    static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "where", "when", "while", "whereas", "then",
            "so", "as", "how", "why");
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "thousand", "million", "dozen", "dozens", "hundreds", "thousands", "scores", "several", "both");
    /** Words that stand for people already named: "N others", "five more", "the rest". */
    static final Set<String> PRO_NOUNS = Set.of("others", "more", "rest", "remainder");
    static final Set<String> IRREGULAR_PARTICIPLES = Set.of("held", "taken", "shot", "hurt", "found", "seen", "left",
            "kept", "set", "let", "put", "freed", "caught", "brought", "flown", "driven", "beaten", "stabbed", "hit",
            "slain", "run", "cut", "thrown", "given", "known", "said", "thought", "believed", "feared", "reported");

    private ClosedWords() {
    }

    static boolean isNumber(Token t) {
        String w = t.lower();
        if (!w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' && NUMERAL.matcher(w).matches()) {
            return true;
        }
        if (NUMBER_WORDS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && NUMBER_WORDS.contains(w.substring(0, dash)) && NUMBER_WORDS.contains(w.substring(dash + 1));
    }

    static boolean isParticiple(Token t) {
        String w = t.lower();
        return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
    }

    static boolean isAux(Token t) {
        String w = t.lower();
        return t.isPos("AUX") || BE.contains(w) || MODALS.contains(w) || w.equals("have") || w.equals("has")
                || w.equals("had") || w.equals("having") || w.equals("do") || w.equals("did") || w.equals("does");
    }
}
