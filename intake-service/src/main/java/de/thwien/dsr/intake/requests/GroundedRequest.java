package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;

/** A request that may name the ground of a restriction (Art. 18(1) GDPR): the web form's and the assistant's. */
public interface GroundedRequest {

    RequestType type();

    RestrictionGround restrictionGround();
}
