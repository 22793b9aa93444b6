package org.incidentclassifier.facts;

/** The part an actor plays in an incident. */
public enum Role {
    PERPETRATOR, HOSTAGE, VICTIM, RESPONDER, GOVERNMENT, MEDIATOR, FACILITY_OPERATOR, SOURCE
}
