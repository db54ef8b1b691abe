package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.deadletters.DeadLetter;
import de.thwien.dsr.intake.deadletters.DeadLetterStatus;
import de.thwien.dsr.intake.deadletters.DeadLetters;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The dashboard's page of dead letters: every record some service could not process, open ones first. The
 * assistant sees them; the owner (role admin) replays one after a fix or marks it handled with a note.
 */
@Path("/dashboard/dead-letters")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPages {

    /** How many already resolved dead letters the page still shows. */
    static final int RESOLVED_SHOWN = 50;
    /** The confirmation a finished action shows, by the action's {@code done} value. */
    private static final Map<String, String> DONE = Map.of("replayed", "deadLetterReplayed",
            "handled", "deadLetterHandled");

    private final DeadLetters deadLetters;
    private final Pages pages;
    private final PageLanguage language;
    private final SecurityIdentity identity;
    private final Template page;

    public DeadLetterPages(DeadLetters deadLetters, Pages pages, PageLanguage language, SecurityIdentity identity,
            @Location("dashboard/dead-letters.html") Template page) {
        this.deadLetters = deadLetters;
        this.pages = pages;
        this.language = language;
        this.identity = identity;
        this.page = page;
    }

    @GET
    public Uni<Response> list(@QueryParam("done") String done) {
        return render(200, null, done == null ? null : DONE.get(done));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> replay(@PathParam("id") long id) {
        return afterAction(deadLetters.replay(id, user()), "replayed");
    }

    @POST
    @Path("/{id}/handled")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> markHandled(@PathParam("id") long id, @FormParam("note") String note) {
        if (note == null || note.isBlank()) {
            return render(400, language.texts().get("deadLetterNoteRequired"), null);
        }
        return afterAction(deadLetters.markHandled(id, note, user()), "handled");
    }

    private Uni<Response> afterAction(Uni<DeadLetter> action, String done) {
        return action.map(ignored -> Pages.seeOther("/dashboard/dead-letters?done=" + done))
                .onFailure(failure -> PageRefusal.of(failure) != null)
                .recoverWithUni(failure -> render(PageRefusal.of(failure).status(), PageRefusal.of(failure).worded(pages.languageCode()), null));
    }

    private Uni<Response> render(int status, String error, String doneKey) {
        return deadLetters.list(DeadLetterStatus.OPEN).chain(open -> deadLetters.recentlyResolved(RESOLVED_SHOWN)
                .map(resolved -> pages.render(status, page.data("user", user()).data("open", open)
                        .data("resolved", resolved).data("canAct", identity.hasRole("admin"))
                        .data("error", error).data("done", doneKey))));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
