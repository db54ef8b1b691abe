package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.AccuracyCheck;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
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

    /** On ground 18(1)(a): the result of the accuracy check as the assistant stated it; null while she did not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "accuracy_check")
    public AccuracyCheck accuracyCheck;

    /** Her short reason for that result, sealed with the case's data key (it may name the data checked). */
    @Column(name = "accuracy_reason")
    public String accuracyReason;

    @Column(name = "accuracy_checked_by")
    public String accuracyCheckedBy;

    @Column(name = "accuracy_checked_at")
    public Instant accuracyCheckedAt;

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

    /** The assistant's statement of the accuracy check's result (a later one replaces an earlier one). */
    void accuracyChecked(AccuracyCheck result, String sealedReason, String by, Instant at) {
        if (ground != RestrictionGround.ACCURACY_CONTESTED) {
            throw new PlanItemConflict("the restriction does not rest on Art. 18(1)(a) (accuracy contested):"
                    + " there is no accuracy check to state");
        }
        accuracyCheck = result;
        accuracyReason = sealedReason;
        accuracyCheckedBy = by;
        accuracyCheckedAt = at;
    }

    /** Records the ground (a later choice replaces an earlier one); returns whether it changed. */
    public static Uni<Boolean> set(UUID caseId, RestrictionGround ground, String by, Instant at) {
        return RequestedRestriction.<RequestedRestriction>findById(caseId).chain(found -> {
            if (found != null && found.ground == ground) {
                return Uni.createFrom().item(false);
            }
            RequestedRestriction entry = found != null ? found : new RequestedRestriction();
            // a statement on the accuracy check belongs to ground 18(1)(a) as it was: another ground starts afresh
            entry.accuracyCheck = null;
            entry.accuracyReason = null;
            entry.accuracyCheckedBy = null;
            entry.accuracyCheckedAt = null;
            entry.caseId = caseId;
            entry.ground = ground;
            entry.setBy = by;
            entry.setAt = at;
            return (found != null ? Uni.createFrom().item(entry) : entry.<RequestedRestriction>persist())
                    .replaceWith(true);
        });
    }
}
