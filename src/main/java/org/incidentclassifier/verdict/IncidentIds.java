package org.incidentclassifier.verdict;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An incident's id, made from what the incident is rather than from when it was written: {@code incident-} and
 * the first 12 hex digits of the SHA-256 of its report ids, sorted, each ended by a line feed. The CLI's batch
 * verdict, its JSON Lines stream (which writes incidents as they close) and the Spark job (which writes them from
 * whichever executor reasoned over them) therefore give one incident the same id, and a report's incident can be
 * looked up across runs of the same reports. A report belongs to one incident, so two incidents of one verdict
 * never share their reports; 48 bits keep an accidental clash unlikely below millions of incidents.
 */
public final class IncidentIds {
    private static final int HEX_DIGITS = 12;

    private IncidentIds() {
    }

    /** The id of the incident the reports with these ids make up (in any order). */
    public static String of(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one report");
        }
        StringBuilder text = new StringBuilder();
        documentIds.stream().sorted().forEach(id -> text.append(id).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "incident-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
