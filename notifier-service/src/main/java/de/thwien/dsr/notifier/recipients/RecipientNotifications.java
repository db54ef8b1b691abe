package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.notifier.delivery.DeliveryStatus;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.notifier.delivery.NoticeDelivery;
import de.thwien.dsr.notifier.facts.NotificationChannel;
import de.thwien.dsr.notifier.facts.RecipientRegister;
import de.thwien.dsr.notifier.facts.RegisteredRecipient;
import de.thwien.dsr.notifier.notices.InstructedRecord;
import de.thwien.dsr.notifier.notices.NoticeRenderer;
import de.thwien.dsr.notifier.notices.RecipientInstructionNotice;
import de.thwien.dsr.notifier.notices.RecipientsTold;
import de.thwien.dsr.notifier.notices.RectificationAnswers;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Art. 19 GDPR as work that is done and recorded: for an erasure or rectification outcome, one notification per (case,
 * recipient of the register whose data it concerned), however often the outcome arrives. A mail recipient gets the instruction (German)
 * as a notice of its own, so it is retried, bounce-tracked and alerted on like every notice; a manual one waits for
 * the assistant; a hosting one is covered by the erasure itself. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RecipientNotifications {

    private static final Logger LOG = Logger.getLogger(RecipientNotifications.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Instructions go out in German: the recipients of the register are German or EU companies with German contracts. */
    private static final NoticeLanguage INSTRUCTION_LANGUAGE = NoticeLanguage.DE;

    private final RecipientRegister register;
    private final NoticeRenderer renderer;
    private final NoticeBook book;
    private final Clock clock;
    private final VoicemailCalls voicemailCalls;

    public RecipientNotifications(RecipientRegister register, NoticeRenderer renderer, NoticeBook book, Clock clock,
            VoicemailCalls voicemailCalls) {
        this.register = register;
        this.renderer = renderer;
        this.book = book;
        this.clock = clock;
        this.voicemailCalls = voicemailCalls;
    }

    /** Records the notifications the outcome calls for (none twice per recipient); then the case's recorded state. */
    public Uni<List<RecipientStatus>> recordFor(ErasureEvents.RecordsErased outcome) {
        return voicemailCalls.ofCase(outcome.caseId())
                .chain(calls -> recordFor(outcome.caseId(), concerned(outcome, calls), false));
    }

    /**
     * Art. 19 for a rectification: the recipients holding a corrected record are told of the correction, with the
     * corrected values (a mail recipient by an instruction of its own, a manual one by the assistant; a hosting one is
     * covered by the correction on our servers). Records not corrected concern no recipient.
     */
    public Uni<List<RecipientStatus>> recordFor(RectificationEvents.RecordsRectified outcome) {
        return recordFor(outcome.caseId(), concerned(outcome, register), true);
    }

    private Uni<List<RecipientStatus>> recordFor(String caseId,
            Map<RegisteredRecipient, List<InstructedRecord>> concerned, boolean rectification) {
        return RecipientNotification.ofCase(caseId).chain(existing -> {
            Set<String> told = existing.stream().map(task -> task.recipient).collect(Collectors.toSet());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<RegisteredRecipient, List<InstructedRecord>> entry : concerned.entrySet()) {
                if (!told.contains(entry.getKey().name())) {
                    chain = chain.chain(() -> open(caseId, entry.getKey(), entry.getValue(), rectification));
                }
            }
            return chain;
        }).chain(() -> statusOf(caseId));
    }

    /** The case's recorded notifications, as they stand, in the register's order. */
    public Uni<List<RecipientStatus>> statusOf(String caseId) {
        return RecipientNotification.ofCase(caseId).chain(tasks -> Multi.createFrom().iterable(tasks.stream()
                        .sorted(Comparator.comparingInt(task -> register.position(task.recipient))).toList())
                .onItem().transformToUniAndConcatenate(this::status)
                .collect().asList());
    }

    /** The assistant told a manual recipient (or one whose mail failed) on {@code on}, by {@code via}. */
    public Uni<RecipientStatus> confirm(UUID id, LocalDate on, String via) {
        return RecipientNotification.<RecipientNotification>findById(id).chain(task -> {
            if (task == null) {
                return Uni.createFrom().failure(new RecipientNotificationNotFound(id));
            }
            return status(task).chain(status -> {
                if (status.state() != RecipientState.OPEN && status.state() != RecipientState.FAILED) {
                    return Uni.createFrom().failure(new RecipientNotificationConflict(
                            "The notification is " + status.state() + "; only an open or failed one is confirmed"
                                    + " by hand."));
                }
                task.confirm(on, via, clock.instant());
                LOG.infof("recipient notification %s of case %s confirmed by hand", task.id, task.caseId);
                return status(task);
            });
        });
    }

    /** What the requester's confirmation says about the recipients, from the recorded state only. */
    public static RecipientsTold told(List<RecipientStatus> statuses, NoticeLanguage language) {
        List<RecipientsTold.InformedRecipient> informed = new ArrayList<>();
        List<String> beingInformed = new ArrayList<>();
        List<String> notReached = new ArrayList<>();
        List<String> hosting = new ArrayList<>();
        for (RecipientStatus status : statuses) {
            switch (status.state()) {
                case INFORMED -> informed.add(new RecipientsTold.InformedRecipient(status.recipient(),
                        language.date(status.informedOn())));
                case OPEN, PENDING -> beingInformed.add(status.recipient());
                case FAILED -> notReached.add(status.recipient());
                case COVERED -> hosting.add(status.recipient());
            }
        }
        return new RecipientsTold(informed, beingInformed, notReached, hosting);
    }

    private Uni<Void> open(String caseId, RegisteredRecipient recipient, List<InstructedRecord> records,
            boolean rectification) {
        RecipientNotification task = RecipientNotification.open(caseId, recipient.name(), recipient.channel(),
                clock.instant());
        if (recipient.channel() != NotificationChannel.MAIL) {
            return task.persist().replaceWithVoid();
        }
        RecipientInstructionNotice instruction = new RecipientInstructionNotice(CaseReference.of(caseId),
                recipient.name(), records, records.stream().anyMatch(InstructedRecord::voicemail), rectification);
        // the task's id is the instruction's trigger: one instruction per task, and a failure finds its task
        return book.record(new NoticeBook.Intent(caseId, NoticeKind.RECIPIENT_INSTRUCTION, task.id,
                        new Person(recipient.privacyContact(), recipient.name()), INSTRUCTION_LANGUAGE.code(),
                        renderer.render(NoticeKind.RECIPIENT_INSTRUCTION, INSTRUCTION_LANGUAGE, instruction), null))
                .chain(delivery -> {
                    task.deliveryId = delivery.id;
                    return task.persist();
                }).replaceWithVoid();
    }

    private Uni<RecipientStatus> status(RecipientNotification task) {
        if (task.channel == NotificationChannel.HOSTING) {
            return Uni.createFrom().item(status(task, RecipientState.COVERED, null));
        }
        if (task.informedOn != null) {
            return Uni.createFrom().item(status(task, RecipientState.INFORMED, task.informedOn));
        }
        if (task.channel == NotificationChannel.MANUAL || task.deliveryId == null) {
            return Uni.createFrom().item(status(task, RecipientState.OPEN, null));
        }
        return NoticeDelivery.<NoticeDelivery>findById(task.deliveryId).map(delivery -> {
            if (delivery != null && delivery.status == DeliveryStatus.SENT && delivery.sentAt != null) {
                return status(task, RecipientState.INFORMED, delivery.sentAt.atZone(BERLIN).toLocalDate());
            }
            return status(task, delivery != null && delivery.status == DeliveryStatus.FAILED
                    ? RecipientState.FAILED : RecipientState.PENDING, null);
        });
    }

    private static RecipientStatus status(RecipientNotification task, RecipientState state, LocalDate informedOn) {
        return new RecipientStatus(task.id, task.caseId, task.recipient, task.channel, state, informedOn,
                task.informedVia, task.deliveryId);
    }

    /**
     * Per concerned recipient (register order), the erased and restricted records of the outcome it holds; a voicemail
     * named by its call ({@code calls}, by reference) as the phone provider finds it.
     */
    private Map<RegisteredRecipient, List<InstructedRecord>> concerned(ErasureEvents.RecordsErased outcome,
            Map<String, VoicemailCalls.Call> calls) {
        Map<RegisteredRecipient, List<InstructedRecord>> concerned = new LinkedHashMap<>();
        for (RegisteredRecipient recipient : register.all()) {
            List<InstructedRecord> records = new ArrayList<>();
            for (ErasureEvents.ErasedRecord erased : list(outcome.records())) {
                if (holds(recipient, erased.store(), erased.retentionCategory())) {
                    records.add(instructed(erased.store(), erased.reference(), erased.retentionCategory(),
                            erased.retentionStart(), null, calls.get(erased.reference())));
                }
            }
            for (ErasureEvents.RestrictedRecord restricted : list(outcome.restricted())) {
                if (holds(recipient, restricted.store(), restricted.retentionCategory())) {
                    records.add(instructed(restricted.store(), restricted.reference(),
                            restricted.retentionCategory(), restricted.retentionStart(), restricted.holdUntil(),
                            calls.get(restricted.reference())));
                }
            }
            if (!records.isEmpty()) {
                concerned.put(recipient, records);
            }
        }
        return concerned;
    }

    /** Per concerned recipient (register order), the corrected records of the rectification it holds. */
    private static Map<RegisteredRecipient, List<InstructedRecord>> concerned(
            RectificationEvents.RecordsRectified outcome, RecipientRegister register) {
        Map<RegisteredRecipient, List<InstructedRecord>> concerned = new LinkedHashMap<>();
        for (RegisteredRecipient recipient : register.all()) {
            List<InstructedRecord> records = new ArrayList<>();
            for (RectificationEvents.RectifiedRecord record : outcome.records()) {
                if (record.outcome() == RectificationEvents.Outcome.CORRECTED
                        && holds(recipient, record.store(), record.retentionCategory())) {
                    boolean mail = StoreId.find(record.store()).filter(StoreId.MAIL::equals).isPresent();
                    records.add(new InstructedRecord(RecordDescriptions.of(record.store(), record.reference(),
                            record.retentionCategory(), record.retentionStart(), outcome.storeNames(),
                            INSTRUCTION_LANGUAGE), mail ? null : record.reference(), null, false,
                            RectificationAnswers.correctedFields(outcome, record, INSTRUCTION_LANGUAGE)));
                }
            }
            if (!records.isEmpty()) {
                concerned.put(recipient, records);
            }
        }
        return concerned;
    }

    private static boolean holds(RegisteredRecipient recipient, String store, String category) {
        return recipient.concerns(StoreId.find(store).orElse(null), RetentionCategory.find(category).orElse(null));
    }

    /**
     * A record as the recipient finds it: a voicemail by its call's time and caller, any other record by its kind and
     * date; our reference only where the recipient knows it (a record of our CRM, not a mail of our mailbox).
     */
    private static InstructedRecord instructed(String store, String reference, String category, LocalDate date,
            LocalDate restrictedUntil, VoicemailCalls.Call call) {
        boolean voicemail = RetentionCategory.find(category).filter(RetentionCategory.VOICEMAIL::equals).isPresent();
        boolean mail = StoreId.find(store).filter(StoreId.MAIL::equals).isPresent();
        String description = voicemail && call != null && call.calledAt() != null
                ? VoicemailCalls.describe(call, INSTRUCTION_LANGUAGE)
                : RecordDescriptions.of(store, reference, category, date, INSTRUCTION_LANGUAGE);
        return new InstructedRecord(description, mail ? null : reference,
                restrictedUntil == null ? null : INSTRUCTION_LANGUAGE.date(restrictedUntil), voicemail);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
