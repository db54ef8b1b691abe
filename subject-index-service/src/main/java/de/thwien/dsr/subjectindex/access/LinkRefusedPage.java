package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.facts.PrivacyFactsConfig;
import de.thwien.dsr.subjectindex.access.archive.PackageTexts;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a browser shows for a download link that is wrong or has expired: which of the two, and how to get a new link
 * (write to the privacy contact of the operator's facts, quoting the case reference when the link was ours). The
 * page is in the link's language ({@code ?lang=en} on an English requester's link, {@link AccessPackages#downloadUrl})
 * with the other language below, German first for any other or no language. Words: {@code messages/access-package*}.
 */
@ApplicationScoped
public class LinkRefusedPage {

    private final Template page;
    private final PrivacyFactsConfig facts;

    public LinkRefusedPage(@Location("access/link-refused.html") Template page, PrivacyFactsConfig facts) {
        this.page = page;
        this.facts = facts;
    }

    @TemplateData
    public record Section(String lang, String title, String reason, String newLink) {
    }

    /**
     * @param caseId   the case of an expired link; null for a link that is not ours
     * @param language the link's {@code lang} parameter: "en" puts English first; anything else, German
     */
    public String render(boolean expired, String caseId, String language) {
        String reference = caseId == null ? null : reference(caseId);
        List<String> languages = "en".equals(language) ? List.of("en", "de") : List.of("de", "en");
        List<Section> sections = languages.stream().map(shown -> {
            Map<String, String> t = PackageTexts.of(shown);
            String newLink = t.get("link.newLink").replace("{contact}", facts.contact());
            if (reference != null) {
                newLink += " " + t.get("link.quoteReference").replace("{reference}", reference);
            }
            return new Section(shown, t.get("link.title"), t.get(expired ? "link.expired" : "link.notFound"),
                    newLink);
        }).toList();
        return page.data("lang", languages.get(0)).data("sections", sections).render();
    }

    /** The reference the requester's notices quote: DSR- and the first eight characters of the case id. */
    static String reference(String caseId) {
        String compact = caseId.replace("-", "");
        return "DSR-" + compact.substring(0, Math.min(8, compact.length())).toUpperCase(Locale.ROOT);
    }
}
