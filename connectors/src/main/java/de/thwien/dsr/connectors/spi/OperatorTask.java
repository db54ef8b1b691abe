package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the operator must do on a store's server after an erasure that software could not finish: {@code instruction}
 * is the exact command to run or the exact path of the file to delete. It names the store's own ids and keys, never
 * personal data (no names, no file names a user chose).
 */
public record OperatorTask(OperatorTaskKind kind, String store, String instruction) {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/-]+");

    public OperatorTask {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(instruction, "instruction");
    }

    /** A file of the store whose database row is gone: {@code rm -f <path>} on the store's server. */
    public static OperatorTask removeFile(String store, String path) {
        return new OperatorTask(OperatorTaskKind.DELETE_STORED_FILE, store, "rm -f " + shellWord(path));
    }

    /** The operator pastes the command into a root shell: anything but a plain word is quoted. */
    public static String shellWord(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
