package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The end of the promise an Art. 15 answer made about stores it could not search: {@code stores} (in the requester's
 * words) could still not be searched when the retries ran out, so that part of her request was not carried out.
 */
@TemplateData
public record AccessStoresNotSearchedNotice(String caseReference, String name, List<String> stores) {
}
