package org.incidentclassifier.ruletools;

import java.util.List;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.DocumentFacts;

/**
 * Everything needed to explain one document's verdict: its sentences (as analysed, after repair), the facts
 * extracted, and what the rules made of them; or, when a rule failed, the failure instead of the reasoning.
 */
record Explanation(String document, String path, List<String> sentences, DocumentFacts facts, Reasoning reasoning,
                   String failure) {
    Explanation {
        sentences = List.copyOf(sentences);
    }
}
