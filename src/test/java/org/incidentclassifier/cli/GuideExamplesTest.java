package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of docs/RULES.md, taken from the markdown and applied to a copy of the rules, pass
 * {@code rules check} and {@code rules test}: the guide cannot rot. An example is a fenced block after a
 * comment {@code <!-- example: append|create PATH -->}; an expected output after
 * {@code <!-- example-output: ... -->}.
 */
class GuideExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example: (append|create) (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile(
            "<!-- example-output: rules test with (\\S+) and without the edit to (\\S+) -->\\n```text\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path temp;

    record Example(String action, String path, String text) {}

    private static String guide() throws IOException {
        return Files.readString(Path.of("docs/RULES.md"), StandardCharsets.UTF_8);
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(guide());
        while (m.find()) {
            examples.add(new Example(m.group(1), m.group(2), m.group(3)));
        }
        return examples;
    }

    private static void apply(RulesCopy rules, Example example) {
        if (example.action().equals("append")) {
            rules.append(example.path(), example.text());
        } else {
            rules.write(example.path(), example.text());
        }
    }

    @Test
    void theGuideHasAnExampleForEachThingAnAnalystAdds() throws IOException {
        assertThat(examples()).extracting(e -> e.action() + " " + e.path()).containsExactly(
                "append lexicon/actors.csv", "create tests/dunes-brigade.yaml",
                "append lexicon/triggers.csv", "create tests/ambush.yaml",
                "append lexicon/outlets.csv", "create tests/desert-wire.yaml",
                "create consistency/unconfirmed-toll.drl", "create tests/unconfirmed-toll.yaml");
    }

    @Test
    void everyExampleAppliedToACopyOfTheRulesPassesCheckAndTest() throws IOException {
        RulesCopy rules = RulesCopy.in(temp);
        examples().forEach(e -> apply(rules, e));

        CliRun check = CliRun.of("rules", "check", "--rules", rules.toString());
        CliRun test = CliRun.of("rules", "test", "-v", "--rules", rules.toString());

        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.OK);
        assertThat(check.outLines()).last().asString().contains(": 0 errors, ");
        for (Example e : examples()) {
            assertThat(check.outLines()).as("warnings about " + e.path())
                    .noneMatch(l -> l.startsWith(rules.file(e.path()).toString()));
        }
        assertThat(check.outLines()).as("warnings about the example rule")
                .noneMatch(l -> l.contains("consistency-unconfirmed-toll-contradicted"));
        assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitCodes.OK);
        for (String file : List.of("dunes-brigade", "ambush", "desert-wire", "unconfirmed-toll")) {
            assertThat(test.outLines()).filteredOn(l -> l.contains("/tests/" + file + ".yaml:")).hasSize(2)
                    .allMatch(l -> l.startsWith("ok   "));
        }
    }

    @Test
    void theFailureTheGuideShowsBeforeAnEditIsTheOneRulesTestPrints() throws IOException {
        Matcher output = OUTPUT.matcher(guide());
        assertThat(output.find()).as("an example-output block in docs/RULES.md").isTrue();
        String caseFile = output.group(1);
        String withheld = output.group(2);
        RulesCopy rules = RulesCopy.in(temp);
        examples().stream().filter(e -> !e.path().equals(withheld)).forEach(e -> apply(rules, e));

        CliRun test = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(test.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(test.out().replace(rules.toString(), "rules")).contains(output.group(3));
        assertThat(output.group(3)).startsWith("FAIL rules/" + caseFile + ":");
    }
}
