package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.RetentionLaw;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.facts.NoticeFacts;
import de.thwien.dsr.platform.facts.NoticeFactsCatalog;
import de.thwien.dsr.subjectindex.access.archive.CopiedRecord;
import de.thwien.dsr.subjectindex.access.archive.FieldValues;
import de.thwien.dsr.subjectindex.access.archive.IndexPage;
import de.thwien.dsr.subjectindex.access.archive.PackageContents;
import de.thwien.dsr.subjectindex.access.archive.PackageTexts;
import de.thwien.dsr.subjectindex.access.archive.RecordingCopy;
import de.thwien.dsr.subjectindex.access.archive.Retention;
import de.thwien.dsr.subjectindex.access.archive.ThirdPartyData;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code index.html} of an access package, in the request's language: the Art. 15(1) information and every record
 * in words. Every word comes from {@code messages/access-package*.properties} and the contracts' display names;
 * this class only picks the keys, so no store id, category id or English legal string reaches a German page. The
 * general Art. 15(1) facts (purposes, bases, categories, periods, recipients, sources, transfers, authority) come
 * from the operator's privacy facts ({@link NoticeFactsCatalog}), the same the access mail states: the purposes
 * covering the copy's records and the request itself ({@link NoticeFactsCatalog#forFound}).
 */
@ApplicationScoped
public class AccessIndexPage implements IndexPage {

    private final Template index;
    private final NoticeFactsCatalog facts;
    private final boolean merchant;
    private final String contact;
    private final StoreRegistry stores;

    /**
     * {@code merchant}: whether § 257 HGB binds the controller, so that a hold cites it (LEGAL.md §3);
     * {@code contact}: where she writes for a recording the copy does not link; {@code stores}: the connected stores,
     * whose types name the stores the contracts do not know.
     */
    public AccessIndexPage(@Location("access/index.html") Template index, NoticeFactsCatalog facts,
            @ConfigProperty(name = "dsr.controller.merchant") boolean merchant,
            @ConfigProperty(name = "dsr.privacy.contact") String contact, StoreRegistry stores) {
        this.index = index;
        this.facts = facts;
        this.merchant = merchant;
        this.contact = contact;
        this.stores = stores;
    }

    /**
     * {@code retentionParts}: for a record in parts (a mail with an invoice), each part's retention, one line each;
     * {@code description}: a conference room or recording in words (name, date, length) instead of its ids, or null;
     * {@code recordingNote}: how she gets a recording the copy does not link, or null.
     */
    @TemplateData
    public record RecordView(String store, String what, String description, String date, String categories,
            String purpose, String basis, String retention, List<String> retentionParts, String source, MailView mail,
            String emlFile, List<FileLink> attachments, String tableFile, List<FieldView> fields, String playbackUrl,
            String recordingNote) {
    }

    /** A file in the package: where it lies and the name shown. */
    @TemplateData
    public record FileLink(String href, String name) {
    }

    /** A mail's headers and text in pieces: a redacted mail shows a black bar for each of another person's parts. */
    @TemplateData
    public record MailView(List<Piece> subject, List<Piece> from, List<Piece> to, List<Piece> cc, String sent,
            List<Piece> text, boolean textShortened, boolean redacted) {
    }

    /** Text as it is, or ({@code bar}) a blacked-out address or name. */
    @TemplateData
    public record Piece(String text, boolean bar) {
    }

    @TemplateData
    public record FieldView(String label, String value) {
    }

    @Override
    public String render(PackageContents contents) {
        return render(contents, Set.of());
    }

    /**
     * @param confirmedNameMatches "store reference" of records the assistant confirmed from a name match: a third
     *                             party's record that names the requester, said so as its source and purpose
     */
    public String render(PackageContents contents, Set<String> confirmedNameMatches) {
        String language = "en".equals(contents.language()) ? "en" : "de";
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> t = texts(language);
        Set<String> allCategories = new LinkedHashSet<>();
        List<RecordView> records = new ArrayList<>();
        List<RetentionLaw> lastHoldLaws = lastHoldLaws(contents);
        for (CopiedRecord record : contents.records()) {
            List<String> categories = record.finding().dataCategories().stream()
                    .map(category -> word(t, "data." + category, "data.other")).distinct().toList();
            allCategories.addAll(categories);
            records.add(view(record, t, locale, categories, lastHoldLaws, confirmedNameMatches.contains(
                    record.finding().store() + " " + record.finding().reference())));
        }
        List<String> unavailable = contents.storesUnavailable().stream()
                .map(store -> storeName(store, locale, t)).toList();
        List<String> searched = contents.storesSearched().stream()
                .map(store -> storeName(store, locale, t)).distinct().toList();
        NoticeFacts stated = facts.forFound(language, categoriesPerStore(contents),
                storesFromThirdParty(contents, confirmedNameMatches));
        return index.data("lang", language).data("t", t).data("facts", stated)
                .data("storage", t.get("storage").replace("{laws}", cited(t, statutoryLaws())))
                .data("backups", t.get("backups").replace("{months}",
                        String.valueOf(stated.backupRetentionMonths())))
                .data("createdOn", date(contents.createdOn(), locale))
                .data("records", records)
                .data("dataCategories", String.join(", ", allCategories))
                .data("unavailable", String.join(", ", unavailable))
                .data("searched", searched.isEmpty() ? null
                        : t.get("searched").replace("{stores}", String.join(", ", searched)))
                .render();
    }

    /**
     * A store in the page's words: the contracts' name, else the one its type declares, else "another system"; never
     * its id.
     */
    private String storeName(String store, Locale locale, Map<String, String> t) {
        return StoreId.find(store).map(known -> known.displayName(locale))
                .or(() -> stores.displayName(store, locale)).orElse(t.get("store.other"));
    }

    private RecordView view(CopiedRecord record, Map<String, String> t, Locale locale, List<String> categories,
            List<RetentionLaw> lastHoldLaws,
            boolean namedByThirdParty) {
        var finding = record.finding();
        String store = storeName(finding.store(), locale, t);
        String categoryName = RetentionCategory.find(finding.retentionCategory())
                .map(category -> category.displayName(locale)).orElse(t.get("kind.other"));
        // a voicemail is a mail only in how the phone provider delivered it: named as what it is, which says its
        // category too
        String namedByCategory = t.get("kind.category." + finding.retentionCategory());
        String what = namedByCategory != null ? namedByCategory : t.getOrDefault("kind." + record.kind(), categoryName);
        CopiedRecord.Mail copied = record.mail();
        MailView mail = copied == null ? null : new MailView(pieces(copied.subject(), copied.redacted()),
                pieces(copied.from(), copied.redacted()), pieces(copied.to(), copied.redacted()),
                pieces(copied.cc(), copied.redacted()),
                FieldValues.readable(t, locale, "sent", copied.sent()), pieces(copied.text(), copied.redacted()),
                copied.textShortened(), copied.redacted());
        List<FieldView> fields = record.fields().entrySet().stream()
                .filter(field -> FieldValues.shown(field.getKey(), field.getValue()))
                .map(field -> new FieldView(t.getOrDefault("field." + field.getKey(), field.getKey()),
                        FieldValues.readable(t, locale, field.getKey(), field.getValue())))
                .toList();
        // a room, an access or an invitation is kept with the account, but is none: its category says so
        String category = t.getOrDefault("category.kind." + record.kind(), categoryName);
        RecordingCopy recording = RecordingCopy.of(record.kind(), record.fields());
        return new RecordView(store, namedByCategory != null ? what : what + " (" + category + ")",
                description(t, locale, record),
                date(record.date(), locale),
                String.join(", ", categories),
                namedByThirdParty ? word(t, "purpose.namedByThirdParty." + finding.store(), "purpose.namedByThirdParty")
                        : word(t, "purpose." + finding.retentionCategory(), "purpose.other"),
                basis(t, finding.legalBasis(), record.retention()),
                retention(t, record.retention(), locale, merchant, lastHoldLaws),
                retentionParts(t, record.retention(), locale, merchant, lastHoldLaws),
                namedByThirdParty ? word(t, "source.namedByThirdParty." + finding.store(), "source.namedByThirdParty")
                        : t.getOrDefault("source.category." + finding.retentionCategory(),
                                word(t, "source." + finding.store(), "source.other")),
                mail, record.emlFile(), record.attachmentFiles().stream()
                        .map(file -> new FileLink(file, file.substring(file.lastIndexOf('/') + 1))).toList(),
                record.tableFile(), fields,
                recording == RecordingCopy.LINKED ? webLink(record.playbackUrl()) : null,
                recording == null || recording == RecordingCopy.LINKED ? null
                        : t.get("recording." + recording.name()).replace("{contact}", contact));
    }

    /**
     * A conference room or recording in words, from its fields: its name, when it was recorded or last used, how
     * long a recording runs and how many took part; null for other records (their fields say it) or without any.
     */
    static String description(Map<String, String> t, Locale locale, CopiedRecord record) {
        if (!"rooms".equals(record.kind()) && !"recordings".equals(record.kind())) {
            return null;
        }
        Map<String, String> fields = record.fields();
        List<String> parts = new ArrayList<>();
        String name = fields.get("name");
        if (name != null && !name.isBlank()) {
            parts.add(t.get("describe.name").replace("{name}", name.strip()));
        }
        if ("rooms".equals(record.kind())) {
            described(fields, "last_session").ifPresent(at -> parts.add(t.get("describe.lastSession")
                    .replace("{date}", FieldValues.readable(t, locale, "last_session", at))));
        } else {
            String time = described(fields, "recorded_at").isPresent() ? "recorded_at" : "bbbStartTime";
            described(fields, time).ifPresent(at -> parts.add(t.get("describe.recordedAt")
                    .replace("{date}", FieldValues.readable(t, locale, time, at))));
            described(fields, "length").ifPresent(minutes -> parts.add(t.get("describe.length")
                    .replace("{minutes}", minutes)));
            described(fields, "participants").ifPresent(count -> parts.add(t.get("describe.participants")
                    .replace("{count}", count)));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static Optional<String> described(Map<String, String> fields, String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The stores of the copy's records that came from a third party naming her (a name match she was confirmed in). */
    private static Set<String> storesFromThirdParty(PackageContents contents, Set<String> confirmedNameMatches) {
        Set<String> stores = new LinkedHashSet<>();
        for (CopiedRecord record : contents.records()) {
            if (confirmedNameMatches.contains(record.finding().store() + " " + record.finding().reference())) {
                stores.add(record.finding().store());
            }
        }
        return stores;
    }

    /** The retention categories of the copy's records per store: the purposes stated are those that cover them. */
    private static Map<String, List<String>> categoriesPerStore(PackageContents contents) {
        Map<String, List<String>> found = new TreeMap<>();
        for (CopiedRecord record : contents.records()) {
            List<String> categories = found.computeIfAbsent(record.finding().store(), store -> new ArrayList<>());
            if (!categories.contains(record.finding().retentionCategory())) {
                categories.add(record.finding().retentionCategory());
            }
        }
        return found;
    }

    /** The text in pieces, split at each {@link ThirdPartyData#BAR} of a redacted mail; empty for no text. */
    static List<Piece> pieces(String text, boolean redacted) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        if (!redacted) {
            pieces.add(new Piece(text, false));
            return pieces;
        }
        int from = 0;
        for (int bar = text.indexOf(ThirdPartyData.BAR); bar >= 0;
                bar = text.indexOf(ThirdPartyData.BAR, from)) {
            if (bar > from) {
                pieces.add(new Piece(text.substring(from, bar), false));
            }
            pieces.add(new Piece(null, true));
            from = bar + ThirdPartyData.BAR.length();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }

    /**
     * The legal bases a finding names (Art. 6(1)(a)–(f)), in words. Once its statutory hold has ended, the legal
     * obligation (c) no longer keeps the record: it is not named then.
     */
    static String basis(Map<String, String> t, String legalBasis, Retention retention) {
        boolean holdEnded = retention != null && retention.kind() == Retention.Kind.HOLD_ENDED;
        // kept because a law says so (§ 147 AO, § 257 HGB): the legal obligation is a basis whatever the store names
        boolean held = retention != null && (retention.kind() == Retention.Kind.HOLD
                || retention.kind() == Retention.Kind.UNTIL_LAST_HOLD);
        List<String> bases = new ArrayList<>();
        for (ProcessingBasis basis : ProcessingBasis.ofRecord(legalBasis, held)) {
            String words = holdEnded && basis == ProcessingBasis.LEGAL_OBLIGATION ? null
                    : t.get("basis." + basis.letter());
            if (words != null && !bases.contains(words)) {
                bases.add(words);
            }
        }
        return bases.isEmpty() ? t.get(holdEnded ? "basis.holdEnded" : "basis.other") : String.join("; ", bases);
    }

    private static String retention(Map<String, String> t, Retention retention, Locale locale, boolean merchant,
            List<RetentionLaw> lastHoldLaws) {
        if (retention == null) {
            return t.get("retention.other");
        }
        String text = switch (retention.kind()) {
            case HOLD -> fill(t.get("retention.hold"), retention, locale);
            case HOLD_ENDED -> fill(t.get("retention.holdEnded"), retention, locale);
            case UNTIL_LAST_HOLD -> fill(t.get("retention.untilLastHold"), retention, locale);
            case STORAGE_LIMIT -> fill(t.get("retention.storageLimit"), retention, locale);
            case STORAGE_LIMIT_PASSED -> fill(t.get("retention.storageLimitPassed"), retention, locale);
            case DECIDED_BY_CATEGORY -> word(t, "retention." + retention.category().id(), "retention.other");
        };
        List<RetentionLaw> laws = retention.kind() == Retention.Kind.UNTIL_LAST_HOLD ? lastHoldLaws
                : retention.category() == null ? List.of() : retention.category().statutoryLaws(merchant);
        return text.replace("{laws}", cited(t, laws));
    }

    /**
     * The laws that hold the copy's records still on hold (LEGAL.md §3): master data stays while any of them is held,
     * so its line cites them, from {@link RetentionCategory#statutoryLaws(boolean)} as each record's line does.
     */
    private List<RetentionLaw> lastHoldLaws(PackageContents contents) {
        Set<RetentionLaw> laws = EnumSet.noneOf(RetentionLaw.class);
        for (CopiedRecord record : contents.records()) {
            Retention retention = record.retention();
            if (retention == null) {
                continue;
            }
            List<Retention> held = new ArrayList<>(List.of(retention));
            retention.parts().forEach(part -> held.add(part.retention()));
            held.stream().filter(one -> one.kind() == Retention.Kind.HOLD && one.category() != null)
                    .forEach(one -> laws.addAll(one.category().statutoryLaws(merchant)));
        }
        return laws.isEmpty() ? statutoryLaws() : List.copyOf(laws);
    }

    /** Every law that demands a statutory hold of this controller: the storage sentence names them all. */
    private List<RetentionLaw> statutoryLaws() {
        Set<RetentionLaw> laws = EnumSet.noneOf(RetentionLaw.class);
        for (RetentionCategory category : RetentionCategory.values()) {
            laws.addAll(category.statutoryLaws(merchant));
        }
        return List.copyOf(laws);
    }

    /**
     * The laws, as the notices cite them (LEGAL.md §3): which ones says {@link RetentionCategory#statutoryLaws(boolean)},
     * the page only names them ("§ 147 AO, § 257 HGB und § 14b UStG").
     */
    private static String cited(Map<String, String> t, List<RetentionLaw> laws) {
        List<String> cited = laws.stream().map(RetentionLaw::name)
                .map(law -> t.get("law." + law)).toList();
        if (cited.size() < 2) {
            return cited.isEmpty() ? "" : cited.get(0);
        }
        return t.get("law.lastTwo").replace("{first}", String.join(", ", cited.subList(0, cited.size() - 1)))
                .replace("{last}", cited.get(cited.size() - 1));
    }

    /** Each part's retention (LEGAL.md §3: a mail's text and the files attached to it are held apart); empty: none. */
    private static List<String> retentionParts(Map<String, String> t, Retention retention, Locale locale,
            boolean merchant, List<RetentionLaw> lastHoldLaws) {
        if (retention == null) {
            return List.of();
        }
        return retention.parts().stream().map(part -> t.get("retention.part")
                .replace("{part}", t.get("part." + part.kind().name()))
                .replace("{category}", part.retention().category().displayName(locale))
                .replace("{retention}", retention(t, part.retention(), locale, merchant, lastHoldLaws))).toList();
    }

    private static String fill(String text, Retention retention, Locale locale) {
        return text.replace("{keptUntil}", date(retention.keptUntil(), locale))
                .replace("{erasedFrom}", date(retention.erasedFrom(), locale));
    }

    private static String word(Map<String, String> t, String key, String fallback) {
        return t.getOrDefault(key, t.get(fallback));
    }

    private static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "–";
        }
        return date.format(DateTimeFormatter.ofPattern(Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? "d. MMMM yyyy" : "d MMMM yyyy", locale));
    }

    /** A playback link only when it is a web address (never a script link from a store's data). */
    private static String webLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    static Map<String, String> texts(String language) {
        return PackageTexts.of(language);
    }
}
