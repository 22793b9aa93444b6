package org.incidentclassifier.facts;

/**
 * How many people carried out the attack, as one source puts it: "four gunmen stormed", "a lone gunman",
 * "the attack by five terrorists". Not a {@link CountClaim}: a claim counts what happened to people (killed,
 * injured, taken, freed), this counts the attackers themselves. Attackers the text says were killed or arrested
 * ("two gunmen were killed") are such claims and not read as an attacker count.
 * <ul>
 *   <li>{@code value}: the number said; {@code min}/{@code max}: its bounds as for a claim ("at least four"
 *       has min 4 and no max);</li>
 *   <li>{@code source} and {@code stance}: who gives the figure and how, found as for a claim (the governing
 *       attribution, else the report's outlet);</li>
 *   <li>{@code evidence}: the number and its noun.</li>
 * </ul>
 */
public record AttackerCount(String id, String document, Integer value, Integer min, Integer max, boolean approx,
                            Source source, Stance stance, Evidence evidence) implements Evidenced {
    public AttackerCount {
        source = source == null ? Source.unknown() : source;
    }

    /** The figure a comparison reads: the value, else the lower bound, else the upper bound. */
    public Integer best() {
        return value != null ? value : min != null ? min : max;
    }

    /** The fewest attackers the figure allows (0 when it gives no lower bound). */
    public int lowerBound() {
        return min == null ? 0 : min;
    }

    /** The most attackers the figure allows; {@link Integer#MAX_VALUE} when it gives no upper bound. */
    public int upperBound() {
        return max == null ? Integer.MAX_VALUE : max;
    }

    /** True when the two figures' ranges overlap, so both can hold. */
    public boolean rangeOverlaps(AttackerCount other) {
        return lowerBound() <= other.upperBound() && other.lowerBound() <= upperBound();
    }

    /** True when both come from one source: one document and the same source name (or both unattributed). */
    public boolean sameSourceAs(AttackerCount other) {
        return FigureWording.sameSource(document, source, other.document, other.source);
    }

    /** The number for explanations. */
    public String figure() {
        return FigureWording.figure(value, min, max, approx);
    }
}
