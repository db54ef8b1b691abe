package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.thwien.dsr.intake.casework.CaseView;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.TemplateExtensions;
import de.thwien.dsr.platform.security.OnBehalfOf;
import de.thwien.dsr.platform.text.MessageFile;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * erasure-service as the dashboard calls it (quarkus.rest-client.erasure-service.*): a case's erasure plan, the
 * assistant's decisions on its items, and the erasures coming up. Decisions name the logged-in assistant in
 * {@value OnBehalfOf#HEADER}; only the service login (role {@value OnBehalfOf#SERVICE_ROLE} there) may send it, so
 * erasure-service's audit trail names her.
 */
@RegisterRestClient(configKey = "erasure-service")
@RegisterClientHeaders(ServiceLogin.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ErasureService {

    /** A case's erasure plan: only what the case page shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plan(String status, String requestType, List<PlanItem> items, List<OperatorTask> operatorTasks,
            List<ObjectionDecision> objectionDecisions) {

        /** Whether the plan carries out a consent withdrawal (Art. 7(3) GDPR) rather than an erasure request. */
        public boolean forConsentWithdrawal() {
            return "CONSENT_WITHDRAWAL".equals(requestType);
        }

        /** On an objection (Art. 21 GDPR): the purposes she decides on, with their records' state. */
        public List<ObjectionChoice> objectionPurposes() {
            return "OBJECTION".equals(requestType) ? ObjectionChoice.of(items, objectionDecisions) : List.of();
        }

        /** The tasks the operator has not done yet, as the assistant confirmed them. */
        public List<OperatorTask> openOperatorTasks() {
            return operatorTasks == null ? List.of()
                    : operatorTasks.stream().filter(task -> task.doneAt() == null).toList();
        }
    }

    /**
     * On an objection (Art. 21 GDPR), the assistant's one decision on a purpose ({@code decision}: STOP or CONTINUE),
     * which every record of the purpose follows.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectionDecision(String purpose, String decision) {
    }

    /**
     * Work on a store's server the erasure of item {@code itemId} left (null: a deletion by routine retention): the
     * exact command or path.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OperatorTask(long id, Long itemId, String store, String kind, String instruction, String doneAt) {
    }

    /** A task confirmed done, and how many of the case's tasks are still open. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OperatorTaskConfirmed(OperatorTask task, long stillOpen) {
    }

    /**
     * {@code reference} is the record's place in its store (an IMAP URL, a table and key): an id, never shown; the
     * page names the record by store, what it is and its date ({@code retentionStart}). {@code awaitingErasure}: the
     * record stays restricted only until the deferred erasure takes it from {@code erasableFrom}, with no hold that
     * runs (its {@code holdUntil} is the day before): the page says it is to be erased, and when.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanItem(long id, String store, String reference, String retentionCategory, String matchStrength,
            String action, String reasonCode, String holdUntil, String approval, String execution,
            String retentionStart, boolean consentBased, String objectionPurpose, boolean awaitingErasure,
            String erasableFrom) {

        /**
         * The reason the page words ({@code reasonCode.*}): erasure-service's code, except for a record processed on
         * consent that a withdrawal erases, which goes because consent was withdrawn (Art. 7(3), 17(1)(b) GDPR), not
         * merely because no retention duty keeps it ({@code NO_HOLD}).
         */
        public String shownReasonCode(boolean consentWithdrawal) {
            return consentWithdrawal && consentBased && "ERASE".equals(action) && "NO_HOLD".equals(reasonCode)
                    ? "CONSENT_WITHDRAWN" : reasonCode;
        }

        /** Conference tables whose records are no account although they share its category (as in the notices). */
        private static final Set<String> CONFERENCE_KINDS = Set.of("rooms", "shared_accesses", "invitations");

        /**
         * Conference records other than the account that share its retention category (a room, an access to a
         * shared room, an invitation), by the table their reference starts with; null for any other record.
         */
        public String conferenceKind() {
            if (!"conference".equals(store) || reference == null) {
                return null;
            }
            int slash = reference.indexOf('/');
            String table = slash < 0 ? reference : reference.substring(0, slash);
            return CONFERENCE_KINDS.contains(table) ? table : null;
        }
    }

    /** The erasures coming up per month, and the open tasks routine retention left to the operator (no case). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Jobs(List<MonthCount> upcoming, List<OperatorTask> operatorTasks) {

        public Jobs {
            operatorTasks = operatorTasks == null ? List.of() : operatorTasks;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MonthCount(String month, long erasures) {
    }

    /**
     * A run of the restore check: how many records a restored backup brought back were erased or restricted again,
     * per store and action ({@code counts}), and the stores it could not ask. No person, no record.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RestoreCheckReport(Long id, String trigger, Instant startedAt, Instant finishedAt, int reErased,
            int reRestricted, int failed, List<StoreCount> counts, List<String> unavailableStores) {

        public RestoreCheckReport {
            counts = counts == null ? List.of() : counts;
            unavailableStores = unavailableStores == null ? List.of() : unavailableStores;
        }

        /** Whether the restored backup brought back nothing erased or restricted (and nothing failed). */
        public boolean nothingRestored() {
            return reErased + reRestricted + failed == 0;
        }
    }

    /** {@code action}: ERASED or RESTRICTED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoreCount(String store, String action, int count) {
    }

    /** A RECTIFICATION case's plan (Art. 16): only what the case page shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rectification(String status, List<RectificationItem> items) {

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /**
     * A located record: {@code fields} the store's rectifiable fields with their current values (empty where it
     * cannot change the record), {@code corrected} the values the assistant entered, {@code text} her reason or
     * supplementary statement.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RectificationItem(long id, String store, String reference, String summary, boolean rectifiable,
            java.util.Map<String, String> fields, String storeError, String decision,
            java.util.Map<String, String> corrected, String text, String execution, String proof, String lastError) {

        /** What the record is, in the page's language: its summary is the connector's technical line in English. */
        public String title(String lang) {
            return RecordTitle.of(store, reference, PageLanguage.messages(lang));
        }

        /**
         * The one state the record is in, in the page's language; a written correction with the time the
         * rectification was carried out: {@code carriedOut} the case's {@code RECORDS_RECTIFIED} entry, null before.
         */
        public String state(String lang, boolean planCompleted, CaseView.Entry carriedOut) {
            RectificationItemState state = RectificationItemState.of(decision, execution, rectifiable, planCompleted);
            MessageFile texts = PageLanguage.messages(lang);
            String key = "rectificationItemState." + state;
            if (state == RectificationItemState.CORRECTED && carriedOut != null) {
                return texts.text(key + ".on", java.util.Map.of("date", TemplateExtensions.local(carriedOut.at())));
            }
            return texts.text(key);
        }
    }

    /**
     * {@code confirmedRequesterControls}: she checked that the requester controls a corrected e-mail address or phone
     * number that identifies another person's records (erasure-service refuses such a value without it); sent only
     * when she confirmed.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Correction(java.util.Map<String, String> values, Boolean confirmedRequesterControls) {
    }

    record RectificationText(String text) {
    }

    /**
     * A restriction request (Art. 18 GDPR): {@code ground} the code of Art. 18(1)(a)–(d), null while nobody said it
     * (her answer waits for it); how far a lift got: announced (the Art. 18(3) notice on its way), notice sent (the
     * stores are lifted now; {@code liftNoticeByPost}: she has no e-mail address, the notice was handed to the
     * assistant to post); {@code liftable}: the lift can be asked for now; {@code groundChangeable}: her answer is not
     * out yet, the ground can still be chosen. {@code end}: why the restriction ends (erasure-service's
     * RestrictionEnd, one of its ground's; {@code endStatedBy} null when a completed rectification gave it on
     * 18(1)(a)); {@code endsStatable}: the reasons the assistant may state on its ground, which the form offers;
     * {@code liftWaitsForEnd}: her records are restricted and the lift needs such a reason first.
     * {@code awaitingErasure}: records restricted only until their erasure after the end of a restriction under
     * Art. 18(1)(c), the first due on {@code erasureDueOn}; {@code keptUnderHold}: records kept restricted under a
     * retention hold after that end. Neither is counted in {@code restricted}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Restriction(String ground, String groundSetBy, boolean planned, int restricted, int lifted,
            Instant liftAnnouncedAt, String liftAnnouncedBy, Instant liftNoticeSentAt, boolean liftNoticeByPost,
            boolean liftable, boolean groundChangeable, String end, String endStatedBy, Instant endStatedAt,
            List<String> endsStatable, boolean liftWaitsForEnd, int awaitingErasure, String erasureDueOn,
            int keptUnderHold) {

        public Restriction {
            endsStatable = endsStatable == null ? List.of() : List.copyOf(endsStatable);
        }
    }

    record RestrictionGround(String ground) {
    }

    /** The assistant's statement why the restriction ends (a RestrictionEnd of its ground), with her reason. */
    record EndStatement(String end, String reason) {
    }

    /** The decisions' bodies as the assistant entered them; erasure-service validates them. */
    record Decline(String reasonCode, String reason) {
    }

    record Reclassification(String category, String reason) {
    }

    record Pin(String until, String reason) {
    }

    /** Her compelling legitimate grounds to continue a purpose an objection is against (Art. 21(1) GDPR). */
    record Grounds(String grounds) {
    }

    @GET
    @Path("/cases/{caseId}/erasure-plan")
    Uni<Plan> plan(@PathParam("caseId") UUID caseId);

    @POST
    @Path("/cases/{caseId}/erasure-plan/items/{itemId}/approve")
    Uni<Void> approve(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    /** Only the requester's mention is removed from the third party's record; the record stays. */
    @POST
    @Path("/cases/{caseId}/erasure-plan/items/{itemId}/redact")
    Uni<PlanItem> redact(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    @POST
    @Path("/cases/{caseId}/erasure-plan/items/{itemId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> decline(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, Decline decline);

    @POST
    @Path("/cases/{caseId}/erasure-plan/items/{itemId}/reclassify")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> reclassify(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, Reclassification reclassification);

    @POST
    @Path("/cases/{caseId}/erasure-plan/items/{itemId}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> pin(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, Pin pin);

    /** Objection: the processing of the purpose stops; its records are erased, or restricted under a hold. */
    @POST
    @Path("/cases/{caseId}/erasure-plan/objection/{purpose}/stop")
    Uni<Void> stopPurpose(@PathParam("caseId") UUID caseId, @PathParam("purpose") String purpose,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    /** Objection: the processing of the purpose continues on the grounds she wrote down. */
    @POST
    @Path("/cases/{caseId}/erasure-plan/objection/{purpose}/continue")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> continuePurpose(@PathParam("caseId") UUID caseId, @PathParam("purpose") String purpose,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, Grounds grounds);

    @POST
    @Path("/cases/{caseId}/erasure-plan/operator-tasks/{taskId}/done")
    Uni<OperatorTaskConfirmed> operatorTaskDone(@PathParam("caseId") UUID caseId, @PathParam("taskId") long taskId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    @GET
    @Path("/cases/{caseId}/rectification")
    Uni<Rectification> rectification(@PathParam("caseId") UUID caseId);

    @POST
    @Path("/cases/{caseId}/rectification/items/{itemId}/correct")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RectificationItem> correct(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, Correction correction);

    /** {@code decision}: {@code no-change} (with the reason) or {@code statement} (the supplementary statement). */
    @POST
    @Path("/cases/{caseId}/rectification/items/{itemId}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RectificationItem> explain(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @PathParam("decision") String decision, @HeaderParam(OnBehalfOf.HEADER) String assistant,
            RectificationText text);

    /** Writes the corrections with proof; when all are proved the answer goes out. */
    @POST
    @Path("/cases/{caseId}/rectification/execute")
    Uni<Rectification> executeRectification(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    @GET
    @Path("/cases/{caseId}/restriction")
    Uni<Restriction> restriction(@PathParam("caseId") UUID caseId);

    @jakarta.ws.rs.PUT
    @Path("/cases/{caseId}/restriction/ground")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Restriction> chooseRestrictionGround(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, RestrictionGround ground);

    @jakarta.ws.rs.PUT
    @Path("/cases/{caseId}/restriction/end")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Restriction> stateRestrictionEnd(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, EndStatement statement);

    /** Asks for the lift: the requester is told first (Art. 18(3) GDPR), the stores change after that notice. */
    @POST
    @Path("/cases/{caseId}/restriction/lift")
    Uni<Restriction> liftRestriction(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    @GET
    @Path("/jobs")
    Uni<Jobs> jobs();

    @POST
    @Path("/jobs/operator-tasks/{taskId}/done")
    Uni<OperatorTask> routineOperatorTaskDone(@PathParam("taskId") long taskId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant);

    /** Runs the restore check now and answers with its report. */
    @POST
    @Path("/restore-check")
    Uni<RestoreCheckReport> runRestoreCheck();

    /** The last restore check's report; 404 before the first run. */
    @GET
    @Path("/restore-check/last")
    Uni<RestoreCheckReport> lastRestoreCheck();

    @ClientExceptionMapper
    static ServiceRefusal refused(Response response) {
        return ServiceRefusal.of(response);
    }
}
