package org.incidentclassifier.extract;

import java.util.Map;
import java.util.Set;

/** English number words and the words around numbers that change what they mean. General English, not domain data. */
final class NumberWords {
    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12), Map.entry("couple", 2), Map.entry("pair", 2));

    /** No figure about people is larger than this (about the world's population); larger numbers are not counts. */
    static final long MOST_PEOPLE = 9_000_000_000L > Integer.MAX_VALUE ? Integer.MAX_VALUE : 9_000_000_000L;

    static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);

    /** Plural vague quantities and the least they can mean ("dozens" is at least 24). */
    static final Map<String, Integer> VAGUE_PLURALS = Map.of("dozens", 24, "scores", 40, "hundreds", 200,
            "thousands", 2000);

    /** Vague quantities with no lower bound worth stating. */
    static final Set<String> VAGUE = Set.of("several", "many", "numerous", "few");

    /** Words after a number that make it a measure, an age, a time or money, never a count of people. */
    static final Set<String> NOT_PEOPLE_UNITS = Set.of("year", "years", "year-old", "years-old", "old", "mile",
            "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter",
            "meters", "m", "ft", "feet", "foot", "yard", "yards", "%", "percent", "per", "pm", "am", "a.m.",
            "p.m.", "o'clock", "hour", "hours", "minute", "minutes", "min", "second", "seconds", "day", "days",
            "week", "weeks", "month", "months", "decade", "decades", "century", "barrel", "barrels", "litre",
            "litres", "liter", "liters", "ton", "tons", "tonne", "tonnes", "dollar", "dollars", "cent", "cents",
            "euro", "euros", "pound", "pounds", "billion", "bn", "kg", "st", "nd", "rd", "th", "gmt", "bst",
            "times", "mph", "points", "point", "goals", "tries", "try", "phases");

    /** Animals and things after a number: "40 sheep were killed", "killed 200 cattle" count no people. */
    static final Set<String> NOT_PEOPLE_THINGS = Set.of("sheep", "goat", "goats", "cattle", "cow", "cows", "camel",
            "camels", "donkey", "donkeys", "horse", "horses", "livestock", "animals", "animal", "dogs", "pigs",
            "chickens", "head", "vehicles", "cars", "trucks", "houses", "homes", "huts", "shops", "buildings");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar",
            "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
            "oct", "oct.", "nov", "nov.", "dec", "dec.");

    static final Set<String> CURRENCY = Set.of("$", "€", "£", "us$", "usd", "eur", "gbp", "¥", "n", "rs");

    private NumberWords() {
    }
}
