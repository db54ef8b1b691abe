package de.thwien.dsr.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The full run on demand: {@code ./mvnw -B -pl deploy/fault-harness -am verify -DskipTests -Pfault-harness}
 * runs every scenario one after the other, each on a fresh stack ({@code -Dfaults.scenario=postgres-kill,…} picks
 * some; sizes by {@code -Dfaults.requests}, {@code -Dfaults.kills-per-service}, {@code -Dfaults.seed}, the services
 * killed by {@code -Dfaults.killed-services}, outages by {@code -Dfaults.mail-outages}, {@code -Dfaults.stores-outage}). Prints the table, one row per scenario, and exits
 * with 1 unless nothing was lost, duplicated or stuck in any of them.
 */
public final class FaultHarnessMain {

    private FaultHarnessMain() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("dsr.project.root", ".")).toAbsolutePath().normalize();
        HarnessOptions options = HarnessOptions.fromSystemProperties();
        List<HarnessReport> reports = new ArrayList<>();
        for (Scenario scenario : Scenario.parse(System.getProperty("faults.scenario", "all"))) {
            try {
                HarnessReport report = FaultHarness.run(scenario, options, root);
                System.out.println(report.table());
                reports.add(report);
            } catch (RuntimeException harnessFailed) {
                // the run could not be judged (e.g. a service did not start): said, and the next scenario still runs
                System.out.println("scenario " + scenario.id + " did not run to its end:");
                harnessFailed.printStackTrace(System.out);
                reports.add(new HarnessReport(scenario.id, options.requests(), 0, 0, 0, 0, 0, 1, Duration.ZERO,
                        Duration.ZERO, List.of("the harness failed: " + harnessFailed)));
            }
        }
        System.out.println();
        System.out.println("Crash and fault harness, seed " + options.seed());
        System.out.print(HarnessReport.HEADER);
        reports.forEach(report -> System.out.println(report.row()));
        reports.forEach(report -> report.findings().forEach(f -> System.out.println("  - " + report.scenario()
                + ": " + f)));
        System.exit(reports.stream().allMatch(HarnessReport::clean) ? 0 : 1);
    }
}
