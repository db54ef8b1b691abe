package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.problem.Problem;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/**
 * The requester's download. The link holds only a random token (no case id); an unknown token gets
 * 404 and an expired one 410, with the same wording for every case: problem+json for an API client, a short page
 * saying how to get a new link for a browser ({@link LinkRefusedPage}), in the link's language ({@code ?lang=en}).
 */
@Path("/access-packages")
@PermitAll
public class AccessPackageResource {

    private final AgroalDataSource dataSource;
    private final AccessPackages packages;
    private final Clock clock;
    private final LinkRefusedPage refusedPage;

    public AccessPackageResource(AgroalDataSource dataSource, AccessPackages packages, Clock clock,
            LinkRefusedPage refusedPage) {
        this.dataSource = dataSource;
        this.packages = packages;
        this.clock = clock;
        this.refusedPage = refusedPage;
    }

    @GET
    @Path("/{token}")
    @Blocking
    public Response download(@PathParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @QueryParam("lang") String language) throws SQLException {
        boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML);
        if (token == null || token.length() > 100) {
            return notFound(browser, language);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select id, expires_at, content, case_id, file_name from access_package"
                             + " where token_hash = ?")) {
            query.setString(1, AccessPackages.tokenHash(token));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return notFound(browser, language);
                }
                if (!row.getTimestamp(2).toInstant().isAfter(clock.instant())) {
                    return browser ? page(410, refusedPage.render(true, row.getString(4), language))
                            : Problem.of(410, "Link expired", "This download link has expired.").toResponse();
                }
                UUID id = row.getObject(1, UUID.class);
                byte[] sealed = row.getBytes(3);
                StreamingOutput body = out -> {
                    try (InputStream plain = packages.encryption().decrypting(new ByteArrayInputStream(sealed),
                            AccessPackages.associatedData(id))) {
                        plain.transferTo(out);
                    }
                };
                return Response.ok(body, "application/zip")
                        .header("Content-Disposition", "attachment; filename=\"" + row.getString(5) + "\"")
                        .header("Cache-Control", "no-store")
                        .build();
            }
        }
    }

    private Response notFound(boolean browser, String language) {
        return browser ? page(404, refusedPage.render(false, null, language))
                : Problem.of(404, "Not found", "This download link is not valid.").toResponse();
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store").build();
    }
}
