package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.casework.CaseActions;
import de.thwien.dsr.intake.casework.CaseRow;
import de.thwien.dsr.intake.casework.CaseView;
import de.thwien.dsr.intake.casework.CaseViews;
import de.thwien.dsr.intake.casework.ContactChannel;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.mail.CaseReplies;
import de.thwien.dsr.intake.mail.FollowUpCases;
import de.thwien.dsr.intake.mail.MailIntakeFailures;
import de.thwien.dsr.intake.mail.MailSuggestions;
import de.thwien.dsr.intake.mail.ReplyTriage;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.Pages;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import de.thwien.dsr.platform.security.SessionKeys;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The assistant's dashboard: server-rendered pages over the services the case API uses ({@link CaseViews},
 * {@link CaseActions}: same checks, same audit trail) and, server side, erasure-service's plan API. Form login
 * (session cookie); every form carries the CSRF token.
 */
@Path("/dashboard")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** The reason codes erasure-service takes when the assistant declines a plan item (its DeclineReason). */
    private static final List<String> DECLINE_REASONS = List.of("NOT_THE_REQUESTER", "LEGAL_CLAIMS", "OTHER");
    /** The grounds of Art. 18(1)(a)–(d) GDPR as erasure-service takes them (RestrictionGround). */
    private static final List<String> RESTRICTION_GROUNDS = List.of("ACCURACY_CONTESTED", "UNLAWFUL_PROCESSING",
            "NEEDED_FOR_LEGAL_CLAIMS", "OBJECTION_PENDING");
    /** The reason code subject-index takes when the assistant rejects a name match (erasure's code for the same). */
    private static final List<String> NAME_MATCH_REJECT_REASONS = List.of("NOT_THE_REQUESTER");

    private final CaseViews cases;
    private final CaseActions actions;
    private final MailIntakeFailures mailFailures;
    private final IdentityVerifications verifications;
    private final Clock clock;
    private final MailSuggestions suggestions;
    private final Overview overview;
    private final OtherServices services;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final SessionKeys sessions;
    private final Template caseList;
    private final Template casePage;
    private final Template overviewPage;
    private final Template triage;
    private final CaseReplies replies;
    private final ReplyTriage replyTriage;
    private final FollowUpCases followUps;

    public DashboardResource(CaseViews cases, CaseActions actions, MailIntakeFailures mailFailures,
            MailSuggestions suggestions, IdentityVerifications verifications, Clock clock, Overview overview,
            OtherServices services, Pages pages, SecurityIdentity identity, SessionKeys sessions,
            @Location("dashboard/cases.html") Template caseList,
            @Location("dashboard/case.html") Template casePage,
            @Location("dashboard/overview.html") Template overviewPage,
            @Location("dashboard/triage.html") Template triage, CaseReplies replies, ReplyTriage replyTriage,
            FollowUpCases followUps) {
        this.cases = cases;
        this.actions = actions;
        this.mailFailures = mailFailures;
        this.verifications = verifications;
        this.clock = clock;
        this.suggestions = suggestions;
        this.overview = overview;
        this.services = services;
        this.pages = pages;
        this.identity = identity;
        this.sessions = sessions;
        this.caseList = caseList;
        this.casePage = casePage;
        this.overviewPage = overviewPage;
        this.triage = triage;
        this.replies = replies;
        this.replyTriage = replyTriage;
        this.followUps = followUps;
    }

    @GET
    public Uni<Response> overview(@QueryParam("done") String done) {
        return overview.collect().map(figures -> pages.render(overviewPage.data("user", user())
                .data("o", figures).data("done", done).data("error", null)));
    }

    /** The assistant starts the restore check after a backup was restored; the overview shows its report. */
    @POST
    @Path("/restore-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> restoreCheck() {
        // erasure-service not answering is an outage, not a refusal: the overview says so (as it does for its figures)
        return services.erasure(ErasureService::runRestoreCheck).chain(answer -> answer.ok() || !answer.answered()
                ? Uni.createFrom().item(Pages.seeOther("/dashboard?done=restore-check"
                        + (answer.answered() ? "" : "-unavailable")))
                : overview.collect().map(figures -> pages.render(answer.answered() && answer.status() >= 400
                        && answer.status() < 500 ? answer.status() : 502, overviewPage.data("user", user())
                        .data("o", figures).data("done", null)
                        .data("error", RefusalWording.of("erasure-service", answer, pages.languageCode())))));
    }

    @GET
    @Path("/cases")
    public Uni<Response> list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("overdue") Boolean overdue, @QueryParam("dueWithinDays") Integer dueWithinDays,
            @QueryParam("q") String caseIdPart, @QueryParam("page") @DefaultValue("0") int page) {
        CaseStatus statusFilter = parse(CaseStatus.class, status);
        RequestType typeFilter = parse(RequestType.class, type);
        String idPart = caseIdPart == null ? null : caseIdPart.trim();
        return cases.list(statusFilter, typeFilter, overdue, dueWithinDays, idPart, Math.max(0, page), 25)
                .map(result -> pages.render(caseList.data("user", user()).data("rows", result.items())
                        .data("result", result)
                        .data("hasNext", (long) (result.page() + 1) * result.size() < result.total())
                        .data("statuses", CaseStatus.values())
                        .data("types", RequestType.values())
                        .data("filter", new Filter(status, type, Boolean.TRUE.equals(overdue), dueWithinDays, idPart))
                        .data("error", null)))
                .onFailure().recoverWithItem(failure -> pages.render(400, caseList.data("user", user())
                        .data("rows", List.of()).data("result", new CaseRow.Page(List.of(), 0, 25, 0))
                        .data("hasNext", false)
                        .data("statuses", CaseStatus.values()).data("types", RequestType.values())
                        .data("filter", new Filter(status, type, Boolean.TRUE.equals(overdue), dueWithinDays, idPart))
                        .data("error", Optional.ofNullable(PageRefusal.of(failure)).map(refusal -> refusal.worded(pages.languageCode()))
                                .orElse("invalid filter"))));
    }

    /** The filters as entered, to fill the filter form again. */
    public record Filter(String status, String type, boolean overdue, Integer dueWithinDays, String q) {
    }

    @GET
    @Path("/cases/{id}")
    public Uni<Response> show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(id, 200, null, done);
    }

    @GET
    @Path("/cases/{id}/file")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> file(@PathParam("id") UUID id) {
        return cases.file(id).map(file -> Response.ok(file, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"case-" + id + ".json\"").build());
    }

    @POST
    @Path("/cases/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> act(@PathParam("id") UUID id, @PathParam("action") String action,
            @FormParam("text") String text, @FormParam("reasonCode") String reasonCode,
            @FormParam("channel") String channel, @FormParam("lateConfirmed") String lateConfirmed,
            @FormParam("type") String type, @FormParam("restrictionGround") String restrictionGround) {
        Uni<?> done = switch (action) {
            case "verify" -> actions.verifyManually(id, new CaseActions.Note(text), user());
            case "verification-link" -> actions.renewVerificationLink(id, user());
            case "extend" -> actions.extend(id, new CaseActions.Extension(text), user());
            case "reject" -> actions.reject(id, new CaseActions.Rejection(
                    parse(CaseEvents.RejectionReason.class, reasonCode), text, "true".equals(lateConfirmed)), user());
            case "type" -> actions.classify(id, new CaseActions.Classification(parse(RequestType.class, type),
                    parse(de.thwien.dsr.events.RestrictionGround.class, restrictionGround)), user());
            case "note" -> actions.addNote(id, new CaseActions.Note(text), user());
            case "close" -> actions.close(id, new CaseActions.Closure(text), user());
            case "read" -> replies.markRead(id, user()).chain(() -> cases.of(id));
            case "stores-handled" -> actions.storesNotSearchedHandled(id, user());
            case "follow-up" -> followUps.open(id, user()).chain(() -> cases.of(id));
            case "other-channel" -> actions.recordOtherChannel(id,
                    new CaseActions.OtherChannel(parse(ContactChannel.class, channel), text), user());
            default -> null;
        };
        if (done == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return afterAction(id, action, done);
    }

    @POST
    @Path("/cases/{id}/plan/{itemId}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decide(@PathParam("id") UUID id, @PathParam("itemId") long itemId,
            @PathParam("decision") String decision, @FormParam("reason") String reason,
            @FormParam("category") String category, @FormParam("until") String until,
            @FormParam("reasonCode") String reasonCode) {
        if ("redact".equals(decision)) {
            // erasure-service records the decision; the case's timeline names her and the record
            return services.erasure(erasure -> erasure.redact(id, itemId, user())).chain(answer -> answer.ok()
                    ? afterAction(id, "plan-redact", actions.mentionRemovalDecided(id, itemId,
                            answer.value() == null ? null : answer.value().store(), user()))
                    : render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                            RefusalWording.of("erasure-service", answer, pages.languageCode()), null));
        }
        Function<ErasureService, Uni<Void>> call = switch (decision) {
            case "approve" -> erasure -> erasure.approve(id, itemId, user());
            case "decline" -> erasure -> erasure.decline(id, itemId, user(),
                    new ErasureService.Decline(nullToEmpty(reasonCode), nullToEmpty(reason)));
            case "reclassify" -> erasure -> erasure.reclassify(id, itemId, user(),
                    new ErasureService.Reclassification(nullToEmpty(category), nullToEmpty(reason)));
            case "pin" -> erasure -> erasure.pin(id, itemId, user(),
                    new ErasureService.Pin(nullToEmpty(until), nullToEmpty(reason)));
            default -> null;
        };
        if (call == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return services.erasure(call).chain(answer -> {
            if (answer.ok()) {
                return Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=plan-" + decision));
            }
            return render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                    RefusalWording.of("erasure-service", answer, pages.languageCode()), null);
        });
    }

    /**
     * A restriction request (Art. 18 GDPR): the assistant chooses its ground ({@code ground}, Art. 18(1)(a)–(d)) where
     * the request did not say it; states why it ends ({@code end}: a reason its ground allows, as erasure-service
     * offers it, with a reason in a sentence), which the lift waits for; lifts it ({@code lift}):
     * erasure-service has the requester told first (Art. 18(3)) and lifts the records in their stores only after that
     * notice was sent; and, when that notice was a letter, confirms she posted it ({@code letter-posted}). The
     * timeline records the ground, why it ends and the posted letter in her name.
     */
    @POST
    @Path("/cases/{id}/restriction/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> restriction(@PathParam("id") UUID id, @PathParam("action") String action,
            @FormParam("ground") String ground, @FormParam("end") String end,
            @FormParam("reason") String reason) {
        return switch (action) {
            case "ground" -> services.erasure(erasure -> erasure.chooseRestrictionGround(id, user(),
                    new ErasureService.RestrictionGround(nullToEmpty(ground)))).chain(answer -> answer.ok()
                            ? afterAction(id, "restriction-ground", actions.restrictionGroundChosen(id,
                                    answer.value() == null ? ground : answer.value().ground(), user()))
                            : refusedByErasure(id, answer));
            case "end" -> services.erasure(erasure -> erasure.stateRestrictionEnd(id, user(),
                    new ErasureService.EndStatement(nullToEmpty(end), nullToEmpty(reason))))
                    .chain(answer -> answer.ok()
                            // the timeline names what she stated (erasure-service took it as a RestrictionEnd)
                            ? afterAction(id, "restriction-end", actions.restrictionEndStated(id, end,
                                    nullToEmpty(reason).strip(), user()))
                            : refusedByErasure(id, answer));
            case "lift" -> services.erasure(erasure -> erasure.liftRestriction(id, user())).chain(answer -> answer.ok()
                    ? Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=restriction-lift"))
                    : refusedByErasure(id, answer));
            case "letter-posted" -> services.erasure(erasure -> erasure.restriction(id)).chain(answer -> {
                if (!answer.ok()) {
                    return refusedByErasure(id, answer);
                }
                if (answer.value() == null || !answer.value().liftNoticeByPost()) {
                    return render(id, 409, PageLanguage.messages(pages.languageCode()).text("restrictionLetterNotByPost"), null);
                }
                return afterAction(id, "restriction-letter-posted", actions.liftLetterPosted(id, user()));
            });
            default -> Uni.createFrom().item(Response.status(404).build());
        };
    }

    private Uni<Response> refusedByErasure(UUID id, OtherServices.Reply<?> answer) {
        return render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                RefusalWording.of("erasure-service", answer, pages.languageCode()), null);
    }

    /**
     * On an objection (Art. 21 GDPR), the assistant's decision on one purpose: {@code stop} (its records erased, or
     * restricted under a hold) or {@code continue} on the compelling grounds she writes down. erasure-service
     * carries it out; the timeline names the decision.
     */
    @POST
    @Path("/cases/{id}/objection/{purpose}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideObjection(@PathParam("id") UUID id, @PathParam("purpose") String purpose,
            @PathParam("decision") String decision, @FormParam("grounds") String grounds) {
        if (ObjectionPurpose.ofName(purpose).isEmpty()) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        Function<ErasureService, Uni<Void>> call = switch (decision) {
            case "stop" -> erasure -> erasure.stopPurpose(id, purpose, user());
            case "continue" -> erasure -> erasure.continuePurpose(id, purpose, user(),
                    new ErasureService.Grounds(nullToEmpty(grounds)));
            default -> null;
        };
        if (call == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return services.erasure(call).chain(answer -> answer.ok()
                ? afterAction(id, "objection-" + decision, actions.objectionDecided(id, purpose,
                        decision.toUpperCase(java.util.Locale.ROOT), user()))
                : render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                        RefusalWording.of("erasure-service", answer, pages.languageCode()), null));
    }

    /** The assistant confirms that the operator did a task on a store's server (erasure-service records it). */
    @POST
    @Path("/cases/{id}/operator-tasks/{taskId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> operatorTaskDone(@PathParam("id") UUID id, @PathParam("taskId") long taskId) {
        return services.erasure(erasure -> erasure.operatorTaskDone(id, taskId, user())).chain(answer -> {
            if (answer.ok()) {
                ErasureService.OperatorTask task = answer.value().task();
                return afterAction(id, "operator-task", actions.operatorTaskDone(id, task.kind(), task.store(),
                        answer.value().stillOpen(), user()));
            }
            return render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                    RefusalWording.of("erasure-service", answer, pages.languageCode()), null);
        });
    }

    /** The assistant confirms a task routine retention left (no case): erasure-service records it. */
    @POST
    @Path("/operator-tasks/{taskId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> routineOperatorTaskDone(@PathParam("taskId") long taskId) {
        return services.erasure(erasure -> erasure.routineOperatorTaskDone(taskId, user())).chain(answer -> answer.ok()
                ? Uni.createFrom().item(Pages.seeOther("/dashboard"))
                : overview.collect().map(figures -> pages.render(answer.answered() && answer.status() >= 400
                        && answer.status() < 500 ? answer.status() : 502, overviewPage.data("user", user())
                        .data("o", figures).data("done", null)
                        .data("error", RefusalWording.of("erasure-service", answer, pages.languageCode())))));
    }

    /** The assistant told a recipient herself (Art. 19): the day and how, recorded by notifier-service. */
    @POST
    @Path("/cases/{id}/recipients/{notificationId}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> confirmRecipient(@PathParam("id") UUID id, @PathParam("notificationId") UUID notificationId,
            @FormParam("informedOn") String informedOn, @FormParam("channel") String channel) {
        return services.notifier(notifier -> notifier.confirmRecipientNotification(notificationId,
                new NotifierService.RecipientConfirmation(nullToEmpty(informedOn), nullToEmpty(channel))))
                .chain(answer -> answer.ok()
                        ? Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=recipient"))
                        : render(id, answer.answered() && answer.status() >= 400 && answer.status() < 500
                                ? answer.status() : 502,
                                RefusalWording.of("notifier-service", answer, pages.languageCode()), null));
    }

    /**
     * The assistant's decision on a name match before the access answer: "confirm" or "reject" (with its reason); on
     * a mail with other people's data (Art. 15(4)): "redact" or "include"; on a name match whose mail also holds
     * other people's data, also "confirm-redacted" (hers, with the others blacked out).
     */
    @POST
    @Path("/cases/{id}/name-matches/{matchId}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideNameMatch(@PathParam("id") UUID id, @PathParam("matchId") long matchId,
            @PathParam("decision") String decision, @FormParam("reasonCode") String reasonCode) {
        SubjectIndexService.NameMatchDecision body = switch (decision) {
            case "confirm" -> new SubjectIndexService.NameMatchDecision("CONFIRMED", null);
            case "confirm-redacted" -> new SubjectIndexService.NameMatchDecision("CONFIRMED_REDACTED", null);
            case "reject" -> new SubjectIndexService.NameMatchDecision("REJECTED", nullToEmpty(reasonCode));
            case "redact" -> new SubjectIndexService.NameMatchDecision("REDACT", null);
            case "include" -> new SubjectIndexService.NameMatchDecision("INCLUDE", null);
            default -> null;
        };
        if (body == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return services.index(index -> index.decide(id, matchId, user(), body)).chain(answer -> {
            if (answer.ok()) {
                return Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=name-match"));
            }
            return render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                    RefusalWording.of("subject-index-service", answer, pages.languageCode()), null);
        });
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout() {
        // replacing the user's session key ends every session of hers on the server, saved cookies included;
        // the browser forgets both cookies
        return sessions.endAll(user()).map(ended -> Response.status(303).header("Location", "/login?loggedOut=true")
                .cookie(new NewCookie.Builder("quarkus-credential").value("").path("/").maxAge(0).httpOnly(true)
                        .build(),
                        new NewCookie.Builder(SessionKeys.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build());
    }

    @GET
    @Path("/triage")
    public Uni<Response> triage() {
        return triagePage(200, null);
    }

    /** One click on a suggestion from a watched mailbox opens its case, received when the mail arrived there. */
    @POST
    @Path("/suggestions/{id}/case")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> openSuggestion(@PathParam("id") UUID id) {
        return suggestions.openCase(id, user())
                .map(accepted -> Pages.seeOther("/dashboard/cases/" + accepted.caseId() + "?done=suggestion"))
                .onFailure(failure -> PageRefusal.of(failure) != null)
                .recoverWithUni(failure -> triagePage(PageRefusal.of(failure).status(), PageRefusal.of(failure).worded(pages.languageCode())));
    }

    /** The assistant's decision on a mail in triage that names a case: attach, open as a case, or handled. */
    @POST
    @Path("/triage/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideTriage(@PathParam("id") long id, @PathParam("action") String action) {
        Uni<String> next = switch (action) {
            case "attach" -> replyTriage.attach(id, user())
                    .map(caseId -> "/dashboard/cases/" + caseId + "?done=attach");
            case "open-case" -> replyTriage.openCase(id, user()).map(caseId -> "/dashboard/cases/" + caseId);
            case "handled" -> replyTriage.handled(id, user()).replaceWith("/dashboard/triage?done=handled");
            default -> null;
        };
        if (next == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return next.map(Pages::seeOther)
                .onFailure(failure -> PageRefusal.of(failure) != null && PageRefusal.of(failure).status() != 404)
                .recoverWithUni(failure -> triagePage(PageRefusal.of(failure).status(), PageRefusal.of(failure).worded(pages.languageCode())));
    }

    private Uni<Response> triagePage(int status, String error) {
        LocalDate today = clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
        return cases.list(null, RequestType.UNCLASSIFIED, null, null, null, 0, 100)
                .chain(unclassified -> verifications.unconfirmed(today).chain(unverified -> mailFailures.newestFirst()
                        .chain(failures -> replies.inTriage().chain(waiting -> suggestions.open().map(suggested -> pages
                        .render(status, triage.data("user", user()).data("rows", unclassified.items())
                                .data("unverified", unverified).data("suggestions", suggested)
                                // handled items leave the list; the API keeps them all
                                .data("failures", failures.stream().filter(item -> item.handledAt == null).toList())
                                .data("waiting", waiting).data("error", error)))))));
    }

    private Uni<Response> afterAction(UUID id, String action, Uni<?> done) {
        return done.map(view -> Pages.seeOther("/dashboard/cases/" + id + "?done=" + action))
                .onFailure(failure -> PageRefusal.of(failure) != null && PageRefusal.of(failure).status() != 404)
                .recoverWithUni(failure -> {
                    PageRefusal refusal = PageRefusal.of(failure);
                    return render(id, refusal.status(), refusal.worded(pages.languageCode()), null);
                });
    }

    private Uni<Response> render(UUID id, int status, String error, String done) {
        return render(id, status, error, done, null);
    }

    /**
     * {@code identifierRefusal}: a correction erasure-service refused because its e-mail or phone identifies another
     * person's records; the record's form shows it with the confirmation checkbox (null for any other page).
     */
    private Uni<Response> render(UUID id, int status, String error, String done,
            CorrectedIdentifierRefusal identifierRefusal) {
        String language = pages.languageCode();
        LocalDate today = clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
        return cases.of(id).chain(view -> verifications.identityRefusableFrom(id, today).chain(identityRefusableFrom ->
                services.erasure(erasure -> erasure.plan(id))
                .chain(plan -> restriction(view).chain(restriction -> rectification(view).chain(rectification -> sentNotices(id).chain(notices -> recipients(id).chain(recipients -> replies.of(id)
                        .chain(caseReplies -> services.index(index -> index.nameMatches(id, language))
                        .map(nameMatches -> pages.render(status,
                        casePage.data("user", user()).data("c", view).data("sentNotices", notices)
                        .data("recipients", recipients)
                        .data("replies", caseReplies)
                        // none (404) or not available: the section is left out
                        .data("nameMatches", nameMatches.ok() ? nameMatches.value() : null)
                        .data("nameMatchRejectReasons", NAME_MATCH_REJECT_REASONS)
                        .data("plan", plan.value())
                        .data("restriction", restriction)
                        .data("restrictionGrounds", RESTRICTION_GROUNDS)
                        .data("rectification", rectification.ok() ? rectification.value() : null)
                        .data("rectificationState", rectification.ok() ? "ok" : rectification.status() == 404 ? "none"
                                : rectification.answered() ? "error" : "unavailable")
                        .data("planState", plan.ok() ? "ok" : plan.status() == 404 ? "none"
                                : plan.answered() ? "error" : "unavailable")
                        .data("rejectionReasons", CaseEvents.RejectionReason.values())
                        .data("declineReasons", DECLINE_REASONS)
                        .data("contactChannels", ContactChannel.values())
                        .data("identityRefusableFrom", identityRefusableFrom)
                        .data("identifierRefusal", identifierRefusal)
                        .data("error", error).data("done", done)))))))))));
    }

    /** A restriction request's ground and lift as erasure-service has them; null for any other case, or unavailable. */
    private Uni<ErasureService.Restriction> restriction(de.thwien.dsr.intake.casework.CaseView view) {
        return !view.isRestriction() ? Uni.createFrom().nullItem()
                : services.erasure(erasure -> erasure.restriction(view.id()))
                        .map(answer -> answer.ok() ? answer.value() : null);
    }

    /** The case's rectification plan when it is an Art. 16 case; otherwise an answer of none (404). */
    private Uni<OtherServices.Reply<ErasureService.Rectification>> rectification(CaseView view) {
        return view.hasRectificationPlan() ? services.erasure(erasure -> erasure.rectification(view.id()))
                : Uni.createFrom().item(new OtherServices.Reply<>(404, null, null));
    }

    /**
     * Art. 16: the assistant's decision on one located record: {@code correct} with the corrected values (form fields
     * {@code field.<name>}, only those she changed count), {@code no-change} with the reason, {@code statement} with
     * the supplementary statement for a record the store cannot change. erasure-service validates and records it.
     */
    @POST
    @Path("/cases/{id}/rectification/{itemId}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideRectification(@PathParam("id") UUID id, @PathParam("itemId") long itemId,
            @PathParam("decision") String decision, jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, String> corrected = correctedFields(form);
        Function<ErasureService, Uni<ErasureService.RectificationItem>> call = switch (decision) {
            case "correct" -> erasure -> erasure.correct(id, itemId, user(),
                    new ErasureService.Correction(corrected,
                            "true".equals(form.getFirst("confirmedRequesterControls")) ? Boolean.TRUE : null));
            case "no-change", "statement" -> erasure -> erasure.explain(id, itemId, decision, user(),
                    new ErasureService.RectificationText(nullToEmpty(form.getFirst("text"))));
            default -> null;
        };
        if (call == null) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        return services.erasure(call).chain(answer -> {
            if (answer.ok()) {
                return Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=rectification-"
                        + decision));
            }
            // another person's identifier: shown at the record's form, which then offers her confirmation
            return CorrectedIdentifierRefusal.of(answer, itemId, corrected, pages.languageCode())
                    .map(refusal -> render(id, answer.status(), null, null, refusal))
                    .orElseGet(() -> render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status()
                            : 502, RefusalWording.of("erasure-service", answer, pages.languageCode()), null));
        });
    }

    /** Writes the decided corrections through erasure-service (with proof) and sends the answer when all are done. */
    @POST
    @Path("/cases/{id}/rectification/execute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> executeRectification(@PathParam("id") UUID id) {
        return services.erasure(erasure -> erasure.executeRectification(id, user())).chain(answer -> answer.ok()
                ? Uni.createFrom().item(Pages.seeOther("/dashboard/cases/" + id + "?done=rectification-execute"))
                : render(id, answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502,
                        RefusalWording.of("erasure-service", answer, pages.languageCode()), null));
    }

    /** The form's {@code field.<name>} values that are not blank: the fields she corrected. */
    private static Map<String, String> correctedFields(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.forEach((name, entered) -> {
            if (name.startsWith("field.") && entered != null && !entered.isEmpty() && entered.get(0) != null
                    && !entered.get(0).isBlank()) {
                values.put(name.substring("field.".length()), entered.get(0));
            }
        });
        return values;
    }

    /** The case's Art. 19 recipient notifications; null when notifier-service is not available. */
    private Uni<List<NotifierService.RecipientNotification>> recipients(UUID id) {
        return services.notifier(notifier -> notifier.recipientNotifications(id))
                .map(answer -> answer.ok() ? answer.value() : null);
    }

    /** The notices notifier-service sent for the case, each with its rendered text; null when not available. */
    private Uni<List<NotifierService.Delivery>> sentNotices(UUID id) {
        return services.notifier(notifier -> notifier.ofCase(id)).chain(list -> {
            if (!list.ok() || list.value() == null) {
                return Uni.createFrom().nullItem();
            }
            List<NotifierService.Delivery> entries = list.value();
            if (entries.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            List<Uni<NotifierService.Delivery>> withTexts = entries.stream().map(entry -> services
                    .notifier(notifier -> notifier.delivery(entry.id()))
                    .map(one -> one.ok() && one.value() != null ? one.value() : entry)).toList();
            return Uni.join().all(withTexts).andFailFast();
        });
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
