package org.incidentclassifier.facts;

/** Part of a count broken down by nationality: ISO 3166 alpha-2 country code (or FOREIGN / LOCAL when only that is said) and how many; value null when the text gives no number. */
public record NationalityCount(String country, Integer value) {}
