package org.incidentclassifier.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"incident " + (version == null ? "development build" : version)
                + " (verdict schema " + org.incidentclassifier.verdict.Verdict.SCHEMA_VERSION + ")"};
    }
}
