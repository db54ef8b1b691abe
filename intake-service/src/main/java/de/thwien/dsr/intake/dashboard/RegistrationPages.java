package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.intake.casework.CaseActions;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.Pages;
import de.thwien.dsr.intake.requests.RegisteredRequest;
import de.thwien.dsr.intake.requests.RequestRegistration;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The assistant registers a request that came by letter, phone, fax, in person or to another address, with its
 * receipt date and time (Europe/Berlin), through {@link CaseActions#register} as the case API does (same checks,
 * same timeline).
 */
@Path("/dashboard/register")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.TEXT_HTML)
public class RegistrationPages {

    /** The form's fields as posted, to fill the form again after a refusal. */
    public static final class Form {
        @FormParam("type")
        public String type;
        @FormParam("channel")
        public String channel;
        @FormParam("receivedAt")
        public String receivedAt;
        @FormParam("email")
        public String email;
        @FormParam("name")
        public String name;
        @FormParam("language")
        public String language;
        @FormParam("note")
        public String note;
        @FormParam("restrictionGround")
        public String restrictionGround;
    }

    private final CaseActions cases;
    private final Pages pages;
    private final PageLanguage language;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final Template page;

    public RegistrationPages(CaseActions cases, Pages pages, PageLanguage language, SecurityIdentity identity,
            Clock clock, @Location("dashboard/register.html") Template page) {
        this.cases = cases;
        this.pages = pages;
        this.language = language;
        this.identity = identity;
        this.clock = clock;
        this.page = page;
    }

    @GET
    public Response form() {
        Form empty = new Form();
        empty.channel = CaseEvents.Channel.LETTER.name();
        empty.language = "de";
        empty.receivedAt = LocalDateTime.ofInstant(clock.instant(), DeadlineCalculator.BERLIN)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        return render(200, empty, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> register(@BeanParam Form form) {
        Optional<Instant> receivedAt = berlinInstant(form.receivedAt);
        if (receivedAt.isEmpty()) {
            return Uni.createFrom().item(render(400, form, language.texts().get("receivedAtInvalid")));
        }
        RegisteredRequest request = new RegisteredRequest(parse(RequestType.class, form.type),
                parse(CaseEvents.Channel.class, form.channel), receivedAt.get(), blankToNull(form.email),
                blankToNull(form.name), blankToNull(form.language), blankToNull(form.note),
                parse(RestrictionGround.class, form.restrictionGround));
        return cases.register(request, identity.getPrincipal().getName())
                .map(accepted -> Pages.seeOther("/dashboard/cases/" + accepted.caseId() + "?done=register"))
                .onFailure(failure -> PageRefusal.of(failure) != null)
                .recoverWithItem(failure -> render(PageRefusal.of(failure).status(), form, PageRefusal.of(failure).worded(pages.languageCode())));
    }

    private Response render(int status, Form form, String error) {
        return pages.render(status, page.data("user", identity.getPrincipal().getName()).data("form", form)
                .data("types", RequestType.values()).data("channels", RequestRegistration.REGISTERED_CHANNELS)
                .data("restrictionGrounds", RestrictionGround.values())
                .data("error", error));
    }

    /** A {@code datetime-local} value read as Berlin time. */
    private static Optional<Instant> berlinInstant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(DeadlineCalculator.BERLIN).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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
