package org.incidentclassifier.phrase;

/**
 * A verb group over tokens [start, end): auxiliaries, negation, adverbs and the main verb ("had not been
 * freed", "were reportedly shot", "died"), or a copula with its predicate adjective ("were missing").
 * <ul>
 *   <li>{@code main}: the index of the main word (the last verb, or the predicate adjective);</li>
 *   <li>{@code passive}: a form of "be" or "get" comes before a main verb that is not an -ing form;</li>
 *   <li>{@code negated}: "not", "n't", "never" in the group;</li>
 *   <li>{@code modal}: "will", "would", "could", "may", "might", "should", "must", "can" in the group;</li>
 *   <li>{@code form}: how the group joins its clause (see {@link Form}).</li>
 * </ul>
 */
public record VerbGroup(int start, int end, int main, boolean passive, boolean negated, boolean modal, Form form) {

    /** How a verb group stands in its sentence. */
    public enum Form {
        /** The verb of a clause: "were freed", "died", "has risen". */
        FINITE,
        /** A past participle right after a noun, with a finite verb later: "officers held hostage by ...". */
        REDUCED_RELATIVE,
        /** A verb after "who", "which" or "that" following a noun: "guards who were wounded". */
        RELATIVE,
        /** An -ing form with no auxiliary: "killing at least 59 people", "carrying 113 people". */
        PARTICIPLE,
        /** "to" and a verb: "claimed to be holding 41 hostages". */
        INFINITIVE
    }

    /** True when the group is a clause's own verb, not a modifier of a noun. */
    public boolean isClauseVerb() {
        return form == Form.FINITE || form == Form.INFINITIVE;
    }
}
