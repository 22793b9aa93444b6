package org.incidentclassifier.facts;

/**
 * How many people were in a group present where the incident happened, as one source puts it: "48 passengers and
 * crew on board", "a bus carrying 22 people", "a crew of 19", "300 students were at the school", or the whole of
 * "12 of the 10 passengers". Not a {@link CountClaim}: it says nothing of what happened to them (no status), but
 * what happened to them (killed, freed, escaped, taken) cannot add up to more people than it counts.
 * <ul>
 *   <li>{@code value}: the number said; {@code min}/{@code max}: its bounds as for a claim ("about 50" allows
 *       45 to 55);</li>
 *   <li>{@code subject}: who the group is, as for a claim ({@code PASSENGERS}, {@code PEOPLE}, ...), and
 *       {@code words}: the group's own words ("passengers and crew");</li>
 *   <li>{@code partitiveWhole}: the figure is the whole of a partitive ("the 129 girls" of "121 of the 129
 *       girls"), which may count the people taken themselves rather than a group present before;</li>
 *   <li>{@code source} and {@code stance}: who gives the figure and how, found as for a claim;</li>
 *   <li>{@code evidence}: the number, its noun and the words that place the people there.</li>
 * </ul>
 */
public record Headcount(String id, String document, Integer value, Integer min, Integer max, boolean approx,
                        Subject subject, String words, boolean partitiveWhole, Source source, Stance stance, Evidence evidence)
        implements Evidenced {
    public Headcount {
        source = source == null ? Source.unknown() : source;
    }

    /** True when the figure sets an upper bound on the group ("up to 50", "48"; not "more than 40"). */
    public boolean hasUpperBound() {
        return max != null;
    }

    /** The most people the group may hold; {@link Integer#MAX_VALUE} when the figure gives no upper bound. */
    public int upperBound() {
        return max == null ? Integer.MAX_VALUE : max;
    }

    /** True when the claim comes from the same source: one document and the same source name (or both unnamed). */
    public boolean sameSourceAs(CountClaim claim) {
        return FigureWording.sameSource(document, source, claim.document(), claim.source());
    }

    /** The number for explanations: "48", "about 50", "up to 60". */
    public String figure() {
        return FigureWording.figure(value, min, max, approx);
    }
}
