package de.thwien.dsr.intake.keyring;

import de.thwien.dsr.platform.keyring.KeyRotation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/**
 * The owner's commands for a master-key rotation (README, "Crypto-shredding"): how many keys each master key
 * wrapped, and the rotation itself. The keyring is shared by all services, so one service offers them.
 */
@Path("/api/admin/keyring")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class KeyringResource {

    private static final Logger LOG = Logger.getLogger(KeyringResource.class);

    private final KeyRotation rotation;

    public KeyringResource(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** Counts per master key id; no key material. */
    @GET
    public Uni<KeyRotation.Status> status() {
        return rotation.status();
    }

    /**
     * Re-wraps every key not yet under the current master key, or only {@code batches} batches of
     * {@value KeyRotation#BATCH}; run again until {@code remaining} is 0.
     */
    @POST
    @Path("/rotate")
    public Uni<KeyRotation.Result> rotate(
            @QueryParam("batches") @Min(value = 1, message = "must be 1 or more") Integer batches) {
        return rotation.rotate(KeyRotation.BATCH, batches == null ? Integer.MAX_VALUE : batches)
                .invoke(result -> LOG.infof("key rotation: %d key(s) re-wrapped, %d unopenable, %d remaining",
                        result.rewrapped(), result.unopenable(), result.remaining()));
    }
}
