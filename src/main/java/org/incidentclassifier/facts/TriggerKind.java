package org.incidentclassifier.facts;

/** The kind of event a trigger word points to; the trigger lexicon maps words to these. */
public enum TriggerKind {
    HOSTAGE_TAKING, KIDNAPPING, SIEGE, ARMED_ATTACK, UNARMED_ATTACK, BOMBING, AIRSTRIKE, SECURITY_OPERATION, SECURITY_FORCE,
    HIJACKING, ASSASSINATION, SABOTAGE, FACILITY, DEMAND, RESPONSIBILITY, MEDIATION, NON_INCIDENT_CUE
}
