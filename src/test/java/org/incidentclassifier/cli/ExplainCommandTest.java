package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}, over rules the tests write (or pick) themselves so that the reasoning shown is known exactly. */
class ExplainCommandTest {
    private static final String ASSAULT = """
            package classify;

            import org.incidentclassifier.facts.*;

            // An attack in which people were killed or hurt.
            rule "An attack that kills or injures is an armed assault"
                @id("classify-armed-assault")
                @description("A factual armed-attack trigger plus a figure of people killed or injured.")
            when
                not NotAnIncident()
                $t : Trigger( kind in (TriggerKind.ARMED_ATTACK, TriggerKind.ATTACKER), factual )
                $c : CountClaim( status in (ClaimStatus.KILLED, ClaimStatus.INJURED) )
            then
                insertLogical(new Classification(IncidentType.ARMED_ASSAULT, 0.7));
            end
            """;
    private static final String HIJACKING = """
            package classify;

            import org.incidentclassifier.facts.*;

            // A seized aircraft, ship or vehicle.
            rule "A seized aircraft, ship or vehicle is a hijacking"
                @id("classify-hijacking")
                @description("A factual hijacking trigger.")
            when
                not NotAnIncident()
                $t : Trigger( kind == TriggerKind.HIJACKING, factual )
            then
                insertLogical(new Classification(IncidentType.HIJACKING, 0.85));
            end
            """;

    @TempDir
    Path temp;

    @Test
    void explainsFactsRulesAndConclusionsInWords() throws IOException {
        RulesCopy rules = RulesCopy.in(temp).withoutRules().write("classify/assault.drl", ASSAULT);
        Path report = Files.writeString(temp.resolve("hotel.txt"),
                "Gunmen opened fire in an attack on a hotel that killed 12 people, police said.\nThe army surrounded the"
                        + " building.\n");

        CliRun run = CliRun.of("explain", "--rules", rules.toString(), report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("== hotel (" + report + ")\n\nFacts found, by sentence (2 sentences, 2 with"
                + " facts):\n  sentence 1: Gunmen opened fire in an attack on a hotel that killed 12 people, police said.\n");
        assertThat(run.outLines()).contains(
                "    trigger ATTACKER: \"Gunmen\"",
                "    claim hotel-c1: 12 PEOPLE KILLED, source police (STATE_OFFICIAL), REPORTED: \"killed 12 people\"",
                "    trigger ARMED_ATTACK: \"attack\"",
                "  sentence 2: The army surrounded the building.");
        assertThat(run.out()).endsWith("""
                Rules that fired:
                  classify-armed-assault, fired 2 times: A factual armed-attack trigger plus a figure of people killed or injured.
                    because there was no NotAnIncident()
                    on trigger ATTACKER "Gunmen" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1)
                      concluded ARMED_ASSAULT (confidence 0.7)
                    on trigger ARMED_ATTACK "attack" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1)
                      concluded ARMED_ASSAULT (confidence 0.7)

                Conclusions:
                  incident type ARMED_ASSAULT
                    by classify-armed-assault (confidence 0.7), 2 matches
                    resting on trigger ATTACKER "Gunmen" (sentence 1), trigger ARMED_ATTACK "attack" (sentence 1), claim hotel-c1 "killed 12 people" (sentence 1)

                Withdrawn conclusions:
                  none

                """);
    }

    @Test
    void showsAConclusionWithdrawnWhenItsSupportWentAway() throws IOException {
        // The shipped not-an-incident rule, made to fire last: the hijacking is concluded first, then withdrawn.
        RulesCopy rules = RulesCopy.in(temp);
        String notAnIncident = Files.readString(rules.file("classify/not-an-incident.drl"));
        rules.withoutRules().write("classify/hijacking.drl", HIJACKING).write("classify/not-an-incident.drl",
                notAnIncident.replaceFirst("(@description\\(\"[^\n]*\\)\n)", "$1    salience -10\n"));
        Path review = Files.writeString(temp.resolve("review.txt"), "The director's new thriller follows a gang that"
                + " hijacked a train. The film has a strong cast, a sharp screenplay and a tight runtime.\n");

        CliRun run = CliRun.of("explain", "--rules", rules.toString(), review.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("""
                Rules that fired:
                  classify-hijacking, fired 1 time: A factual hijacking trigger.
                    because there was no NotAnIncident()
                    on trigger HIJACKING "hijacked" (sentence 1)
                      concluded HIJACKING (confidence 0.85) (later withdrawn)
                """);
        assertThat(run.out()).endsWith("""
                Withdrawn conclusions:
                  HIJACKING (confidence 0.85)
                    concluded by classify-hijacking from trigger HIJACKING "hijacked" (sentence 1),
                    withdrawn once not-an-incident concluded that the document is not an incident

                """);
        assertThat(run.outLines()).contains("  (classification rules do not fire while the document is concluded"
                + " not to be an incident)");
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
