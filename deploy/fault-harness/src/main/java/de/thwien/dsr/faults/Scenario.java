package de.thwien.dsr.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fault scenarios of the harness, each run under the same load and judged by the same {@link Verdict}.
 * Chosen with {@code -Dfaults.scenario=<name>[,<name>…]} or {@code all}.
 */
enum Scenario {

    /**
     * Every service (or those of {@code killed-services}) SIGKILLed {@code kills-per-service} times, the broker
     * restarted, PostgreSQL refusing connections.
     */
    CRASH("crash"),
    /** The postmaster and its backends SIGKILLed twice and started again on the same data directory and port. */
    POSTGRES_KILL("postgres-kill"),
    /** The Kafka broker stopped abruptly twice and started again on the same port and log directory. */
    KAFKA_KILL("kafka-kill"),
    /** SMTP and IMAP down for the first outage (2 min), later for the second (20 min). */
    MAIL_OUTAGE("mail-outage"),
    /** The CRM database and the BBB API unreachable (5 min) while erasures run. */
    STORES_OUTAGE("stores-outage"),
    /**
     * Two instances of every service; one of each (or of those of {@code killed-services}) SIGKILLed
     * {@code kills-per-service} times.
     */
    TWO_INSTANCES("two-instances"),
    /** erasure-service's clock moved 9 years forward mid-run: every deferred erasure falls due and runs once. */
    CLOCK_JUMP("clock-jump");

    /** 9 years of 365.25 days. */
    static final Duration NINE_YEARS = Duration.ofDays(3287);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(5);
    private static final Duration BROKER_DOWN = Duration.ofSeconds(10);

    final String id;

    Scenario(String id) {
        this.id = id;
    }

    /** {@code all}, or scenario names separated by commas. */
    static List<Scenario> parse(String names) {
        if (names.isBlank() || names.trim().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        return Arrays.stream(names.split(",")).map(String::trim).map(Scenario::named).toList();
    }

    static Scenario named(String name) {
        return Arrays.stream(values()).filter(s -> s.id.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fault scenario '" + name + "'; known: "
                        + Arrays.stream(values()).map(s -> s.id).toList() + " or all"));
    }

    boolean needsSecondInstances() {
        return this == TWO_INSTANCES;
    }

    /** The faults in the order they are injected; the seeded {@code random} orders those that have no order. */
    List<Fault> faults(HarnessOptions options, List<String> services, Random random) {
        List<Fault> faults = new ArrayList<>();
        switch (this) {
            case CRASH -> {
                killed(options, services).forEach(service -> repeat(options.killsPerService(),
                        () -> faults.add(Fault.kill(service))));
                faults.add(Fault.of(Fault.Kind.RESTART_KAFKA, Duration.ofSeconds(5)));
                faults.add(Fault.of(Fault.Kind.REFUSE_POSTGRES, DATABASE_DOWN));
                Collections.shuffle(faults, random);
            }
            case POSTGRES_KILL -> repeat(2, () -> faults.add(Fault.of(Fault.Kind.KILL_POSTGRES, DATABASE_DOWN)));
            case KAFKA_KILL -> repeat(2, () -> faults.add(Fault.of(Fault.Kind.RESTART_KAFKA, BROKER_DOWN)));
            case MAIL_OUTAGE -> options.mailOutages().forEach(outage -> faults.add(Fault.of(Fault.Kind.MAIL_DOWN,
                    outage)));
            case STORES_OUTAGE -> faults.add(Fault.of(Fault.Kind.STORES_DOWN, options.storesOutage()));
            case TWO_INSTANCES -> {
                killed(options, services).forEach(service -> repeat(options.killsPerService(),
                        () -> faults.add(Fault.kill(service))));
                Collections.shuffle(faults, random);
            }
            case CLOCK_JUMP -> faults.add(Fault.of(Fault.Kind.CLOCK_JUMP, NINE_YEARS));
            default -> throw new IllegalStateException(id);
        }
        return faults;
    }

    /** The services this run kills ({@link HarnessOptions#kills}), in the stack's order. */
    private static List<String> killed(HarnessOptions options, List<String> services) {
        return services.stream().filter(options::kills).toList();
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
