package de.thwien.dsr.intake.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The dashboard's login form; it posts to Quarkus form authentication ({@code j_security_check}). */
@Path("/login")
public class LoginPage {

    private final Pages pages;
    private final Template login;

    public LoginPage(Pages pages, @Location("login.html") Template login) {
        this.pages = pages;
        this.login = login;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("error") boolean error, @QueryParam("loggedOut") boolean loggedOut) {
        return pages.render(login.data("error", error).data("loggedOut", loggedOut));
    }
}
