package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.erasure.plans.AuditEntry;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.erasure.stores.StoreOperations;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents.RecordsRectified;
import de.thwien.dsr.events.RectificationEvents.RectifiedRecord;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import de.thwien.dsr.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Art. 16 for a RECTIFICATION case: the assistant's decisions on the located records (corrected values, no change
 * needed, supplementary statement), then execution: each correction is written through the store's connector and
 * proved by reading the record again, audited; when every correction is proved the plan completes and
 * {@code records.rectified} goes out through the outbox, in the transaction that completes it. Store calls run outside
 * any transaction; each change of the plan in its own.
 */
@ApplicationScoped
public class Rectifications {

    private static final Logger LOG = Logger.getLogger(Rectifications.class);
    static final int MAX_VALUE_LENGTH = 500;

    private final StoreOperations stores;
    private final RecordStores storeNames;
    private final SealedCaseText sealed;
    private final Outbox outbox;
    private final IdentifierHolders holders;
    private final OperatorAddresses operatorAddresses;
    private final Clock clock;

    /** {@code storeNames}: where the names of the records' stores come from, as their types declare them. */
    public Rectifications(StoreOperations stores, RecordStores storeNames, SealedCaseText sealed, Outbox outbox,
            IdentifierHolders holders, OperatorAddresses operatorAddresses, Clock clock) {
        this.stores = stores;
        this.storeNames = storeNames;
        this.sealed = sealed;
        this.outbox = outbox;
        this.holders = holders;
        this.operatorAddresses = operatorAddresses;
        this.clock = clock;
    }

    public Uni<RectificationView> view(UUID caseId) {
        return Panache.withSession(() -> plan(caseId).chain(plan -> RectificationItem.ofCase(caseId)
                .chain(items -> sealed.forOpening(caseId).map(cipher -> new Loaded(plan, items, cipher)))))
                .chain(loaded -> Multi.createFrom().iterable(loaded.items())
                        .onItem().transformToUniAndConcatenate(item -> current(item)
                                .map(fields -> itemView(item, fields, loaded.cipher())))
                        .collect().asList()
                        .map(items -> new RectificationView(caseId, loaded.plan().language,
                                loaded.plan().status.name(), items)));
    }

    /**
     * Corrected values for the record; only fields that differ from the store's current values count. A corrected
     * e-mail address that is one of the operator's own is refused ({@link OperatorAddresses}); a corrected e-mail
     * address or phone number that identifies another person's records (or that the subject index could not be asked
     * about) is refused unless {@code confirmedRequesterControls}: the assistant checked that the requester
     * controls it; her confirmation is audited ({@link CorrectedIdentifierRule}).
     */
    public Uni<RectificationView.Item> correct(UUID caseId, long itemId, Map<String, String> values,
            boolean confirmedRequesterControls, String actor) {
        if (values == null || values.isEmpty()) {
            return Uni.createFrom().failure(RectificationRefused.invalid("no corrected value given"));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getValue() == null || value.getValue().isBlank()) {
                return Uni.createFrom().failure(RectificationRefused.invalid("field " + value.getKey()
                        + ": a corrected value must not be blank"));
            }
            if (value.getValue().length() > MAX_VALUE_LENGTH) {
                return Uni.createFrom().failure(RectificationRefused.invalid("field " + value.getKey()
                        + ": a corrected value has at most " + MAX_VALUE_LENGTH + " characters"));
            }
            java.util.Optional<String> problem = CorrectedValueCheck.problemWith(value.getKey(), value.getValue());
            if (problem.isPresent()) {
                return Uni.createFrom().failure(new CorrectedValueMalformed(problem.get()));
            }
            if (CorrectedIdentifierRule.Kind.of(value.getKey()) == CorrectedIdentifierRule.Kind.EMAIL
                    && operatorAddresses.isOurs(value.getValue())) {
                return Uni.createFrom().failure(new CorrectedIdentifierIsOurs(value.getKey()));
            }
        }
        return Panache.withSession(() -> item(caseId, itemId)).chain(found -> current(found).chain(fields -> {
            if (fields == null) {
                throw RectificationRefused.conflict("the store did not answer; try again later");
            }
            Map<String, String> changed = new LinkedHashMap<>();
            for (Map.Entry<String, String> value : values.entrySet()) {
                if (!fields.containsKey(value.getKey())) {
                    throw RectificationRefused.invalid("field " + value.getKey()
                            + " cannot be rectified in this record");
                }
                String trimmed = value.getValue().strip();
                if (!trimmed.equals(fields.get(value.getKey()))) {
                    changed.put(value.getKey(), trimmed);
                }
            }
            if (changed.isEmpty()) {
                throw RectificationRefused.invalid("every value equals the record's: choose no change instead");
            }
            return confirmedIdentifiers(caseId, changed, confirmedRequesterControls).chain(confirmed -> {
                Instant now = clock.instant();
                return Panache.withTransaction(() -> lockedItem(caseId, itemId).chain(item -> sealed.forSealing(caseId)
                        .chain(cipher -> {
                            item.correct(List.copyOf(changed.keySet()), SealedCaseText.sealValues(cipher,
                                    SealedCaseText.field("values", item.store, item.reference), changed), actor, now);
                            return Multi.createFrom().iterable(confirmed)
                                    .onItem().transformToUniAndConcatenate(detail -> AuditEntry.record(caseId, item.id,
                                            actor, "RECTIFICATION_IDENTIFIER_CONFIRMED", detail, now))
                                    .collect().asList()
                                    .chain(() -> AuditEntry.record(caseId, item.id, actor, "RECTIFICATION_DECIDED",
                                            "correct " + String.join(", ", changed.keySet()), now))
                                    .map(audit -> itemView(item, fields, cipher));
                        })));
            });
        }));
    }

    /**
     * Asks the subject index about every corrected e-mail address and phone number: refuses one that identifies
     * records outside this case (or could not be checked) unless the assistant confirmed; gives the audit details of
     * the ones she confirmed (field and stores, never the value).
     */
    private Uni<List<String>> confirmedIdentifiers(UUID caseId, Map<String, String> changed, boolean confirmed) {
        List<Map.Entry<String, String>> identifiers = changed.entrySet().stream()
                .filter(value -> CorrectedIdentifierRule.Kind.of(value.getKey()) != CorrectedIdentifierRule.Kind.NONE)
                .toList();
        if (identifiers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> RectificationItem.ofCase(caseId)).chain(items -> {
            Set<CorrectedIdentifierRule.StoredRecord> caseRecords = new HashSet<>();
            items.forEach(item -> caseRecords.add(new CorrectedIdentifierRule.StoredRecord(item.store,
                    item.reference)));
            return Multi.createFrom().iterable(identifiers)
                    .onItem().transformToUniAndConcatenate(value -> holders.of(
                                    CorrectedIdentifierRule.Kind.of(value.getKey()), value.getValue())
                            .map(found -> confirmation(value.getKey(),
                                    CorrectedIdentifierRule.decide(found, caseRecords, confirmed))))
                    .collect().asList()
                    .map(details -> details.stream().filter(Objects::nonNull).toList());
        });
    }

    /** The audit detail of a confirmed identifier, null for one nobody else holds; throws for a refused one. */
    private static String confirmation(String field, CorrectedIdentifierRule.Verdict verdict) {
        return switch (verdict.outcome()) {
            case ACCEPTED -> null;
            case REFUSED_HELD_BY_OTHERS -> throw new CorrectedIdentifierOfOthers(field, verdict.storesOfOthers());
            case REFUSED_UNCHECKED -> throw new CorrectedIdentifierUnchecked(field);
            case ACCEPTED_AS_CONFIRMED -> "field " + field + ": the assistant confirmed that the requester controls"
                    + " the corrected value, " + (verdict.storesOfOthers().isEmpty()
                            ? "which the subject index could not check"
                            : "an identifier of other records in " + String.join(", ", verdict.storesOfOthers()));
        };
    }

    public Uni<RectificationView.Item> noChange(UUID caseId, long itemId, String reason, String actor) {
        return decideWithText(caseId, itemId, actor, "RECTIFICATION_NO_CHANGE", "no change needed", "reason",
                reason, RectificationItem::noChange);
    }

    /** Art. 16 sentence 2: a supplementary statement kept with the case for a record the store cannot change. */
    public Uni<RectificationView.Item> supplement(UUID caseId, long itemId, String statement, String actor) {
        return decideWithText(caseId, itemId, actor, "RECTIFICATION_STATEMENT", "supplementary statement kept",
                "statement", statement, RectificationItem::supplement);
    }

    private interface TextDecision {
        void apply(RectificationItem item, String sealedText, String actor, Instant at);
    }

    private Uni<RectificationView.Item> decideWithText(UUID caseId, long itemId, String actor, String action,
            String detail, String what, String text, TextDecision decision) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> lockedItem(caseId, itemId).chain(item -> sealed.forSealing(caseId)
                .chain(cipher -> {
                    decision.apply(item, cipher.seal(SealedCaseText.field(what, item.store, item.reference),
                            text.strip()), actor, now);
                    return AuditEntry.record(caseId, item.id, actor, action, detail, now)
                            .map(audit -> itemView(item, null, cipher));
                })));
    }

    /**
     * Writes every decided correction not yet proved and, when all are, completes the plan and sends
     * {@code records.rectified}. A record still undecided whose store could change it stops the execution before any
     * write: the assistant decides it first. A correction the store did not take stays on the plan with its error, the
     * plan open: executing again retries it.
     */
    public Uni<RectificationView> execute(UUID caseId, String actor) {
        return Panache.withSession(() -> plan(caseId).invoke(RectificationPlan::requireOpen)
                .chain(plan -> RectificationItem.ofCase(caseId)))
                .chain(items -> undecidedButRectifiable(items).chain(undecided -> {
                    if (undecided > 0) {
                        throw RectificationRefused.conflict(undecided
                                + " records the store can change still need a decision");
                    }
                    return Panache.withSession(() -> sealed.forOpening(caseId)).chain(cipher -> Multi.createFrom()
                            .iterable(items.stream().filter(RectificationItem::awaitsWriting).toList())
                            .onItem().transformToUniAndConcatenate(item -> write(item, cipher, actor))
                            .collect().asList());
                }))
                .chain(written -> written.contains(Boolean.FALSE) ? Uni.createFrom().voidItem() : complete(caseId, actor))
                .chain(() -> view(caseId));
    }

    private Uni<Boolean> write(RectificationItem item, ScopeCipher cipher, String actor) {
        Map<String, String> values = SealedCaseText.openValues(cipher,
                SealedCaseText.field("values", item.store, item.reference), item.decisionText);
        if (values.isEmpty()) {
            return recordWrite(item.caseId, item.id, actor, new StoreOperations.Outcome(false,
                    "the corrected values cannot be read (case shredded?)"));
        }
        return stores.rectifyWithProof(item.store, item.reference, values)
                .chain(outcome -> recordWrite(item.caseId, item.id, actor, outcome));
    }

    private Uni<Boolean> recordWrite(UUID caseId, long itemId, String actor, StoreOperations.Outcome outcome) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> lockedItem(caseId, itemId).chain(item -> {
            if (outcome.succeeded()) {
                item.written(outcome.detail(), now);
            } else {
                item.notWritten(outcome.detail());
                LOG.infof("case %s: a correction in %s was not written", caseId, item.store);
            }
            return AuditEntry.record(caseId, itemId, actor, outcome.succeeded() ? "RECTIFIED" : "RECTIFICATION_FAILED",
                    outcome.detail(), now).replaceWith(outcome.succeeded());
        }));
    }

    private Uni<Void> complete(UUID caseId, String actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> RectificationPlan.<RectificationPlan>findById(caseId,
                LockModeType.PESSIMISTIC_WRITE).chain(plan -> {
            plan.complete(now);
            return RectificationItem.ofCase(caseId).chain(items -> sealed.forOpening(caseId).chain(cipher -> {
                Person person = new Person(
                        SealedCaseText.open(cipher, RectificationPlanning.PERSON_EMAIL, plan.personEmail).orElse(null),
                        SealedCaseText.open(cipher, RectificationPlanning.PERSON_NAME, plan.personName).orElse(null));
                List<RectificationAnswer.DecidedRecord> decided = new ArrayList<>();
                for (RectificationItem item : items) {
                    decided.add(new RectificationAnswer.DecidedRecord(item.store, item.reference,
                            item.retentionCategory, item.retentionStart, item.decision,
                            item.decision == RectificationItem.Decision.CORRECT ? SealedCaseText.openValues(cipher,
                                    SealedCaseText.field("values", item.store, item.reference), item.decisionText)
                                    : Map.of(),
                            textOf(item, cipher), item.executedAt != null ? item.executedAt : item.decidedAt));
                }
                RecordsRectified answer = RectificationAnswer.of(caseId.toString(), plan.language, person, decided,
                        now);
                return outbox.append(answer.withStoreNames(storeNames.namesOf(answer.records().stream()
                                .map(RectifiedRecord::store).filter(Objects::nonNull).toList())))
                        .chain(() -> AuditEntry.record(caseId, null, actor, "RECTIFICATION_COMPLETED",
                                items.size() + " records answered", now))
                        .replaceWithVoid();
            }));
        }));
    }

    /** Records still OPEN whose store could change them (a mail or recording may stay undecided). */
    private Uni<Integer> undecidedButRectifiable(List<RectificationItem> items) {
        return Multi.createFrom().iterable(items.stream()
                        .filter(item -> item.decision == RectificationItem.Decision.OPEN).toList())
                .onItem().transformToUniAndConcatenate(this::current)
                .collect().asList()
                .map(fields -> (int) fields.stream().filter(found -> found == null || !found.isEmpty()).count());
    }

    /** The record's rectifiable fields now; null when the store did not answer. */
    private Uni<Map<String, String>> current(RectificationItem item) {
        return stores.rectifiableFields(item.store, item.reference)
                .onFailure().recoverWithItem(failure -> null);
    }

    private RectificationView.Item itemView(RectificationItem item, Map<String, String> fields, ScopeCipher cipher) {
        Map<String, String> corrected = item.decision == RectificationItem.Decision.CORRECT
                ? SealedCaseText.openValues(cipher, SealedCaseText.field("values", item.store, item.reference),
                        item.decisionText)
                : Map.of();
        return new RectificationView.Item(item.id, item.store, item.reference,
                SealedCaseText.open(cipher, SealedCaseText.field("summary", item.store, item.reference), item.summary)
                        .orElse(null),
                fields != null && !fields.isEmpty(), fields == null ? Map.of() : fields,
                fields == null && item.awaitsDecision() ? item.store + " did not answer" : null,
                item.decision.name(), corrected,
                textOf(item, cipher), item.decidedBy, item.decidedAt, item.execution.name(), item.proof,
                item.lastError);
    }

    private static String textOf(RectificationItem item, ScopeCipher cipher) {
        String what = switch (item.decision) {
            case NO_CHANGE -> "reason";
            case STATEMENT -> "statement";
            default -> null;
        };
        return what == null ? null
                : SealedCaseText.open(cipher, SealedCaseText.field(what, item.store, item.reference),
                        item.decisionText).orElse(null);
    }

    private static Uni<RectificationPlan> plan(UUID caseId) {
        return RectificationPlan.<RectificationPlan>findById(caseId)
                .onItem().ifNull().failWith(() -> RectificationRefused.notFound("no rectification plan for this case"));
    }

    private static Uni<RectificationItem> item(UUID caseId, long itemId) {
        return RectificationItem.<RectificationItem>findById(itemId)
                .map(found -> {
                    if (found == null || !Objects.equals(found.caseId, caseId)) {
                        throw RectificationRefused.notFound("the case's rectification plan has no such record");
                    }
                    return found;
                });
    }

    private static Uni<RectificationItem> lockedItem(UUID caseId, long itemId) {
        return RectificationPlan.<RectificationPlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> RectificationRefused.notFound("no rectification plan for this case"))
                .invoke(RectificationPlan::requireOpen)
                .chain(plan -> item(caseId, itemId));
    }

    private record Loaded(RectificationPlan plan, List<RectificationItem> items, ScopeCipher cipher) {
    }
}
