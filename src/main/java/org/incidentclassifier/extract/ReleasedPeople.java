package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.Token;

/**
 * Whether a release word ("released", "freed", "handed over": lexicon kind RELEASE) releases people. A hostage
 * release frees someone; a statement, a video, a report or a list that is released, or power that is handed over,
 * is no release of anyone. The released are the object of an active verb ("freed a US journalist", "released 12
 * hostages", "freed him") or the subject of a passive one ("Curtis was handed over to UN officials", "the hostages
 * were later released"), and they are people when that word's head is a name, a personal pronoun, or a word of
 * people in lexicon/subjects.csv, titles.csv or actor-words.csv ("engineers", "the minister", "soldiers").
 * Thread-safe (immutable).
 */
final class ReleasedPeople {
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are", "get", "got");
    private static final Set<String> PERSONS = Set.of("he", "she", "they", "him", "her", "them", "we", "us", "i", "me",
            "who", "whom");
    private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN");
    /** How far the head of the released may stand from the release word. */
    private static final int REACH = 6;

    private final Lexicons lexicons;

    ReleasedPeople(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** True when the release word at tokens {@code start} .. {@code end} (exclusive) releases people. */
    boolean releasesPeople(List<Token> tokens, int start, int end) {
        int before = start - 1;
        while (before >= 0 && tokens.get(before).isPos("ADV")) {
            before--; // "were later released"
        }
        if (before >= 0 && PASSIVE.contains(tokens.get(before).lower())) {
            return isPerson(tokens, subjectHead(tokens, before));
        }
        return isPerson(tokens, objectHead(tokens, end));
    }

    /** The last noun, name or pronoun before the auxiliary, in its clause: "Peter Theo Curtis [was] handed over". */
    private static int subjectHead(List<Token> tokens, int auxiliary) {
        for (int k = auxiliary - 1; k >= Math.max(0, auxiliary - REACH); k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(";")) {
                return -1;
            }
            if (t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("PRON")) {
                return k;
            }
        }
        return -1;
    }

    /** The head of the noun phrase after the verb: "freed [a US journalist] missing since 2012" -> journalist. */
    private static int objectHead(List<Token> tokens, int after) {
        int head = -1;
        for (int k = after; k < Math.min(tokens.size(), after + REACH); k++) {
            Token t = tokens.get(k);
            if (t.isPos("PRON")) {
                return head < 0 ? k : head;
            }
            boolean noun = t.isPos("NOUN") || t.isPos("PROPN");
            if (noun) {
                head = k;
            } else if (head >= 0 || !NOMINAL.contains(t.pos())) {
                break;
            }
        }
        return head;
    }

    private boolean isPerson(List<Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        Token t = tokens.get(k);
        if (t.isPos("PRON")) {
            return PERSONS.contains(t.lower());
        }
        if (t.isPos("PROPN")) {
            return true;
        }
        return startsPeopleWord(tokens, k);
    }

    /** A word of people ends at {@code k}: "hostages", "aid workers", "the foreign minister". */
    private boolean startsPeopleWord(List<Token> tokens, int k) {
        for (int from = Math.max(0, k - 2); from <= k; from++) {
            if (endsAt(tokens, lexicons.subjects().longestAt(tokens, from), k) || endsAt(tokens, lexicons.titles().longestAt(tokens, from), k)
                    || endsAt(tokens, lexicons.actorWords().longestAt(tokens, from), k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The match ends at the head {@code k}, and the head is not a shorter word the lexicon word's stem takes in
     * ("report" matches the stem of "reporter", but a report is no person).
     */
    private static boolean endsAt(List<Token> tokens, org.incidentclassifier.lexicon.PhraseTable.Match<?> m, int k) {
        if (m == null || m.end() != k + 1) {
            return false;
        }
        String[] words = m.phrase().source().split("\\s+");
        String word = words[words.length - 1].replace("=", "").toLowerCase(java.util.Locale.ROOT);
        String head = tokens.get(k).lower();
        return head.equals(word) || !word.startsWith(head);
    }
}
