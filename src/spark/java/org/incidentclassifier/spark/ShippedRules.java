package org.incidentclassifier.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.engine.CompiledModule;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * What the driver broadcasts to the executors: the rule files (the lexicons are read from them) and the rules
 * compiled once, on the driver, into the executable-model module the CLI caches, so no executor compiles them.
 */
record ShippedRules(String origin, TreeMap<String, String> files, CompiledModule module) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Modules compiled in this JVM, by the digest of their rule files: a driver that runs jobs again reuses them. */
    private static final Map<String, CompiledModule> COMPILED = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Compiles the rules (or takes them from the CLI's disk cache, or from an earlier job in this JVM) on the driver. */
    static ShippedRules compile(RuleFiles rules) throws RuleSetException {
        String digest = rules.digest();
        CompiledModule module = COMPILED.get(digest);
        if (module == null) {
            module = RuleBase.module(rules);
            if (COMPILED.size() > 2) {
                COMPILED.clear();
            }
            COMPILED.put(digest, module);
        }
        return new ShippedRules(rules.origin(), new TreeMap<>(rules.files()), module);
    }

    /** The rule files as the pipeline reads them. */
    RuleFiles ruleFiles() {
        return new RuleFiles(origin, files);
    }

    @Override
    public String toString() {
        return "rules " + origin + " (" + files.size() + " files, compiled " + module.rulesKey().substring(0, 12) + ")";
    }
}
