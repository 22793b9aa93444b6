package org.incidentclassifier.engine.rules;

import static org.incidentclassifier.engine.ExpectedInconsistency.inconsistency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.nationals;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.MISSING;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.InconsistencyKind.ARITHMETIC;
import static org.incidentclassifier.facts.Severity.HIGH;
import static org.incidentclassifier.facts.Severity.MEDIUM;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR_CONDUIT;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.LOCAL_HOSTAGES;
import static org.incidentclassifier.facts.Subject.WORKERS;
import static org.incidentclassifier.facts.Subject.CIVILIANS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.HostageReading;
import org.incidentclassifier.facts.Inconsistency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * rules/consistency/arithmetic.drl: figures that cannot add up. The rule arithmetic-killed-and-released-exceed-held
 * is covered by {@code engine/ArithmeticRuleTest}.
 */
class ArithmeticRulesTest {
    private static final ClaimGrade STATE_MEDIA_GRADE_C1 = new ClaimGrade("c1", "C", 3, "a state media source");

    @Nested
    class KilledAndStillHeldExceedHeld {
        private static final String RULE = "arithmetic-killed-and-still-held-exceed-held";
        private final CountClaim held = claim("c1", 41, HOSTAGES, HELD).from("APS", STATE_MEDIA).build();
        private final CountClaim stillHeld = claim("c2", 7, HOSTAGES, HELD).part().from("Reuters", WIRE_AGENCY).build();

        @Test
        void theDeadAndThoseStillHeldOutnumberThoseHeld() {
            CountClaim killed = claim("c3", 37, HOSTAGES, KILLED).from("the militants", PERPETRATOR).stance(CLAIMED)
                    .build();

            assertThat(concludedBy(RULE, held, stillHeld, killed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(ARITHMETIC, MEDIUM, "37 hostages killed (according to"
                            + " the militants) plus 7 still held (according to Reuters) make 44, more than the 41 hostages"
                            + " held (according to APS)."),
                            RULE, held, stillHeld, killed, STATE_MEDIA_GRADE_C1,
                            new ClaimGrade("c3", "D", 4, "a perpetrator source"),
                            new ClaimGrade("c2", "B", 3, "a wire agency source")));
        }

        @Test
        void theDeadAndThoseStillHeldWithinThoseHeldAddUp() {
            assertThat(rulesFiredOn(held, stillHeld, claim("c3", 34, HOSTAGES, KILLED).build())).doesNotContain(RULE);
        }

        @Test
        void aSecondTotalHeldIsNotThoseStillHeld() {
            // "41 held" and "7 held" both as totals: the rule needs "still holding 7", a part
            assertThat(rulesFiredOn(held, claim("c2", 7, HOSTAGES, HELD).build(), claim("c3", 37, HOSTAGES, KILLED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void otherPeopleKilledDoNotCountAgainstTheHostagesHeld() {
            assertThat(rulesFiredOn(held, stillHeld, claim("c3", 37, WORKERS, KILLED).build())).doesNotContain(RULE);
        }

        @Test
        void onlyTheLargestFigureHeldIsTheWhole() {
            CountClaim heldAtFirst = claim("c4", 60, HOSTAGES, HELD).from("Reuters", WIRE_AGENCY).build();

            assertThat(rulesFiredOn(held, heldAtFirst, stillHeld, claim("c3", 37, HOSTAGES, KILLED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void localHostagesStillHeldDoNotCountAgainstTheForeignHostagesHeld() {
            assertThat(rulesFiredOn(claim("c1", 41, FOREIGN_HOSTAGES, HELD).build(),
                    claim("c2", 20, LOCAL_HOSTAGES, HELD).part().build(),
                    claim("c3", 25, FOREIGN_HOSTAGES, KILLED).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ReadingHostagesAreForeigners {
        private static final String RULE = "reading-hostages-are-foreigners";
        private final CountClaim hostages = claim("c1", 41, HOSTAGES, HELD).from("the militants", PERPETRATOR)
                .stance(CLAIMED).build();

        @Test
        void asManyHostagesAsForeignHostagesMeansTheHostagesAreTheForeigners() {
            CountClaim foreigners = claim("c2", 41, FOREIGN_HOSTAGES, TAKEN).from("ANI", PERPETRATOR_CONDUIT).build();

            assertThat(concludedBy(RULE, hostages, foreigners)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new HostageReading(FOREIGN_HOSTAGES), RULE, hostages, foreigners));
        }

        @Test
        void moreHostagesThanForeignHostagesIncludeLocals() {
            assertThat(rulesFiredOn(claim("c1", 132, HOSTAGES, HELD).build(), claim("c2", 41, FOREIGN_HOSTAGES, TAKEN)
                    .build())).doesNotContain(RULE);
        }

        @Test
        void aPartOfTheForeignHostagesSaysNothingAboutTheTotal() {
            assertThat(rulesFiredOn(hostages, claim("c2", 41, FOREIGN_HOSTAGES, HELD).part().build()))
                    .doesNotContain(RULE);
        }

        @Test
        void hostagesKilledAreNoTotalOfHostages() {
            assertThat(rulesFiredOn(claim("c1", 41, HOSTAGES, KILLED).build(), claim("c2", 41, FOREIGN_HOSTAGES, TAKEN)
                    .build())).doesNotContain(RULE);
        }
    }

    @Nested
    class KilledAndForeignEscapeesExceedForeignHostages {
        private static final String RULE = "arithmetic-killed-and-foreign-escapees-exceed-foreign-hostages";
        private final CountClaim foreignTaken = claim("c1", 41, FOREIGN_HOSTAGES, TAKEN).from("ANI", PERPETRATOR_CONDUIT)
                .build();
        private final CountClaim escaped = claim("c4", 45, WORKERS, ESCAPED).from("APS", STATE_MEDIA)
                .breakdown(nationals("LOCAL", 30), nationals("FOREIGN", 15)).build();
        private final ClaimGrade conduitGrade = new ClaimGrade("c1", "D", 4, "a perpetrator conduit source");
        private final ClaimGrade escapedGrade = new ClaimGrade("c4", "C", 3, "a state media source");

        @Test
        void hostagesKilledPlusForeignEscapeesOutnumberTheForeignHostagesWhenHostagesMeansForeigners() {
            CountClaim hostagesHeld = claim("c2", 41, HOSTAGES, HELD).from("the militants", PERPETRATOR).stance(CLAIMED)
                    .build();
            CountClaim killed = claim("c3", 35, HOSTAGES, KILLED).from("the militants", PERPETRATOR).stance(CLAIMED)
                    .build();

            assertThat(concludedBy(RULE, foreignTaken, hostagesHeld, killed, escaped))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(derivation(
                            inconsistency(ARITHMETIC, MEDIUM, "35 hostages killed (according to the militants) plus"
                                    + " the 15 foreigners among 45 who escaped (according to APS) make 50, more than the"
                                    + " 41 foreign hostages taken (according to ANI)."),
                            RULE, foreignTaken, killed, new HostageReading(FOREIGN_HOSTAGES), escaped,
                            nationals("FOREIGN", 15), conduitGrade, new ClaimGrade("c3", "D", 4, "a perpetrator source"),
                            escapedGrade));
        }

        @Test
        void foreignHostagesKilledPlusForeignEscapeesOutnumberTheForeignHostages() {
            CountClaim killed = claim("c3", 35, FOREIGN_HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY).build();

            // the killed claim is matched twice: once as the death toll, once as proof that it counts foreigners
            assertThat(concludedBy(RULE, foreignTaken, killed, escaped))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(derivation(
                            inconsistency(ARITHMETIC, MEDIUM, "35 hostages killed (according to Reuters) plus the 15"
                                    + " foreigners among 45 who escaped (according to APS) make 50, more than the 41"
                                    + " foreign hostages taken (according to ANI)."),
                            RULE, foreignTaken, killed, killed, escaped, nationals("FOREIGN", 15), conduitGrade,
                            new ClaimGrade("c3", "B", 3, "a wire agency source"), escapedGrade));
        }

        @Test
        void hostagesKilledAreNotCountedAgainstTheForeignersUnlessHostagesMeansForeigners() {
            assertThat(rulesFiredOn(foreignTaken, claim("c3", 35, HOSTAGES, KILLED).build(), escaped))
                    .doesNotContain(RULE);
        }

        @Test
        void foreignEscapeesThatFitBesideTheDeadAddUp() {
            assertThat(rulesFiredOn(foreignTaken, claim("c3", 35, FOREIGN_HOSTAGES, KILLED).build(),
                    claim("c4", 45, WORKERS, ESCAPED).breakdown(nationals("LOCAL", 40), nationals("FOREIGN", 5)).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void foreignersAmongTheEscapeesWithoutANumberAddNothing() {
            assertThat(rulesFiredOn(foreignTaken, claim("c3", 35, FOREIGN_HOSTAGES, KILLED).build(),
                    claim("c4", 45, WORKERS, ESCAPED).breakdown(nationals("FOREIGN", null)).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void foreignersFreedReadAsWereFreed() {
            CountClaim killed = claim("c3", 35, FOREIGN_HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY).build();
            CountClaim freed = claim("c4", 45, WORKERS, FREED).from("APS", STATE_MEDIA)
                    .breakdown(nationals("LOCAL", 30), nationals("FOREIGN", 15)).build();

            assertThat(concludedBy(RULE, foreignTaken, killed, freed)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(inconsistency(ARITHMETIC,
                            MEDIUM, "35 hostages killed (according to Reuters) plus the 15 foreigners among 45 who were"
                                    + " freed (according to APS) make 50, more than the 41 foreign hostages taken"
                                    + " (according to ANI)."));
        }
    }

    @Nested
    class BreakdownExceedsTotal {
        private static final String RULE = "arithmetic-breakdown-exceeds-total";

        @Test
        void nationalitiesAddingUpToMoreThanTheTotalCannotAllBeRight() {
            CountClaim held = claim("c1", 10, HOSTAGES, HELD).from("APS", STATE_MEDIA)
                    .breakdown(nationals("US", 7), nationals("GB", 5)).build();

            assertThat(concludedBy(RULE, held)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(ARITHMETIC, HIGH, "The nationalities of 10 hostages held"
                            + " add up to 12 (according to APS)."), RULE, held, 12, STATE_MEDIA_GRADE_C1));
        }

        @Test
        void nationalitiesAddingUpToTheTotalAreConsistent() {
            assertThat(rulesFiredOn(claim("c1", 12, HOSTAGES, HELD).breakdown(nationals("US", 7), nationals("GB", 5))
                    .build())).doesNotContain(RULE);
        }

        @Test
        void atLeastTenHeldAllowsAnyBreakdown() {
            assertThat(rulesFiredOn(claim("c1", 10, HOSTAGES, HELD).atLeast().breakdown(nationals("US", 7),
                    nationals("GB", 5)).build())).doesNotContain(RULE);
        }

        @Test
        void nationalitiesWithoutANumberAddNothing() {
            // "seven Americans, some Britons and three Japanese" of ten
            assertThat(rulesFiredOn(claim("c1", 10, HOSTAGES, HELD).breakdown(nationals("US", 7), nationals("GB", null),
                    nationals("JP", 3)).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class PartExceedsWhole {
        private static final String RULE = "arithmetic-part-exceeds-whole";
        private final CountClaim whole = claim("c1", 6, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc", 2).build();

        @Test
        void eightOfTheDeadCannotBeMoreThanTheDead() {
            CountClaim part = claim("c2", 8, FOREIGN_HOSTAGES, KILLED).part().from("Reuters", WIRE_AGENCY).in("doc", 4)
                    .build();

            assertThat(concludedBy(RULE, whole, part)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(ARITHMETIC, HIGH, "8 of the foreign hostages killed"
                            + " (according to Reuters) is more than the 6 hostages killed in all (according to APS)."),
                            RULE, whole, part, STATE_MEDIA_GRADE_C1, new ClaimGrade("c2", "B", 3, "a wire agency source")));
        }

        @Test
        void aPartFromAnotherReportMayBeFromAnotherMoment() {
            assertThat(rulesFiredOn(whole, claim("c2", 8, FOREIGN_HOSTAGES, KILLED).part().in("other", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aPartWithinTheWholeIsConsistent() {
            assertThat(rulesFiredOn(whole, claim("c2", 5, FOREIGN_HOSTAGES, KILLED).part().in("doc", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aPartOfTheInjuredIsNoPartOfTheDead() {
            assertThat(rulesFiredOn(whole, claim("c2", 8, FOREIGN_HOSTAGES, INJURED).part().in("doc", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aPartOfWiderPeopleIsNoPartOfTheHostages() {
            // "eight of the workers killed" need not be among the six hostages killed
            assertThat(rulesFiredOn(whole, claim("c2", 8, WORKERS, KILLED).part().in("doc", 4).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ListedPartsExceedWhole {
        private static final String RULE = "arithmetic-listed-parts-exceed-whole";
        // "killing 12 people, including 8 police officers and 6 civilians"
        private final CountClaim toll = claim("c1", 12, PEOPLE, KILLED).in("doc", 1).at(20).worded("killing 12 people")
                .build();
        private final CountClaim officers = claim("c2", 8, SECURITY_FORCES, KILLED).part().in("doc", 1).at(40)
                .worded("including 8 police officers").build();

        @Test
        void theGroupsListedInsideATollCannotBeMoreThanIt() {
            CountClaim civilians = claim("c3", 6, CIVILIANS, KILLED).in("doc", 1).at(70).worded("6 civilians").build();

            assertThat(concludedBy(RULE, toll, officers, civilians)).extracting(d -> ((Inconsistency) d.conclusion())
                    .getExplanation()).containsExactly("The groups listed among the 12 people killed (according to a source)"
                    + " add up to 14: 8 security forces plus 6 civilians.");
        }

        @Test
        void anItemWithItsOwnCueIsInsideTheItemBeforeIt() {
            // "killing 20 people, including 15 soldiers, among them 6 officers"
            CountClaim toll20 = claim("c1", 20, PEOPLE, KILLED).in("doc", 1).at(20).worded("killing 20 people").build();
            CountClaim soldiers = claim("c2", 15, SECURITY_FORCES, KILLED).part().in("doc", 1).at(40)
                    .worded("including 15 soldiers").build();
            CountClaim civilians = claim("c3", 6, CIVILIANS, KILLED).in("doc", 1).at(70).worded("among them 6 officers")
                    .build();

            assertThat(rulesFiredOn(toll20, soldiers, civilians)).doesNotContain(RULE, "arithmetic-part-exceeds-whole");
        }

        @Test
        void groupsWithinTheTollAreConsistent() {
            CountClaim civilians = claim("c3", 4, CIVILIANS, KILLED).in("doc", 1).at(70).worded("4 civilians").build();

            assertThat(rulesFiredOn(toll, officers, civilians)).doesNotContain(RULE);
        }

        @Test
        void figuresOfAnotherSentenceAreNoList() {
            CountClaim civilians = claim("c3", 6, CIVILIANS, KILLED).in("doc", 2).at(70).worded("6 civilians").build();

            assertThat(rulesFiredOn(toll, officers, civilians)).doesNotContain(RULE);
        }
    }

    @Nested
    class CaptiveOutcomesExceedTaken {
        private static final String RULE = "arithmetic-captive-outcomes-exceed-taken";
        // "gunmen seized 20 farm workers" ... "six hostages were killed" ... "12 were freed" ... "five had escaped"
        private final CountClaim taken = claim("c1", 20, WORKERS, TAKEN).from("the police", STATE_MEDIA).in("doc", 1).build();
        private final CountClaim killed = claim("c2", 6, HOSTAGES, KILLED).from("officials", STATE_MEDIA).in("doc", 2).build();
        private final CountClaim freed = claim("c3", 12, HOSTAGES, FREED).from("the army", STATE_MEDIA).in("doc", 3).build();

        @Test
        void killedFreedAndEscapedCannotOutnumberThoseTaken() {
            CountClaim escaped = claim("c4", 5, HOSTAGES, ESCAPED).from("officials", STATE_MEDIA).in("doc", 3).build();

            assertThat(concludedBy(RULE, taken, killed, freed, escaped)).extracting(d -> ((Inconsistency) d.conclusion()).getKind())
                    .containsExactly(ARITHMETIC);
        }

        @Test
        void outcomesWithinThoseTakenAreConsistent() {
            CountClaim escaped = claim("c4", 2, HOSTAGES, ESCAPED).from("officials", STATE_MEDIA).in("doc", 3).build();

            assertThat(rulesFiredOn(taken, killed, freed, escaped)).doesNotContain(RULE);
        }

        @Test
        void theTakenFreedUnderTheirOwnNameAreCaptivesToo() {
            // "seized 20 farm workers" ... "soldiers freed 12 workers" ... "nine of the workers escaped"
            CountClaim workersFreed = claim("c3", 12, WORKERS, FREED).from("the army", STATE_MEDIA).in("doc", 3).build();
            CountClaim workersEscaped = claim("c4", 9, WORKERS, ESCAPED).part().from("officials", STATE_MEDIA).in("doc", 4)
                    .build();

            assertThat(rulesFiredOn(taken, workersFreed, workersEscaped)).contains(RULE);
        }

        @Test
        void thoseStillMissingAreTheRestOfThoseTaken() {
            // "abducted 30 villagers" ... "20 of the villagers had been released and 15 were still missing"
            CountClaim villagers = claim("c1", 30, HOSTAGES, TAKEN).from("officials", STATE_MEDIA).in("doc", 1).build();
            CountClaim released = claim("c2", 20, HOSTAGES, FREED).part().from("a leader", STATE_MEDIA).in("doc", 2).build();
            CountClaim missing = claim("c3", 15, CIVILIANS, MISSING).part().from("a leader", STATE_MEDIA).in("doc", 2).build();
            CountClaim fewer = claim("c3", 8, CIVILIANS, MISSING).part().from("a leader", STATE_MEDIA).in("doc", 2).build();
            // "15 people are missing" after a blast, not said to be the rest of anyone, may never have been taken
            CountClaim anyMissing = claim("c3", 15, CIVILIANS, MISSING).from("a leader", STATE_MEDIA).in("doc", 2).build();

            assertThat(rulesFiredOn(villagers, released, missing)).contains(RULE);
            assertThat(rulesFiredOn(villagers, released, fewer)).doesNotContain(RULE);
            assertThat(rulesFiredOn(villagers, released, anyMissing)).doesNotContain(RULE);
        }

        @Test
        void theTakenKilledUnderTheirOwnNameMayHaveDiedOutsideCaptivity() {
            // "seized 20 farm workers" ... "12 workers were killed" (perhaps in the raid) ... "nine workers escaped"
            CountClaim workersKilled = claim("c3", 12, WORKERS, KILLED).from("the army", STATE_MEDIA).in("doc", 3).build();
            CountClaim workersEscaped = claim("c4", 9, WORKERS, ESCAPED).part().from("officials", STATE_MEDIA).in("doc", 4)
                    .build();

            assertThat(rulesFiredOn(taken, workersKilled, workersEscaped)).doesNotContain(RULE);
        }

        @Test
        void aPartitiveOfTheTakenKilledAfterTheTakingDiedInCaptivity() {
            // "seized 20 farm workers" ... "soldiers freed 12 workers" ... "nine of the workers were killed"
            CountClaim workersFreed = claim("c3", 12, WORKERS, FREED).from("the army", STATE_MEDIA).in("doc", 3).build();
            CountClaim nineKilled = claim("c4", 9, WORKERS, KILLED).part().from("officials", STATE_MEDIA).in("doc", 4)
                    .build();
            // "gunmen killed nine of the workers and seized 20 others": told before the taking, killed in the raid
            CountClaim killedFirst = claim("c4", 9, WORKERS, KILLED).part().from("officials", STATE_MEDIA).in("doc", 0)
                    .build();

            assertThat(rulesFiredOn(taken, workersFreed, nineKilled)).contains(RULE);
            assertThat(rulesFiredOn(taken, workersFreed, killedFirst)).doesNotContain(RULE);
        }

        @Test
        void theLargestFigureOfTheTakenIsTheOneToExceed() {
            CountClaim escaped = claim("c4", 5, HOSTAGES, ESCAPED).from("officials", STATE_MEDIA).in("doc", 3).build();
            CountClaim more = claim("c5", 25, HOSTAGES, TAKEN).from("the governor", STATE_MEDIA).in("doc", 5).build();

            assertThat(rulesFiredOn(taken, more, killed, freed, escaped)).doesNotContain(RULE);
        }

        @Test
        void oneOutcomeToldTwiceCountsOnce() {
            CountClaim freedAgain = claim("c4", 10, HOSTAGES, FREED).from("the governor", STATE_MEDIA).in("doc", 4).build();

            assertThat(rulesFiredOn(taken, freed, freedAgain)).doesNotContain(RULE);
        }

        @Test
        void partitivesOfThePeopleTakenAreCaptiveOutcomes() {
            // "Eight of the workers escaped that night" ... "police said 15 of the workers had been freed"
            CountClaim escaped = claim("c4", 8, WORKERS, ESCAPED).part().from("residents", STATE_MEDIA).in("doc", 2).build();
            CountClaim freedWorkers = claim("c5", 15, WORKERS, FREED).part().from("police", STATE_MEDIA).in("doc", 4).build();

            assertThat(rulesFiredOn(taken, escaped, freedWorkers)).contains(RULE);
        }

        @Test
        void workersWhoEscapedWithoutAPartitiveMayNeverHaveBeenTaken() {
            // "eight workers escaped by hiding in the fields": maybe before the gunmen took the others
            CountClaim escaped = claim("c4", 8, WORKERS, ESCAPED).from("residents", STATE_MEDIA).in("doc", 2).build();
            CountClaim freedWorkers = claim("c5", 15, WORKERS, FREED).part().from("police", STATE_MEDIA).in("doc", 4).build();

            assertThat(rulesFiredOn(taken, escaped, freedWorkers)).doesNotContain(RULE);
        }
    }
}
