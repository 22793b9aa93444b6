package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.FigureTiming.UPDATE;
import static org.incidentclassifier.facts.SourceKind.GOVERNMENT;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.SourceKind.WITNESS;
import static org.incidentclassifier.facts.Stance.DENIED;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;
import static org.incidentclassifier.facts.Subject.VICTIMS;

import org.incidentclassifier.engine.FactBuilder;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Evidence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * rules/consistency/count-conflict.drl and figure-updates.drl: a toll told as it grows (an update told after the
 * first figure, "two more" and the running total), a denied figure and a point inside a range are not
 * disagreements.
 */
class FigureStepsRulesTest {

    /** The claim with its evidence worded as the report words it. */
    private static CountClaim worded(CountClaim c, String words) {
        Evidence e = c.evidence();
        return new CountClaim(c.id(), c.document(), c.value(), c.min(), c.max(), c.approx(), c.subject(), c.status(),
                c.source(), c.stance(), c.breakdown(), c.part(), FactBuilder.at(e.document(), e.sentence(), e.start(), words),
                c.background(), c.timing());
    }

    @Nested
    class UpdateToldAfterTheFirstFigure {
        private static final String RULE = "figure-update-after-smaller-told-first";
        // "police said five people were killed" ... "on Monday a spokesman said the toll had risen to nine"
        private final CountClaim first = claim("c1", 5, PEOPLE, KILLED).from("police", STATE_OFFICIAL).in("doc", 0).build();

        @Test
        void aLargerUpdateToldLaterReplacesTheFirstFigure() {
            CountClaim risen = claim("c2", 9, VICTIMS, KILLED).from("a spokesman", STATE_OFFICIAL).timing(UPDATE)
                    .in("doc", 3).build();

            assertThat(rulesFiredOn(first, risen)).contains(RULE).doesNotContain("count-conflict");
        }

        @Test
        void aSmallerFigureToldAfterTheUpdateMayDisagree() {
            // "the toll has risen to 9, the governor said ... a nurse said 5 had died"
            CountClaim risen = claim("c2", 9, VICTIMS, KILLED).from("the governor", GOVERNMENT).timing(UPDATE)
                    .in("doc", 0).build();
            CountClaim nurse = claim("c1", 5, PEOPLE, KILLED).from("a nurse", WITNESS).in("doc", 4).build();

            assertThat(rulesFiredOn(risen, nurse)).doesNotContain(RULE).contains("count-conflict");
        }
    }

    @Nested
    class RunningTotal {
        private static final String RULE = "figure-update-running-total";
        // "killing six officers" ... "two more died in hospital, bringing the toll to eight"
        private final CountClaim six = claim("c1", 6, SECURITY_FORCES, KILLED).from("police", STATE_OFFICIAL).in("doc", 0).build();
        private final CountClaim two = claim("c2", 2, SECURITY_FORCES, KILLED).from("a doctor", WITNESS).in("doc", 2).build();

        @Test
        void aFigureThatSumsTwoEarlierOnesUpdatesBoth() {
            CountClaim eight = claim("c3", 8, SECURITY_FORCES, KILLED).from("a doctor", WITNESS).in("doc", 2).build();

            assertThat(rulesFiredOn(six, two, eight)).contains(RULE).doesNotContain("count-conflict");
        }

        @Test
        void aFigureThatIsNotTheSumStillDisagrees() {
            CountClaim nine = claim("c3", 9, SECURITY_FORCES, KILLED).from("a doctor", WITNESS).in("doc", 2).build();

            assertThat(rulesFiredOn(six, two, nine)).doesNotContain(RULE).contains("count-conflict");
        }

        @Test
        void aFigureToldBeforeItsStepsIsNotTheirRunningTotal() {
            CountClaim eight = claim("c3", 8, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL).in("doc", 1).build();

            assertThat(rulesFiredOn(six, two, eight)).doesNotContain(RULE);
        }
    }

    @Nested
    class StepsAndDenials {
        private final CountClaim six = claim("c1", 6, PEOPLE, KILLED).from("police", STATE_OFFICIAL).in("doc", 0).build();

        @Test
        void twoMoreDeadAreAStepNotARivalToll() {
            CountClaim twoMore = worded(claim("c2", 2, VICTIMS, KILLED).from("a doctor", WITNESS).in("doc", 2).build(),
                    "Two more victims died");

            assertThat(rulesFiredOn(six, twoMore)).doesNotContain("count-conflict");
        }

        @Test
        void moreThanAFigureIsABoundNotAStep() {
            CountClaim moreThan = worded(claim("c2", 3, VICTIMS, KILLED).from("a doctor", WITNESS).in("doc", 2).build(),
                    "more than three victims died");

            assertThat(rulesFiredOn(six, moreThan)).contains("count-conflict");
        }

        @Test
        void aDeniedFigureIsADenialNotARivalClaim() {
            // "the ministry denied reports that 15 people had died"
            CountClaim denied = claim("c2", 15, PEOPLE, KILLED).from("the ministry", GOVERNMENT).stance(DENIED)
                    .in("doc", 3).build();

            assertThat(rulesFiredOn(six, denied)).doesNotContain("count-conflict");
        }

        @Test
        void aFigureTheMinistryGivesStillDisagrees() {
            CountClaim given = claim("c2", 15, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("doc", 3).build();

            assertThat(rulesFiredOn(six, given)).contains("count-conflict");
        }
    }

    @Nested
    class PointInsideARange {
        // "between 10 and 15 officers were killed" ... "the ministry said 12 officers died"
        private final CountClaim range = FactBuilder.claim("c1", 12, SECURITY_FORCES, KILLED).from("a security source",
                STATE_OFFICIAL).in("doc", 1).build();

        private CountClaim between(int min, int max) {
            return new CountClaim(range.id(), range.document(), null, min, max, false, range.subject(), range.status(),
                    range.source(), range.stance(), range.breakdown(), false, range.evidence(), false, range.timing());
        }

        @Test
        void aPointInsideAnotherSourcesRangeAgreesWithIt() {
            CountClaim twelve = claim("c2", 12, SECURITY_FORCES, KILLED).from("the ministry", GOVERNMENT).in("doc", 2).build();

            assertThat(rulesFiredOn(between(10, 15), twelve)).doesNotContain("count-difference", "count-conflict");
        }

        @Test
        void aPointAtTheFloorOfAnOpenRangeStillDiffers() {
            CountClaim atLeastTen = new CountClaim("c1", "doc", 10, 10, null, false, SECURITY_FORCES, KILLED,
                    range.source(), range.stance(), range.breakdown(), false, range.evidence(), false, range.timing());
            CountClaim twelve = claim("c2", 14, SECURITY_FORCES, KILLED).from("the ministry", GOVERNMENT).in("doc", 2).build();

            assertThat(rulesFiredOn(atLeastTen, twelve)).contains("count-difference");
        }
    }
}
