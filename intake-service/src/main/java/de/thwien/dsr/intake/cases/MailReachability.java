package de.thwien.dsr.intake.cases;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one place that decides the requester is reachable by mail again. A permanent bounce of a first mail marks her
 * case "not reachable by e-mail" ({@link DsrCase#markUnreachableByMail}); a bounce may be wrong or forged, her own
 * action is not. When she shows she received our mail (she used the verification link, or replied from her address),
 * the mark and the {@link Attention#DELIVERY_FAILED} it brought go, and the timeline says why. A case never marked
 * unreachable is left alone: a failed later notice (e.g. the answer) is not undone by her having received another.
 */
public final class MailReachability {

    /** What showed that mail reaches her, as the timeline says it. */
    public enum Proof {
        VERIFIED_BY_LINK("verified by link"), REPLIED("she replied from her address");

        private final String text;

        Proof(String text) {
            this.text = text;
        }
    }

    static final String TIMELINE_KIND = "REACHED_BY_MAIL";

    private MailReachability() {
    }

    /** Joins the caller's transaction; locks the case. */
    public static Uni<Void> reached(UUID caseId, Proof proof, Instant at) {
        return CaseWorkflow.locked(caseId).chain(dsrCase -> dsrCase == null || !dsrCase.markReachableByMail()
                ? Uni.createFrom().voidItem()
                : CaseAttention.clear(caseId, Attention.DELIVERY_FAILED)
                        .chain(() -> TimelineEntry.of(caseId, at, TIMELINE_KIND,
                                "Requester reached by mail: " + proof.text, Map.of("proof", proof.name()), null,
                                TimelineEntry.SYSTEM).persist())
                        .replaceWithVoid());
    }
}
