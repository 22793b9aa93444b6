package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.SourceGrade;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.StatementKind;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TargetTypeCode;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.nlp.WordStemmer;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleProblem;

/** Reads each lexicon file of a rule set into {@link Lexicons}, collecting problems rather than stopping at the first. */
record LexiconLoader(RuleFiles files, WordStemmer stemmer, Lexicons into, List<RuleProblem> problems) {
    void loadAll() {
        SpellingVariants spellings = spellings();
        for (CsvTable.Row row : rows("countries.csv", "code", "names", "adjectives", "person_singular",
                "person_plural")) {
            country(row);
        }
        List<CsvTable.Row> actorRows = rows("actors.csv", "id", "name", "aliases", "kind", "country", "affiliations");
        actorRows.forEach(this::actor);
        actorRows.forEach(this::knownAffiliations); // once every id is known: targets may come later in the file
        // after every listed spelling: a variant that another actor spells as listed stays that actor's
        for (ActorEntry entry : new java.util.TreeMap<>(into.actorsById).values()) {
            List<String> all = new ArrayList<>(entry.aliases());
            all.add(0, entry.name());
            all.forEach(alias -> spellings.of(alias).forEach(variant -> into.actors.add(variant, entry)));
        }
        for (CsvTable.Row row : rows("outlets.csv", "name", "aliases", "source_kind", "country")) {
            SourceKind kind = enumValue(row, "source_kind", SourceKind.class);
            if (kind != null && countryOk(row)) {
                OutletEntry entry = new OutletEntry(row.get("name"), row.list("aliases"), kind, row.get("country"));
                names(row, into.outlets, entry, OutletEntry::name, entry.name(), entry.aliases());
            }
        }
        for (CsvTable.Row row : rows("places.csv", "name", "aliases", "kind", "country")) {
            PlaceKind kind = enumValue(row, "kind", PlaceKind.class);
            if (kind != null && countryOk(row)) {
                PlaceEntry entry = new PlaceEntry(row.get("name"), row.list("aliases"), kind, row.get("country"));
                names(row, into.places, entry, PlaceEntry::name, entry.name(), entry.aliases());
            }
        }
        phrases("triggers.csv", "kind", TriggerKind.class, into.triggers);
        phrases("statuses.csv", "status", ClaimStatus.class, into.statuses);
        phrases("subjects.csv", "subject", Subject.class, into.subjects);
        phrases("source-words.csv", "source_kind", SourceKind.class, into.sourceWords);
        phrases("stance-words.csv", "stance", Stance.class, into.stanceWords);
        phrases("actor-words.csv", "actor_kind", ActorKind.class, into.actorWords);
        phrases("statements.csv", "kind", StatementKind.class, into.statements);
        phrases("frames.csv", "frame", FrameKind.class, into.frames);
        phrases("captivity.csv", "speaker_kind", SourceKind.class, into.captivity);
        phrases("figure-timing.csv", "timing", FigureTiming.class, into.figureTiming);
        phrases("figure-cues.csv", "cue", FigureCue.class, into.figureCues);
        for (CsvTable.Row row : rows("relations.csv", "phrase", "relation", "shape")) {
            relation(row);
        }
        for (CsvTable.Row row : rows("titles.csv", "phrase", "actor_kind", "source_kind")) {
            ActorKind kind = enumValue(row, "actor_kind", ActorKind.class);
            SourceKind source = enumValue(row, "source_kind", SourceKind.class);
            if (kind != null && source != null) {
                phrase(row, into.titles, new Title(kind, source));
            }
        }
        for (CsvTable.Row row : rows("credibility.csv", "source_kind", "stance", "reliability", "credibility")) {
            grade(row);
        }
        for (CsvTable.Row row : rows("target-types.csv", "type", "code", "label")) {
            if (!row.get("code").matches("\\d+")) {
                problems.add(row.problem("code", "a target type code is a number, got '" + row.get("code") + "'"));
            } else {
                into.targetTypes.put(row.get("type"), new TargetTypeCode(row.get("type"),
                        Integer.parseInt(row.get("code")), row.get("label")));
            }
        }
        for (CsvTable.Row row : rows("facilities.csv", "phrase", "kind", "target_type")) {
            if (row.get("kind").isEmpty() || row.get("target_type").isEmpty()) {
                problems.add(row.problem("kind", "a facility needs a kind and a target type"));
            } else if (!into.targetTypes.containsKey(row.get("target_type"))) {
                problems.add(row.problem("target_type", "unknown target type '" + row.get("target_type")
                        + "' (see lexicon/target-types.csv)" + NearestName.hint(row.get("target_type"),
                        into.targetTypes.keySet())));
            } else {
                phrase(row, into.facilities, new FacilityEntry(row.get("kind"), row.get("target_type")));
            }
        }
    }

    private List<CsvTable.Row> rows(String name, String... columns) {
        String relative = "lexicon/" + name;
        String text = files.files().get(relative);
        if (text == null) {
            problems.add(new RuleProblem(files.displayPath(relative), 0, 0, "lexicon file is missing"));
            return List.of();
        }
        return CsvTable.read(files.displayPath(relative), text, List.of(columns), problems);
    }

    private void country(CsvTable.Row row) {
        String code = row.get("code");
        if (!code.matches("[A-Z]{2}")) {
            problems.add(row.problem("code", "'" + code + "' is not an ISO 3166 alpha-2 code (two capital letters)"));
            return;
        }
        CountryEntry entry = new CountryEntry(code, row.list("names"), row.list("adjectives"),
                row.list("person_singular"), row.list("person_plural"));
        if (entry.names().isEmpty()) {
            problems.add(row.problem("names", "country " + code + " has no name"));
            return;
        }
        into.countries.put(code, entry);
        PlaceEntry place = new PlaceEntry(entry.names().get(0), entry.names(), PlaceKind.COUNTRY, code);
        entry.names().forEach(n -> into.places.add(n, place));
        entry.adjectives().forEach(a -> demonym(a, code, Demonym.Form.ADJECTIVE));
        entry.personSingular().forEach(a -> demonym(a, code, Demonym.Form.PERSON_SINGULAR));
        entry.personPlural().forEach(a -> demonym(a, code, Demonym.Form.PERSON_PLURAL));
    }

    /** One word may serve several forms ("Japanese"); the first country to claim it keeps it. */
    private void demonym(String word, String code, Demonym.Form form) {
        Demonym known = into.demonyms.lookup(word);
        if (known == null) {
            into.demonyms.add(word, new Demonym(code, java.util.Set.of(form)));
        } else if (known.country().equals(code)) {
            into.demonyms.replace(word, known.with(form));
        }
    }

    /** spellings.csv, when the rule set has one (it is optional: without it names match only as listed). */
    private SpellingVariants spellings() {
        List<SpellingVariants.Rule> rules = new ArrayList<>();
        if (files.files().get("lexicon/spellings.csv") == null) {
            return new SpellingVariants(rules);
        }
        for (CsvTable.Row row : rows("spellings.csv", "letters", "variant", "where")) {
            SpellingVariants.Where where = switch (row.get("where")) {
                case "inside" -> SpellingVariants.Where.INSIDE;
                case "word-end" -> SpellingVariants.Where.WORD_END;
                case "word-start" -> SpellingVariants.Where.WORD_START;
                default -> null;
            };
            if (where == null) {
                problems.add(row.problem("where", "where is inside, word-end or word-start, got '" + row.get("where") + "'"));
            } else if (row.get("letters").isEmpty() || row.get("variant").equals(row.get("letters"))) {
                problems.add(row.problem("letters", "a spelling rule needs letters and a different variant"));
            } else {
                rules.add(new SpellingVariants.Rule(row.get("letters").toLowerCase(java.util.Locale.ROOT),
                        row.get("variant").toLowerCase(java.util.Locale.ROOT), where));
            }
        }
        return new SpellingVariants(rules);
    }

    private void actor(CsvTable.Row row) {
        String id = row.get("id");
        ActorKind kind = enumValue(row, "kind", ActorKind.class);
        if (id.isEmpty()) {
            problems.add(row.problem("id", "actor has no id"));
            return;
        }
        if (kind == null || !countryOk(row)) {
            return;
        }
        if (into.actorsById.containsKey(id)) {
            problems.add(row.problem("id", "duplicate actor id '" + id + "'"));
            return;
        }
        ActorEntry entry = new ActorEntry(id, row.get("name"), row.list("aliases"), kind, row.get("country"),
                row.list("affiliations"));
        into.actorsById.put(id, entry);
        names(row, into.actors, entry, ActorEntry::id, entry.name(), entry.aliases());
    }

    /** Each "RELATION:target-id" of a row names a relation the rules know and an actor of the lexicon. */
    private void knownAffiliations(CsvTable.Row row) {
        for (String affiliation : row.list("affiliations")) {
            String[] parts = affiliation.split(":", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                problems.add(row.problem("affiliations", "'" + affiliation + "' is not RELATION:actor-id"));
            } else if (java.util.Arrays.stream(Relation.values()).noneMatch(r -> r.name().equals(parts[0]))) {
                problems.add(row.problem("affiliations", "unknown relation '" + parts[0] + "' in '" + affiliation
                        + "'; one of " + java.util.Arrays.toString(Relation.values())
                        + NearestName.hint(parts[0], java.util.Arrays.stream(Relation.values()).map(Enum::name)
                                .toList())));
            } else if (!into.actorsById.containsKey(parts[1])) {
                problems.add(row.problem("affiliations", "'" + parts[1] + "' in '" + affiliation
                        + "' is no actor id of actors.csv" + NearestName.hint(parts[1], into.actorsById.keySet())));
            }
        }
    }

    private <V> void names(CsvTable.Row row, NameIndex<V> index, V value, Function<V, String> key,
                           String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        for (String alias : all) {
            V previous = index.add(alias, value);
            if (previous != null && !key.apply(previous).equals(key.apply(value))) {
                problems.add(row.problem("aliases", "'" + alias + "' already names '" + key.apply(previous)
                        + "'; one spelling can name only one entry"));
            }
        }
    }

    private <E extends Enum<E>> void phrases(String name, String column, Class<E> type, PhraseTable<E> table) {
        for (CsvTable.Row row : rows(name, "phrase", column)) {
            E value = enumValue(row, column, type);
            if (value == null) {
                continue;
            }
            phrase(row, table, value);
        }
    }

    private <V> void phrase(CsvTable.Row row, PhraseTable<V> table, V value) {
        try {
            table.add(PhrasePattern.parse(row.get("phrase"), stemmer), value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("phrase", e.getMessage()));
        }
    }

    /** A relation cue: words matched like other phrases, or a compound part ("linked", "pro") kept by its word. */
    private void relation(CsvTable.Row row) {
        Relation relation = enumValue(row, "relation", Relation.class);
        RelationCue.Shape shape = RelationCue.Shape.of(row.get("shape"));
        if (shape == null) {
            problems.add(row.problem("shape", "unknown shape '" + row.get("shape") + "'; one of X cue Y, Y cue X,"
                    + " Y-cue X, cue-Y X (X holds the relation, Y is its target)"));
        } else if (relation != null) {
            RelationCue cue = new RelationCue(row.get("phrase"), relation, shape);
            if (shape.isAffix()) {
                if (!row.get("phrase").matches("[A-Za-z]+")) {
                    problems.add(row.problem("phrase", "a compound cue is one word, got '" + row.get("phrase") + "'"));
                } else {
                    into.relationAffixes.add(cue);
                }
            } else {
                phrase(row, into.relations, cue);
            }
        }
    }

    private void grade(CsvTable.Row row) {
        SourceKind kind = enumValue(row, "source_kind", SourceKind.class);
        Stance stance = row.get("stance").equals("*") ? null : enumValue(row, "stance", Stance.class);
        if (kind == null || stance == null && !row.get("stance").equals("*")) {
            return;
        }
        if (!row.get("reliability").matches("[A-F]")) {
            problems.add(row.problem("reliability", "reliability must be a letter A to F, got '"
                    + row.get("reliability") + "'"));
        } else if (!row.get("credibility").matches("[1-6]")) {
            problems.add(row.problem("credibility", "credibility must be a number 1 to 6, got '"
                    + row.get("credibility") + "'"));
        } else {
            into.grades.add(new SourceGrade(kind, stance, row.get("reliability"),
                    Integer.parseInt(row.get("credibility"))));
        }
    }

    private boolean countryOk(CsvTable.Row row) {
        String code = row.get("country");
        if (code.isEmpty() || into.countries.containsKey(code)) {
            return true;
        }
        problems.add(row.problem("country", "unknown country code '" + code + "' (see lexicon/countries.csv)"));
        return false;
    }

    private <E extends Enum<E>> E enumValue(CsvTable.Row row, String column, Class<E> type) {
        String value = row.get(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(column, "unknown " + column.replace('_', ' ') + " '" + value + "'; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + NearestName.hint(value,
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
