package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.FigureTiming.FINAL;
import static org.incidentclassifier.facts.FigureTiming.PROVISIONAL;
import static org.incidentclassifier.facts.FigureTiming.UPDATE;
import static org.incidentclassifier.facts.InconsistencyKind.COUNT_DIFFERENCE;
import static org.incidentclassifier.facts.SourceKind.GOVERNMENT;
import static org.incidentclassifier.facts.SourceKind.INDEPENDENT_MEDIA;
import static org.incidentclassifier.facts.SourceKind.WITNESS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.engine.FactBuilder.place;
import static org.incidentclassifier.facts.ClaimStatus.ARRESTED;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.InconsistencyKind.COUNT_CONFLICT;
import static org.incidentclassifier.facts.Severity.HIGH;
import static org.incidentclassifier.facts.Severity.LOW;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.SourceKind.UNKNOWN;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;
import static org.incidentclassifier.facts.Subject.CIVILIANS;
import static org.incidentclassifier.facts.Subject.VICTIMS;

import org.incidentclassifier.engine.FactBuilder;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.DateBasis;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.FigureUpdate;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.PlaceKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/consistency/count-conflict.drl and figure-updates.drl: different figures for one outcome, and updates. */
class CountConflictRulesTest {

    @Nested
    class CountConflict {
        private static final String RULE = "count-conflict";
        private final CountClaim byAps = claim("c1", 20, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 3).build();

        @Test
        void twoReportsGivingDisjointFiguresForTheDeadConflict() {
            CountClaim byReuters = claim("c2", 30, HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY).in("doc2", 4).build();

            assertThat(concludedBy(RULE, byAps, byReuters)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, HIGH,
                            "20 hostages killed (according to APS, doc1) against 30 (according to Reuters, doc2).",
                            "every figure involved is graded credible (credibility 3 or better)"),
                            RULE, byAps, byReuters, new ClaimGrade("c1", "C", 3, "a state media source"),
                            new ClaimGrade("c2", "B", 3, "a wire agency source")));
        }

        @Test
        void aConflictWithTheLeastCredibleClaimUnattributedIsOfLowSeverity() {
            CountClaim unattributed = claim("c2", 25, HOSTAGES, KILLED).unattributed(UNKNOWN).stance(CLAIMED)
                    .in("doc2", 4).build();

            assertThat(concludedBy(RULE, byAps, unattributed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, LOW,
                            "20 hostages killed (according to APS, doc1) against 25 (source not named, doc2).",
                            "it rests on a figure whose truth is doubtful or cannot be judged (credibility 6)"),
                            RULE, byAps, unattributed, new ClaimGrade("c1", "C", 3, "a state media source"),
                            new ClaimGrade("c2", "F", 6, "an unknown source")));
        }

        @Test
        void twoSourcesOfOneReportConflictAtAnyDistance() {
            // "the army said 20 soldiers died ... (ten sentences on) hospital staff counted 45"
            CountClaim byArmy = claim("c1", 20, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL).in("doc", 3).build();
            CountClaim byHospital = claim("c2", 45, SECURITY_FORCES, KILLED).from("hospital staff", WITNESS).in("doc", 13).build();

            assertThat(rulesFiredOn(byArmy, byHospital)).contains(RULE);
        }

        @Test
        void anUnattributedHeadlineIsTheOutletsAndConflictsWithANamedSource() {
            CountClaim headline = claim("c1", 5, PEOPLE, KILLED).unattributed(UNKNOWN).in("doc", 0).build();
            CountClaim radio = claim("c2", 3, PEOPLE, KILLED).from("public radio", INDEPENDENT_MEDIA).in("doc", 8).build();

            assertThat(rulesFiredOn(headline, radio)).contains(RULE);
        }

        @Test
        void freedAndReleasedAreOneCount() {
            // "troops rescued six expatriates" against "the kidnappers handed over the 5 expatriates"
            CountClaim rescued = claim("c1", 6, FOREIGN_HOSTAGES, FREED).unattributed(UNKNOWN).in("doc", 1).build();
            CountClaim handedOver = claim("c2", 5, FOREIGN_HOSTAGES, RELEASED).from("the coordinator", STATE_OFFICIAL)
                    .in("doc", 7).build();

            assertThat(rulesFiredOn(rescued, handedOver)).contains(RULE);
        }

        @Test
        void figuresMoreThanThreeTimesApartCountDifferentPeople() {
            assertThat(rulesFiredOn(byAps, claim("c2", 61, HOSTAGES, KILLED).in("doc2", 4).build())).doesNotContain(RULE);
        }

        @Test
        void overlappingFiguresDoNotConflict() {
            // "some 22" allows 19 to 25
            assertThat(rulesFiredOn(byAps, claim("c2", 22, HOSTAGES, KILLED).approximately().in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void figuresForDifferentPeopleDoNotConflict() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, FOREIGN_HOSTAGES, KILLED).in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aPartDoesNotConflictWithATotal() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).part().in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aBackgroundFigureDoesNotConflict() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).background().in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void oneSourceRevisingItsFigureDoesNotConflictWithItself() {
            assertThat(rulesFiredOn(byAps, claim("c2", 25, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 9).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void thePerpetratorsFigureAgainstAnIndependentOneIsLeftToTheUnconfirmedClaimRules() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).from("the militants", PERPETRATOR)
                    .in("doc2", 4).build())).doesNotContain(RULE);
        }

        @Test
        void anUpdateIsNotAConflict() {
            CountClaim early = claim("c1", 20, PEOPLE, KILLED).unattributed(UNKNOWN).timing(PROVISIONAL).in("doc", 2).build();
            CountClaim risen = claim("c2", 29, PEOPLE, KILLED).from("police", STATE_OFFICIAL).timing(UPDATE).in("doc", 0).build();

            assertThat(rulesFiredOn(early, risen)).contains("figure-update-in-report").doesNotContain(RULE);
        }
    }

    @Nested
    class CiviliansAsVictims {
        private static final String RULE = "count-conflict-civilians-as-victims";
        // "the army said 18 civilians were killed" ... "a rights group said it buried 41 bodies"
        private final CountClaim civilians = claim("c1", 18, CIVILIANS, KILLED).from("the army", STATE_OFFICIAL)
                .in("doc", 1).build();
        private final CountClaim bodies = claim("c2", 41, VICTIMS, KILLED).from("a rights group", UNKNOWN)
                .in("doc", 2).build();

        @Test
        void aCivilianTollAndABodyCountOfTwoSourcesConflictWhenNoOneElseIsCounted() {
            assertThat(rulesFiredOn(civilians, bodies)).contains(RULE);
        }

        @Test
        void civiliansToldAsAmongTheDeadAreSomeOfThem() {
            // "hospital officials said 18 women were among the dead"
            CountClaim women = claim("c1", 18, CIVILIANS, KILLED).from("hospital officials", STATE_OFFICIAL).in("doc", 1)
                    .worded("18 women were among the dead").build();

            assertThat(rulesFiredOn(women, bodies)).doesNotContain(RULE, "count-conflict");
        }

        @Test
        void anAtLeastTollAboveTheCiviliansConflictsWhenNoOneElseIsCounted() {
            assertThat(rulesFiredOn(civilians, claim("c2", 40, VICTIMS, KILLED).atLeast().from("a rights group", UNKNOWN)
                    .in("doc", 2).build())).contains(RULE);
        }

        @Test
        void anAtLeastTollBelowTheCiviliansCanHold() {
            assertThat(rulesFiredOn(civilians, claim("c2", 12, VICTIMS, KILLED).atLeast().from("a rights group", UNKNOWN)
                    .in("doc", 2).build())).doesNotContain(RULE);
        }

        @Test
        void soldiersCountedAmongTheDeadMakeTheCiviliansAPart() {
            CountClaim soldiers = claim("c3", 9, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL).in("doc", 1)
                    .build();

            assertThat(rulesFiredOn(civilians, bodies, soldiers)).doesNotContain(RULE);
        }

        @Test
        void figuresThatOverlapDoNotConflict() {
            assertThat(rulesFiredOn(civilians, claim("c2", 19, VICTIMS, KILLED).approximately().from("a rights group",
                    UNKNOWN).in("doc", 2).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class CountDifference {
        private static final String RULE = "count-difference";

        @Test
        void figuresThatDifferButCanBothHoldAreAMildDifference() {
            // "at least 6 were killed" against "as many as 14 dead"
            CountClaim atLeastSix = claim("c1", 6, PEOPLE, KILLED).from("the agency", WIRE_AGENCY).atLeast().in("doc", 1).build();
            CountClaim fourteen = claim("c2", 14, PEOPLE, KILLED).from("a witness", WITNESS).in("doc", 5).build();

            assertThat(concludedBy(RULE, atLeastSix, fourteen)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_DIFFERENCE, LOW,
                            "6 people killed (according to the agency, doc) against 14 (according to a witness, doc): the ranges overlap.",
                            "the ranges overlap, so both figures can hold"), RULE, atLeastSix, fourteen));
        }

        @Test
        void theSameFigureIsNoDifference() {
            assertThat(rulesFiredOn(claim("c1", 6, PEOPLE, KILLED).from("the agency", WIRE_AGENCY).atLeast().in("doc", 1).build(),
                    claim("c2", 6, PEOPLE, KILLED).from("a witness", WITNESS).in("doc", 5).build())).doesNotContain(RULE);
        }

        @Test
        void disjointFiguresAreAConflictNotADifference() {
            assertThat(rulesFiredOn(claim("c1", 6, PEOPLE, KILLED).from("the agency", WIRE_AGENCY).in("doc", 1).build(),
                    claim("c2", 14, PEOPLE, KILLED).from("a witness", WITNESS).in("doc", 5).build()))
                    .contains("count-conflict").doesNotContain(RULE);
        }
    }

    @Nested
    class FiguresOfTwoSites {
        // "At the harbour hotel, two gunmen were killed" ... "The assault on the river hotel left three gunmen dead"
        private final CountClaim two = claim("c1", 2, PERPETRATORS, KILLED).from("the police", GOVERNMENT).in("doc", 3).build();
        private final CountClaim three = claim("c2", 3, PERPETRATORS, KILLED).from("the army", STATE_OFFICIAL).in("doc", 8).build();

        @Test
        void figuresToldOfTwoDifferentSitesAreNoConflict() {
            assertThat(rulesFiredOn(two, three, place("Harbour Hotel", PlaceKind.SITE, "doc", 3),
                    place("River Hotel", PlaceKind.SITE, "doc", 8))).doesNotContain("count-conflict");
        }

        @Test
        void figuresToldOfOneSiteStillConflict() {
            assertThat(rulesFiredOn(two, three, place("Harbour Hotel", PlaceKind.SITE, "doc", 3),
                    place("Harbour Hotel", PlaceKind.SITE, "doc", 8))).contains("count-conflict");
        }

        @Test
        void figuresToldOfTwoDifferentTownsAreNoConflict() {
            // "In Jos, two gunmen were shot dead" ... "In Bauchi, three gunmen died"
            assertThat(rulesFiredOn(two, three, place("Jos", PlaceKind.CITY, "doc", 3),
                    place("Bauchi", PlaceKind.CITY, "doc", 8))).doesNotContain("count-conflict");
        }

        @Test
        void figuresDatedToTwoDifferentDaysAreNoConflict() {
            // "Two gunmen were killed on Monday" ... "three gunmen were killed on Wednesday"
            assertThat(rulesFiredOn(two, three, day("2026-05-04", 3), day("2026-05-06", 8)))
                    .doesNotContain("count-conflict", "count-difference");
        }

        @Test
        void figuresDatedToOneDayStillConflict() {
            // "Two gunmen were killed on Monday" ... "on Monday, three gunmen died"
            assertThat(rulesFiredOn(two, three, day("2026-05-04", 3), day("2026-05-04", 8))).contains("count-conflict");
        }

        private static EventDate day(String iso, int sentence) {
            return new EventDate("doc", iso, iso, DateBasis.WEEKDAY, FactBuilder.at("doc", sentence, 0, "on a weekday"));
        }

        @Test
        void aTownAgainstASiteOfItIsStillOnePlace() {
            // "In Jos, two gunmen were shot dead" ... "At the Harbour Hotel three gunmen died": the hotel may be in Jos
            assertThat(rulesFiredOn(two, three, place("Jos", PlaceKind.CITY, "doc", 3),
                    place("Harbour Hotel", PlaceKind.SITE, "doc", 8))).contains("count-conflict");
        }
    }

    @Nested
    class ArrestsGrow {
        private static final String RULE = "figure-update-arrests-grow";

        @Test
        void aLargerArrestCountUpdatesASmallerOneAndTheyDoNotConflict() {
            CountClaim eighteen = claim("c1", 18, PERPETRATORS, ARRESTED).from("police", GOVERNMENT).in("doc", 5).build();
            CountClaim seventeen = claim("c2", 17, PERPETRATORS, ARRESTED).from("the spokesman", GOVERNMENT).in("doc", 7).build();

            assertThat(concludedBy(RULE, eighteen, seventeen)).extracting(d -> d.conclusion()).containsExactly(
                    new FigureUpdate("c1", "c2", "arrest counts only grow: 18 arrested is a later tally than 17"));
            assertThat(rulesFiredOn(eighteen, seventeen)).doesNotContain("count-conflict");
        }

        @Test
        void killedFiguresDoNotOnlyGrow() {
            assertThat(rulesFiredOn(claim("c1", 18, PERPETRATORS, KILLED).from("police", GOVERNMENT).in("doc", 5).build(),
                    claim("c2", 17, PERPETRATORS, KILLED).from("the spokesman", GOVERNMENT).in("doc", 7).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class FarApart {
        private static final String RULE = "count-conflict-far-apart";

        @Test
        void twoReportsWithWoundedFiguresSixTimesApartConflictAtLowSeverity() {
            CountClaim six = claim("c1", 6, PEOPLE, INJURED).unattributed(UNKNOWN).in("doc1", 2).build();
            CountClaim thirtySix = claim("c2", 36, PEOPLE, INJURED).from("the ministry", GOVERNMENT).in("doc2", 5).build();

            assertThat(concludedBy(RULE, six, thirtySix)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, LOW,
                            "6 people injured (source not named, doc1) against 36 (according to the ministry, doc2):"
                                    + " more than three times apart.",
                            "the figures are more than three times apart, so the smaller may count only some of the people"),
                            RULE, six, thirtySix));
        }

        @Test
        void theSameGapWithinOneReportIsLeftAlone() {
            assertThat(rulesFiredOn(claim("c1", 6, PEOPLE, INJURED).unattributed(UNKNOWN).in("doc", 2).build(),
                    claim("c2", 36, PEOPLE, INJURED).from("the ministry", GOVERNMENT).in("doc", 5).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void anOpenEndedFigureFarBelowAnotherIsADifference() {
            // "more than 100 were rescued" against "700 were evacuated": both can hold
            CountClaim overHundred = claim("c1", 101, PEOPLE, FREED).unattributed(UNKNOWN).atLeast().in("doc1", 2).build();
            CountClaim sevenHundred = claim("c2", 700, PEOPLE, FREED).unattributed(UNKNOWN).in("doc2", 5).build();

            assertThat(concludedBy(RULE, overHundred, sevenHundred)).extracting(d -> (Inconsistency) d.conclusion())
                    .extracting(Inconsistency::getKind, Inconsistency::getSeverity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(COUNT_DIFFERENCE, LOW));
        }

        @Test
        void figuresMoreThanTenTimesApartCountDifferentPeople() {
            assertThat(rulesFiredOn(claim("c1", 2, PEOPLE, INJURED).unattributed(UNKNOWN).in("doc1", 2).build(),
                    claim("c2", 36, PEOPLE, INJURED).from("the ministry", GOVERNMENT).in("doc2", 5).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class FigureUpdates {
        @Test
        void aFigureMarkedAsAnUpdateReplacesAProvisionalOneOfTheSameReport() {
            CountClaim early = claim("c1", 207, PEOPLE, KILLED).unattributed(UNKNOWN).timing(PROVISIONAL).in("doc", 6).build();
            CountClaim risen = claim("c2", 290, PEOPLE, KILLED).unattributed(UNKNOWN).timing(UPDATE).in("doc", 0).build();

            assertThat(concludedBy("figure-update-in-report", early, risen)).extracting(d -> d.conclusion())
                    .containsExactly(new FigureUpdate("c2", "c1", "the report marks 290 as an update and 207 as provisional"));
        }

        @Test
        void anUpdateDoesNotReplaceAnUnmarkedFigure() {
            assertThat(rulesFiredOn(claim("c1", 17, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("doc", 11).build(),
                    claim("c2", 18, PEOPLE, KILLED).from("the channel", INDEPENDENT_MEDIA).timing(UPDATE).in("doc", 0).build()))
                    .doesNotContain("figure-update-in-report").contains("count-conflict");
        }

        @Test
        void aFinalTollReplacesTheUnmarkedFiguresOfTheReport() {
            assertThat(rulesFiredOn(claim("c1", 30, PEOPLE, KILLED).unattributed(UNKNOWN).in("doc", 3).build(),
                    claim("c2", 39, PEOPLE, KILLED).from("the ministry", GOVERNMENT).timing(FINAL).in("doc", 0).build()))
                    .contains("figure-update-in-report").doesNotContain("count-conflict");
        }

        @Test
        void aLaterDatedReportUpdatesAnEarlierOne() {
            CountClaim first = claim("c1", 276, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("monday", 0).build();
            CountClaim later = claim("c2", 358, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("saturday", 0).build();

            assertThat(concludedBy("figure-update-later-report", first, later, new Document("monday", "m.txt", "2031-03-03"),
                    new Document("saturday", "s.txt", "2031-03-08"))).extracting(d -> d.conclusion())
                    .containsExactly(new FigureUpdate("c2", "c1", "the report of saturday is dated after monday's"));
            assertThat(rulesFiredOn(first, later, new Document("monday", "m.txt", "2031-03-03"),
                    new Document("saturday", "s.txt", "2031-03-08"))).doesNotContain("count-conflict");
        }

        @Test
        void undatedReportsAreNotOrdered() {
            assertThat(rulesFiredOn(claim("c1", 276, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("monday", 0).build(),
                    claim("c2", 358, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("saturday", 0).build(),
                    new Document("monday", "m.txt", null), new Document("saturday", "s.txt", "2031-03-08")))
                    .doesNotContain("figure-update-later-report").contains("count-conflict");
        }
    }

    @Nested
    class PartitiveTaken {
        private static final String RULE = "count-conflict-partitive-taken";
        // the police: "30 people were abducted"; the headmaster: "Forty of our pupils were taken"
        private final CountClaim police = claim("c1", 30, HOSTAGES, TAKEN).from("the police", STATE_OFFICIAL)
                .in("doc", 2).build();

        @Test
        void aLargerPartitiveOfTheTakenFromAnotherSourceConflicts() {
            CountClaim pupils = claim("c2", 40, HOSTAGES, TAKEN).part().from("the headmaster", UNKNOWN).in("doc", 4).build();

            assertThat(concludedBy(RULE, police, pupils)).extracting(d -> ((Inconsistency) d.conclusion()).getKind())
                    .containsExactly(COUNT_CONFLICT);
            assertThat(rulesFiredOn(police, pupils)).doesNotContain("arithmetic-part-exceeds-whole");
        }

        @Test
        void aSmallerPartitiveMayCountOnlySomeOfTheTaken() {
            assertThat(rulesFiredOn(police, claim("c2", 12, HOSTAGES, TAKEN).part().from("the headmaster", UNKNOWN)
                    .in("doc", 4).build())).doesNotContain(RULE);
        }

        @Test
        void aPartitiveWithAWholeOfTheTakenInItsSentenceIsAPartOfThem() {
            // "40 of the 45 people taken were pupils": the 45 is the total
            CountClaim pupils = claim("c2", 40, HOSTAGES, TAKEN).part().from("the headmaster", UNKNOWN).in("doc", 4).build();
            CountClaim whole = claim("c3", 45, HOSTAGES, TAKEN).from("the headmaster", UNKNOWN).in("doc", 4).build();

            assertThat(rulesFiredOn(police, pupils, whole)).doesNotContain(RULE);
        }
    }

    @Nested
    class UpdateOverDatedFigure {
        private static final String RULE = "figure-update-over-smaller-unmarked";
        // "the toll has risen to 80" ... "on 3 May the ministry put the toll at 52"
        private final CountClaim risen = claim("c1", 80, PEOPLE, KILLED).from("the committee", GOVERNMENT).timing(UPDATE)
                .in("doc", 1).build();
        private final CountClaim dated = claim("c2", 52, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("doc", 6).build();
        private final EventDate thirdOfMay = new EventDate("doc", "2026-05-03", "2026-05-03", DateBasis.DAY_AND_MONTH,
                FactBuilder.at("doc", 6, 0, "on 3 May"));

        @Test
        void anUpdateReplacesASmallerFigureTheReportDates() {
            assertThat(rulesFiredOn(risen, dated, thirdOfMay)).contains(RULE).doesNotContain("count-conflict");
        }

        @Test
        void anUndatedSmallerFigureMayBeASourceThatDisagrees() {
            assertThat(rulesFiredOn(risen, dated)).doesNotContain(RULE).contains("count-conflict");
        }

        @Test
        void aLargerDatedFigureIsNotReplacedByASmallerUpdate() {
            CountClaim larger = claim("c2", 95, PEOPLE, KILLED).from("the ministry", GOVERNMENT).in("doc", 6).build();

            assertThat(rulesFiredOn(risen, larger, thirdOfMay)).doesNotContain(RULE);
        }
    }
}
