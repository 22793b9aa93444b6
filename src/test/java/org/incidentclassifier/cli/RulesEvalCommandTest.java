package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules eval}: scores against gold files, per file and overall, with misses and extras. */
class RulesEvalCommandTest {
    @TempDir
    Path temp;
    Path corpus;
    Path gold;

    @BeforeEach
    void aCorpusOfTwoReports() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        gold = Files.createDirectories(temp.resolve("gold"));
        Files.writeString(corpus.resolve("hotel.txt"), "Gunmen killed 12 people in an attack on a hotel, police said.\n");
        Files.writeString(corpus.resolve("review.txt"), "The director's new thriller follows a gang that hijacked a"
                + " train. The film has a strong cast, a sharp screenplay and a tight runtime.\n");
        Files.writeString(gold.resolve("hotel.yaml"), """
                incident: true
                types: [ARMED_ASSAULT, SECURITY_FORCE_OPERATION]
                claims:
                  - { status: KILLED, value: 12 }
                  - { status: INJURED, value: 4 }
                """);
        Files.writeString(gold.resolve("review.yaml"), "note: a control\nincident: false\n");
    }

    @Test
    void scoresEachFileAndTheWholeCorpus() {
        CliRun run = CliRun.of("rules", "eval", "--rules", "rules", "--gold", gold.toString(), corpus.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                rules eval: 2 documents against the gold files in %1$s

                == hotel (%2$s/hotel.txt)
                                                       tp   fp   fn      P      R     F1
                  incident                              1    0    0   1.00   1.00   1.00
                  types                                 1    0    1   1.00   0.50   0.67
                  primary type                          1    0    0   1.00   1.00   1.00
                  claims (status + number)              1    0    1   1.00   0.50   0.67
                  affiliations                          0    0    0      -      -      -
                  inconsistency kinds                   0    0    0      -      -      -
                  missed: type SECURITY_FORCE_OPERATION, claim INJURED 4

                == review (%2$s/review.txt)
                                                       tp   fp   fn      P      R     F1
                  incident                              0    0    0      -      -      -
                  types                                 0    0    0      -      -      -
                  primary type                          0    0    0      -      -      -
                  claims (status + number)              0    0    0      -      -      -
                  affiliations                          0    0    0      -      -      -
                  inconsistency kinds                   0    0    0      -      -      -

                == overall: 2 documents
                                                       tp   fp   fn      P      R     F1
                  incident                              1    0    0   1.00   1.00   1.00
                  types                                 1    0    1   1.00   0.50   0.67
                    ARMED_ASSAULT                       1    0    0   1.00   1.00   1.00
                    SECURITY_FORCE_OPERATION            0    0    1      -   0.00      -
                  primary type                          1    0    0   1.00   1.00   1.00
                  claims (status + number)              1    0    1   1.00   0.50   0.67
                  affiliations                          0    0    0      -      -      -
                  inconsistency kinds                   0    0    0      -      -      -
                """.formatted(gold, corpus));
    }

    @Test
    void extrasAreListedAndLowerThePrecision() throws IOException {
        Files.writeString(gold.resolve("hotel.yaml"), "incident: true\ntypes: [BOMBING_EXPLOSION]\n");
        Files.writeString(gold.resolve("review.yaml"), "incident: true\ntypes: [HIJACKING]\n");

        CliRun run = CliRun.of("rules", "eval", "--rules", "rules", "--gold", gold.toString(), corpus.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).contains(
                "  missed: type BOMBING_EXPLOSION, primary type BOMBING_EXPLOSION",
                "  extra: type ARMED_ASSAULT, primary type ARMED_ASSAULT, claim KILLED 12",
                "  missed: an incident, type HIJACKING, primary type HIJACKING",
                "  incident                              1    0    1   1.00   0.50   0.67",
                "  types                                 0    1    2   0.00   0.00   0.00",
                "  primary type                          0    1    2   0.00   0.00   0.00");
    }

    @Test
    void theCorpusDefaultsToTheTextsBesideTheGoldFiles() throws IOException {
        Files.copy(corpus.resolve("hotel.txt"), gold.resolve("hotel.txt"));

        CliRun run = CliRun.of("rules", "eval", "--rules", "rules", "--gold", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).element(2).isEqualTo("== hotel (" + gold + "/hotel.txt)");
        assertThat(run.outLines()).contains("== overall: 1 document");
    }

    @Test
    void malformedAndMissingGoldFilesAreLocatedAndExitWithSeven() throws IOException {
        Files.writeString(gold.resolve("hotel.yaml"), """
                incident: yes
                types: [ARMED_ASSAULTS]
                claims:
                  - { status: KILLED, number: 12 }
                """);
        Files.delete(gold.resolve("review.yaml"));

        CliRun run = CliRun.of("rules", "eval", "--rules", "rules", "--gold", gold.toString(), corpus.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.GOLD_INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "incident: the gold files in " + gold + " have 4 problem(s)",
                gold.resolve("hotel.yaml") + ":2:9: unknown type 'ARMED_ASSAULTS'; one of [HOSTAGE_TAKING_BARRICADE,"
                        + " HOSTAGE_TAKING_KIDNAPPING, ARMED_ASSAULT, BOMBING_EXPLOSION, ASSASSINATION, HIJACKING,"
                        + " FACILITY_INFRASTRUCTURE_ATTACK, UNARMED_ASSAULT, SECURITY_FORCE_OPERATION]; did you mean"
                        + " ARMED_ASSAULT?",
                gold.resolve("hotel.yaml") + ":4:23: unknown field 'number' in a claim; one of status, value",
                gold.resolve("hotel.yaml") + ":4:5: a claim needs value:",
                gold.resolve("review.yaml") + ":0:0: no gold file for " + corpus.resolve("review.txt")
                        + " (each document needs <gold>/<file name without .txt>.yaml)");
    }

    @Test
    void aGoldDirectoryThatDoesNotExistIsOneLine() {
        CliRun run = CliRun.of("rules", "eval", "--gold", temp.resolve("nope").toString(), corpus.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.GOLD_INVALID);
        assertThat(run.errLines()).containsExactly("incident: " + temp.resolve("nope") + ": gold directory not found");
    }
}
