package org.incidentclassifier.phrase;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.nlp.Token;

/**
 * Groups the tagged words of a sentence into noun phrases and verb groups. Rule-based over the Universal
 * Dependencies tags, with corrections for the tagger's usual slips on news text: number words tagged as
 * verbs ("Twelve/VERB"), participles tagged as adjectives after a form of "be" ("were freed/ADJ"),
 * sentence-initial plural nouns tagged as proper nouns.
 */
final class Chunker {
    private Chunker() {
    }

    static List<NounPhrase> nouns(List<Token> tokens) {
        List<NounPhrase> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = nounEnd(tokens, i);
            if (end <= i) {
                i++;
                continue;
            }
            int head = end - 1;
            int number = -1;
            for (int k = i; k < end; k++) {
                if (ClosedWords.isNumber(tokens.get(k)) && number < 0) {
                    number = k;
                }
            }
            if (number >= 0 && number < head && ClosedWords.isNumber(tokens.get(head))) {
                head = number; // "nine hundred": the words of one number
            }
            String preposition = i > 0 && tokens.get(i - 1).isPos("ADP") ? tokens.get(i - 1).lower() : null;
            if (preposition != null && number >= 0 && isBound(tokens, i)) {
                preposition = null; // "at least 10", "more than 350", "up to 16": a bound, not a preposition
            }
            found.add(new NounPhrase(i, end, number >= 0 && allNumber(tokens, number, end) ? number : head, number,
                    preposition));
            i = end;
        }
        return found;
    }

    private static boolean isBound(List<Token> tokens, int i) {
        String first = tokens.get(i).lower();
        String before = tokens.get(i - 1).lower();
        String twoBefore = i > 1 ? tokens.get(i - 2).lower() : "";
        return before.equals("at") && (first.equals("least") || first.equals("most"))
                || before.equals("than") && (twoBefore.equals("more") || twoBefore.equals("fewer") || twoBefore.equals("less"))
                || before.equals("to") && (twoBefore.equals("up") || twoBefore.equals("close"));
    }

    private static boolean allNumber(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!ClosedWords.isNumber(tokens.get(k)) && !tokens.get(k).lower().equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** The end of a noun phrase starting at {@code i}, or {@code i} when none starts there. */
    private static int nounEnd(List<Token> tokens, int i) {
        if (i > 0 && ClosedWords.BE.contains(tokens.get(i - 1).lower()) && floating(tokens, i, true)) {
            return i; // "were all released unharmed": the quantifier belongs to the verb group
        }
        int k = i;
        boolean nounSeen = false;
        boolean any = false;
        boolean determined = tokens.get(i).isPos("DET") || tokens.get(i).isPos("PRON");
        boolean counted = false;
        // quantity modifiers before a number: "nearly 50", "at least 11", "more than 60"
        while (k < tokens.size() && !nounSeen) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.isPos("DET") || t.isPos("PRON") && isPossessive(w)) {
                k++;
            } else if (ClosedWords.isNumber(t)) {
                k++;
                any = true;
                counted = true;
            } else if (t.isPos("ADJ") && k + 1 < tokens.size() && ClosedWords.isNumber(tokens.get(k + 1))
                    && !ClosedWords.isNumber(t)) {
                break; // "wounded 500 more": a verb the tagger calls an adjective, before its object
            } else if (t.isPos("ADJ") || t.isPos("ADV") && k + 1 < tokens.size() && ClosedWords.isNumber(tokens.get(k + 1))
                    || (t.isPos("VERB") && ClosedWords.isParticiple(t) && nounFollows(tokens, k) && k > i)
                    || determinedIng(tokens, k, i, determined)) {
                k++;
                any |= t.isPos("ADJ");
            } else if (t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("PRON") && !ClosedWords.RELATIVES.contains(w)
                    && !isPossessive(w) || t.isPos("X") && Character.isLetter(w.charAt(0))) {
                nounSeen = true;
                any = true;
                k++;
            } else {
                break;
            }
        }
        while (nounSeen && k < tokens.size() && (tokens.get(k).isPos("NOUN") || tokens.get(k).isPos("PROPN")
                && !tokens.get(k - 1).isPos("PRON"))) {
            k++; // compounds: "crew members", "security guard", "police officers"
        }
        // a determiner alone ("the") or a trailing adverb is not a phrase
        while (k > i && (tokens.get(k - 1).isPos("DET") || tokens.get(k - 1).isPos("ADV"))
                && !ClosedWords.isNumber(tokens.get(k - 1))) {
            k--;
        }
        // adjectives alone are a phrase only after a determiner or a number: "the dead", "six wounded";
        // "were freed/ADJ", "men armed/ADJ with" are predicates and participles
        return any && (nounSeen || determined || counted) ? k : i;
    }

    /** "the remaining 13", "the surviving hostages": an -ing form between a determiner and a number or noun. */
    private static boolean determinedIng(List<Token> tokens, int k, int i, boolean determined) {
        Token t = tokens.get(k);
        return determined && k > i && t.isPos("VERB") && t.lower().endsWith("ing")
                && (nounFollows(tokens, k) || k + 1 < tokens.size() && ClosedWords.isNumber(tokens.get(k + 1)));
    }

    private static boolean nounFollows(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && (tokens.get(k + 1).isPos("NOUN") || tokens.get(k + 1).isPos("ADJ"));
    }

    private static boolean isPossessive(String w) {
        return w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her") || w.equals("our")
                || w.equals("my") || w.equals("your");
    }

    static List<VerbGroup> verbs(List<Token> tokens, List<NounPhrase> nouns) {
        List<VerbGroup> found = new ArrayList<>();
        boolean[] inNoun = new boolean[tokens.size()];
        nouns.forEach(np -> {
            for (int k = np.start(); k < np.end(); k++) {
                inNoun[k] = true;
            }
        });
        int i = 0;
        while (i < tokens.size()) {
            if (inNoun[i] || !startsVerb(tokens, i)) {
                i++;
                continue;
            }
            int k = i;
            int main = -1;
            boolean be = false;
            boolean negated = false;
            boolean modal = false;
            boolean infinitive = tokens.get(i).lower().equals("to");
            while (k < tokens.size() && !inNoun[k]) {
                Token t = tokens.get(k);
                String w = t.lower();
                if (ClosedWords.NEGATIONS.contains(w)) {
                    negated = true;
                } else if (ClosedWords.MODALS.contains(w)) {
                    modal = true;
                } else if (ClosedWords.isAux(t) && main < 0 || ClosedWords.isAux(t) && ClosedWords.BE.contains(w)) {
                    be |= ClosedWords.BE.contains(w);
                    main = k;
                } else if (main >= 0 && PREPOSITION_LIKE.contains(w)) {
                    break; // "were arrested following raids": a preposition the tagger calls a verb
                } else if (t.isPos("VERB") || be && t.isPos("ADJ") || k == i && verbTaggedAdjective(tokens, k)) {
                    main = k;
                } else if (ClosedWords.CLAUSE_WORDS.contains(w) || !(t.isPos("ADV") || floating(tokens, k, be) || w.equals("to") && k == i || w.equals("to") && main >= 0
                        && k + 1 < tokens.size() && (tokens.get(k + 1).isPos("VERB") || tokens.get(k + 1).isPos("AUX")))) {
                    break;
                }
                k++;
                if (main >= 0 && (tokens.get(main).isPos("VERB") || tokens.get(main).isPos("ADJ"))
                        && !(k < tokens.size() && (tokens.get(k).isPos("VERB") || tokens.get(k).isPos("AUX")
                        || tokens.get(k).isPos("ADV") && k + 1 < tokens.size() && tokens.get(k + 1).isPos("VERB")
                        || tokens.get(k).lower().equals("to") && k + 1 < tokens.size()
                        && tokens.get(k + 1).isPos("VERB")))) {
                    break;
                }
            }
            while (k > i + 1 && tokens.get(k - 1).isPos("ADV") && k - 1 != main) {
                k--;
            }
            if (main < 0) {
                i = Math.max(k, i + 1);
                continue;
            }
            Token m = tokens.get(main);
            boolean passive = be && main > i && !m.lower().endsWith("ing") && !ClosedWords.BE.contains(m.lower());
            VerbGroup.Form form = infinitive ? VerbGroup.Form.INFINITIVE : VerbGroup.Form.FINITE;
            if (main == i && m.lower().endsWith("ing") && m.isPos("VERB")) {
                form = VerbGroup.Form.PARTICIPLE;
            }
            found.add(new VerbGroup(i, k, main, passive, negated, modal, form));
            i = k;
        }
        return found;
    }

    /** "were all released", "have both been freed": a quantifier floated between an auxiliary and its verb. */
    private static boolean floating(List<Token> tokens, int k, boolean afterAux) {
        String w = tokens.get(k).lower();
        return afterAux && (w.equals("all") || w.equals("both") || w.equals("each")) && k + 1 < tokens.size()
                && (tokens.get(k + 1).isPos("VERB") || tokens.get(k + 1).isPos("ADV") || tokens.get(k + 1).isPos("AUX"));
    }

    private static final java.util.Set<String> PREPOSITION_LIKE = java.util.Set.of("following", "including");

    /**
     * "killed 253 people and wounded/ADJ 500 more": an -ed word the tagger calls an adjective, after "and" or a
     * comma and before a number, is a verb with its object.
     */
    private static boolean verbTaggedAdjective(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        return t.isPos("ADJ") && t.lower().endsWith("ed") && (before.equals("and") || before.equals(","))
                && i + 1 < tokens.size() && ClosedWords.isNumber(tokens.get(i + 1));
    }

    private static boolean startsVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (ClosedWords.CLAUSE_WORDS.contains(t.lower()) || ClosedWords.isNumber(t)) {
            return false;
        }
        return t.isPos("VERB") || verbTaggedAdjective(tokens, i) || t.isPos("AUX") || ClosedWords.isAux(t)
                || t.lower().equals("to") && i + 1 < tokens.size() && (tokens.get(i + 1).isPos("VERB")
                || tokens.get(i + 1).isPos("AUX"))
                || (ClosedWords.NEGATIONS.contains(t.lower()) || t.isPos("ADV")) && i + 1 < tokens.size()
                && (tokens.get(i + 1).isPos("VERB") || ClosedWords.isAux(tokens.get(i + 1)));
    }
}
