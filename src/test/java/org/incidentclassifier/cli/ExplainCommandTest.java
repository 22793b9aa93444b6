package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    @TempDir
    Path temp;

    @Test
    void explainsFactsRulesAndConclusionsInWords() throws IOException {
        Path report = Files.writeString(temp.resolve("hotel.txt"),
                "Gunmen killed 12 people in an attack on a hotel, police said.\nThe army surrounded the building.\n");

        CliRun run = CliRun.of("explain", "--rules", "rules", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                == hotel (%s)

                Facts found, by sentence (2 sentences, 2 with facts):
                  sentence 1: Gunmen killed 12 people in an attack on a hotel, police said.
                    trigger ARMED_ATTACK: "Gunmen"
                    claim hotel-c1: 12 PEOPLE KILLED, source police (STATE_OFFICIAL), REPORTED: "killed 12 people"
                    trigger ARMED_ATTACK: "attack"
                    trigger SECURITY_FORCE: "police"
                  sentence 2: The army surrounded the building.
                    trigger SECURITY_FORCE: "army"
                    trigger SIEGE: "surrounded" (lexicon phrase "surround")

                Rules that fired:
                  classify-armed-assault, fired 2 times: A factual armed-attack trigger plus a figure of people killed or injured.
                    on trigger ARMED_ATTACK "Gunmen" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1)
                      concluded ARMED_ASSAULT (confidence 0.7)
                    on trigger ARMED_ATTACK "attack" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1)
                      concluded ARMED_ASSAULT (confidence 0.7)

                Conclusions:
                  incident type ARMED_ASSAULT
                    by classify-armed-assault (confidence 0.7), 2 matches
                    resting on trigger ARMED_ATTACK "Gunmen" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1), trigger ARMED_ATTACK "attack" (sentence 1)

                Withdrawn conclusions:
                  none

                """.formatted(report));
    }

    @Test
    void showsAConclusionWithdrawnWhenItsSupportWentAway() throws IOException {
        // With a low salience, not-an-incident fires last: the hijacking is concluded first, then withdrawn.
        RulesCopy rules = RulesCopy.in(temp).replace("classify/not-an-incident.drl",
                "no casualty or captive figure: no incident.\")\n",
                "no casualty or captive figure: no incident.\")\n    salience -10\n");
        Path review = Files.writeString(temp.resolve("review.txt"), "The director's new thriller follows a gang that"
                + " hijacked a train. The film has a strong cast, a sharp screenplay and a tight runtime.\n");

        CliRun run = CliRun.of("explain", "--rules", rules.toString(), review.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).endsWith("""
                Rules that fired:
                  classify-hijacking, fired 1 time: A factual hijacking trigger.
                    on trigger HIJACKING "hijacked" (sentence 1)
                      concluded HIJACKING (confidence 0.85) (later withdrawn)
                  not-an-incident, fired 1 time: Three or more review/sport/business cues and no casualty or captive figure: no incident.
                    on the computed value 5
                      concluded not an incident: the report reads as a review, a match report or a business story

                Conclusions:
                  not an incident: the report reads as a review, a match report or a business story
                    by not-an-incident
                    resting on the computed value 5
                  (classification rules do not fire while the document is concluded not to be an incident)

                Withdrawn conclusions:
                  HIJACKING (confidence 0.85)
                    concluded by classify-hijacking from trigger HIJACKING "hijacked" (sentence 1),
                    withdrawn once not-an-incident concluded that the document is not an incident

                """);
    }

    @Test
    void aMissingFileIsReportedAndNothingIsExplained() {
        CliRun run = CliRun.of("explain", "--rules", "rules", temp.resolve("nope.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOTHING_CLASSIFIED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("incident: " + temp.resolve("nope.txt")
                + ": no such file or directory");
    }
}
