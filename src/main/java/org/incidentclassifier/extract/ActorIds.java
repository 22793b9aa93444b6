package org.incidentclassifier.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Canonical ids for actors the lexicon does not know: a slug of the name, so spellings that differ only in case, accents or hyphens meet. */
final class ActorIds {
    private ActorIds() {
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['\u2019\"\u201c\u201d]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
