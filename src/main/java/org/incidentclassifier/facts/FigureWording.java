package org.incidentclassifier.facts;

/**
 * What the figure facts (count claims, attacker counts, headcounts) share: a number written for explanations,
 * and whether two figures come from one source.
 */
final class FigureWording {
    private FigureWording() {
    }

    /**
     * "48", "about 50", "40 to 60", "at least 40", "up to 60", "one (no number written)" for one person told
     * without a number ("the judge was killed"), or "an unspecified number of".
     */
    static String figure(Integer value, Integer min, Integer max, boolean approx) {
        if (value != null) {
            return (approx ? "about " : "") + value;
        }
        if (min != null && min.equals(max)) {
            return min == 1 ? "one (no number written)" : String.valueOf(min);
        }
        if (min != null && max != null) {
            return min + " to " + max;
        }
        if (min != null) {
            return "at least " + min;
        }
        return max != null ? "up to " + max : "an unspecified number of";
    }

    /**
     * One document and the same source name (ignoring case), or both unattributed there (the outlet's own
     * words). Figures of two documents never are.
     */
    static boolean sameSource(String document, Source source, String otherDocument, Source otherSource) {
        if (!document.equals(otherDocument)) {
            return false;
        }
        String mine = source.name();
        String theirs = otherSource.name();
        return mine == null ? theirs == null : mine.equalsIgnoreCase(theirs);
    }
}
