package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.incidentclassifier.ruleset.DrlDeclarations;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The analysts' DRL files compiled at run time into a Drools KieBase (executable model), so that rule
 * edits need no Java build. Immutable and shared; sessions are created from it per document.
 */
public final class RuleBase {
    private static final AtomicInteger BUILDS = new AtomicInteger();
    /**
     * The last few rule bases compiled in this process, keyed by the content of their DRL files: the analyst
     * tools (check, test, explain) load the same rules more than once per run, and compiling is the slow part.
     * An edited file has a new key, so edits still take effect on the next run.
     */
    private static final Map<String, RuleBase> COMPILED = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
                    return size() > 4;
                }
            });

    private final KieBase kieBase;
    private final SessionPool sessions;
    private final Map<String, RuleInfo> rulesByName;
    /** The {@code @severity} of each rule that has one, by the rule's id. */
    private final Map<String, org.incidentclassifier.facts.Severity> severities = new LinkedHashMap<>();
    private final RuleFiles files;
    /** Where each rule's then part starts, by rule name: read from the DRL only when a rule fails. */
    private volatile Map<String, String> thenPlaces;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rulesByName, RuleFiles files) {
        this.kieBase = kieBase;
        this.sessions = new SessionPool(kieBase);
        this.rulesByName = Collections.unmodifiableMap(rulesByName);
        this.files = files;
        rulesByName.values().stream().filter(r -> r.severity() != null)
                .forEach(r -> severities.putIfAbsent(r.id(), r.severity()));
    }

    /** Compiles every *.drl of the rule set; errors are reported with file, line and column. */
    public static RuleBase compile(RuleFiles files) throws RuleSetException {
        Map<String, String> drl = files.withSuffix(".drl");
        if (drl.isEmpty()) {
            throw new RuleSetException(files.origin() + ": no .drl rule files found");
        }
        String key = files.drlDigest();
        RuleBase known = COMPILED.get(key);
        if (known != null) {
            // the same rules may sit in another directory: places in messages name this one
            return known.files.equals(files) ? known : new RuleBase(known.kieBase, known.rulesByName, files);
        }
        Optional<CompiledRulesCache> cache = CompiledRulesCache.forThisProgram();
        Optional<KieBase> cached = cache.flatMap(c -> c.load(key));
        if (cached.isPresent()) {
            RuleBase loaded = new RuleBase(cached.get(), describe(cached.get()), files);
            COMPILED.put(key, loaded);
            return loaded;
        }
        Built built = build(files, drl);
        cache.ifPresent(c -> c.store(key, built.kjar()));
        RuleBase compiled = new RuleBase(built.kieBase(), describe(built.kieBase()), files);
        COMPILED.put(key, compiled);
        return compiled;
    }

    /**
     * The rules compiled into a module another JVM loads with {@link #fromModule} without compiling them (the
     * Spark job's executors): taken from the disk cache when it holds these rules, else compiled here.
     */
    public static CompiledModule module(RuleFiles files) throws RuleSetException {
        Map<String, String> drl = files.withSuffix(".drl");
        if (drl.isEmpty()) {
            throw new RuleSetException(files.origin() + ": no .drl rule files found");
        }
        String key = files.drlDigest();
        Optional<byte[]> cached = CompiledRulesCache.forThisProgram().flatMap(c -> c.read(key));
        byte[] kjar = cached.isPresent() ? cached.get() : build(files, drl).kjar();
        return new CompiledModule(key, CompiledModule.thisBuild(), kjar);
    }

    /**
     * The rule base of a module {@link #module} made, for these rule files: refused with a message saying what
     * differs when the module was compiled from other DRL files or by another build (tool or Drools version),
     * since its generated classes are bound to both.
     */
    public static RuleBase fromModule(RuleFiles files, CompiledModule module) throws RuleSetException {
        String key = files.drlDigest();
        if (!key.equals(module.rulesKey())) {
            throw new RuleSetException("the compiled rules do not match the rules in " + files.origin()
                    + ": compiled from DRL files with digest " + module.rulesKey().substring(0, 12) + ", these have "
                    + key.substring(0, 12) + "; compile them again from the same rules");
        }
        if (!module.build().equals(CompiledModule.thisBuild())) {
            throw new RuleSetException("the compiled rules were made by another build (" + module.build()
                    + "), this one is " + CompiledModule.thisBuild() + "; run the same jar on the driver and the executors");
        }
        RuleBase known = COMPILED.get(key);
        if (known != null) {
            return known.files.equals(files) ? known : new RuleBase(known.kieBase, known.rulesByName, files);
        }
        KieBase kieBase;
        try {
            kieBase = ExecutableModelLoader.kieBase(module.kjar());
        } catch (RuntimeException | LinkageError e) {
            throw new RuleSetException("the compiled rules cannot be loaded by this build: " + e.getMessage());
        }
        RuleBase loaded = new RuleBase(kieBase, describe(kieBase), files);
        COMPILED.put(key, loaded);
        return loaded;
    }

    /** The rules compiled with the executable model: the rule base and the module's bytes. */
    private record Built(KieBase kieBase, byte[] kjar) {}

    private static Built build(RuleFiles files, Map<String, String> drl) throws RuleSetException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("org.incidentclassifier.rules", "analyst-rules",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        // an explicit kmodule.xml travels in the compiled module, so the disk cache can load it back
        KieModuleModel module = services.newKieModuleModel();
        module.newKieBaseModel("rules").setDefault(true).newKieSessionModel("session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        List<DrlRule> declared = new ArrayList<>();
        drl.forEach((path, text) -> {
            List<DrlRule> rules = DrlDeclarations.scan(path, text);
            declared.addAll(rules);
            kfs.write(BuildProblems.RESOURCES + path, QuotedRuleNames.compilable(text, rules));
        });
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<RuleProblem> problems = new ArrayList<>(new BuildProblems(files, drl, declared)
                .locate(builder.getResults().getMessages(Message.Level.ERROR)));
        problems.addAll(SeverityAnnotation.check(files, declared));
        if (!problems.isEmpty()) {
            throw new RuleSetException("the rules in " + files.origin() + " do not compile", problems);
        }
        return new Built(services.newKieContainer(release).getKieBase(),
                ((InternalKieModule) builder.getKieModule()).getBytes());
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.isQuery()) {
                    continue; // a query fires nothing and concludes nothing: not one of the rules analysts list
                }
                Map<String, Object> meta = rule.getMetaData();
                rules.put(rule.getName(), new RuleInfo(metaText(meta.get("id"), rule.getName()), rule.getName(),
                        metaText(meta.get("description"), ""), pkg.getName(),
                        SeverityAnnotation.parse(metaText(meta.get(SeverityAnnotation.NAME), null))));
            }
        }
        return rules;
    }

    /** Metadata values keep their DRL quotes and escapes; strip them. */
    static String metaText(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"");
        }
        return text;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Emptied sessions of this rule base, for {@link Reasoner}'s one-off sessions. */
    SessionPool sessions() {
        return sessions;
    }

    /** The analyst's id for a rule name (the rule's {@code @id}, else its name). */
    public String idOf(String ruleName) {
        RuleInfo info = rulesByName.get(ruleName);
        return info == null ? ruleName : info.id();
    }

    /**
     * "rules/classify/attacks.drl:35", the line of a rule's {@code then}, or null: a failure in an action is
     * reported there, since the compiled rule keeps no line and the Java that ran is generated.
     */
    public String thenPlace(String ruleName) {
        Map<String, String> places = thenPlaces;
        if (places == null) {
            places = new java.util.HashMap<>();
            for (DrlRule rule : DrlDeclarations.of(files)) {
                String text = files.files().get(rule.file());
                int line = (int) text.substring(0, Math.min(rule.thenStart(), text.length())).chars()
                        .filter(c -> c == '\n').count() + 1;
                places.putIfAbsent(rule.name(), files.displayPath(rule.file()) + ":" + line);
            }
            thenPlaces = places;
        }
        return places.get(ruleName);
    }

    /** The reasoning with each rule's {@code @severity} set on the inconsistencies the rule inserted. */
    Reasoning withSeverities(Reasoning reasoning) {
        return SeverityAnnotation.apply(reasoning, severities);
    }

    public List<RuleInfo> rules() {
        return List.copyOf(rulesByName.values());
    }
}
