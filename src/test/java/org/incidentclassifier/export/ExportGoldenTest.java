package org.incidentclassifier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exports and the briefing of the seeds (read together) and of a team-written report, against golden files
 * reviewed by eye (src/test/resources/export/). After an intended change, regenerate with
 * {@code mvn verify -Dgolden.update=true}, review the diff, and commit it.
 */
class ExportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/export");

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "seeds/, csv-gtd, seeds-gtd.csv",
        "seeds/, csv-acled, seeds-acled.csv",
        "seeds/, md, seeds-briefing.md",
        "seeds/, html, seeds-briefing.html",
        "src/test/resources/export/depot-attack.txt, csv-gtd, depot-attack-gtd.csv",
        "src/test/resources/export/depot-attack.txt, csv-acled, depot-attack-acled.csv",
        "src/test/resources/export/depot-attack.txt, md, depot-attack-briefing.md"})
    void exportMatchesTheReviewedGoldenFile(String input, String format, String golden) throws IOException {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(input), null));
        String written = write(verdict, format);
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }

        assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String write(Verdict verdict, String format) throws IOException {
        StringWriter out = new StringWriter();
        switch (format) {
            case "csv-gtd" -> CsvExport.gtd().write(verdict, out);
            case "csv-acled" -> CsvExport.acled().write(verdict, out);
            case "html" -> out.write(new HtmlBriefing().write(new BriefingReport().content(verdict)));
            default -> out.write(new BriefingReport().write(verdict));
        }
        return out.toString();
    }
}
