package de.thwien.dsr.intake.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One open {@link Attention} of a case; raised once however often its cause repeats, gone once dealt with. */
@Entity
@Table(name = "case_attention")
@IdClass(CaseAttention.Key.class)
public class CaseAttention extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Enumerated(EnumType.STRING)
    public Attention reason;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    /** What it is about where the reason alone does not say it (the stores not searched); null otherwise. */
    public String detail;

    /** The primary key. */
    public record Key(UUID caseId, Attention reason) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /**
     * Raises the attention unless it is open already (then its first time stays) or there is no such case. Joins
     * the caller's transaction.
     */
    public static Uni<Void> raise(UUID caseId, Attention reason, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into case_attention (case_id, reason, raised_at) select ?1, ?2, ?3"
                                + " where exists (select 1 from dsr_case where id = ?1)"
                                + " on conflict (case_id, reason) do nothing")
                .setParameter(1, caseId).setParameter(2, reason.name()).setParameter(3, at)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Raises the attention with what it is about; raised again while open, its first time stays and the detail is the
     * latest. Joins the caller's transaction.
     */
    public static Uni<Void> raise(UUID caseId, Attention reason, Instant at, String detail) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into case_attention (case_id, reason, raised_at, detail) select ?1, ?2, ?3, ?4"
                                + " where exists (select 1 from dsr_case where id = ?1)"
                                + " on conflict (case_id, reason) do update set detail = excluded.detail")
                .setParameter(1, caseId).setParameter(2, reason.name()).setParameter(3, at).setParameter(4, detail)
                .executeUpdate()).replaceWithVoid();
    }

    /** The stores not searched of the given cases (store ids), for those that have the attention open. */
    public static Uni<Map<UUID, List<String>>> storesNotSearched(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return CaseAttention.<CaseAttention>list("caseId in ?1 and reason = ?2", caseIds,
                Attention.STORES_NOT_SEARCHED).map(open -> {
                    Map<UUID, List<String>> byCase = new HashMap<>();
                    open.forEach(attention -> byCase.put(attention.caseId, attention.detail == null ? List.of()
                            : List.of(attention.detail.split(","))));
                    return byCase;
                });
    }

    /** The assistant has dealt with it. True when it was open. */
    public static Uni<Boolean> clear(UUID caseId, Attention reason) {
        return delete("caseId = ?1 and reason = ?2", caseId, reason).map(deleted -> deleted > 0);
    }

    /** The open attentions of one case. */
    public static Uni<Set<Attention>> of(UUID caseId) {
        return CaseAttention.<CaseAttention>list("caseId", caseId).map(open -> {
            Set<Attention> reasons = EnumSet.noneOf(Attention.class);
            open.forEach(attention -> reasons.add(attention.reason));
            return reasons;
        });
    }

    /** The open attentions of the given cases; a case without any is absent. */
    public static Uni<Map<UUID, Set<Attention>>> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return CaseAttention.<CaseAttention>list("caseId in ?1", caseIds).map(open -> {
            Map<UUID, Set<Attention>> byCase = new HashMap<>();
            open.forEach(attention -> byCase.computeIfAbsent(attention.caseId, id -> EnumSet.noneOf(Attention.class))
                    .add(attention.reason));
            return byCase;
        });
    }

    /** Every open attention, oldest first: for the digest. */
    public static Uni<List<CaseAttention>> allOpen() {
        return CaseAttention.<CaseAttention>find("order by raisedAt, caseId").list();
    }
}
