package org.incidentclassifier.ruletools;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Builds a record from the components a test cares about, the others empty (an empty list, false, 0 or null),
 * so that hand-made verdicts keep compiling when the verdict gains fields.
 */
final class Records {
    private Records() {
    }

    static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            arguments[i] = values.containsKey(name) ? values.get(name) : empty(types[i]);
        }
        if (!List.of(components).stream().map(RecordComponent::getName).toList().containsAll(values.keySet())) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component among " + values.keySet());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }
}
