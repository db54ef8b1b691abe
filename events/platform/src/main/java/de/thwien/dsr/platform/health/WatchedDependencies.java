package de.thwien.dsr.platform.health;

import java.util.Map;

/**
 * A bean that names what a service depends on beyond its database and Kafka (the stores it reads or writes), each
 * with its cheap question; {@link DependencyChecks} watches them all in the wellness group.
 */
public interface WatchedDependencies {

    /** The probes by the name their health check carries (a store id). */
    Map<String, Probe> probes();
}
