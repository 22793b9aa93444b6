package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.facts.ClaimStatus.ARRESTED;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.Subject.VICTIMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.FigureUpdate;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.facts.Severity;
import org.junit.jupiter.api.Test;

/** FigureSpread: the summary of each quantity's figures, and the bounded cost of the figure rules it allows. */
class FigureSpreadTest {

    @Test
    void oneSpreadPerQuantityWithItsExtremes() {
        List<FigureSpread> spreads = FigureSpread.of(List.of(
                claim("k1", 20, PEOPLE, KILLED).in("d1", 0).build(),
                claim("k2", 35, VICTIMS, KILLED).in("d2", 0).build(),            // victims count as people
                claim("k3", 12, PEOPLE, KILLED).atLeast().in("d3", 0).build(),   // 12 or more: no upper bound
                claim("k4", 50, PEOPLE, KILLED).from("the group", PERPETRATOR).in("d4", 0).build(),
                claim("f1", 7, HOSTAGES, FREED).in("d1", 1).build(),
                claim("f2", 9, HOSTAGES, RELEASED).in("d2", 1).build(),          // released counts as freed
                claim("p1", 3, HOSTAGES, FREED).part().in("d1", 2).build(),      // a part: not a total figure
                "not a claim"));

        assertThat(spreads).containsExactly(
                new FigureSpread(PEOPLE, KILLED, false, 3, "k1", "k2", "k3", "k2"),
                new FigureSpread(PEOPLE, KILLED, true, 1, "k4", "k4", "k4", "k4"),
                new FigureSpread(HOSTAGES, FREED, false, 2, "f1", "f2", "f1", "f2"));
        assertThat(spreads.get(0).pairwise()).isTrue();
    }

    @Test
    void aQuantityOfManyFiguresIsComparedWithItsExtremesOnly() {
        // 300 reports, each its own source and toll between 20 and 59: every pair disagrees, so pair by pair the
        // rules would make about 44,000 conflicts; against the extremes, at most two per figure
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            CountClaim toll = claim("k" + i, 20 + i % 40, PEOPLE, KILLED).from("Outlet " + i, WIRE_AGENCY)
                    .in("report-" + i, 0).build();
            facts.add(toll);
        }

        Reasoning reasoning = RuleSession.reason(facts);

        Map<String, Integer> fired = reasoning.rulesFired();
        assertThat(fired).doesNotContainKeys("count-conflict", "count-difference", "count-conflict-far-apart");
        // tolls 20 to 39 are given 8 times each, 40 to 59 seven times. Lowest 20 (k0): every toll above it, up to
        // 60, conflicts with it: 300 less the eight 20s. Highest 59 (k39): every toll of 20 to 58 (above 59 / 3)
        // but k0, already compared: 300 less the seven 59s, less k0
        assertThat(fired.get("count-conflict-lowest-of-many")).isEqualTo(292);
        assertThat(fired.get("count-conflict-highest-of-many")).isEqualTo(292);
        assertThat(reasoning.of(Inconsistency.class)).hasSize(292 + 292);
    }

    // ---- the extremes rules of count-conflict-many-figures.drl and figure-updates.drl, one by one ----------------

    /** Claim k{i}: {@code value} people killed, its own outlet's, in its own document report-{i}. */
    private static CountClaim toll(int i, int value) {
        return claim("k" + i, value, PEOPLE, KILLED).from("Outlet " + i, WIRE_AGENCY).in("report-" + i, 0).build();
    }

    /** As {@link #toll}, "at least {@code value}": no upper bound, so its range overlaps every other's. */
    private static CountClaim atLeastToll(int i, int value) {
        return claim("k" + i, value, PEOPLE, KILLED).atLeast().from("Outlet " + i, WIRE_AGENCY).in("report-" + i, 0)
                .build();
    }

    /** Claim a{i}: {@code value} perpetrators of {@code status}, its own outlet's, in its own document report-{i}. */
    private static CountClaim arrests(int i, int value, ClaimStatus status) {
        return claim("a" + i, value, PERPETRATORS, status).from("Outlet " + i, WIRE_AGENCY).in("report-" + i, 0)
                .build();
    }

    private static List<Object> conclusionsOf(Reasoning reasoning, String rule) {
        return reasoning.conclusions().stream().filter(d -> d.rule().equals(rule)).map(Derivation::conclusion)
                .toList();
    }

    @Test
    void aFigureOfAMuchToldQuantityDiffersFromItsExtremesThoughBothCanHold() {
        // 30 reports of "at least 20" to "at least 49" killed: no upper bounds, so every two ranges overlap (and no
        // figure can conflict); every figure is within three times of every other (49 <= 3 * 20)
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            facts.add(atLeastToll(i, 20 + i));
        }

        Reasoning reasoning = RuleSession.reason(facts);

        // lowest figure 20 (k0): the 29 figures above it, 21 to 49; highest 49 (k29): the 28 figures below it but
        // k0, already compared (21 to 48, all at least 49 / 3): 29 + 28
        assertThat(reasoning.rulesFired().get("count-difference-extremes-of-many")).isEqualTo(29 + 28);
        assertThat(reasoning.rulesFired()).doesNotContainKeys("count-difference", "count-conflict-lowest-of-many",
                "count-conflict-highest-of-many", "count-conflict-far-from-lowest-of-many");
        List<Object> differences = conclusionsOf(reasoning, "count-difference-extremes-of-many");
        assertThat(differences).hasSize(57).allSatisfy(o -> {
            Inconsistency inconsistency = (Inconsistency) o;
            assertThat(inconsistency.getKind()).isEqualTo(InconsistencyKind.COUNT_DIFFERENCE);
            assertThat(inconsistency.getSeverity()).isEqualTo(Severity.LOW);
            assertThat(inconsistency.getSeverityReason()).isEqualTo("the ranges overlap, so both figures can hold");
        });
    }

    @Test
    void aQuantityOf24FiguresThatDifferIsComparedPairByPairNotWithItsExtremes() {
        // near miss: the same shape with 24 figures, at least 20 to at least 43: pairwise, so count-difference
        // compares every pair (all within three times: 43 <= 60), 24 * 23 / 2, and the extremes rule stays silent
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            facts.add(atLeastToll(i, 20 + i));
        }

        Reasoning reasoning = RuleSession.reason(facts);

        assertThat(reasoning.rulesFired()).doesNotContainKey("count-difference-extremes-of-many");
        assertThat(reasoning.rulesFired().get("count-difference")).isEqualTo(24 * 23 / 2);
    }

    /** {@code figures} tolls: k0 (10 killed), the police's 40 in k0's report, 30, 100, 101, and 31 upwards. */
    private static List<Object> farFromLowest(int figures) {
        List<Object> facts = new ArrayList<>();
        facts.add(toll(0, 10));
        facts.add(claim("police", 40, PEOPLE, KILLED).from("the police", WIRE_AGENCY).in("report-0", 1).build());
        facts.add(claim("edge30", 30, PEOPLE, KILLED).from("Outlet 30", WIRE_AGENCY).in("report-30", 0).build());
        facts.add(claim("edge100", 100, PEOPLE, KILLED).from("Outlet 100", WIRE_AGENCY).in("report-100", 0).build());
        facts.add(claim("over", 101, PEOPLE, KILLED).from("Outlet 101", WIRE_AGENCY).in("report-101", 0).build());
        for (int i = 1; i <= figures - 5; i++) {
            facts.add(toll(i, 30 + i));
        }
        return facts;
    }

    @Test
    void aFigureOfAMuchToldQuantityFarFromItsLowestFigureIsReported() {
        // 31 figures: the lowest, 10 (k0); in its own report the police's 40 (same document: not compared); 30
        // (not more than three times 10); 100 (at most ten times 10); 101 (more than ten times); 31 to 56
        List<Object> facts = farFromLowest(31);

        Reasoning reasoning = RuleSession.reason(facts);

        // 31 to 56 (26 figures) and 100: 27. All exact, so no range overlaps 10's: conflicts, not differences
        assertThat(reasoning.rulesFired().get("count-conflict-far-from-lowest-of-many")).isEqualTo(26 + 1);
        assertThat(reasoning.rulesFired()).doesNotContainKey("count-conflict-far-apart");
        List<Object> conflicts = conclusionsOf(reasoning, "count-conflict-far-from-lowest-of-many");
        assertThat(conflicts).hasSize(27).allSatisfy(o -> {
            Inconsistency inconsistency = (Inconsistency) o;
            assertThat(inconsistency.getKind()).isEqualTo(InconsistencyKind.COUNT_CONFLICT);
            assertThat(inconsistency.getSeverity()).isEqualTo(Severity.LOW);
            assertThat(inconsistency.getSeverityReason()).isEqualTo(
                    "the figures are more than three times apart, so the smaller may count only some of the people");
        });
        // each against k0, the other figure being 31 to 56 or 100: never the police's, 30's or 101's
        List<String> against = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            against.add("k" + i);
        }
        against.add("edge100");
        assertThat(reasoning.conclusions().stream().filter(d -> d.rule().equals("count-conflict-far-from-lowest-of-many"))
                .map(d -> d.matched().stream().map(o -> ((CountClaim) o).id()).filter(id -> !id.equals("k0"))
                        .findFirst().orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(against);
    }

    @Test
    void aFigureFarFromTheLowestOf24IsComparedPairByPairNotWithTheExtremes() {
        // near miss: the same shape with 24 figures (10, the police's 40, 30, 100, 101, 31 to 49): pairwise, so
        // count-conflict-far-apart compares every two reports instead: 10 against 31 to 49 and 100 (20), and 30, 31,
        // 32 and 33 against 100 and 101 (more than three times them: 99 < 100); 34 and up are within three times
        List<Object> facts = farFromLowest(24);

        Reasoning reasoning = RuleSession.reason(facts);

        assertThat(reasoning.rulesFired()).doesNotContainKey("count-conflict-far-from-lowest-of-many");
        assertThat(reasoning.rulesFired().get("count-conflict-far-apart")).isEqualTo(20 + 4 * 2);
    }

    /** 30 dated reports, report-i on 2013-01-(i+1), except report-5 undated and report-10 on k0's day. */
    private static List<Object> datedTolls(int count) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(toll(i, 20 + i));
            String date = i == 5 ? null : i == 10 ? "2013-01-01" : String.format("2013-01-%02d", i + 1);
            facts.add(new Document("report-" + i, "report-" + i + ".txt", date));
        }
        return facts;
    }

    @Test
    void aLaterDatedFigureUpdatesAnExtremeOfAMuchToldQuantityOrIsUpdatedByIt() {
        // 30 tolls, 20 (k0, 1 January, the lowest) to 49 (k29, 30 January, the highest); report-5 gives no date,
        // report-10 the lowest's day
        List<Object> facts = datedTolls(30);

        Reasoning reasoning = RuleSession.reason(facts);

        // the lowest, k0: the 29 others but k5 (undated) and k10 (same day), each later: 27. The highest, k29: the
        // 29 others but k5, each earlier: 28. k29 and k0 are matched from both ends, one update
        assertThat(reasoning.rulesFired().get("figure-update-later-report-extremes-of-many")).isEqualTo(27 + 28);
        assertThat(reasoning.rulesFired()).doesNotContainKey("figure-update-later-report");
        List<FigureUpdate> expected = new ArrayList<>();
        for (int i = 1; i < 30; i++) {
            if (i != 5 && i != 10) {
                expected.add(new FigureUpdate("k" + i, "k0", "the report of report-" + i + " is dated after report-0's"));
            }
        }
        for (int i = 1; i < 29; i++) {
            if (i != 5) {
                expected.add(new FigureUpdate("k29", "k" + i, "the report of report-29 is dated after report-" + i + "'s"));
            }
        }
        assertThat(expected).hasSize(27 + 27);
        assertThat(conclusionsOf(reasoning, "figure-update-later-report-extremes-of-many"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aLaterDatedFigureAmong24IsComparedPairByPairNotWithTheExtremes() {
        // near miss: the same shape with 24 tolls: figure-update-later-report orders every two dated reports
        // instead: 23 dated reports (all but report-5), of 22 distinct days (report-10 shares k0's), so
        // 23 * 22 / 2 pairs less the one same-day pair
        Reasoning reasoning = RuleSession.reason(datedTolls(24));

        assertThat(reasoning.rulesFired()).doesNotContainKey("figure-update-later-report-extremes-of-many");
        assertThat(reasoning.rulesFired().get("figure-update-later-report")).isEqualTo(23 * 22 / 2 - 1);
    }

    /** {@code count} arrest counts of perpetrators, a{i} being 5 + i % 10: 5 to 14, three of each for 30. */
    private static List<Object> arrestCounts(int count, ClaimStatus status) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(arrests(i, 5 + i % 10, status));
        }
        return facts;
    }

    @Test
    void theLargestArrestCountOfAMuchToldQuantityUpdatesTheOthers() {
        List<Object> facts = arrestCounts(30, ARRESTED);

        Reasoning reasoning = RuleSession.reason(facts);

        // the largest, 14, is first a9 (also a19 and a29): it updates every smaller count, the 30 less the three 14s
        assertThat(reasoning.rulesFired().get("figure-update-arrests-grow-of-many")).isEqualTo(27);
        assertThat(reasoning.rulesFired()).doesNotContainKey("figure-update-arrests-grow");
        List<FigureUpdate> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i % 10 != 9) {
                expected.add(new FigureUpdate("a9", "a" + i, "arrest counts only grow: 14 arrested is a later tally than "
                        + (5 + i % 10)));
            }
        }
        // a9 over a0 is also concluded by figure-update-arrests-grow-over-lowest-of-many: one update, standing on
        // either rule, so it is recorded under whichever fired first
        assertThat(reasoning.of(FigureUpdate.class)).map(Derivation::conclusion).containsAll(expected);
        assertThat(conclusionsOf(reasoning, "figure-update-arrests-grow-of-many")).isSubsetOf(expected)
                .hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void everyLargerArrestCountOfAMuchToldQuantityUpdatesItsSmallest() {
        List<Object> facts = arrestCounts(30, ARRESTED);

        Reasoning reasoning = RuleSession.reason(facts);

        // the smallest, 5, is first a0 (also a10 and a20): every larger count updates it, the 30 less the three 5s
        assertThat(reasoning.rulesFired().get("figure-update-arrests-grow-over-lowest-of-many")).isEqualTo(27);
        List<FigureUpdate> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i % 10 != 0) {
                expected.add(new FigureUpdate("a" + i, "a0", "arrest counts only grow: " + (5 + i % 10)
                        + " arrested is a later tally than 5"));
            }
        }
        // a9 over a0 is concluded by both rules (see above): one update of the 27 + 27 - 1 the two make
        assertThat(reasoning.of(FigureUpdate.class)).map(Derivation::conclusion).containsAll(expected)
                .hasSize(27 + 27 - 1);
        assertThat(conclusionsOf(reasoning, "figure-update-arrests-grow-over-lowest-of-many")).isSubsetOf(expected)
                .hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void arrestCountsOf24FiguresOrOfAnotherOutcomeAreNotComparedWithTheirExtremes() {
        // near miss: 24 arrest counts (5 to 8 three times each, 9 to 14 twice) are compared pair by pair: each
        // count updates every smaller one, (24 * 24 - (4 * 3 * 3 + 6 * 2 * 2)) / 2 pairs of different counts
        Reasoning fewer = RuleSession.reason(arrestCounts(24, ARRESTED));

        assertThat(fewer.rulesFired()).doesNotContainKeys("figure-update-arrests-grow-of-many",
                "figure-update-arrests-grow-over-lowest-of-many");
        assertThat(fewer.rulesFired().get("figure-update-arrests-grow")).isEqualTo((24 * 24 - (4 * 9 + 6 * 4)) / 2);

        // near miss: 30 counts of perpetrators killed, not arrested: deaths do not only grow
        Reasoning killed = RuleSession.reason(arrestCounts(30, KILLED));

        assertThat(killed.rulesFired()).doesNotContainKeys("figure-update-arrests-grow-of-many",
                "figure-update-arrests-grow-over-lowest-of-many", "figure-update-arrests-grow");
        assertThat(killed.of(FigureUpdate.class)).isEmpty();
    }
}
