package de.thwien.dsr.faults;

import java.time.Duration;

/**
 * One fault of a scenario.
 *
 * @param kind   what breaks
 * @param target the service a {@link Kind#KILL_SERVICE} kills; empty otherwise
 * @param length how long the broken part stays away (a restart's pause, an outage), or how far the clock jumps
 */
record Fault(Kind kind, String target, Duration length) {

    enum Kind {
        /** SIGKILL of one service JVM, started again after 0–3 s. */
        KILL_SERVICE,
        /** The Kafka broker stopped and started again on the same port and log directory. */
        RESTART_KAFKA,
        /** PostgreSQL refusing connections (the proxy in front of it closed). */
        REFUSE_POSTGRES,
        /** The postmaster and every backend SIGKILLed, PostgreSQL started again on its data directory (crash recovery). */
        KILL_POSTGRES,
        /** SMTP and IMAP unreachable. */
        MAIL_DOWN,
        /** The CRM database and the BBB API unreachable. */
        STORES_DOWN,
        /** erasure-service's clock moved forward. */
        CLOCK_JUMP
    }

    static Fault kill(String service) {
        return new Fault(Kind.KILL_SERVICE, service, Duration.ZERO);
    }

    static Fault of(Kind kind, Duration length) {
        return new Fault(kind, "", length);
    }

    @Override
    public String toString() {
        return kind == Kind.KILL_SERVICE ? "SIGKILL " + target : kind + " " + length;
    }
}
