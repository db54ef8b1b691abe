package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why the requester of a RESTRICTION case asked for it (Art. 18(1)(a)–(d) GDPR): from her request, or chosen by the
 * assistant when it did not say. Kept per case, since it may arrive before the plan exists.
 */
@Entity
@Table(name = "restriction_ground")
public class RequestedRestriction extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RestrictionGround ground;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    /**
     * Why the restriction ends, as the assistant stated it (one of its ground's {@link RestrictionEnd}s); null while
     * she did not. On 18(1)(a) a completed rectification of her records gives the result too.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public RestrictionEnd end;

    /**
     * Her reason for it, sealed with the case's data key (it may name the data or her situation); on 18(1)(d) our
     * compelling legitimate grounds, which the notice before the lift gives.
     */
    @Column(name = "end_statement")
    public String endStatement;

    @Column(name = "end_stated_by")
    public String endStatedBy;

    @Column(name = "end_stated_at")
    public Instant endStatedAt;

    /** The ground of the case, or null while nobody said it. */
    public static Uni<RestrictionGround> groundOf(UUID caseId) {
        return RequestedRestriction.<RequestedRestriction>findById(caseId)
                .map(found -> found == null ? null : found.ground);
    }

    /**
     * The references of {@code store} restricted now at a requester's request: kept as they are, also from the
     * routine retention (she may need them for legal claims, Art. 18(1)(c); their accuracy is being checked, (a)).
     */
    public static Uni<Set<String>> recordsRestrictedAtRequest(String store) {
        return PlanItem.<PlanItem>list("store = ?1 and execution = ?2 and reasonCode = ?3", store,
                        Execution.RESTRICTED, ReasonCode.RESTRICTION_REQUESTED)
                // a restriction may keep state in the reference (a recording's publication before it): where it was
                // found names the record as its store lists it
                .map(items -> items.stream().flatMap(item -> Stream.of(item.reference(), item.foundReference()))
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /**
     * The assistant's statement why the restriction ends, already checked against its ground
     * ({@link RestrictionEndRule#statement}); a later one replaces an earlier one.
     */
    void endStated(RestrictionEnd reason, String sealedStatement, String by, Instant at) {
        end = reason;
        endStatement = sealedStatement;
        endStatedBy = by;
        endStatedAt = at;
    }

    /** Records the ground (a later choice replaces an earlier one); returns whether it changed. */
    public static Uni<Boolean> set(UUID caseId, RestrictionGround ground, String by, Instant at) {
        return RequestedRestriction.<RequestedRestriction>findById(caseId).chain(found -> {
            if (found != null && found.ground == ground) {
                return Uni.createFrom().item(false);
            }
            RequestedRestriction entry = found != null ? found : new RequestedRestriction();
            // why the restriction ends belongs to the ground as it was: another ground starts afresh
            entry.end = null;
            entry.endStatement = null;
            entry.endStatedBy = null;
            entry.endStatedAt = null;
            entry.caseId = caseId;
            entry.ground = ground;
            entry.setBy = by;
            entry.setAt = at;
            return (found != null ? Uni.createFrom().item(entry) : entry.<RequestedRestriction>persist())
                    .replaceWith(true);
        });
    }
}
