package org.incidentclassifier.facts;

/**
 * Something a party demands or threatens, or says about itself: "demanded an end to France's military
 * operation", "We will kill all the hostages if ...", "treated well". {@code kind} is DEMAND, THREAT or
 * TREATMENT (a captive describing how they are treated); {@code speaker} is who says it.
 */
public record Statement(String document, StatementKind kind, Source speaker, String text, Evidence evidence)
        implements Evidenced {
}
