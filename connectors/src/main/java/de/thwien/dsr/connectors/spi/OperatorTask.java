package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;

import java.util.Objects;

/**
 * What the operator must do on a store's server after an erasure that software could not finish: {@code instruction}
 * is the exact command to run or the exact path of the file to delete. It names the store's own ids and keys, never
 * personal data (no names, no file names a user chose).
 */
public record OperatorTask(OperatorTaskKind kind, String store, String instruction) {

    public OperatorTask {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(instruction, "instruction");
    }
}
