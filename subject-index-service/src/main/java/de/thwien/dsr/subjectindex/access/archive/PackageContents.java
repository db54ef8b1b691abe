package de.thwien.dsr.subjectindex.access.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index page of a package lists.
 *
 * @param language          the request's language ("de" or "en")
 * @param storesUnavailable stores that could not be asked; their part follows later
 * @param storesSearched    stores searched for the requester's data (none named: not known)
 */
public record PackageContents(String language, LocalDate createdOn, List<CopiedRecord> records,
        List<String> storesUnavailable, List<String> storesSearched) {

    /** Contents whose searched stores are not known. */
    public PackageContents(String language, LocalDate createdOn, List<CopiedRecord> records,
            List<String> storesUnavailable) {
        this(language, createdOn, records, storesUnavailable, List.of());
    }
}
