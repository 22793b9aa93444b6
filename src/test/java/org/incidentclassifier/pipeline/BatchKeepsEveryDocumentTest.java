package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch never loses a document: each input yields a document entry or an error record, and the batch goes on. */
class BatchKeepsEveryDocumentTest {
    @TempDir
    Path temp;

    @Test
    void oddTextsBetweenOrdinaryReportsLeaveEveryReportAccountedFor() throws IOException {
        List<String> texts = List.of(
                "Gunmen killed four guards at a checkpoint on Monday, police said.",
                "Call the helpline on 08001234567 or send 2147483648 dollars, the advert said.",
                "x ".repeat(20_000),
                "\u0000\u0001 binary-looking control characters \u0002 and 99999999999999999999 things",
                "Kidnappers abducted two engineers from a road-building site, officials said.");
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            inputs.add(Files.writeString(temp.resolve("report-" + i + ".txt"), texts.get(i)).toString());
        }

        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(inputs, null), true);

        List<String> accounted = new ArrayList<>();
        verdict.documents().forEach(d -> accounted.add(d.path()));
        verdict.errors().forEach(e -> accounted.add(e.path()));
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(inputs);
        assertThat(verdict.documents()).extracting(Verdict.DocumentEntry::path)
                .contains(inputs.get(0), inputs.get(4));
    }
}
