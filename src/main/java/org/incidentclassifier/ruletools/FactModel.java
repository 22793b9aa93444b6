package org.incidentclassifier.ruletools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.Affiliation;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.Corroboration;
import org.incidentclassifier.facts.FigureUpdate;
import org.incidentclassifier.facts.HostageReading;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.facts.SameActor;
import org.incidentclassifier.facts.SameIncident;
import org.incidentclassifier.facts.SourceGrade;
import org.incidentclassifier.facts.TargetType;
import org.incidentclassifier.facts.IncidentDate;
import org.incidentclassifier.facts.Responsibility;
import org.incidentclassifier.facts.TargetTypeCode;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.NotAnIncident;

/**
 * The fact model rules see, read from the code by reflection and written as markdown for the analysts' guide
 * (docs/RULES.md), so that the guide lists exactly the types, fields and helpers that exist. The fact types are
 * those {@link DocumentFacts} holds; the values inside them are found by following their fields; the
 * conclusions are listed here. What each one means comes from {@code ruletools/fact-model.properties}; a test
 * fails when a member has no meaning written down, or when the guide differs from {@link #markdown()}.
 */
public final class FactModel {
    /** The conclusions a rule may insert (rules may also match them, as {@code not NotAnIncident()} does). */
    private static final List<Class<?>> CONCLUSIONS = List.of(Classification.class, NotAnIncident.class,
            Inconsistency.class, ActorRole.class, SameActor.class, Identity.class, Affiliation.class, ClaimGrade.class,
            Corroboration.class, HostageReading.class, FigureUpdate.class, TargetType.class, SameIncident.class,
            IncidentDate.class, Responsibility.class);
    /** Facts every session gets besides a document's (from the lexicons), and the grouping session's. */
    private static final List<Class<?>> BACKGROUND = List.of(SourceGrade.class, TargetTypeCode.class,
            IncidentSignature.class);
    private static final String FACTS_PACKAGE = DocumentFacts.class.getPackageName();

    private final Properties meanings = new Properties();
    private final Set<String> used = new TreeSet<>();
    private final Set<String> missing = new TreeSet<>();

    public FactModel() {
        try (InputStream in = FactModel.class.getResourceAsStream("/ruletools/fact-model.properties")) {
            if (in == null) {
                throw new IllegalStateException("ruletools/fact-model.properties is missing from the class path");
            }
            meanings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fact types, in the order {@link DocumentFacts} holds them. */
    public static List<Class<?>> factTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (RecordComponent c : DocumentFacts.class.getRecordComponents()) {
            types.add(elementType(c.getGenericType()));
        }
        return types;
    }

    /** Records of the facts package found inside the fact types' fields (Source, Evidence...). */
    public static List<Class<?>> valueTypes() {
        Set<Class<?>> seen = new LinkedHashSet<>(factTypes());
        List<Class<?>> values = new ArrayList<>();
        List<Class<?>> queue = new ArrayList<>(factTypes());
        while (!queue.isEmpty()) {
            Class<?> type = queue.remove(0);
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> inner = elementType(c.getGenericType());
                if (inner.isRecord() && inner.getPackageName().equals(FACTS_PACKAGE) && seen.add(inner)) {
                    values.add(inner);
                    queue.add(inner);
                }
            }
        }
        return values;
    }

    public static List<Class<?>> conclusionTypes() {
        return CONCLUSIONS;
    }

    public static List<Class<?>> backgroundTypes() {
        return BACKGROUND;
    }

    /** Every enumeration a fact, value or conclusion uses, by name. */
    public static List<Class<?>> enumerations() {
        Set<Class<?>> enums = new TreeSet<>(Comparator.comparing(Class::getSimpleName));
        List<Class<?>> all = new ArrayList<>(factTypes());
        all.addAll(valueTypes());
        all.addAll(CONCLUSIONS);
        all.addAll(BACKGROUND);
        for (Class<?> type : all) {
            for (Member m : members(type)) {
                if (m.type().isEnum()) {
                    enums.add(m.type());
                }
            }
            for (Constructor<?> c : type.getConstructors()) {
                Arrays.stream(c.getParameterTypes()).filter(Class::isEnum).forEach(enums::add);
            }
        }
        return List.copyOf(enums);
    }

    /** The guide's section on the fact model, in markdown. */
    public String markdown() {
        used.clear();
        missing.clear();
        StringBuilder md = new StringBuilder();
        md.append("### Facts\n\n");
        factTypes().forEach(t -> type(md, t));
        md.append("### Values inside facts\n\n");
        valueTypes().forEach(t -> type(md, t));
        md.append("### Background facts\n\n");
        md.append("Every session also holds these, from the lexicons (the grouping session holds IncidentSignatures instead).\n\n");
        BACKGROUND.forEach(t -> type(md, t));
        md.append("### Conclusions a rule may insert\n\n");
        CONCLUSIONS.forEach(t -> type(md, t));
        md.append("### Enumerations\n\n");
        md.append("Write a value with its enumeration: `ClaimStatus.HELD`, `TriggerKind.SIEGE`.\n\n");
        md.append("| enumeration | values | meaning |\n|---|---|---|\n");
        for (Class<?> e : enumerations()) {
            String values = Arrays.stream(e.getEnumConstants()).map(v -> "`" + ((Enum<?>) v).name() + "`")
                    .collect(Collectors.joining(", "));
            StringBuilder meaning = new StringBuilder(meaning(e.getSimpleName()));
            String helpers = helpers(e).stream().map(FactModel::signature)
                    .map(s -> "`" + s + "` " + meaning(e.getSimpleName() + "." + s))
                    .collect(Collectors.joining("; "));
            if (!helpers.isEmpty()) {
                meaning.append(" Helpers: ").append(helpers);
            }
            md.append("| `").append(e.getSimpleName()).append("` | ").append(values).append(" | ")
                    .append(meaning).append(" |\n");
        }
        return md.toString();
    }

    /** Members without a written meaning, as "Type.member" (found by the last {@link #markdown()}). */
    public Set<String> missingMeanings() {
        return Set.copyOf(missing);
    }

    /** Meanings written down for members that do not exist (left over after a rename). */
    public Set<String> unusedMeanings() {
        Set<String> unused = new TreeSet<>(meanings.stringPropertyNames());
        unused.removeAll(used);
        return unused;
    }

    private void type(StringBuilder md, Class<?> type) {
        String name = type.getSimpleName();
        md.append("#### `").append(name).append("`\n\n").append(meaning(name)).append("\n\n");
        if (CONCLUSIONS.contains(type)) {
            // getConstructors() has no fixed order: the fullest constructor first, so the guide does not change by itself
            for (Constructor<?> c : Arrays.stream(type.getConstructors()).sorted(Comparator.comparingInt(
                    (Constructor<?> k) -> -k.getParameterCount()).thenComparing(Constructor::toGenericString)).toList()) {
                md.append("Insert with `new ").append(name).append("(").append(Arrays.stream(c.getParameterTypes())
                        .map(Class::getSimpleName).collect(Collectors.joining(", "))).append(")`.\n\n");
            }
        }
        md.append("| field | type | meaning |\n|---|---|---|\n");
        for (Member m : members(type)) {
            md.append("| `").append(m.name()).append("` | ").append(m.typeName()).append(" | ")
                    .append(meaning(name + "." + m.name())).append(" |\n");
        }
        md.append("\n");
    }

    private String meaning(String key) {
        used.add(key);
        String meaning = meanings.getProperty(key);
        if (meaning == null || meaning.isBlank()) {
            missing.add(key);
            return "";
        }
        return meaning.trim();
    }

    /** A field or helper as a rule writes it: {@code status}, {@code factual}, {@code lowerBound()}. */
    record Member(String name, Class<?> type, String typeName) {}

    static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        Set<String> accessors = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                accessors.add(c.getName());
                members.add(new Member(c.getName(), elementType(c.getGenericType()), typeName(c.getGenericType())));
            }
        }
        for (Method m : helpers(type)) {
            if (accessors.contains(m.getName())) {
                continue;
            }
            String name = m.getName();
            if (m.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
                name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            } else if (m.getParameterCount() == 0 && name.startsWith("is") && m.getReturnType() == boolean.class) {
                name = Character.toLowerCase(name.charAt(2)) + name.substring(3);
            } else {
                name = signature(m);
            }
            members.add(new Member(name, elementType(m.getGenericReturnType()), typeName(m.getGenericReturnType())));
        }
        return members;
    }

    /** Public instance methods the type itself declares, other than equals, hashCode and toString, by name. */
    private static List<Method> helpers(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .filter(m -> !Set.of("equals", "hashCode", "toString").contains(m.getName()))
                .sorted(Comparator.comparing(FactModel::signature))
                .toList();
    }

    private static String signature(Method m) {
        return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            return elementType(p.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType p) {
            return "list of " + typeName(p.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "text";
        }
        if (c == Integer.class) {
            return "whole number or null";
        }
        if (c == int.class) {
            return "whole number";
        }
        if (c == boolean.class) {
            return "true or false";
        }
        if (c == double.class) {
            return "number";
        }
        return "`" + c.getSimpleName() + "`";
    }
}
