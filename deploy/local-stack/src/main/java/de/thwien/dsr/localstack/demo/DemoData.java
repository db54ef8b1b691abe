package de.thwien.dsr.localstack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo data set of the local stack and the system tests: fictitious customers of a small IT service
 * provider (2015–2026) with CRM partners, invoices and chatter, mail in the operator's mailboxes (German,
 * Inbox and Sent, some Cc, voicemail from the phone provider), Greenlight accounts with rooms and recordings,
 * and pending requests in the privacy mailbox. {@link #KATRIN_VOGEL} (the erasure scenario) also has files that
 * stay in a store's file storage when their rows are erased: the PDF of an invoice draft never issued in Odoo's
 * filestore and her Greenlight avatar on its Disk service. Every person is made up: names are combined at random from
 * common first and last names, every address is under the reserved domains example.org/.com/.net or
 * the reserved TLD .example, every phone number is in a fictitious range. The same seed and day give the
 * same data.
 */
public record DemoData(List<Customer> customers, List<Invoice> invoices, List<CrmMessage> crmMessages,
        List<CrmFile> crmFiles, List<DemoMail> mails, List<ConferenceUser> conferenceUsers, List<Room> rooms,
        List<Recording> recordings, List<ConferenceFile> conferenceFiles, List<Lead> leads) {

    public static final long DEFAULT_SEED = 20_150_101L;
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The operator's mail accounts (short name = reference prefix) and the privacy mailbox. */
    public static final String INFO = "info@thwien.de";
    public static final String THOMAS = "thomas@thwien.de";
    public static final String PRIVACY = "datenschutz@thwien.de";
    public static final String VOICEMAIL_SENDER = "voicemail@sipgate.de";

    /** Fixed people the system tests and a walk-through by hand use (see README). */
    public static final Customer KATRIN_VOGEL = new Customer(1, "Katrin", "Vogel", "katrin.vogel@example.org",
            "+49 2102 5550101", "Lindenallee 12", "40878", "Ratingen", null, LocalDate.of(2019, 3, 4), "de");
    public static final Customer OLIVER_BRANDT = new Customer(2, "Oliver", "Brandt", "oliver.brandt@example.com",
            "+49 211 5550202", "Königsallee 80", "40212", "Düsseldorf", null, LocalDate.of(2021, 9, 14), "en");
    public static final Customer MIRIAM_SCHULTE = new Customer(3, "Miriam", "Schulte", "miriam.schulte@example.net",
            "+49 221 5550303", "Aachener Straße 301", "50931", "Köln", "DE999000303", LocalDate.of(2022, 2, 1), "de");
    /**
     * Scenario 6 (browser): not a CRM customer; she wrote to Thomas from her own address and, years before, from her
     * former employer's address. A request with her name and own address finds that older mail by name only: a WEAK
     * match the assistant has to approve.
     */
    public static final String HANNA_BERGER_NAME = "Hanna Berger";
    public static final String HANNA_BERGER_EMAIL = "hanna.berger@example.org";
    public static final String HANNA_BERGER_FORMER_EMAIL = "h.berger@stadtwerke-musterstadt.example";
    /**
     * The name-match review (README "Try the name-match review"): a mail from someone else to Thomas names
     * {@link #MIRIAM_SCHULTE} only in its text, with no address or name of hers in a header. Her access request
     * finds it by name only, a WEAK match that waits for the assistant's review.
     */
    public static final String NAMED_IN_TEXT_FROM = "\"Jan Köhler\" <jan.koehler@example.com>";
    public static final String NAMED_IN_TEXT_SUBJECT = "Unterlagen zur Nextcloud-Schulung";

    public record Customer(long partnerId, String firstName, String lastName, String email, String phone,
            String street, String zip, String city, String vat, LocalDate since, String language) {
        public String name() {
            return firstName + " " + lastName;
        }

        public String mailbox() {
            return "\"" + name() + "\" <" + email + ">";
        }
    }

    public record Invoice(long id, long partnerId, String name, LocalDate date, BigDecimal amount, String state) {
    }

    public record CrmMessage(long id, String model, long resId, Long authorId, String emailFrom, String subject,
            String body, LocalDateTime date) {
    }

    /**
     * A CRM lead ({@code crm_lead}): the customer's first contact, which Odoo marks won (probability 100) when it
     * became an order, as every demo customer's did.
     */
    public record Lead(long id, long partnerId, String name, String contactName, String email, LocalDateTime createdAt,
            boolean won) {
    }

    /**
     * An Odoo {@code ir_attachment} kept in the filestore: {@code storeFname} is its path there
     * ({@code <sha1 prefix>/<sha1>}, as Odoo names a file by the SHA-1 of its content).
     */
    public record CrmFile(long id, String name, String model, long resId, String storeFname, String checksum,
            String mimetype, int fileSize, LocalDateTime createdAt) {
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * A mail in {@code account}'s {@code folder}; {@code cc} may be null. {@code messageId} is null for a mail nobody
     * answers (it gets one when it is stored); {@code references} are the Message-IDs of the thread's earlier mails,
     * the one it answers last (empty for a mail that answers none).
     */
    public record DemoMail(String account, String folder, String from, String to, String cc, String subject,
            String text, ZonedDateTime date, Attachment attachment, String messageId, List<String> references) {

        public DemoMail {
            references = references == null ? List.of() : List.copyOf(references);
        }
    }

    public record ConferenceUser(UUID id, String name, String email, String language, LocalDateTime createdAt) {
    }

    public record Room(UUID id, UUID userId, String name, String friendlyId, String meetingId,
            LocalDateTime createdAt) {
    }

    public record Recording(UUID id, UUID roomId, String meetingId, String name, String recordId, Instant startedAt,
            int minutes, int participants, boolean published) {
    }

    /**
     * A file attached to a Greenlight record through ActiveStorage ({@code active_storage_attachments} and its
     * {@code active_storage_blobs} row) on the Disk service "local": {@code key} names the file in its storage,
     * {@code checksum} is the Base64 MD5 of the content, as Rails writes them.
     */
    public record ConferenceFile(UUID attachmentId, String name, String recordType, UUID recordId, UUID blobId,
            String key, String filename, String contentType, String serviceName, int byteSize, String checksum,
            LocalDateTime createdAt) {
    }

    private static final String[] FIRST = {"Anna", "Bernd", "Claudia", "Dirk", "Elena", "Frank", "Gisela", "Heiko",
            "Ines", "Jörg", "Karin", "Lars", "Monika", "Nils", "Olga", "Peter", "Renate", "Stefan", "Tanja", "Uwe",
            "Vera", "Werner", "Yvonne", "Zoran", "Sabine", "Markus", "Jutta", "Holger", "Petra", "Sven"};
    private static final String[] LAST = {"Albers", "Brinkmann", "Claßen", "Dreier", "Ebert", "Fuchs", "Gerlach",
            "Hoffmann", "Jansen", "Kaiser", "Lorenz", "Möller", "Naumann", "Otto", "Pohl", "Rademacher", "Sauer",
            "Thiele", "Ulrich", "Voß", "Wendt", "Zimmer", "Kühn", "Schäfer", "Büttner", "Engel", "Haas", "Krämer"};
    private static final String[] CITIES = {"40878 Ratingen", "40210 Düsseldorf", "45127 Essen", "47051 Duisburg",
            "42103 Wuppertal", "41460 Neuss", "40721 Hilden", "40822 Mettmann", "47798 Krefeld", "50667 Köln"};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Kirchplatz", "Mühlenweg",
            "Schulstraße", "Am Markt", "Rosenstraße", "Industriestraße", "Feldstraße"};
    private static final String[] COMPANIES = {"bauer-technik", "rheinblick-immobilien", "praxis-am-park",
            "kanzlei-nord", "baeckerei-sonnenschein", "autohaus-west", "physio-mitte", "weinhandel-ruhr"};
    private static final String[] DOMAINS = {"example.org", "example.com", "example.net"};
    private static final String[] SERVICES = {"Wartung Server", "Einrichtung Mailserver", "Webhosting Jahrespaket",
            "Backup-Konzept", "Umzug Website", "Support-Stunden", "Firewall-Konfiguration", "Nextcloud-Einrichtung"};

    /** The demo data as of {@code today} (recording ages are relative to it). */
    public static DemoData generate(long seed, LocalDate today) {
        Builder builder = new Builder(new Random(seed), today);
        builder.featured();
        for (long id = 4; id <= 50; id++) {
            builder.randomCustomer(id);
        }
        builder.privacyRequests();
        // last, so that everyone else's data stays as it was before she was added
        builder.nameOnlyMatch();
        builder.namedInText();
        builder.filesOfTheErasureScenario();
        return builder.build();
    }

    public static DemoData generate(LocalDate today) {
        return generate(DEFAULT_SEED, today);
    }

    private static final class Builder {
        private final Random random;
        private final LocalDate today;
        private final List<Customer> customers = new ArrayList<>();
        private final List<Invoice> invoices = new ArrayList<>();
        private final List<CrmMessage> crmMessages = new ArrayList<>();
        private final List<CrmFile> crmFiles = new ArrayList<>();
        private final List<DemoMail> mails = new ArrayList<>();
        private final List<ConferenceUser> conferenceUsers = new ArrayList<>();
        private final List<Room> rooms = new ArrayList<>();
        private final List<Recording> recordings = new ArrayList<>();
        private final List<ConferenceFile> conferenceFiles = new ArrayList<>();
        private final List<Lead> leads = new ArrayList<>();
        private final int[] invoiceNumbers = new int[2100];

        Builder(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        DemoData build() {
            return new DemoData(List.copyOf(customers), List.copyOf(invoices), List.copyOf(crmMessages),
                    List.copyOf(crmFiles), List.copyOf(mails), List.copyOf(conferenceUsers), List.copyOf(rooms),
                    List.copyOf(recordings), List.copyOf(conferenceFiles), List.copyOf(leads));
        }

        /** The three people of the system tests, each with data in every store. */
        void featured() {
            Customer katrin = add(KATRIN_VOGEL);
            offerAndOrder(katrin, LocalDate.of(2019, 3, 4), "Einrichtung Mailserver");
            invoice(katrin, LocalDate.of(2019, 6, 10), "posted", true);
            invoice(katrin, LocalDate.of(2024, 2, 15), "posted", true);
            plainMail(katrin, LocalDate.of(2023, 12, 20), "Frohe Weihnachten",
                    "Hallo Thomas,\n\nfrohe Weihnachten und einen guten Rutsch!\n\nViele Grüße\nKatrin");
            voicemail(katrin, today.minusDays(40));
            conference(katrin, true, 2, 30);

            Customer oliver = add(OLIVER_BRANDT);
            offerAndOrder(oliver, LocalDate.of(2021, 9, 14), "Webhosting Jahrespaket");
            invoice(oliver, LocalDate.of(2022, 1, 5), "posted", true);
            plainMail(oliver, LocalDate.of(2025, 5, 2), "Kurze Frage",
                    "Hallo Herr Wien,\n\nkönnen wir nächste Woche telefonieren?\n\nBeste Grüße\nOliver Brandt");
            conference(oliver, true, 5, 0);

            Customer miriam = add(MIRIAM_SCHULTE);
            offerAndOrder(miriam, LocalDate.of(2022, 2, 1), "Nextcloud-Einrichtung");
            invoice(miriam, LocalDate.of(2022, 3, 31), "posted", true);
            invoice(miriam, LocalDate.of(2025, 3, 31), "posted", true);
            conference(miriam, true, 1, 3);
        }

        void randomCustomer(long id) {
            String first = pick(FIRST);
            String last = pick(LAST);
            boolean business = random.nextInt(3) == 0;
            String local = ascii(first) + "." + ascii(last);
            String email = business ? "info@" + pick(COMPANIES) + "-" + id + ".example" : local + "@" + pick(DOMAINS);
            String[] city = pick(CITIES).split(" ", 2);
            LocalDate since = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String phone = "+49 2102 555" + String.format("%04d", 1000 + id);
            Customer customer = add(new Customer(id, first, last, email, random.nextInt(4) == 0 ? null : phone,
                    pick(STREETS) + " " + (1 + random.nextInt(120)), city[0], city[1],
                    business ? "DE999" + String.format("%06d", id) : null, since, random.nextInt(6) == 0 ? "en" : "de"));
            int years = Math.max(1, Math.min(4, today.getYear() - since.getYear()));
            offerAndOrder(customer, since, pick(SERVICES));
            for (int i = 0; i < years; i++) {
                LocalDate date = since.plusMonths(2 + 12L * i);
                if (date.isAfter(today)) {
                    break;
                }
                invoice(customer, date, random.nextInt(8) == 0 ? "draft" : "posted", random.nextBoolean());
            }
            if (random.nextInt(3) == 0) {
                plainMail(customer, since.plusDays(40 + random.nextInt(200)), "Danke!",
                        "Hallo,\n\nvielen Dank für die schnelle Hilfe gestern.\n\nGruß\n" + first);
            }
            if (random.nextInt(8) == 0) {
                voicemail(customer, since.plusDays(random.nextInt(300)));
            }
            if (random.nextInt(4) == 0) {
                conference(customer, random.nextBoolean(), 1 + random.nextInt(20), 20 + random.nextInt(400));
            }
        }

        /** Pending requests in the privacy mailbox, as people really write them (de and en). */
        void privacyRequests() {
            Customer a = customers.get(5);
            Customer b = customers.get(11);
            Customer c = customers.get(17);
            Customer d = customers.get(23);
            mail(PRIVACY, "INBOX", a.mailbox(), PRIVACY, null, "Löschung meiner Daten",
                    "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie alle meine Daten.\n\nMit freundlichen Grüßen\n"
                            + a.name(), today.minusDays(2), null);
            mail(PRIVACY, "INBOX", b.mailbox(), PRIVACY, null, "Auskunft nach Art. 15 DSGVO",
                    "Guten Tag,\n\nich bitte um Auskunft über die zu meiner Person gespeicherten Daten.\n\n" + b.name(),
                    today.minusDays(1), null);
            mail(PRIVACY, "INBOX", c.mailbox(), PRIVACY, null, "Data access request",
                    "Hello,\n\nplease send me a copy of all personal data you hold about me.\n\nKind regards\n"
                            + c.name(), today.minusDays(1), null);
            mail(PRIVACY, "INBOX", d.mailbox(), PRIVACY, null, "Withdrawal of consent",
                    "Hello,\n\nI withdraw my consent to the recording of our video conferences.\n\n" + d.name(),
                    today, null);
        }

        void nameOnlyMatch() {
            mail(THOMAS, "INBOX", "\"" + HANNA_BERGER_NAME + "\" <" + HANNA_BERGER_FORMER_EMAIL + ">", THOMAS, null,
                    "Vortrag IT-Sicherheit", "Hallo Herr Wien,\n\ndanke für den Vortrag bei uns im Haus.\n\n"
                            + "Viele Grüße\n" + HANNA_BERGER_NAME, LocalDate.of(2018, 10, 9), null);
            mail(THOMAS, "INBOX", "\"" + HANNA_BERGER_NAME + "\" <" + HANNA_BERGER_EMAIL + ">", THOMAS, null,
                    "Neue Adresse", "Hallo Thomas,\n\nich bin jetzt unter dieser Adresse erreichbar.\n\nHanna",
                    LocalDate.of(2025, 4, 22), null);
        }

        /** Someone else writes about Miriam Schulte: her name only in the text (last: nobody else's data moves). */
        void namedInText() {
            mail(THOMAS, "INBOX", NAMED_IN_TEXT_FROM, THOMAS, null, NAMED_IN_TEXT_SUBJECT,
                    "Guten Tag Herr Wien,\n\nwie mit Frau " + MIRIAM_SCHULTE.name() + " besprochen, schicke ich Ihnen"
                            + " bis Freitag die Teilnehmerliste für die Nextcloud-Schulung unseres Büros.\n\n"
                            + "Mit freundlichen Grüßen\nJan Köhler", LocalDate.of(2025, 6, 3), null);
        }

        /**
         * Katrin Vogel's files that outlive their rows: an invoice draft that was never issued with the PDF preview
         * Odoo keeps in its filestore (no voucher, so no hold: erased with her), and the avatar of her Greenlight
         * account. Erasing her leaves each file to the operator ({@code rm -f} tasks on the dashboard). Last and
         * without random draws, so that nobody else's data moves.
         */
        void filesOfTheErasureScenario() {
            Invoice draft = newInvoice(KATRIN_VOGEL, LocalDate.of(2025, 11, 20), new BigDecimal("238.00"), "draft");
            byte[] pdf = pdf(draft.name() + " (Entwurf)");
            String sha1 = HexFormat.of().formatHex(digest("SHA-1", pdf));
            crmFiles.add(new CrmFile(crmFiles.size() + 1, draft.name().replace('/', '_') + "_Entwurf.pdf",
                    "account.move", draft.id(), sha1.substring(0, 2) + "/" + sha1, sha1, "application/pdf",
                    pdf.length, draft.date().atTime(11, 15)));
            ConferenceUser katrin = conferenceUsers.stream()
                    .filter(user -> user.email().equals(KATRIN_VOGEL.email())).findFirst().orElseThrow();
            byte[] avatar = jpeg();
            // ActiveStorage's keys are 28 characters of base36: here derived from her account, so always the same
            String key = HexFormat.of().formatHex(digest("SHA-1", ("avatar-" + katrin.id())
                    .getBytes(StandardCharsets.UTF_8))).substring(0, 28);
            conferenceFiles.add(new ConferenceFile(uuid("e", KATRIN_VOGEL.partnerId()), "avatar", "User", katrin.id(),
                    uuid("f", KATRIN_VOGEL.partnerId()), key, "katrin-vogel.jpg", "image/jpeg", "local",
                    avatar.length, Base64.getEncoder().encodeToString(digest("MD5", avatar)),
                    katrin.createdAt().plusMinutes(20)));
        }

        /** The customer, with the lead of her first contact, won as her inquiry led to an order, and its message. */
        private Customer add(Customer customer) {
            customers.add(customer);
            Lead lead = new Lead(customer.partnerId(), customer.partnerId(), "Kontaktanfrage " + customer.name(),
                    customer.name(), customer.email(), customer.since().atTime(9, 25), true);
            leads.add(lead);
            crmMessages.add(new CrmMessage(crmMessages.size() + 1, "crm.lead", lead.id(),
                    customer.partnerId(), customer.mailbox(), "Kontaktanfrage",
                    "<p>Bitte rufen Sie mich zurück.</p>", customer.since().atTime(9, 30)));
            return customer;
        }

        /**
         * An inquiry, our offer answering it and the customer's order confirmation answering the offer: one thread
         * (In-Reply-To, References), as the mail clients write it, that led to an order.
         */
        private void offerAndOrder(Customer customer, LocalDate day, String service) {
            String account = random.nextBoolean() ? INFO : THOMAS;
            String customerDomain = customer.email().substring(customer.email().indexOf('@') + 1);
            String inquiry = "<anfrage-" + customer.partnerId() + "@" + customerDomain + ">";
            String offer = "<angebot-" + customer.partnerId() + "@thwien.de>";
            mail(account, "INBOX", customer.mailbox(), account, null, "Anfrage " + service,
                    "Guten Tag,\n\nwir bräuchten ein Angebot für: " + service + ".\nErreichbar unter "
                            + (customer.phone() == null ? "dieser Adresse" : customer.phone())
                            + ".\n\nMit freundlichen Grüßen\n" + customer.name(), day, null, inquiry, List.of());
            String cc = random.nextInt(3) == 0 ? INFO.equals(account) ? THOMAS : INFO : null;
            mail(account, "Sent", account, customer.mailbox(), cc, "Angebot " + service,
                    "Hallo " + customer.firstName() + " " + customer.lastName()
                            + ",\n\nanbei unser Angebot. Bei Fragen melden Sie sich gern.\n\nThomas Wien",
                    day.plusDays(1), null, offer, List.of(inquiry));
            mail(account, "INBOX", customer.mailbox(), account, null, "Auftragsbestätigung " + service,
                    "Hallo Herr Wien,\n\nhiermit bestätigen wir den Auftrag gemäß Ihrem Angebot.\n\n" + customer.name(),
                    day.plusDays(3), null, null, List.of(inquiry, offer));
        }

        private void invoice(Customer customer, LocalDate date, String state, boolean mailed) {
            BigDecimal amount = BigDecimal.valueOf(50 + random.nextInt(2500)).multiply(BigDecimal.valueOf(1.19))
                    .setScale(2, RoundingMode.HALF_UP);
            Invoice invoice = newInvoice(customer, date, amount, state);
            long id = invoice.id();
            String name = invoice.name();
            if (!"posted".equals(state)) {
                return;
            }
            crmMessages.add(new CrmMessage(crmMessages.size() + 1, "account.move", id, null, "buchhaltung@thwien.de",
                    "Rechnung " + name, "<p>Ihre Rechnung " + name + " im Anhang.</p>", date.atTime(16, 0)));
            if (mailed) {
                mail(INFO, "Sent", INFO, customer.mailbox(), null, "Rechnung " + name,
                        "Guten Tag " + customer.name() + ",\n\nanbei erhalten Sie die Rechnung " + name + " über "
                                + amount + " EUR.\n\nMit freundlichen Grüßen\nThomas Wien", date,
                        new Attachment("Rechnung_" + name.replace('/', '-') + ".pdf", "application/pdf",
                                pdf(name)));
            }
        }

        /** The next invoice of its year (numbered as Odoo does) for {@code customer}. */
        private Invoice newInvoice(Customer customer, LocalDate date, BigDecimal amount, String state) {
            int number = ++invoiceNumbers[date.getYear()];
            Invoice invoice = new Invoice(invoices.size() + 1, customer.partnerId(),
                    String.format("INV/%d/%04d", date.getYear(), number), date, amount, state);
            invoices.add(invoice);
            return invoice;
        }

        private void plainMail(Customer customer, LocalDate day, String subject, String text) {
            mail(THOMAS, "INBOX", customer.mailbox(), THOMAS, null, subject, text, day, null);
        }

        private void voicemail(Customer customer, LocalDate day) {
            String caller = customer.phone() == null ? "unbekannt" : customer.phone();
            mail(INFO, "INBOX", "sipgate <" + VOICEMAIL_SENDER + ">", INFO, null,
                    "Neue Sprachnachricht von " + caller,
                    "Sie haben eine neue Sprachnachricht von " + caller + " (Länge 0:42).\nDie Nachricht ist angehängt.",
                    day, new Attachment("voicemail.mp3", "audio/mpeg", mp3()));
        }

        private void conference(Customer customer, boolean withAccount, int recentDaysAgo, int olderDaysAgo) {
            if (!withAccount) {
                return;
            }
            UUID userId = uuid("a", customer.partnerId());
            conferenceUsers.add(new ConferenceUser(userId, customer.name(), customer.email(), customer.language(),
                    customer.since().atTime(10, 0)));
            UUID roomId = uuid("b", customer.partnerId());
            String meetingId = "meeting-" + customer.partnerId();
            rooms.add(new Room(roomId, userId, "Raum " + customer.lastName(), "room-" + customer.partnerId(),
                    meetingId, customer.since().atTime(10, 5)));
            recording(customer, roomId, meetingId, 1, "Projektbesprechung", today.minusDays(recentDaysAgo));
            if (olderDaysAgo > 0) {
                recording(customer, roomId, meetingId, 2, "Schulung", today.minusDays(olderDaysAgo));
            }
        }

        private void recording(Customer customer, UUID roomId, String meetingId, int n, String name, LocalDate day) {
            Instant start = day.atTime(LocalTime.of(14, 0)).atZone(BERLIN).toInstant();
            recordings.add(new Recording(uuid("c" + n, customer.partnerId()), roomId, meetingId, name,
                    "rec-" + customer.partnerId() + "-" + n, start, 20 + random.nextInt(60), 2 + random.nextInt(5),
                    random.nextBoolean()));
        }

        private void mail(String account, String folder, String from, String to, String cc, String subject,
                String text, LocalDate day, Attachment attachment) {
            mail(account, folder, from, to, cc, subject, text, day, attachment, null, List.of());
        }

        private void mail(String account, String folder, String from, String to, String cc, String subject,
                String text, LocalDate day, Attachment attachment, String messageId, List<String> references) {
            ZonedDateTime date = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(BERLIN);
            mails.add(new DemoMail(account, folder, from, to, cc, subject, text, date, attachment, messageId,
                    references));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static UUID uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes((kind + "-" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static String ascii(String name) {
        return name.toLowerCase().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }

    /** A tiny stand-in PDF (a real viewer opens it as an empty page); the text names the invoice. */
    private static byte[] pdf(String invoice) {
        return ("%PDF-1.4\n% Demo-Rechnung " + invoice + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A JPEG's start and end markers around an empty JFIF header: enough to be recognised as image/jpeg. */
    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00,
                0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is in every JDK", e);
        }
    }

    /** An MPEG frame header followed by silence: enough to be recognised as audio/mpeg. */
    private static byte[] mp3() {
        byte[] audio = new byte[417];
        audio[0] = (byte) 0xFF;
        audio[1] = (byte) 0xFB;
        audio[2] = (byte) 0x90;
        audio[3] = (byte) 0x64;
        return audio;
    }
}
