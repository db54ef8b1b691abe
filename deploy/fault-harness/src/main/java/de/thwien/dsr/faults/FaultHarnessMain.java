package de.thwien.dsr.faults;

import java.nio.file.Path;

/**
 * The full run on demand: {@code ./mvnw -B -pl deploy/fault-harness -am verify -DskipTests -Pfault-harness}
 * (sizes by {@code -Dfaults.requests}, {@code -Dfaults.kills-per-service}, {@code -Dfaults.seed}).
 * Prints the table and exits with 1 unless nothing was lost, duplicated or stuck.
 */
public final class FaultHarnessMain {

    private FaultHarnessMain() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("dsr.project.root", ".")).toAbsolutePath().normalize();
        HarnessReport report = FaultHarness.run(HarnessOptions.fromSystemProperties(), root);
        System.out.println();
        System.out.println("Crash and fault harness");
        System.out.println(report.table());
        System.exit(report.clean() ? 0 : 1);
    }
}
