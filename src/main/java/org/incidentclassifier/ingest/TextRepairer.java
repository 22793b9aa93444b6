package org.incidentclassifier.ingest;

import java.util.List;

/**
 * The repair chain, assembled here so that its order reads top to bottom. Each stage sees the
 * output of the one before. Stateless and thread-safe.
 */
final class TextRepairer {

    private final List<RepairStage> stages = List.of(
            new MojibakeRepair(),          // full forms first: they are unambiguous
            new TruncatedMojibakeRepair(), // then what is left of forms that lost bytes
            new InvisibleCharacterRepair(), // once C1 controls are no longer parts of mojibake
            new LineBreakRepair(),         // lines, once characters are right
            new WhitespaceRepair());       // last: earlier repairs may leave spaces to tidy

    RepairedText repair(String original) {
        RepairedText text = RepairedText.unrepaired(original);
        for (RepairStage stage : stages) {
            text = text.apply(stage.find(text.text()));
        }
        return text;
    }
}
