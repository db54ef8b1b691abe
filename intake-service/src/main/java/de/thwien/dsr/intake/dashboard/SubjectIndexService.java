package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * subject-index-service as the dashboard calls it (quarkus.rest-client.subject-index-service.*): the index status, and
 * the review of a case's name matches before its access answer. Decisions name the logged-in assistant in
 * {@value OnBehalfOf#HEADER}, so subject-index's record names her.
 */
@RegisterRestClient(configKey = "subject-index-service")
@RegisterClientHeaders(ServiceLogin.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface SubjectIndexService {

    /** The crawl progress per store; timestamps as ISO text, as the overview shows them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndexStatus(List<StoreStatus> stores) {

        /** An answer without the list (an older or a stand-in subject-index) reads as no store reported. */
        public IndexStatus {
            stores = stores == null ? List.of() : stores;
        }

        /** Whether a crawl runs: the overview then refreshes itself to show its progress. */
        public boolean anyCrawling() {
            return stores.stream().anyMatch(StoreStatus::crawling);
        }
    }

    /**
     * @param recordsSoFar while crawling: the records the running crawl has read (null from a subject-index that does
     *                     not report it)
     * @param currentPlace while crawling: the folder or table it reads, null when not known
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoreStatus(String store, boolean crawling, long recordsSeenByLastCrawl, String lastSuccessAt,
            long recordsIndexed, String lastError, Long recordsSoFar, String currentPlace,
            String lastCrawlFinishedAt) {
    }

    /**
     * A case's name matches: {@code waiting} while the access answer waits on them. {@code excerpt} is the text around
     * the name (personal data: shown to the logged-in assistant, never logged).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NameMatchReview(boolean waiting, List<NameMatch> matches, List<NameMatch> othersData) {

        /**
         * @param othersData mails of the copy that also hold other people's data (Art. 15(4)), decided REDACT or
         *                   INCLUDE; none from a subject-index that does not check them
         */
        public NameMatchReview {
            othersData = othersData == null ? List.of() : othersData;
        }

        /** Whether a match or a mail with other people's data still waits for her decision. */
        public boolean open() {
            return waiting && (matches.stream().anyMatch(match -> match.decision() == null)
                    || othersData.stream().anyMatch(mail -> mail.decision() == null));
        }
    }

    /**
     * One row of the review. {@code summary} is the connector's technical line in English: the page shows
     * {@code category} (retention category id) and {@code subject} (the record's own subject) in its own words
     * instead. {@code othersData}: a name match whose mail also holds other people's data.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NameMatch(long id, String store, String date, String summary, String excerpt, String decision,
            String reasonCode, String decidedBy, String decidedAt, String category, String subject,
            boolean othersData) {

        /** The store in plain words, in the page's language. */
        public String storeName(String language) {
            return StoreId.find(store).map(id -> id.displayName(Locale.forLanguageTag(language))).orElse(store);
        }

        /** The retention category in plain words, in the page's language; null when unknown. */
        public String categoryName(String language) {
            return category == null ? null : RetentionCategory.find(category)
                    .map(id -> id.displayName(Locale.forLanguageTag(language))).orElse(null);
        }
    }

    /** The assistant's decision as she entered it; subject-index validates it. */
    record NameMatchDecision(String decision, String reasonCode) {
    }

    @GET
    @Path("/index/status")
    Uni<IndexStatus> status();

    @GET
    @Path("/cases/{caseId}/name-matches")
    Uni<NameMatchReview> nameMatches(@PathParam("caseId") UUID caseId, @QueryParam("language") String language);

    @POST
    @Path("/cases/{caseId}/name-matches/{matchId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<NameMatchReview> decide(@PathParam("caseId") UUID caseId, @PathParam("matchId") long matchId,
            @HeaderParam(OnBehalfOf.HEADER) String assistant, NameMatchDecision decision);

    @ClientExceptionMapper
    static ServiceRefusal refused(Response response) {
        return ServiceRefusal.of(response);
    }
}
