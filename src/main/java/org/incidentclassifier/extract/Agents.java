package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.nlp.Token;

/** Who did the harm rather than suffered it: the counted agent of an active status verb is no figure. */
final class Agents {
    private Agents() {
    }

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "be", "is", "are", "got",
            "get", "had", "have", "has");

    /**
     * The group is the agent of an active status verb with an object of its own: "five gunmen killed 20
     * people", "two bombers killed a guard". Not "five soldiers were killed", nor "five people killed in the
     * blast" (a participle: no object follows), nor "six hostages had escaped".
     */
    static boolean isAgent(List<Token> tokens, CountedGroup g, PredicateAfter.Found after) {
        for (int k = g.end(); k < after.at() && k < tokens.size(); k++) {
            if (PASSIVE_AUX.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        if (after.status() == ClaimStatus.ESCAPED) {
            return false; // "300 workers fled the compound": what follows is the place they left
        }
        for (int k = after.at() + 1; k < after.end() - 1 && isResultative(tokens, after.end()); k++) {
            if (ClaimExtractor.isNumberWord(tokens.get(k)) || tokens.get(k).isPos("DET")) {
                return true; // "two men took eleven clerks hostage": the object sits inside the split phrase
            }
        }
        if (after.end() >= tokens.size() || tokens.get(after.end() - 1).isPos("ADP")) {
            return false; // "40 people remain in the hands of the kidnappers": the phrase ends in its preposition
        }
        Token next = tokens.get(after.end());
        if (ClaimExtractor.isNumberWord(next)) {
            return true;
        }
        if (next.lower().equals("at")) {
            return QuantityFinder.lower(tokens, after.end() + 1).equals("least"); // "killed at least 12", not "at the market"
        }
        return OBJECT_STARTS.contains(next.lower());
    }

    /** Words that open a counted object right after the verb ("killed the guards", "wounded all"). */
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "his", "her", "their", "its", "all");

    private static final Set<String> RESULTATIVES = Set.of("hostage", "hostages", "captive", "captives", "dead",
            "prisoner", "prisoners");

    /** A status phrase ending at {@code end} in what its object becomes: "took ... hostage", "shot ... dead". */
    static boolean isResultative(List<Token> tokens, int end) {
        return end > 0 && end <= tokens.size() && RESULTATIVES.contains(tokens.get(end - 1).lower());
    }
}
