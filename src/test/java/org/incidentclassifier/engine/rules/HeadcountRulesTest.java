package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.at;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.InconsistencyKind.ARITHMETIC;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.Subject.CHILDREN;
import static org.incidentclassifier.facts.Subject.PASSENGERS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;

import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Headcount;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Subject;
import org.junit.jupiter.api.Test;

/** rules/consistency/headcount.drl: more people coming out of a group than were in it. */
class HeadcountRulesTest {
    private static final String RULE = "arithmetic-outcomes-exceed-headcount";

    private static Headcount present(String id, int value, Subject subject, String words, String source) {
        return headcount(id, value, value, subject, words, false, source);
    }

    private static Headcount headcount(String id, Integer value, Integer max, Subject subject, String words,
                                       boolean partitiveWhole, String source) {
        Source from = source == null ? Source.unknown() : new Source(source, SourceKind.COMPANY, null);
        return new Headcount(id, "doc", value, value, max, false, subject, words, partitiveWhole, from,
                Stance.REPORTED, at("doc", 1, 0, value + " " + words + " on board"));
    }


    // "the airliner had 48 passengers and crew on board, the airline said" ... "53 passengers were released"
    private final Headcount aboard = present("h1", 48, PASSENGERS, "passengers and crew", "the airline");

    @Test
    void moreReleasedThanWereAboardIsArithmetic() {
        CountClaim released = claim("c1", 53, PASSENGERS, RELEASED).from("the minister", STATE_OFFICIAL).in("doc", 3).build();

        assertThat(concludedBy(RULE, aboard, released)).extracting(d -> ((Inconsistency) d.conclusion()).getKind())
                .containsExactly(ARITHMETIC);
        assertThat(concludedBy(RULE, aboard, released)).extracting(d -> ((Inconsistency) d.conclusion()).getExplanation())
                .containsExactly("53 passengers freed (according to the minister) come to 53, more than the 48"
                        + " passengers and crew present (according to the airline: \"48 passengers and crew on board\").");
    }

    @Test
    void fewerReleasedThanWereAboardIsConsistent() {
        CountClaim released = claim("c1", 40, PASSENGERS, RELEASED).from("the minister", STATE_OFFICIAL).in("doc", 3).build();

        assertThat(rulesFiredOn(aboard, released)).doesNotContain(RULE);
    }

    @Test
    void distinctFatesOfThePeopleAboardAddUp() {
        // "a minibus with 14 people on board" ... "five were killed" ... "12 passengers escaped"
        Headcount minibus = present("h1", 14, PEOPLE, "people", null);
        CountClaim killed = claim("c1", 5, PEOPLE, KILLED).part().in("doc", 1).build();
        CountClaim escaped = claim("c2", 12, PASSENGERS, ESCAPED).in("doc", 1).build();

        assertThat(rulesFiredOn(minibus, killed, escaped)).contains(RULE);
        assertThat(rulesFiredOn(present("h1", 20, PEOPLE, "people", null), killed, escaped)).doesNotContain(RULE);
    }

    @Test
    void aFloorAboveTheHeadcountExceedsItButACeilingDoesNot() {
        CountClaim atLeast = claim("c1", 53, PASSENGERS, RELEASED).atLeast().in("doc", 3).build();
        CountClaim upTo = claim("c2", 53, PASSENGERS, RELEASED).in("doc", 3).build();
        CountClaim upToOnly = new CountClaim("c2", "doc", null, null, 53, false, PASSENGERS, RELEASED, Source.unknown(),
                Stance.REPORTED, java.util.List.of(), false, upTo.evidence());

        assertThat(rulesFiredOn(aboard, atLeast)).contains(RULE);
        assertThat(rulesFiredOn(aboard, upToOnly)).doesNotContain(RULE);
    }

    @Test
    void soldiersKilledMayComeFromElsewhere() {
        // "a bus carrying 30 people" ... "40 soldiers were killed in the fighting"
        Headcount bus = present("h1", 30, PEOPLE, "people", null);
        CountClaim soldiers = claim("c1", 40, SECURITY_FORCES, KILLED).in("doc", 2).build();

        assertThat(rulesFiredOn(bus, soldiers)).doesNotContain(RULE);
    }

    @Test
    void theWholeOfAPartitiveIsNotExceededByALargerFigureOfTheTaken() {
        // "121 of the 129 girls have been found" ... "more than 200 girls had been abducted": a count conflict
        Headcount whole = headcount("h1", 129, 129, CHILDREN, "girls", true, null);
        CountClaim taken = claim("c1", 200, CHILDREN, TAKEN).atLeast().in("doc", 4).build();
        CountClaim killed = claim("c2", 130, CHILDREN, KILLED).in("doc", 4).build();

        assertThat(rulesFiredOn(whole, taken)).doesNotContain(RULE);
        assertThat(rulesFiredOn(whole, killed)).contains(RULE);
    }

    @Test
    void twoGroupsPresentCountTogether() {
        // "a bus carrying 30 people and a minibus carrying 12 people" ... "35 people were abducted"
        CountClaim taken = claim("c1", 35, PEOPLE, TAKEN).in("doc", 2).build();

        assertThat(rulesFiredOn(present("h1", 30, PEOPLE, "people", null), present("h2", 12, PEOPLE, "people", null),
                taken)).doesNotContain(RULE);
        assertThat(rulesFiredOn(present("h1", 30, PEOPLE, "people", null), taken)).contains(RULE);
    }

    @Test
    void thoseHeldAboardInTheHeadcountsOwnWordsAreTheGroupNotAPartStillHeld() {
        // "pirates seized a trawler with 11 Somali fishermen" ... "the 11 fishermen were let go": the held figure
        // is the headcount itself (a single nationality makes it a part), not some still held besides those freed
        Headcount trawler = new Headcount("h1", "doc", 11, 11, 11, false, Subject.WORKERS, "Somali fishermen", false,
                Source.unknown(), Stance.REPORTED, at("doc", 0, 30, "11 Somali fishermen"));
        CountClaim aboard = claim("c1", 11, Subject.WORKERS, HELD).part().in("doc", 0).at(30).worded("11 Somali fishermen").build();
        CountClaim freed = claim("c2", 11, Subject.WORKERS, RELEASED).in("doc", 2).build();
        // near miss: "two fishermen are still held", told in a sentence of its own, is a part besides the freed
        CountClaim stillHeld = claim("c3", 2, Subject.WORKERS, HELD).part().in("doc", 3).build();

        assertThat(rulesFiredOn(trawler, aboard, freed)).doesNotContain(RULE);
        assertThat(rulesFiredOn(trawler, aboard, freed, stillHeld)).contains(RULE);
    }
}
