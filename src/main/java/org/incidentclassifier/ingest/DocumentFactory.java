package org.incidentclassifier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Makes documents from raw bytes or in-memory text: decode, repair, record. Thread-safe. */
final class DocumentFactory {

    private final TextDecoder decoder = new TextDecoder();
    private final TextRepairer repairer = new TextRepairer();

    /**
     * The document the bytes hold, or the error that says why they hold none. An id is taken from
     * {@code ids} only for a document, so errors do not push later ids to {@code -2}.
     */
    IngestOutcome fromBytes(String path, String idBase, byte[] bytes, IdAllocator ids) {
        DecodedText decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (RejectedInput e) {
            return e.toError(path);
        }
        return document(ids.allocate(idBase), path, Sha256.hex(bytes), decoded);
    }

    /** A document from text already in memory, taken as its UTF-8 bytes; never rejects. */
    InputDocument fromText(String id, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return document(id, path, Sha256.hex(bytes), new DecodedText(withoutMark, "UTF-8", false));
    }

    private InputDocument document(String id, String path, String sha256, DecodedText decoded) {
        RepairedText repaired = repairer.repair(decoded.text());
        List<Repair> repairs = new ArrayList<>();
        if (decoded.fallback()) {
            repairs.add(Repair.encoding(decoded.encoding()));
        }
        repairs.addAll(repaired.repairs());
        return new InputDocument(id, path, sha256, decoded.encoding(), repaired.original(),
                repaired.text(), repaired.offsets(), repairs);
    }
}
