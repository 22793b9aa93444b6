package org.incidentclassifier.ruletools;

/** One report a test case classifies: the document id it gets and its text. */
record CaseDocument(String id, String text) {}
