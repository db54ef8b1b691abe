package de.thwien.dsr.intake.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Renders a page template with the texts of the visitor's language. */
@ApplicationScoped
public class Pages {

    private final PageLanguage language;

    public Pages(PageLanguage language) {
        this.language = language;
    }

    public Response render(TemplateInstance page) {
        return render(200, page);
    }

    public Response render(int status, TemplateInstance page) {
        String html = page.data("t", language.texts()).data("lang", language.code()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The visitor's language, "de" or "en": for what another service words for this page. */
    public String languageCode() {
        return language.code();
    }

    public static Response seeOther(String location) {
        return Response.status(303).header("Location", location).build();
    }
}
