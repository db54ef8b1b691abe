package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.events.Finding;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs store writes off the event loop and turns them into outcomes. An erasure only counts when
 * re-querying the store shows the record gone; that answer is the proof kept on the case.
 */
@ApplicationScoped
public class StoreOperations {

    /**
     * What one write achieved; {@code detail} is the proof on success and the error on failure;
     * {@code referenceAfter} is where a restricted record is now (null: unchanged); {@code refused}:
     * the store refused for good (see {@link StoreFailure#refused()}); {@code operatorTasks}: what an erasure left
     * for the operator to do on the store's server.
     */
    public record Outcome(boolean succeeded, String detail, String referenceAfter, boolean refused,
            List<OperatorTask> operatorTasks) {

        public Outcome {
            operatorTasks = operatorTasks == null ? List.of() : List.copyOf(operatorTasks);
        }

        public Outcome(boolean succeeded, String detail, String referenceAfter, boolean refused) {
            this(succeeded, detail, referenceAfter, refused, List.of());
        }

        public Outcome(boolean succeeded, String detail) {
            this(succeeded, detail, null, false);
        }

        static Outcome success(String proof) {
            return new Outcome(true, proof);
        }

        static Outcome failure(StoreFailure failure) {
            return new Outcome(false, failure.getMessage(), null, failure.refused());
        }

        static Outcome failure(String error) {
            return new Outcome(false, error);
        }
    }

    private final RecordStores stores;
    private final Vertx vertx;
    private final Clock clock;

    public StoreOperations(RecordStores stores, Vertx vertx, Clock clock) {
        this.stores = stores;
        this.vertx = vertx;
        this.clock = clock;
    }

    public Uni<Outcome> eraseWithProof(String store, String reference) {
        return eraseWithProof(store, reference, Set.of());
    }

    /** As {@link #eraseWithProof(String, String)}, never taking one of the {@code spared} records with it. */
    public Uni<Outcome> eraseWithProof(String store, String reference, Set<String> spared) {
        return blocking(() -> {
            List<OperatorTask> left = stores.erase(store, reference, spared).operatorTasks();
            if (stores.stillPresent(store, reference)) {
                return Outcome.failure(store + ": record still present after erasure");
            }
            return new Outcome(true, "re-queried " + store + " at " + clock.instant() + ": record gone"
                    + (left.isEmpty() ? "" : "; " + left.size() + " operator task(s) left"), null, false, left);
        });
    }

    /**
     * As {@link #eraseWithProof(String, String, Set)}, after the tasks the erasure will leave to the operator were
     * read from the store and handed to {@code recordBefore}, which keeps them before the store is changed: a stored
     * file whose row the erasure deletes stays known even when the erasure's answer is lost.
     */
    public Uni<Outcome> eraseWithProof(String store, String reference, Set<String> spared,
            Function<List<OperatorTask>, Uni<Void>> recordBefore) {
        return blocking(() -> new Outcome(true, "foreseen", null, false, stores.leftByErasure(store, reference, spared)))
                .chain(foreseen -> !foreseen.succeeded() ? Uni.createFrom().item(foreseen)
                        : recordBefore.apply(foreseen.operatorTasks())
                                .chain(() -> eraseWithProof(store, reference, spared)));
    }

    /**
     * Erases a part of a restricted record (a mail's body) and proves it by reading the record again where it is
     * now: the part gone, the rest still restricted.
     */
    public Uni<Outcome> erasePartWithProof(String store, String reference, Finding.PartKind part) {
        return blocking(() -> {
            String after = stores.erasePart(store, reference, part);
            if (stores.partStillPresent(store, after, part)) {
                return Outcome.failure(store + ": " + part + " still present after its erasure");
            }
            return new Outcome(true, "re-queried " + store + " at " + clock.instant() + ": " + part
                    + " gone, the rest kept restricted", reference.equals(after) ? null : after, false);
        });
    }

    /**
     * Removes only her mention from a third party's record and proves it by reading the store again: the original
     * gone, the record where it is now naming her no more. The proof names where the redacted record is.
     */
    public Uni<Outcome> redactWithProof(String store, String reference, Mention mention) {
        return blocking(() -> {
            String after = stores.redact(store, reference, mention);
            if (!after.equals(reference) && stores.stillPresent(store, reference)) {
                return Outcome.failure(store + ": the original record still present after its redaction");
            }
            if (stores.stillMentions(store, after, mention)) {
                return Outcome.failure(store + ": the redacted record still names the person");
            }
            return new Outcome(true, "redacted in " + store + " at " + clock.instant()
                    + ": her mention replaced, the record kept as " + after, reference.equals(after) ? null : after,
                    false);
        });
    }

    public Uni<Outcome> restrict(String store, String reference, LocalDate holdUntil) {
        return blocking(() -> {
            String after = stores.restrict(store, reference, holdUntil);
            return new Outcome(true, "restricted in " + store + " at " + clock.instant()
                    + (holdUntil == null ? " until lifted" : " until " + holdUntil),
                    reference.equals(after) ? null : after, false);
        });
    }

    public Uni<Outcome> lift(String store, String reference) {
        return blocking(() -> {
            String after = stores.lift(store, reference);
            return new Outcome(true, "restriction lifted in " + store + " at " + clock.instant(),
                    reference.equals(after) ? null : after, false);
        });
    }

    /**
     * Art. 16: writes the corrected values and proves them by reading the record again: every corrected field now
     * holds its new value. The proof names the fields, never their values.
     */
    public Uni<Outcome> rectifyWithProof(String store, String reference, java.util.Map<String, String> corrected) {
        return blocking(() -> {
            stores.rectify(store, reference, corrected);
            java.util.Map<String, String> now = stores.rectifiableFields(store, reference);
            List<String> differing = corrected.entrySet().stream()
                    .filter(field -> !java.util.Objects.equals(now.get(field.getKey()), field.getValue()))
                    .map(java.util.Map.Entry::getKey).toList();
            if (!differing.isEmpty()) {
                return Outcome.failure(store + ": " + differing + " not as corrected when read again");
            }
            return Outcome.success("re-read " + store + " at " + clock.instant() + ": " + String.join(", ",
                    corrected.keySet()) + " as corrected");
        });
    }

    /** The record's rectifiable fields and their current values, read off the event loop. */
    public Uni<java.util.Map<String, String>> rectifiableFields(String store, String reference) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return stores.rectifiableFields(store, reference);
            } catch (StoreFailure e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }));
    }

    private interface StoreCall {
        Outcome run() throws StoreFailure;
    }

    private Uni<Outcome> blocking(StoreCall call) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return call.run();
            } catch (StoreFailure e) {
                return Outcome.failure(e);
            } catch (RuntimeException e) {
                // connector bugs must not leak data into the plan: keep only the type
                return Outcome.failure("store error: " + e.getClass().getSimpleName());
            }
        }));
    }
}
