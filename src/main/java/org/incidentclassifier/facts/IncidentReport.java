package org.incidentclassifier.facts;

/** A document the rules found to report an incident; inserted when reports are grouped into incidents. */
public record IncidentReport(String document) {}
