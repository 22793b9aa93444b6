package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's fact model and case format are the code's: docs/RULES.md holds exactly what FactModel and
 * CaseFormat write, every member has its meaning written down, and every type of the facts package is covered.
 * When a test here fails after a change to the fact model, add the meanings to
 * src/main/resources/ruletools/fact-model.properties and paste target/generated-docs/*.md into the guide.
 */
class FactModelTest {
    private static final Path GUIDE = Path.of("docs/RULES.md");

    @Test
    void everyFieldAndHelperHasItsMeaningWrittenDownAndNoMeaningIsLeftOver() {
        FactModel model = new FactModel();
        model.markdown();

        assertThat(model.missingMeanings()).as("members without a line in fact-model.properties").isEmpty();
        assertThat(model.unusedMeanings()).as("lines in fact-model.properties naming nothing").isEmpty();
    }

    @Test
    void theGuidesFactModelIsTheOneTheCodeWrites() throws IOException {
        String generated = new FactModel().markdown();
        write("fact-model.md", generated);

        assertThat(section("fact-model")).isEqualTo(generated);
    }

    @Test
    void theGuidesCaseFormatIsTheOneTheCaseReaderReads() throws IOException {
        String generated = CaseFormat.markdown();
        write("case-format.md", generated);

        assertThat(section("case-format")).isEqualTo(generated);
    }

    @Test
    void everyTypeOfTheFactsPackageIsInTheModel() throws IOException {
        List<String> modelled = new ArrayList<>();
        Stream.of(FactModel.factTypes(), FactModel.valueTypes(), FactModel.conclusionTypes(),
                FactModel.backgroundTypes(), FactModel.enumerations()).forEach(types -> types.forEach(t -> modelled.add(t.getSimpleName())));
        List<String> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/incidentclassifier/facts"))) {
            sources = files.map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(n -> !n.equals("package-info")).toList();
        }

        // DocumentFacts is the container the fact types come from; Evidenced is an interface facts implement;
        // FigureWording is the package's own wording of figures, which rules reach through the facts' figure().
        assertThat(modelled).containsExactlyInAnyOrderElementsOf(sources.stream()
                .filter(n -> !n.equals("DocumentFacts") && !n.equals("Evidenced") && !n.equals("FigureWording"))
                .toList());
    }

    @Test
    void theFactModelListsTheShippedFactTypesAndTheirFields() {
        String md = new FactModel().markdown();

        assertThat(FactModel.factTypes()).extracting(Class::getSimpleName)
                .containsExactly("Document", "CountClaim", "ActorMention", "AliasClaim", "AffiliationClaim",
                        "KnownAffiliation", "Trigger", "PlaceMention", "Facility", "Statement", "ReportFrame", "EventDate",
                        "AttackerCount", "Headcount");
        assertThat(FactModel.valueTypes()).extracting(Class::getSimpleName)
                .containsExactly("Source", "NationalityCount", "Evidence");
        assertThat(md).contains("| `factual` | true or false | True when neither negated nor hypothetical: the text"
                + " reports that it happened. |\n");
        assertThat(md).contains("| `lowerBound()` | whole number | The fewest people the claim allows, 0 when the"
                + " text gives no lower bound. |\n");
        assertThat(md).contains("Insert with `new Inconsistency(InconsistencyKind, Severity, String, String)`.\n");
    }

    /** The text between the guide's BEGIN and END markers of a generated section. */
    static String section(String name) throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int begin = guide.indexOf("<!-- BEGIN " + name);
        int end = guide.indexOf("<!-- END " + name + " -->");
        assertThat(begin).as("BEGIN marker of " + name + " in " + GUIDE).isNotNegative();
        assertThat(end).as("END marker of " + name + " in " + GUIDE).isGreaterThan(begin);
        return guide.substring(guide.indexOf('\n', begin) + 1, end);
    }

    private static void write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/generated-docs"));
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
