package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.incidentclassifier.ingest.InputDocument;

/**
 * Finds reprints: a report whose text is byte-identical to an earlier input's, or shares at least
 * {@value #OVERLAP_PERCENT}% of its word 5-grams with it (the same wire copy in two outlets). A reprint is one
 * source with the report it copies (circular reporting): it must not corroborate it. Candidates are found
 * through a small sketch of each text (its {@value #SKETCH} smallest 5-gram hashes), so the cost does not grow
 * with all pairs of reports; only originals are compared with, never other reprints.
 */
final class Reprints {
    static final int OVERLAP_PERCENT = 80;
    static final int SKETCH = 16;
    private static final int SHINGLE = 5;
    private static final int MIN_SHINGLES = 20;

    private final Map<String, String> byText = new HashMap<>();
    private final Map<Long, List<Integer>> bySketch = new HashMap<>();
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();

    /** Each reprint's id, to the id of the earlier input it copies; inputs in order. */
    static Map<String, String> find(List<InputDocument> inputs) {
        Map<String, String> reprintOf = new LinkedHashMap<>();
        if (inputs.size() < 2) {
            return reprintOf; // nothing to copy (each report of --separate is its own partition)
        }
        Reprints reprints = new Reprints();
        for (InputDocument d : inputs) {
            String original = reprints.originalOf(d);
            if (original != null) {
                reprintOf.put(d.id(), original);
            }
        }
        return reprintOf;
    }

    /**
     * The id of the earlier input (given to this method) that {@code d} reprints, or null when it is an original,
     * which later inputs are then compared with.
     */
    String originalOf(InputDocument d) {
        String sameText = byText.putIfAbsent(d.text(), d.id());
        if (sameText != null) {
            return sameText;
        }
        Set<Long> mine = shingles(d.text());
        List<Long> sketch = sketch(mine);
        if (mine.size() >= MIN_SHINGLES) {
            Set<Integer> candidates = new LinkedHashSet<>();
            sketch.forEach(h -> candidates.addAll(bySketch.getOrDefault(h, List.of())));
            for (int c : candidates) {
                if (shingles.get(c) != null && overlaps(mine, shingles.get(c))) {
                    return ids.get(c);
                }
            }
        }
        int index = ids.size();
        ids.add(d.id());
        indexOf.put(d.id(), index);
        shingles.add(mine);
        sketch.forEach(h -> bySketch.computeIfAbsent(h, k -> new ArrayList<>()).add(index));
        return null;
    }

    /** Forgets an original whose incident is written: later inputs are no longer compared with it. */
    void forget(InputDocument d) {
        byText.remove(d.text(), d.id());
        Integer index = indexOf.remove(d.id());
        if (index != null) {
            for (long h : sketch(shingles.get(index))) {
                List<Integer> list = bySketch.get(h);
                list.remove(index);
                if (list.isEmpty()) {
                    bySketch.remove(h);
                }
            }
            shingles.set(index, null);
            ids.set(index, null);
        }
    }

    private static boolean overlaps(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return shared * 100 >= (long) OVERLAP_PERCENT * small.size();
    }

    private static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + SHINGLE <= kept.size(); i++) {
            set.add(hash(String.join(" ", kept.subList(i, i + SHINGLE))));
        }
        return set;
    }

    private static List<Long> sketch(Set<Long> shingles) {
        PriorityQueue<Long> largestFirst = new PriorityQueue<>((x, y) -> Long.compare(y, x));
        for (long h : shingles) {
            largestFirst.add(h);
            if (largestFirst.size() > SKETCH) {
                largestFirst.poll();
            }
        }
        return new ArrayList<>(largestFirst);
    }

    /** A 64-bit FNV-1a hash: stable across runs, unlike String.hashCode spread over 32 bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
