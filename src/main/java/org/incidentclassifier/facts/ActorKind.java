package org.incidentclassifier.facts;

/** What an actor is. */
public enum ActorKind {
    ARMED_GROUP, STATE_FORCE, GOVERNMENT_BODY, OFFICIAL, COMPANY, MEDIA, PERSON, NATIONALITY_GROUP,
    INTERNATIONAL_ORGANISATION
}
