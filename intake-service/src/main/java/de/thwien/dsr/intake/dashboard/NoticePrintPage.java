package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The print view of a notice that notifier-service prepared for printing (a requester without an address): the
 * letter's subject, which names the case reference, and its text, without mail headers; the browser prints only the
 * letter. Fetched server side with the dashboard's service login, like the case page's notices.
 */
@Path("/dashboard/printable-notices")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.TEXT_HTML)
public class NoticePrintPage {

    private final OtherServices services;
    private final Pages pages;
    private final PageLanguage language;
    private final SecurityIdentity identity;
    private final Template page;

    public NoticePrintPage(OtherServices services, Pages pages, PageLanguage language, SecurityIdentity identity,
            @Location("dashboard/print.html") Template page) {
        this.services = services;
        this.pages = pages;
        this.language = language;
        this.identity = identity;
        this.page = page;
    }

    @GET
    @Path("/{deliveryId}")
    public Uni<Response> show(@PathParam("deliveryId") UUID deliveryId) {
        return services.notifier(notifier -> notifier.printable(deliveryId)).map(answer -> {
            if (answer.ok()) {
                return render(200, answer.value(), null);
            }
            if (answer.status() >= 400 && answer.status() < 500) {
                return render(answer.status(), null, RefusalWording.of("notifier-service", answer,
                        pages.languageCode()));
            }
            return render(502, null, language.texts().get("printNotAvailable"));
        });
    }

    private Response render(int status, NotifierService.PrintableNotice notice, String error) {
        return pages.render(status, page.data("user", identity.getPrincipal().getName()).data("n", notice)
                .data("error", error));
    }
}
