package org.incidentclassifier.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Real verdicts validate against docs/verdict.schema.json, and the schema rejects what it should. */
class VerdictSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/verdict.schema.json")));
    }

    private static JsonNode verdictOf(String... inputs) throws IOException {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(inputs), null));
        return JSON.readTree(new VerdictWriter(false).write(verdict));
    }

    @Test
    void theSeedsTheTeamsReportsAndAMissingFileTogetherValidate() throws IOException {
        Set<ValidationMessage> problems = schema().validate(verdictOf("seeds", "src/test/resources/corpus/unseen",
                "missing.txt"));

        assertThat(problems).isEmpty();
    }

    @Test
    void theSeedsAndTheDevCorpusTogetherValidate() throws IOException {
        String corpus = org.incidentclassifier.pipeline.DevCorpus.reports().toString();

        assertThat(schema().validate(verdictOf("seeds", corpus))).isEmpty();
    }

    @Test
    void eachSeedAloneValidates() throws IOException {
        assertThat(schema().validate(verdictOf("seeds/000_802d9e333d9d6a38.txt"))).isEmpty();
        assertThat(schema().validate(verdictOf("seeds/002_19eff492fa99377f.txt"))).isEmpty();
    }

    @Test
    void theSchemaRejectsAnUnknownTypeAndAMissingField() throws IOException {
        JsonNode verdict = verdictOf("seeds/000_802d9e333d9d6a38.txt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) verdict.get("incidents").get(0).get("types").get(0))
                .put("type", "PICNIC");
        ((com.fasterxml.jackson.databind.node.ObjectNode) verdict.get("documents").get(0)).remove("sha256");

        assertThat(schema().validate(verdict)).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .contains("$.incidents[0].types[0].type", "$.documents[0]");
    }
}
