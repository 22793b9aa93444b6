package org.incidentclassifier.facts;

/** How a date was read from the text; the verdict names it so an analyst can weigh the date. */
public enum DateBasis {
    /** The report's own place-and-date line ("KANO, March 4 (Wire) -"): the day the report was filed, not the event's. */
    DATELINE,
    /** A full calendar date in the text: "on 16 January 2013", "January 16, 2013", "2013-01-16". */
    FULL_DATE,
    /** A day and month without a year ("on January 16"), the year taken from the report's date. */
    DAY_AND_MONTH,
    /** A month and year only ("in January 2013"): a range of the whole month. */
    MONTH,
    /** A day of the week ("on Thursday", "early Wednesday"): the latest such day on or before the report's date. */
    WEEKDAY,
    /** A day word ("yesterday", "last night", "today", "this morning") counted from the report's date. */
    DAY_WORD
}
