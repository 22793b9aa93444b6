package org.incidentclassifier.ingest;

import java.util.HashSet;
import java.util.Set;

/** Hands out document ids unique within one batch: {@code x}, then {@code x-2}, {@code x-3}... */
final class IdAllocator {

    private final Set<String> used = new HashSet<>();

    String allocate(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The id a file name gives: the name without its extension ({@code a.b.txt} gives {@code a.b}). */
    static String baseOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
