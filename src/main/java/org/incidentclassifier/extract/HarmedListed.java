package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * A count named as part of the harmed, the status before it as a noun: "among the dead were four police
 * officers", "among those wounded are 12 children", "the injured included three nurses". The status word
 * ("dead", "wounded") is the figure's status; what follows the verb is who is counted.
 */
final class HarmedListed {
    private static final Set<String> LISTING_VERBS = Set.of("were", "was", "are", "is", "included", "include",
            "includes", "including");
    private static final Set<String> INCLUDE = Set.of("included", "include", "includes");
    private static final Set<String> DEFINITE = Set.of("the", "those");

    private HarmedListed() {
    }

    /** The figure for group {@code g} when "among the STATUS were" or "the STATUS included" comes before it, else null. */
    static ClaimExtractor.Figure figure(List<Token> tokens, CountedGroup g, List<PhraseTable.Match<ClaimStatus>> statuses) {
        int verb = g.start() - 1;
        if (verb < 2 || !LISTING_VERBS.contains(tokens.get(verb).lower())) {
            return null;
        }
        for (PhraseTable.Match<ClaimStatus> m : statuses) {
            if (m.end() != verb) {
                continue;
            }
            int det = m.start() - 1;
            while (det > 0 && (tokens.get(det).isPos("ADJ") || tokens.get(det).isPos("NOUN"))) {
                det--; // "among the people killed", "among the foreign hostages"
            }
            if (!DEFINITE.contains(tokens.get(det).lower())) {
                return null;
            }
            boolean among = det > 0 && tokens.get(det - 1).lower().equals("among");
            boolean opensClause = det == 0 || tokens.get(det - 1).isPos("PUNCT") || tokens.get(det - 1).lower().equals("and");
            if (among || opensClause && INCLUDE.contains(tokens.get(verb).lower())) {
                int start = among ? det - 1 : det;
                return new ClaimExtractor.Figure(g, m.value(), m.value().isCaptiveStatus() ? g.subject().asCaptives()
                        : g.subject(), false, start, g.end());
            }
            return null;
        }
        return null;
    }
}
