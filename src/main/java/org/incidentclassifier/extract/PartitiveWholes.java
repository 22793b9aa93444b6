package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * The whole of "N of the M" as a figure of its own, when the sentence says what happened to the whole:
 * "nine out of 37 dead" (37 dead), "11 of the 14 hostages killed were guards" (14 killed), "three of the 12
 * hostages were freed" (12 hostages were taken, or held when the sentence says so). A whole the sentence
 * already gives a figure with the same status is not counted twice.
 */
final class PartitiveWholes {
    private final Lexicons lexicons;

    PartitiveWholes(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases phrases, List<ClaimExtractor.Figure> parts) {
        List<ClaimExtractor.Figure> wholes = new ArrayList<>();
        for (ClaimExtractor.Figure part : parts) {
            Quantity q = part.group().quantity();
            int at = q.end() - 1;
            if (q.end() - q.start() < 3 || !ClaimExtractor.isNumberWord(tokens.get(at)) || !isPartitiveGlue(tokens, at)) {
                continue;
            }
            Integer value = wholeValue(tokens.get(at));
            ClaimStatus status = value == null ? null : wholeStatus(tokens, phrases, part, at);
            if (status == null || alreadyGiven(parts, wholes, value, status)) {
                continue;
            }
            int end = Math.max(at + 1, part.group().end());
            CountedGroup whole = new CountedGroup(at, end, Quantity.exact(at, at + 1, value), part.subject(), List.of(), status);
            wholes.add(new ClaimExtractor.Figure(whole, status, part.subject(), part.hedged(), at, end));
        }
        return wholes;
    }

    /**
     * What the sentence says of the whole: a status word right after a bare whole ("nine out of 37 dead"), a
     * participle describing the whole's noun ("the 14 hostages killed were ..."), or, for captives, that they
     * were taken (held when the sentence says "held").
     */
    private ClaimStatus wholeStatus(List<Token> tokens, SentencePhrases phrases, ClaimExtractor.Figure part, int at) {
        PhraseTable.Match<ClaimStatus> bare = at + 1 < tokens.size() ? lexicons.statuses().longestAt(tokens, at + 1) : null;
        if (bare != null && tokens.get(at + 1).isPos("ADJ")) {
            return bare.value(); // "nine out of 37 dead"
        }
        var np = phrases.nounAt(at);
        int after = np == null ? at + 1 : np.end();
        PhraseTable.Match<ClaimStatus> next = after < tokens.size() ? lexicons.statuses().longestAt(tokens, after) : null;
        VerbGroup v = next == null ? null : phrases.verbAt(after);
        boolean verbFollows = next != null && next.end() < tokens.size() && tokens.get(next.end()).isPos("AUX");
        if (v != null && (v.form() == VerbGroup.Form.REDUCED_RELATIVE || verbFollows && tokens.get(after).isPos("VERB"))) {
            return next.value(); // "11 of the 14 hostages killed were guards"
        }
        // freed or released people were captives; escaped or killed ones only when the noun says so
        boolean captives = part.subject().isHostages() || part.status() == ClaimStatus.FREED
                || part.status() == ClaimStatus.RELEASED;
        if (!captives || part.status() == ClaimStatus.TAKEN || part.status() == ClaimStatus.HELD) {
            return null;
        }
        for (PhraseTable.Match<ClaimStatus> m : lexicons.statuses().findAll(tokens)) {
            if (m.value() == ClaimStatus.HELD) {
                return ClaimStatus.HELD; // "three of the 12 hostages still held were freed"
            }
        }
        return ClaimStatus.TAKEN;
    }

    /** "of the" or "out of" just before the whole's number. */
    private static boolean isPartitiveGlue(List<Token> tokens, int at) {
        String one = tokens.get(at - 1).lower();
        String two = tokens.get(at - 2).lower();
        return one.equals("the") && two.equals("of") || one.equals("of") && two.equals("out");
    }

    private static Integer wholeValue(Token t) {
        String w = t.lower().replace(",", "");
        if (w.matches("\\d{1,9}")) {
            return Integer.parseInt(w);
        }
        return NumberWords.UNITS.get(w);
    }

    private static boolean alreadyGiven(List<ClaimExtractor.Figure> parts, List<ClaimExtractor.Figure> wholes, int value,
                                        ClaimStatus status) {
        for (List<ClaimExtractor.Figure> figures : List.of(parts, wholes)) {
            for (ClaimExtractor.Figure f : figures) {
                if (f.status() == status && Integer.valueOf(value).equals(f.group().quantity().value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
