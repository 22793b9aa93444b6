package org.incidentclassifier.export;

import java.util.function.Function;

/** One column of an export: its header and how its cell is read from an incident (null: an empty cell). */
record Column(String name, Function<IncidentFacts, Object> value) {}
