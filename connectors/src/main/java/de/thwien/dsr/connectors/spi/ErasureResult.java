package de.thwien.dsr.connectors.spi;

import java.util.List;

/**
 * What an erasure left to the operator: empty when the store erased everything itself. Erasing again reports the
 * tasks again as long as the store still knows of them (a deleted BBB recording until its media are purged).
 */
public record ErasureResult(List<OperatorTask> operatorTasks) {

    private static final ErasureResult COMPLETE = new ErasureResult(List.of());

    public ErasureResult {
        operatorTasks = List.copyOf(operatorTasks);
    }

    /** The store erased everything itself. */
    public static ErasureResult complete() {
        return COMPLETE;
    }

    public static ErasureResult leaving(List<OperatorTask> operatorTasks) {
        return operatorTasks.isEmpty() ? COMPLETE : new ErasureResult(operatorTasks);
    }
}
