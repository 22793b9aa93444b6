package org.incidentclassifier.ruletools;

/** How an expected value in a test case is compared with the verdict's value. */
public enum FieldType {
    /** One of a fixed set of upper-case names (an enumeration of the fact model); case is ignored. */
    ENUM,
    /** A whole number, compared as a number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** A name, equal ignoring case ("militants", "aqim", "Nairobi"). */
    NAME,
    /** Words the verdict's text must contain, ignoring case (quoted evidence, an explanation). */
    TEXT,
    /** A rule's {@code @id}, exactly. */
    RULE
}
