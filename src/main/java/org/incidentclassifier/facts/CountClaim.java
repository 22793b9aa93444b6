package org.incidentclassifier.facts;

import java.util.List;

/**
 * A figure the text gives about people: "35 hostages ... were killed", "15 foreigners ... had escaped".
 * <ul>
 *   <li>{@code value}: the number said, null when vague ("several");</li>
 *   <li>{@code min}/{@code max}: bounds implied by the wording: exact numbers have min = max = value,
 *       "at least 11" has min 11 and no max, "up to 16" has max 16, "some 200" is approximate with a
 *       10% band; null means unbounded;</li>
 *   <li>{@code approx}: the text marks the number as approximate or vague;</li>
 *   <li>{@code breakdown}: nationality parts when the text lists them ("30 Algerians and 25 foreigners");</li>
 *   <li>{@code part}: the figure counts part of a larger group, not a total ("one of its nationals",
 *       "Eight of the dead hostages", "still holding two Americans ...", a single nationality).</li>
 *   <li>{@code background}: the figure belongs to another event than the one reported (an earlier attack,
 *       a war's toll, a past year's): it stays visible but never counts in this incident's figures or
 *       consistency checks;</li>
 *   <li>{@code timing}: where in the incident the wording places the figure (provisional, update, final).</li>
 * </ul>
 */
public record CountClaim(String id, String document, Integer value, Integer min, Integer max, boolean approx,
                         Subject subject, ClaimStatus status, Source source, Stance stance,
                         List<NationalityCount> breakdown, boolean part, Evidence evidence, boolean background,
                         FigureTiming timing) implements Evidenced {
    public CountClaim {
        breakdown = List.copyOf(breakdown);
        source = source == null ? Source.unknown() : source;
        timing = timing == null ? FigureTiming.UNMARKED : timing;
    }

    /** A figure of this incident with unmarked timing. */
    public CountClaim(String id, String document, Integer value, Integer min, Integer max, boolean approx,
                      Subject subject, ClaimStatus status, Source source, Stance stance,
                      List<NationalityCount> breakdown, boolean part, Evidence evidence) {
        this(id, document, value, min, max, approx, subject, status, source, stance, breakdown, part, evidence,
                false, FigureTiming.UNMARKED);
    }

    /** The fewest people the claim allows (0 when the text gives no lower bound). */
    public int lowerBound() {
        return min == null ? 0 : min;
    }

    /** True when the claim sets an upper bound on the number. */
    public boolean hasUpperBound() {
        return max != null;
    }

    /** The most people the claim allows; only meaningful when {@link #hasUpperBound()}. */
    public int upperBound() {
        return max == null ? Integer.MAX_VALUE : max;
    }

    /** True when the claim's source, or the outlet it came through, is named with these words. */
    public boolean attributedTo(String words) {
        return words != null && (source.name() != null && source.name().contains(words)
                || source.via() != null && (source.via().contains(words) || words.contains(source.via())));
    }

    /** The figure a comparison reads: the value, else the lower bound, else the upper bound; null when vague. */
    public Integer best() {
        return value != null ? value : min != null ? min : max;
    }

    /**
     * True when the source gives this figure as its own and so can rival another source's: a figure it denies
     * ("officials denied that 40 died") is not one it gives, and the count rules leave it out.
     */
    public boolean isRival() {
        return stance != Stance.DENIED;
    }

    /** True when the claim's source counts as the perpetrators' (they, or the outlet they speak through). */
    public boolean perpetratorSourced() {
        return source.kind() == SourceKind.PERPETRATOR || source.kind() == SourceKind.PERPETRATOR_CONDUIT;
    }

    /**
     * True when both claims come from one source: the same document and the same source name (ignoring case),
     * or both unattributed there (then they are the outlet's own words). Claims of two documents never are.
     */
    public boolean sameSourceAs(CountClaim other) {
        return FigureWording.sameSource(document, source, other.document, other.source);
    }

    /** True when the two claims' ranges overlap, so both figures can hold. */
    public boolean rangeOverlaps(CountClaim other) {
        return lowerBound() <= other.upperBound() && other.lowerBound() <= upperBound();
    }

    /** The number for explanations: the value, else the bounds as words. */
    public String figure() {
        return FigureWording.figure(value, min, max, approx);
    }
}
