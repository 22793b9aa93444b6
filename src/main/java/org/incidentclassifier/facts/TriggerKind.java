package org.incidentclassifier.facts;

/**
 * The kind of event a trigger word points to; the trigger lexicon maps words to these. {@code TARGETING}
 * ("targeting", "aimed at") names whom an attack was meant for, not an event. {@code FIGURE_HARMED} comes
 * from no lexicon word: it is a public figure read as the one shot, killed or attacked (the subject of
 * "was shot dead", the object of "gunmen killed"), its evidence running from the figure to the verb. {@code RELEASE} ("freed",
 * "released", "handed over") is a release of people: the extractor keeps it only when people are released, not a
 * statement or a video. {@code ATTACKER_STOPPED} ("police shot the gunman dead", "was killed by security forces",
 * "troops captured two of the assailants") is a state force shooting, killing or capturing someone during the
 * event: its phrases name the force themselves. {@code BOARDING} ("boarded an oil tanker") is a vessel boarded,
 * which inspectors and passengers do too: a hijacking only with the vessel sailed off or its people taken.
 */
public enum TriggerKind {
    HOSTAGE_TAKING, KIDNAPPING, SIEGE, ARMED_ATTACK, UNARMED_ATTACK, BOMBING, AIRSTRIKE, SECURITY_OPERATION, SECURITY_FORCE,
    HIJACKING, ASSASSINATION, SABOTAGE, FACILITY, DEMAND, RESPONSIBILITY, MEDIATION, WEAPON_ATTACK, KILLING,
    EXPLOSIVE_WEAPON, VEHICLE_RAMMING, ARSON, INFRASTRUCTURE, PUBLIC_FIGURE, STATE_OPERATION,
    TARGETED_KILLING, ATTACKER, TARGETING, FIGURE_HARMED, RELEASE, ATTACKER_STOPPED, BOARDING
}
