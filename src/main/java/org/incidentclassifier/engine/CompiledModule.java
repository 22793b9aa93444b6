package org.incidentclassifier.engine;

import java.io.Serializable;
import org.drools.base.util.Drools;

/**
 * Compiled rules as bytes another JVM can load without compiling them (the executable-model classes the disk
 * cache keeps): made by {@link RuleBase#module}, loaded by {@link RuleBase#fromModule}. Serializable, so a Spark
 * driver can broadcast it to its executors.
 *
 * @param rulesKey a digest of the DRL files it was compiled from
 * @param build    the tool and Drools versions that compiled it: its generated classes are bound to both
 * @param kjar     the compiled module
 */
public record CompiledModule(String rulesKey, String build, byte[] kjar) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** This program's tool and Drools versions, as a module records them. */
    static String thisBuild() {
        String tool = RuleBase.class.getPackage().getImplementationVersion();
        return "incident-classifier " + (tool == null ? "development build" : tool) + ", Drools " + Drools.getFullVersion();
    }
}
