package org.incidentclassifier.extract;

/**
 * A number expression over tokens [start, end) of a sentence: "at least 59", "Fifty-five", "some 200",
 * "dozens of", "a" (before a nationality noun). value is null for vague quantities.
 */
record Quantity(int start, int end, Integer value, Integer min, Integer max, boolean approx) {

    static Quantity exact(int start, int end, int value) {
        return new Quantity(start, end, value, value, value, false);
    }

    /**
     * One person told without a written number ("the judge was killed", "seized a French tourist"): one, as
     * far as the rules are concerned, but no figure the text gives, so no value (the gold counts only numbers
     * the text writes, "one" included).
     */
    static Quantity unwritten(int start, int end) {
        return new Quantity(start, end, null, 1, 1, true);
    }

    static Quantity vague(int start, int end, Integer min) {
        return new Quantity(start, end, null, min, null, true);
    }

    Quantity withStart(int newStart) {
        return new Quantity(newStart, end, value, min, max, approx);
    }

    Quantity withEnd(int newEnd) {
        return new Quantity(start, newEnd, value, min, max, approx);
    }
}
