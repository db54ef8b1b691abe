package de.thwien.dsr.erasure.testing;

import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.erasure.stores.StoreFailure;
import de.thwien.dsr.events.Finding;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The stores' write side at the edge of the tests, standing in for the connectors until they are
 * wired: records by reference, restrictions, counted erasures and injected failures. Every test
 * uses references of its own case, so tests do not see each other's records.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class InMemoryRecordStores implements RecordStores {

    private final Map<String, Boolean> present = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> restrictedUntil = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> erasures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresToInject = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ignoreErasure = new ConcurrentHashMap<>();
    private final Map<String, String> movesTo = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refuseErasure = new ConcurrentHashMap<>();
    private final Map<String, String> keptWhilePresent = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refuseRestriction = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<String, StoreCallGate> gates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> partErasures = new ConcurrentHashMap<>();
    private final Map<String, List<OperatorTask>> operatorTasks = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sparedWhenErased = new ConcurrentHashMap<>();
    private final Map<String, Mention> redactedMentions = new ConcurrentHashMap<>();
    private final Map<String, List<OperatorTask>> fileTasks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> loseAnswer = new ConcurrentHashMap<>();
    public static final String STRIPPED = "#stripped";
    public static final String REDACTED = "#redacted";

    /**
     * Holds the next write to one reference inside the store call until the test opens it, so a test can act
     * while the executor is between its claim and recording the outcome.
     */
    public static final class StoreCallGate {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        /** Whether the store call arrived at the gate within {@code seconds}. */
        public boolean awaitEntered(long seconds) throws InterruptedException {
            return entered.await(seconds, TimeUnit.SECONDS);
        }

        public void open() {
            opened.countDown();
        }

        void pass() {
            entered.countDown();
            try {
                // bounded, so a test that fails before opening it does not hold the executor for good
                opened.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void add(String reference) {
        present.put(reference, true);
    }

    public boolean contains(String reference) {
        return present.getOrDefault(reference, false);
    }

    public LocalDate restrictedUntil(String reference) {
        return restrictedUntil.get(reference);
    }

    public int erasureCount(String reference) {
        return erasures.getOrDefault(reference, new AtomicInteger()).get();
    }

    /** The next {@code times} writes to the reference fail as if the store were down. */
    public void failNext(String reference, int times) {
        failuresToInject.put(reference, new AtomicInteger(times));
    }

    /** Restricting the reference moves the record to {@code newReference} (a mail into the restricted folder). */
    public void movesWhenRestricted(String reference, String newReference) {
        movesTo.put(reference, newReference);
    }

    /** The store acknowledges erasures of the reference but keeps the record (a lying store). */
    public void ignoreErasureOf(String reference) {
        ignoreErasure.put(reference, true);
    }

    /** The store refuses to erase the reference for good (e.g. rows that are kept point at it). */
    public void refuseErasureOf(String reference) {
        refuseErasure.put(reference, true);
    }

    /** The store refuses to erase the reference while {@code keptBy} is present (an invoice on her master data). */
    public void refuseErasureWhilePresent(String reference, String keptBy) {
        keptWhilePresent.put(reference, keptBy);
    }

    /**
     * The next write to the reference waits inside the store call until the returned gate is opened; with
     * {@link #failNext} the first write after the injected failures, so a test sees the failures before the retry.
     */
    public StoreCallGate holdNextWriteTo(String reference) {
        StoreCallGate gate = new StoreCallGate();
        gates.put(reference, gate);
        return gate;
    }

    /** The store refuses to restrict the reference for good (an IMAP server's {@code NO [CANNOT]}). */
    public void refuseRestrictionOf(String reference) {
        refuseRestriction.put(reference, true);
    }

    /** Erasing the reference leaves these tasks to the operator (a BBB recording's raw media), every time. */
    public void leavesOperatorTasks(String reference, OperatorTask... tasks) {
        operatorTasks.put(reference, List.of(tasks));
    }

    /**
     * Erasing the reference leaves these files on the store's server; as with a database row naming a file, the
     * store knows of them only while the record is there.
     */
    public void leavesFileTasks(String reference, OperatorTask... tasks) {
        fileTasks.put(reference, List.of(tasks));
    }

    /** The next erasure of the reference erases it, then its answer is lost (as when the caller crashes). */
    public void loseNextAnswerTo(String reference) {
        loseAnswer.put(reference, true);
    }

    /** The records the last erasure of the reference was told not to take with it; null if never erased. */
    public Set<String> sparedWhenErased(String reference) {
        return sparedWhenErased.get(reference);
    }

    public int refusalCount(String reference) {
        return refusals.getOrDefault(reference, new AtomicInteger()).get();
    }

    @Override
    public ErasureResult erase(String store, String reference, Set<String> spared) throws StoreFailure {
        sparedWhenErased.put(reference, Set.copyOf(spared));
        failIfInjected(store, reference);
        if (refuseErasure.getOrDefault(reference, false)
                || keptWhilePresent.containsKey(reference) && contains(keptWhilePresent.get(reference))) {
            refusals.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
            throw StoreFailure.refusal(store + ": erasure blocked: kept rows point at the record", null);
        }
        List<OperatorTask> files = contains(reference) ? fileTasks.getOrDefault(reference, List.of()) : List.of();
        erasures.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
        if (!ignoreErasure.getOrDefault(reference, false)) {
            present.put(reference, false);
            restrictedUntil.remove(reference);
        }
        if (loseAnswer.remove(reference) != null) {
            throw new StoreFailure(store + " unavailable: the answer to the erasure was lost");
        }
        return ErasureResult.leaving(Stream.concat(operatorTasks.getOrDefault(reference, List.of()).stream(),
                files.stream()).toList());
    }

    @Override
    public List<OperatorTask> leftByErasure(String store, String reference, Set<String> spared) {
        return contains(reference) ? fileTasks.getOrDefault(reference, List.of()) : List.of();
    }

    @Override
    public String restrict(String store, String reference, LocalDate holdUntil) throws StoreFailure {
        failIfInjected(store, reference);
        if (refuseRestriction.getOrDefault(reference, false)) {
            refusals.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
            throw StoreFailure.refusal(store + " refused: the server answered NO [CANNOT] to restrict", null);
        }
        String after = movesTo.getOrDefault(reference, reference);
        if (!after.equals(reference)) {
            present.put(reference, false);
            present.put(after, true);
        }
        // a restriction she asked for has no end date
        restrictedUntil.put(after, holdUntil == null ? LocalDate.MAX : holdUntil);
        return after;
    }

    @Override
    public String lift(String store, String reference) throws StoreFailure {
        failIfInjected(store, reference);
        restrictedUntil.remove(reference);
        return reference;
    }

    @Override
    public boolean stillPresent(String store, String reference) {
        return contains(reference);
    }

    /** Every record present now in the order of its reference, which is its restorable identity (as in a SQL store). */
    @Override
    public void restorableIdentities(String store, java.util.function.BiConsumer<String, String> sink) {
        present.keySet().stream().filter(this::contains).sorted()
                .forEach(reference -> sink.accept(reference, reference));
    }

    /** Erasing a part keeps the rest under {@code <reference>#stripped}, as a stripped mail is a new message. */
    @Override
    public String erasePart(String store, String reference, Finding.PartKind part) throws StoreFailure {
        failIfInjected(store, reference);
        if (reference.endsWith(STRIPPED)) {
            return reference;
        }
        String after = reference + STRIPPED;
        partErasures.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
        present.put(reference, false);
        present.put(after, true);
        restrictedUntil.put(after, restrictedUntil.getOrDefault(reference, LocalDate.MAX));
        restrictedUntil.remove(reference);
        return after;
    }

    @Override
    public boolean partStillPresent(String store, String reference, Finding.PartKind part) {
        return !reference.endsWith(STRIPPED);
    }

    /**
     * Redacting keeps the record under {@code <reference>#redacted}, as a redacted mail is a new message; only the
     * mail store redacts, as only its connector can. The mention it removed is kept for the test to read.
     */
    /** As the store types on the class path declare it: the tests' stores go by their types' ids. */
    @Override
    public boolean can(String store, StoreCapability capability) {
        return ConnectedStores.discoveredTypes().stream().filter(type -> type.id().equals(store)).findFirst()
                .map(type -> type.can(capability)).orElse(false);
    }

    @Override
    public String redact(String store, String reference, Mention mention) throws StoreFailure {
        failIfInjected(store, reference);
        if (!store.equals("mail")) {
            throw StoreFailure.refusal(store + " refused: its records cannot be redacted", null);
        }
        String after = reference + REDACTED;
        present.put(reference, false);
        present.put(after, true);
        redactedMentions.put(after, mention);
        return after;
    }

    @Override
    public boolean stillMentions(String store, String reference, Mention mention) {
        return !redactedMentions.containsKey(reference);
    }

    /** The mention removed from the record now at {@code reference}, if one was. */
    public Mention mentionRemovedFrom(String reference) {
        return redactedMentions.get(reference);
    }

    public int partErasureCount(String reference) {
        return partErasures.getOrDefault(reference, new AtomicInteger()).get();
    }

    private void failIfInjected(String store, String reference) throws StoreFailure {
        AtomicInteger remaining = failuresToInject.get(reference);
        if (remaining != null && remaining.getAndDecrement() > 0) {
            throw new StoreFailure(store + " unavailable: injected failure");
        }
        StoreCallGate gate = gates.remove(reference);
        if (gate != null) {
            gate.pass();
        }
    }
}
