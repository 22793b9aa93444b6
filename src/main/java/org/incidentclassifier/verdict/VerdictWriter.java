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

    /**
     * Writes the verdict straight to {@code out} (left open), so that a batch's verdict is never held as one
     * string beside the objects it is made of.
     */
    public void write(Object verdict, java.io.Writer out) throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
        writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, verdict);
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
