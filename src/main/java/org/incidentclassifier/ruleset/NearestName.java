package org.incidentclassifier.ruleset;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a misspelt name (a field, an enum value, a lexicon value): the known name closest to
 * the wrong one by edit distance, ignoring case, when it is close enough to be a typo (at most one edit in
 * four letters, and at least one).
 */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code wrong}, if it is within typo distance. */
    public static Optional<String> among(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, w.length() / 4);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance(w, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= limit && bestDistance > 0 ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean KILLED?" or nothing, to append to a message. */
    public static String hint(String wrong, Collection<String> known) {
        return among(wrong, known).map(n -> "; did you mean " + n + "?").orElse("");
    }

    /** Levenshtein distance, with one row of the table kept. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
