package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.DiscoveryEvents.SubjectLocated;
import io.smallrye.mutiny.Uni;

/**
 * Work another feature does with a located subject (the rectification plan of a RECTIFICATION case), in the inbox's
 * transaction of {@link LocatedSubjectConsumer}, after the erasure planning. Does nothing for request types it does
 * not handle.
 */
public interface LocatedSubjectListener {

    Uni<Void> onSubjectLocated(SubjectLocated located);
}
