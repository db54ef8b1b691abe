package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.ErasureEvents.RestrictedPart;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happens to each part of a restricted record whose parts are held for different times (LEGAL.md §3: a mail's
 * text is a business letter or no document at all, the invoice attached to it a voucher): one line per part, with the
 * part's own date and legal basis, in the notice's language ({@code part.*} in the message files).
 */
public final class RecordParts {

    private RecordParts() {
    }

    /** One line per part; empty for a record that is one whole (or an event written before parts existed). */
    public static List<String> of(List<RestrictedPart> parts, ControllerStatus status, NoticeLanguage language) {
        return of(parts, status, language, null);
    }

    /**
     * As {@link #of(List, ControllerStatus, NoticeLanguage)} in a notice sent before the parts are erased (the notice
     * before a restriction ends): a part not yet erased whose hold has ended by {@code toldOn} is erased after the
     * notice, not "from" a day already past.
     */
    public static List<String> of(List<RestrictedPart> parts, ControllerStatus status, NoticeLanguage language,
            LocalDate toldOn) {
        return parts == null ? List.of() : parts.stream().map(part -> line(part, status, language, toldOn)).toList();
    }

    private static String line(RestrictedPart part, ControllerStatus status, NoticeLanguage language,
            LocalDate toldOn) {
        String which = language.text("part." + part.kind().name());
        String category = language.retentionCategory(part.retentionCategory());
        if (part.erasedAt() != null) {
            return language.text("part.erased", Map.of("part", which, "category", category,
                    "date", language.dateTime(part.erasedAt())));
        }
        if (RetentionLegalBases.provisions(part.retentionCategory(), status, language).isEmpty()) {
            // no hold of its own: erased by the next deferred run, while the rest of the record stays restricted
            return language.text("part.noHold", Map.of("part", which, "category", category));
        }
        if (toldOn != null && part.erasableFrom() != null && !part.erasableFrom().isAfter(toldOn)) {
            // its own hold has ended: erased after the notice, while the rest stays restricted
            return language.text("part.holdEnded", Map.of("part", which, "category", category));
        }
        return language.text("part.held", Map.of("part", which, "category", category,
                "date", language.date(part.erasableFrom()),
                "basis", RetentionLegalBases.of(part.retentionCategory(), null, status, language)));
    }
}
