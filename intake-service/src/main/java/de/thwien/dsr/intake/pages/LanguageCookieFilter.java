package de.thwien.dsr.intake.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;

/** Remembers a language chosen with {@code ?lang=} for the following pages. */
@Provider
public class LanguageCookieFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String chosen = PageLanguage.supportedOrNull(
                request.getUriInfo().getQueryParameters().getFirst(PageLanguage.PARAMETER));
        if (chosen != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PageLanguage.COOKIE)
                    .value(chosen).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600)
                    .build());
        }
    }
}
