package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.VICTIMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Inconsistency;
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
}
