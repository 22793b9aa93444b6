package org.incidentclassifier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code incident rules ...}: the analysts' tools for the rules directory. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check, test and evaluate a rules directory (DRL rules, lexicons and test cases).",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesEvalCommand.class, HelpCommand.class})
public final class RulesCommand {
}
