package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Subject;

/**
 * The figures of one quantity in a session, summed up: how many total figures (not parts, not background) count
 * the same people with the same outcome ({@link Subject#sameCount}, {@link ClaimStatus#sameOutcome}), from the
 * perpetrators' sources or from the others, and which of them are the extremes: the lowest upper bound and the
 * highest lower bound (and the lowest and highest figure read), the first such claim in session order.
 *
 * <p>Why: the figure rules in rules/consistency compared every claim with every other, so an incident told by 600
 * reports made hundreds of thousands of matches. A quantity with at most {@link #PAIRWISE} figures is still
 * compared pair by pair; a larger one compares each figure with its quantity's extremes only, so the matches grow
 * with the figures, not with their square, and each figure that disagrees is still reported, against the figure
 * furthest from it. The {@link Reasoner} inserts one per quantity into every session. A record.
 *
 * @param subject the subject of the quantity ({@code PEOPLE} stands for people and victims)
 * @param status the outcome ({@code FREED} stands for freed and released)
 * @param perpetratorSourced whether these are the perpetrators' figures
 * @param claims how many figures the quantity has
 * @param lowestUpperId the claim with the lowest upper bound (null when no figure sets one above 0)
 * @param highestLowerId the claim with the highest lower bound
 * @param lowestBestId the claim with the lowest figure read ({@link CountClaim#best()}, above 0)
 * @param highestBestId the claim with the highest figure read
 */
public record FigureSpread(Subject subject, ClaimStatus status, boolean perpetratorSourced, int claims,
                           String lowestUpperId, String highestLowerId, String lowestBestId, String highestBestId) {
    /** Figures of one quantity up to which every pair is compared. */
    public static final int PAIRWISE = 24;

    /** True when the quantity has few enough figures to compare them pair by pair. */
    public boolean pairwise() {
        return claims <= PAIRWISE;
    }

    /** True when {@code c} is a total figure of this quantity. */
    public boolean covers(CountClaim c) {
        return !c.background() && !c.part() && c.perpetratorSourced() == perpetratorSourced
                && c.subject().sameCount(subject) && c.status().sameOutcome(status);
    }

    /** One spread per quantity the facts' total figures count, in the order the quantities first appear. */
    public static List<FigureSpread> of(Collection<?> facts) {
        Map<String, List<CountClaim>> byQuantity = new LinkedHashMap<>();
        for (Object fact : facts) {
            if (fact instanceof CountClaim c && !c.background() && !c.part()) {
                byQuantity.computeIfAbsent(subjectOf(c.subject()) + "/" + statusOf(c.status()) + "/"
                        + c.perpetratorSourced(), k -> new ArrayList<>()).add(c);
            }
        }
        List<FigureSpread> spreads = new ArrayList<>();
        for (List<CountClaim> claims : byQuantity.values()) {
            CountClaim lowestUpper = null;
            CountClaim highestLower = null;
            CountClaim lowestBest = null;
            CountClaim highestBest = null;
            for (CountClaim c : claims) {
                if (c.hasUpperBound() && c.upperBound() > 0
                        && (lowestUpper == null || c.upperBound() < lowestUpper.upperBound())) {
                    lowestUpper = c;
                }
                if (highestLower == null || c.lowerBound() > highestLower.lowerBound()) {
                    highestLower = c;
                }
                if (c.best() != null && c.best() > 0 && (lowestBest == null || c.best() < lowestBest.best())) {
                    lowestBest = c;
                }
                if (c.best() != null && (highestBest == null || c.best() > highestBest.best())) {
                    highestBest = c;
                }
            }
            CountClaim first = claims.get(0);
            spreads.add(new FigureSpread(subjectOf(first.subject()), statusOf(first.status()),
                    first.perpetratorSourced(), claims.size(), idOf(lowestUpper), idOf(highestLower),
                    idOf(lowestBest), idOf(highestBest)));
        }
        return spreads;
    }

    private static String idOf(CountClaim c) {
        return c == null ? null : c.id();
    }

    private static Subject subjectOf(Subject s) {
        return s == Subject.VICTIMS ? Subject.PEOPLE : s;
    }

    private static ClaimStatus statusOf(ClaimStatus s) {
        return s == ClaimStatus.RELEASED ? ClaimStatus.FREED : s;
    }
}
