package org.incidentclassifier.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes verdicts as JSON with Jackson: compact by default, indented with {@code pretty}. */
public final class VerdictWriter {
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final boolean pretty;

    public VerdictWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public String write(Object verdict) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(verdict)
                    : mapper.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the verdict: " + e.getMessage(), e);
        }
    }
}
