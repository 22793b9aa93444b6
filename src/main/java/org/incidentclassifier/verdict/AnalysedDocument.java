package org.incidentclassifier.verdict;

import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.InputDocument;

/** One document through the whole pipeline: the input as read, the facts extracted, what the rules concluded. */
public record AnalysedDocument(InputDocument input, DocumentFacts facts, Reasoning reasoning) {}
