package org.incidentclassifier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level command: its subcommands do the work. */
@Command(name = "incident", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Classifies news reports of violent incidents into a JSON verdict: incident types, actors,"
                + " who claims what, and where the claims cannot all be true.",
        subcommands = {ClassifyCommand.class, FactsCommand.class, ExplainCommand.class, RulesCommand.class, ServeCommand.class, WatchCommand.class,
            CompletionCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was classified",
            "1:some inputs could not be read or analysed (error records in the verdict)",
            "2:usage error",
            "3:the rules or lexicons have errors",
            "4:the output (a file or standard output) could not be written",
            "5:no input could be classified",
            "6:rules test: a test case failed, or there are none",
            "7:rules eval: a gold file is missing or malformed",
            "70:internal error"})
public final class IncidentCommand {
}
