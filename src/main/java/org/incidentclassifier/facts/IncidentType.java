package org.incidentclassifier.facts;

/** Incident types, aligned with the Global Terrorism Database attack types plus security-force operations. */
public enum IncidentType {
    HOSTAGE_TAKING_BARRICADE, HOSTAGE_TAKING_KIDNAPPING, ARMED_ASSAULT, BOMBING_EXPLOSION, ASSASSINATION,
    HIJACKING, FACILITY_INFRASTRUCTURE_ATTACK, UNARMED_ASSAULT, SECURITY_FORCE_OPERATION
}
