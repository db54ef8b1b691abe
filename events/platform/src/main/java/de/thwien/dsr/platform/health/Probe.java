package de.thwien.dsr.platform.health;

/** One cheap question to a store or mail server (a login, {@code select 1}, an API call); throws when it fails. */
@FunctionalInterface
public interface Probe {

    void check() throws Exception;
}
