package de.thwien.dsr.subjectindex.search;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import de.thwien.dsr.subjectindex.index.SubjectIndex;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which indexed records hold an e-mail address or phone number (its normalised key), without catching the index up
 * first: erasure-service asks before a corrected address or number becomes a record's identifier (Art. 16), so that
 * a correction cannot tie her record to another person's identifier unnoticed. A phone number is asked in every
 * reading of its written form ({@link PhoneNormaliser#e164Readings}), with and without a switchboard suffix. A service call (its service login) or
 * the assistant's; the answer names stores and references, never other identifiers.
 */
@Path("/api/identifiers/records")
@RolesAllowed({"service", "assistant", "admin"})
public class IdentifierRecordsResource {

    /** The records holding the identifier; none when the value gives no key. */
    public record Holders(List<Holder> records) {
    }

    public record Holder(String store, String reference) {
    }

    private final SubjectIndex index;

    public IdentifierRecordsResource(SubjectIndex index) {
        this.index = index;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Holders holders(@Valid @NotNull IdentifierRecordsRequest request) throws SQLException {
        Set<Identifier> keys = new LinkedHashSet<>();
        if (request.email() != null && !request.email().isBlank()) {
            keys.addAll(Identifiers.ofEmail(request.email()));
        } else {
            // any written form of a number someone else has: "+49 221 5550303 / 0" is asked as +492215550303 too
            PhoneNormaliser.e164Readings(request.phone())
                    .forEach(key -> keys.add(new Identifier(IdentifierKind.PHONE, key)));
        }
        List<Holder> holders = new ArrayList<>();
        index.lookup(keys).forEach((store, hits) -> hits.forEach(hit -> holders.add(new Holder(store,
                hit.reference()))));
        return new Holders(holders);
    }
}
