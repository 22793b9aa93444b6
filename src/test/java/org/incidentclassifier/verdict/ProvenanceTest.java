package org.incidentclassifier.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.incidentclassifier.ruleset.RuleFiles;
import org.junit.jupiter.api.Test;

/** The verdict's provenance: which rules, by their content's digest, and where they came from. */
class ProvenanceTest {
    private static final Map<String, String> FILES = Map.of("lexicon/x.csv", "name\n\u00c9ire\n", "a.drl", "rule A");

    @Test
    void aDirectoryIsNamedWithTheDigestOfItsFilesInPathOrder() {
        Verdict.Provenance p = Verdict.Provenance.of(new RuleFiles("my-rules", FILES));

        assertThat(p.tool()).isEqualTo("incident-classifier");
        assertThat(p.rules()).isEqualTo(new Verdict.RulesEntry("directory", "my-rules",
                "sha256:0ef8b6c5ca381ce88ff8f5c0360700a823b1a3e30e91ee3b5ff7862987bf4deb", 2));
    }

    @Test
    void anEditChangesTheDigestAndTheBuiltInRulesHaveNoPath() {
        Verdict.Provenance p = Verdict.Provenance.of(new RuleFiles("built-in rules",
                Map.of("lexicon/x.csv", "name\n\u00c9ire\n", "a.drl", "rule B")));

        assertThat(p.rules()).isEqualTo(new Verdict.RulesEntry("built-in", null,
                "sha256:39a26dc91e45d344e8c92215d49f5465eefb6b9e9582680763936abc572707e9", 2));
    }
}
