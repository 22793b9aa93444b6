package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.nlp.Token;

/**
 * "45 people were killed or injured", "killing or wounding 30": one number for the dead and the hurt together. It
 * is neither a death toll nor a count of the injured, so no reading of it as either is claimed.
 */
final class CombinedHarm {
    /** The harm words that can stand on either side of "or" in such a pair (a status word's own forms). */
    private static final Set<String> HARM = Set.of("killed", "killing", "dead", "died", "wounded", "wounding",
            "injured", "injuring", "hurt", "hurting", "maimed");

    private CombinedHarm() {
    }

    static List<ClaimExtractor.Figure> without(List<Token> tokens, List<ClaimExtractor.Figure> figures) {
        return figures.stream().filter(f -> !isCombined(tokens, f)).toList();
    }

    /** A death or injury figure whose status word is paired by "or" with another harm word, before or after it. */
    private static boolean isCombined(List<Token> tokens, ClaimExtractor.Figure f) {
        if (f.status() != ClaimStatus.KILLED && f.status() != ClaimStatus.INJURED) {
            return false;
        }
        boolean statusBefore = f.start() < f.group().start();
        return statusBefore ? is(tokens, f.start() - 1, "or") && HARM.contains(lower(tokens, f.start() - 2))
                || is(tokens, f.start() + 1, "or") && HARM.contains(lower(tokens, f.start() + 2))
                : is(tokens, f.end(), "or") && HARM.contains(lower(tokens, f.end() + 1))
                || is(tokens, f.end() - 2, "or") && HARM.contains(lower(tokens, f.end() - 3));
    }

    private static boolean is(List<Token> tokens, int at, String word) {
        return word.equals(lower(tokens, at));
    }

    private static String lower(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() ? tokens.get(at).lower() : "";
    }
}
