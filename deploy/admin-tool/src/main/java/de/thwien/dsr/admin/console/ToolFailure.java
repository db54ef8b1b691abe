package de.thwien.dsr.admin.console;

/** A command could not do its work for a reason the user can act on: printed as one line, exit code 1. */
public class ToolFailure extends RuntimeException {

    public ToolFailure(String message) {
        super(message);
    }
}
