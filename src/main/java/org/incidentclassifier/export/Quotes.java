package org.incidentclassifier.export;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.Evidence;

/** Evidence in one cell or line: each quote with where it stands ("doc#s2 [120,131) 'on Thursday'"). */
final class Quotes {
    private Quotes() {
    }

    static String of(List<Evidence> evidence) {
        return evidence.stream().map(Quotes::one).collect(Collectors.joining("; "));
    }

    /** One quote: document, sentence (counted from 1, as explain counts), character span, and the words. */
    static String one(Evidence e) {
        return e.document() + "#s" + (e.sentence() + 1) + " [" + e.start() + "," + e.end() + ") \""
                + e.text().replace('\n', ' ') + "\"";
    }
}
