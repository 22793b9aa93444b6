package org.incidentclassifier.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds a rule base straight from a compiled module's executable-model classes: the classes are defined from
 * the module's bytes and the models listed in its {@code drools-model} file are handed to Drools'
 * {@link KieBaseBuilder}. This skips what loading it as a KieContainer costs at every start (registering the
 * module in the repository, reading {@code kmodule.xml} through XStream, resolving its POM): about half of the
 * rules' load time on this machine. The module is the tool's own, read from the signed cache only.
 */
final class ExecutableModelLoader {
    private static final String MODEL_LIST = "/drools-model";
    private static final String VERSION_LINE = "Drools-Model-Version";

    private ExecutableModelLoader() {
    }

    /** The rule base of a module built with {@code ExecutableModelProject}. */
    static KieBase kieBase(byte[] kjar) {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> modelClasses = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (name.endsWith(MODEL_LIST)) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                            .filter(line -> !line.isEmpty() && !line.startsWith(VERSION_LINE))
                            .forEach(modelClasses::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled rules: " + e.getMessage(), e);
        }
        if (modelClasses.isEmpty()) {
            throw new IllegalStateException("the compiled rules list no executable model");
        }
        ModuleClassLoader loader = new ModuleClassLoader(classes);
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot load the compiled rule model " + name + ": " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Defines the module's classes on demand; everything else comes from the tool's own class path. */
    private static final class ModuleClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ModuleClassLoader(Map<String, byte[]> classes) {
            super(ExecutableModelLoader.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
