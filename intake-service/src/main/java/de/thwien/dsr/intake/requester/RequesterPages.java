package de.thwien.dsr.intake.requester;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.Pages;
import de.thwien.dsr.intake.pages.PagesConfig;
import de.thwien.dsr.intake.requests.RequestStatuses;
import de.thwien.dsr.intake.requests.SubmissionGuard;
import de.thwien.dsr.intake.requests.SubmittedRequest;
import de.thwien.dsr.events.RestrictionGround;
import java.util.Arrays;
import de.thwien.dsr.intake.requests.TooManySubmissions;
import de.thwien.dsr.intake.requests.UnknownStatusLink;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import de.thwien.dsr.intake.verification.LinkOfRefusedRequest;
import de.thwien.dsr.platform.address.MailAddressRule;
import de.thwien.dsr.platform.problem.Refusal;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requester's pages: the request form, the status page of the status link, the verification form's answer,
 * the access-package page. They
 * answer the same for unknown links as for every other miss, so they tell nothing about other people's cases.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RequesterPages {

    /** The kinds of request a person can choose in the form (UNCLASSIFIED is for mail only). */
    static final List<RequestType> CHOOSABLE = Arrays.stream(RequestType.values())
            .filter(type -> type != RequestType.UNCLASSIFIED).toList();

    /** Refusals the form explains (the others are simply "not a valid address"). */
    private static final Set<MailAddressRule.Refusal> REFUSALS_WITH_A_REASON = EnumSet.complementOf(
            EnumSet.of(MailAddressRule.Refusal.MISSING, MailAddressRule.Refusal.NOT_AN_ADDRESS));

    private final SubmissionGuard submissions;
    private final RequestStatuses statuses;
    private final Validator validator;
    private final Pages pages;
    private final PagesConfig config;
    private final PageLanguage language;
    private final Template requestForm;
    private final Template requestAccepted;
    private final Template statusPage;
    private final Template accessPage;
    private final Template verificationPage;
    private final IdentityVerifications verifications;

    public RequesterPages(SubmissionGuard submissions, RequestStatuses statuses, Validator validator, Pages pages,
            PagesConfig config, PageLanguage language,
            @Location("public/request.html") Template requestForm,
            @Location("public/accepted.html") Template requestAccepted,
            @Location("public/status.html") Template statusPage,
            @Location("public/access.html") Template accessPage,
            @Location("public/verification.html") Template verificationPage, IdentityVerifications verifications) {
        this.submissions = submissions;
        this.statuses = statuses;
        this.validator = validator;
        this.pages = pages;
        this.config = config;
        this.language = language;
        this.requestForm = requestForm;
        this.requestAccepted = requestAccepted;
        this.statusPage = statusPage;
        this.accessPage = accessPage;
        this.verificationPage = verificationPage;
        this.verifications = verifications;
    }

    @GET
    public Response home() {
        return Pages.seeOther("/request");
    }

    @GET
    @Path("request")
    public Response form() {
        return pages.render(form(new FormValues(null, "", "", "", null), Map.of(), false));
    }

    /** What the requester typed, to fill the form again after an error. */
    public record FormValues(String type, String email, String name, String message, String restrictionGround) {
    }

    @POST
    @Path("request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> submit(@FormParam("type") String type, @FormParam("email") String email,
            @FormParam("name") String name, @FormParam("message") String message,
            @FormParam("website") String website, @FormParam("restrictionGround") String restrictionGround,
            @Context HttpServerRequest http) {
        FormValues values = new FormValues(type, trim(email), trim(name), message == null ? "" : message,
                restrictionGround);
        RequestType requestType = CHOOSABLE.stream().filter(choice -> choice.name().equals(type)).findFirst()
                .orElse(null);
        // optional, and only for a restriction: anything else is no ground, which the assistant then chooses
        RestrictionGround ground = Arrays.stream(RestrictionGround.values())
                .filter(choice -> choice.name().equals(restrictionGround)).findFirst().orElse(null);
        SubmittedRequest request = new SubmittedRequest(requestType, values.email(),
                values.name().isEmpty() ? null : values.name(), language.code(),
                values.message().isBlank() ? null : values.message(), website,
                requestType == RequestType.RESTRICTION ? ground : null);
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<SubmittedRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            errors.putIfAbsent(field, "error." + field);
        }
        MailAddressRule.Verdict address = MailAddressRule.check(values.email());
        if (errors.containsKey("email") && REFUSALS_WITH_A_REASON.contains(address.refusal())) {
            errors.put("email", "error.email." + address.refusal());
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(pages.render(400, form(values, errors, false)));
        }
        return submissions.submit(request, ClientAddress.of(http))
                .map(accepted -> pages.render(202, requestAccepted.data("statusUrl", accepted.statusUrl())))
                .onFailure(TooManySubmissions.class).recoverWithItem(tooMany -> Response.fromResponse(
                                pages.render(429, form(values, Map.of(), true)))
                        .header("Retry-After", ((TooManySubmissions) tooMany).retryAfterSeconds()).build());
    }

    @GET
    @Path("status/{token}")
    public Uni<Response> status(@PathParam("token") String token) {
        return statuses.of(token)
                .map(found -> pages.render(statusPage.data("status", found)))
                .onFailure(UnknownStatusLink.class)
                .recoverWithItem(() -> pages.render(404, statusPage.data("status", null)));
    }

    /** The verification page's form: confirms and answers with a page, also for used, expired, unknown links. */
    @POST
    @Path("verification/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> confirmIdentity(@PathParam("token") String token) {
        return verifications.confirm(token)
                .map(dsrCase -> pages.render(verificationPage.data("state", "VERIFIED").data("token", token)))
                .onFailure(Refusal.class).recoverWithItem(failure -> {
                    int status = ((Refusal) failure).kind().status();
                    String state = failure instanceof LinkOfRefusedRequest ? "REFUSED" : switch (status) {
                        case 409 -> "ALREADY_USED";
                        case 410 -> "EXPIRED";
                        default -> "UNKNOWN";
                    };
                    return pages.render(status, verificationPage.data("state", state).data("token", token));
                });
    }

    @GET
    @Path("access/{token}")
    public Response access(@PathParam("token") String token) {
        // the page only points at subject-index's download; whether the token is valid is told there, to anyone
        boolean plausible = token != null && token.matches("[A-Za-z0-9_-]{16,100}");
        return pages.render(plausible ? 200 : 404, accessPage.data("downloadUrl",
                plausible ? config.accessPackageBaseUrl() + "/" + token : null));
    }

    private io.quarkus.qute.TemplateInstance form(FormValues values, Map<String, String> errors, boolean tooMany) {
        return requestForm.data("types", CHOOSABLE).data("values", values).data("errors", errors)
                .data("restrictionGrounds", RestrictionGround.values())
                .data("tooMany", tooMany).data("privacyPolicyUrl", config.privacyPolicyUrl());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
