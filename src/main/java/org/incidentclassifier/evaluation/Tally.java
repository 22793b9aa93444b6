package org.incidentclassifier.evaluation;

/** True positives, false positives and false negatives, and the scores they give. */
record Tally(int truePositives, int falsePositives, int falseNegatives) {
    static final Tally ZERO = new Tally(0, 0, 0);

    Tally plus(Tally other) {
        return new Tally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Share of what was found that is right; NaN when nothing was found. */
    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of the gold that was found; NaN when the gold has nothing. */
    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall; NaN when either is undefined, 0 when both are 0. */
    double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
