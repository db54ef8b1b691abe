package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SqlStoreReaderTest {

    private static final SqlMapping ODOO = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);

    private String schema;
    private SqlStoreReader crm;

    @BeforeEach
    void seededCrm() throws StoreUnavailableException {
        schema = TestInfra.freshSchema("crm/odoo/schema.sql", "crm/odoo/seed.sql");
        crm = SqlStoreReader.open(ODOO.withSchema(schema), TestInfra.dataSource(schema));
    }

    @Test
    void aCrawlListsTheNormalisedIdentifiersOfPartnersAndMessages() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();

        CrawlResult result = crm.crawl(CrawlCursor.START, records::add);

        // partners 5, messages 8, leads 2, queued mails 1, users 1
        assertThat(result.recordsVisited()).isEqualTo(17);
        Map<String, IndexedRecord> byReference = records.stream()
                .collect(Collectors.toMap(IndexedRecord::reference, record -> record));
        assertThat(byReference.get("res_partner/1").identifiers()).contains(
                new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net"),
                new Identifier(IdentifierKind.PHONE, "+4922198765432"),
                new Identifier(IdentifierKind.NAME, "becker jana"));
        assertThat(byReference.get("mail_message/5").identifiers())
                .containsExactly(new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net"));
    }

    @Test
    void aSecondCrawlFromTheCursorSeesOnlyNewRows() throws Exception {
        CrawlResult first = crm.crawl(CrawlCursor.START, record -> { });
        TestInfra.execute(schema, "insert into res_partner (name, email) values ('Neu Kunde', 'neu@example.de')");
        List<IndexedRecord> records = new ArrayList<>();

        CrawlResult second = crm.crawl(first.next(), records::add);

        assertThat(records).extracting(IndexedRecord::reference).containsExactly("res_partner/6");
        assertThat(second.recordsVisited()).isEqualTo(1);
    }

    @Test
    void aPartnerHitBringsItsInvoicesAndMessagesWithRetentionCategoryAndStart() throws Exception {
        List<Finding> findings = crm.find(List.of(new RecordHit("res_partner/1", MatchStrength.STRONG)));

        assertThat(findings)
                .extracting(Finding::reference, Finding::retentionCategory, Finding::retentionStart,
                        Finding::matchStrength)
                .containsExactlyInAnyOrder(
                        tuple("res_partner/1", "customer-master-data", LocalDate.of(2019, 3, 4), MatchStrength.STRONG),
                        tuple("account_move/1", "accounting-voucher", LocalDate.of(2019, 6, 10), MatchStrength.STRONG),
                        tuple("account_move/2", "accounting-voucher", LocalDate.of(2024, 2, 15), MatchStrength.STRONG),
                        tuple("account_move/3", "invoice-draft", LocalDate.of(2024, 3, 1),
                                MatchStrength.STRONG),
                        tuple("mail_message/1", "general-correspondence", LocalDate.of(2024, 2, 20),
                                MatchStrength.STRONG),
                        tuple("mail_message/2", "commercial-letter", LocalDate.of(2024, 2, 15), MatchStrength.STRONG),
                        // the rest of Jana's Odoo records (seed.sql): her delivery address, a cancelled invoice
                        // that was posted, a posted entry and receipt, journal items, files, notes, tracked
                        // values, the queued mail, notification and followers, opportunity, order, user, IBAN
                        tuple("res_partner/5", "customer-master-data", LocalDate.of(2023, 4, 11), MatchStrength.STRONG),
                        tuple("account_move/5", "accounting-voucher", LocalDate.of(2023, 5, 2), MatchStrength.STRONG),
                        tuple("account_move/6", "accounting-record", LocalDate.of(2023, 12, 31), MatchStrength.STRONG),
                        tuple("account_move/7", "accounting-voucher", LocalDate.of(2022, 8, 1), MatchStrength.STRONG),
                        tuple("account_move_line/1", "accounting-record", LocalDate.of(2019, 6, 10),
                                MatchStrength.STRONG),
                        tuple("account_move_line/2", "accounting-record", LocalDate.of(2019, 6, 10),
                                MatchStrength.STRONG),
                        tuple("account_move_line/3", "invoice-draft", LocalDate.of(2024, 3, 1),
                                MatchStrength.STRONG),
                        tuple("ir_attachment/1", "accounting-voucher", LocalDate.of(2024, 2, 15), MatchStrength.STRONG),
                        tuple("ir_attachment/2", "general-correspondence", LocalDate.of(2019, 3, 4),
                                MatchStrength.STRONG),
                        tuple("mail_message/6", "general-correspondence", LocalDate.of(2024, 2, 21),
                                MatchStrength.STRONG),
                        tuple("mail_message/7", "general-correspondence", LocalDate.of(2023, 1, 5),
                                MatchStrength.STRONG),
                        tuple("mail_message/8", "commercial-letter", LocalDate.of(2024, 2, 10), MatchStrength.STRONG),
                        tuple("mail_tracking_value/1", "customer-master-data", LocalDate.of(2023, 1, 5),
                                MatchStrength.STRONG),
                        tuple("mail_mail/1", "general-correspondence", LocalDate.of(2024, 2, 10), MatchStrength.STRONG),
                        tuple("mail_notification/1", "general-correspondence", null, MatchStrength.STRONG),
                        tuple("mail_followers/1", "general-correspondence", null, MatchStrength.STRONG),
                        tuple("mail_followers/2", "general-correspondence", null, MatchStrength.STRONG),
                        tuple("mail_followers/3", "general-correspondence", null, MatchStrength.STRONG),
                        // won: sale order S00012 came of it, so it prepared a transaction (LEGAL.md §3)
                        tuple("crm_lead/1", "commercial-letter", LocalDate.of(2024, 1, 8), MatchStrength.STRONG),
                        tuple("sale_order/1", "commercial-letter", LocalDate.of(2024, 2, 10), MatchStrength.STRONG),
                        tuple("res_users/1", "customer-master-data", LocalDate.of(2019, 3, 4), MatchStrength.STRONG),
                        tuple("res_partner_bank/1", "customer-master-data", LocalDate.of(2019, 3, 4),
                                MatchStrength.STRONG));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.store()).isEqualTo("crm"));
        assertThat(findings).filteredOn(finding -> finding.reference().equals("account_move/1"))
                .singleElement()
                .satisfies(invoice -> {
                    assertThat(invoice.summary()).isEqualTo("Invoice INV/2019/0001 (out_invoice, posted) of 2019-06-10");
                    assertThat(invoice.legalBasis()).startsWith("Art. 6(1)(c)");
                });
    }

    @Test
    void anInvoiceDraftThatWasNeverIssuedHasNoHoldWhileAPostedInvoiceIsAVoucher() throws Exception {
        // LEGAL.md §3: a draft never issued is no voucher, and no letter was sent with it
        assertThat(crm.find(List.of(new RecordHit("account_move/3", MatchStrength.STRONG))))
                .filteredOn(finding -> finding.reference().equals("account_move/3"))
                .singleElement().extracting(Finding::retentionCategory).isEqualTo("invoice-draft");
        assertThat(crm.find(List.of(new RecordHit("account_move/1", MatchStrength.STRONG))))
                .filteredOn(finding -> finding.reference().equals("account_move/1"))
                .singleElement().extracting(Finding::retentionCategory).isEqualTo("accounting-voucher");
    }

    @Test
    void chatterOnAnInvoiceIsABusinessLetterOnlyWhenSentToOrReceivedFromTheCustomer() throws Exception {
        TestInfra.execute(schema, "insert into mail_message (id, model, res_id, email_from, subject, body, date,"
                + " message_type, is_internal) values"
                + " (10, 'account.move', 2, 'jana.becker@example.net', 'Re: INV/2024/0007', '<p>Bezahlt.</p>',"
                + " '2024-02-20 10:00:00', 'email', false),"
                + " (11, 'account.move', 2, 'buchhaltung@thwien.example', 'Zahlungseingang', '<p>Danke!</p>',"
                + " '2024-02-21 10:00:00', 'comment', false),"
                + " (12, 'account.move', 2, 'buchhaltung@thwien.example', null, '<p>Kundin zahlt immer spät.</p>',"
                + " '2024-02-21 11:00:00', 'comment', true),"
                + " (13, 'account.move', 2, 'buchhaltung@thwien.example', null, '<p>Rechnung gebucht.</p>',"
                + " '2024-02-21 12:00:00', 'notification', false)");

        List<Finding> findings = crm.find(List.of(new RecordHit("mail_message/10", MatchStrength.STRONG),
                new RecordHit("mail_message/11", MatchStrength.STRONG),
                new RecordHit("mail_message/12", MatchStrength.STRONG),
                new RecordHit("mail_message/13", MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> finding.reference().startsWith("mail_message/"))
                .extracting(Finding::reference, Finding::retentionCategory)
                .containsExactlyInAnyOrder(
                        tuple("mail_message/10", "commercial-letter"),
                        tuple("mail_message/11", "commercial-letter"),
                        tuple("mail_message/12", "general-correspondence"),
                        tuple("mail_message/13", "general-correspondence"));
    }

    @Test
    void aLeadThatBecameAnOrderAndItsLettersPreparedTheTransactionWhileAnOpenLeadDidNot() throws Exception {
        // LEGAL.md §3: a business letter includes a transaction's preparation; lead 1 was won (S00012), lead 2 is open
        TestInfra.execute(schema, "insert into mail_message (id, model, res_id, email_from, subject, body, date,"
                + " message_type, is_internal) values"
                + " (20, 'crm.lead', 1, 'jana.becker@example.net', 'Beratungspaket', '<p>Was kostet es?</p>',"
                + " '2024-01-08 10:05:00', 'email', false),"
                + " (21, 'crm.lead', 2, 'jana.becker@example.net', 'Rückruf', '<p>Bitte um Rückruf.</p>',"
                + " '2023-10-02 18:35:00', 'email', false),"
                + " (22, 'crm.lead', 1, 'vertrieb@thwien.example', null, '<p>Kundin will im Frühjahr.</p>',"
                + " '2024-01-08 11:00:00', 'comment', true)");

        List<Finding> findings = crm.find(List.of(new RecordHit("crm_lead/1", MatchStrength.STRONG),
                new RecordHit("crm_lead/2", MatchStrength.STRONG), new RecordHit("mail_message/20", MatchStrength.STRONG),
                new RecordHit("mail_message/21", MatchStrength.STRONG),
                new RecordHit("mail_message/22", MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> List.of("crm_lead/1", "crm_lead/2", "mail_message/20",
                        "mail_message/21", "mail_message/22").contains(finding.reference()))
                .extracting(Finding::reference, Finding::retentionCategory)
                .containsExactlyInAnyOrder(
                        tuple("crm_lead/1", "commercial-letter"),
                        tuple("mail_message/20", "commercial-letter"),
                        tuple("crm_lead/2", "general-correspondence"),
                        tuple("mail_message/21", "general-correspondence"),
                        // an internal note on the won lead is no letter sent or received
                        tuple("mail_message/22", "general-correspondence"));
    }

    @Test
    void aStrongHitIsNotWeakenedByAWeakHitOnTheSameRecord() throws Exception {
        List<Finding> findings = crm.find(List.of(
                new RecordHit("res_partner/1", MatchStrength.STRONG),
                new RecordHit("res_partner/1", MatchStrength.WEAK)));

        assertThat(findings).filteredOn(finding -> finding.reference().equals("res_partner/1"))
                .extracting(Finding::matchStrength).containsExactly(MatchStrength.STRONG);
    }

    @Test
    void allPartnerHitsOfALocateAreConfirmedWithOneQueryOnTheirTableNotOnePerHit() throws Exception {
        StatementLog log = new StatementLog(TestInfra.dataSource(schema));
        SqlStoreReader logged = SqlStoreReader.open(ODOO.withSchema(schema), log.dataSource());
        List<RecordHit> hits = List.of(1, 2, 3, 4, 5).stream()
                .map(id -> new RecordHit("res_partner/" + id, MatchStrength.STRONG)).toList();

        List<Finding> findings = logged.find(hits);

        assertThat(findings).extracting(Finding::reference).contains("res_partner/1", "res_partner/2",
                "res_partner/3", "res_partner/4", "res_partner/5", "account_move/1");
        assertThat(log.count("res_partner\" t where t\\.\"id\" in \\(")).isEqualTo(1);
        assertThat(log.count("res_partner\" t where t\\.\"id\" = \\?")).isZero();
        // the same findings as one hit at a time
        List<Finding> oneByOne = new ArrayList<>();
        for (RecordHit hit : hits) {
            oneByOne.addAll(crm.find(List.of(hit)));
        }
        assertThat(findings).containsExactlyInAnyOrderElementsOf(oneByOne.stream().distinct().toList());
    }

    @Test
    void aRowDeletedSinceTheCrawlGivesNoFinding() throws Exception {
        TestInfra.execute(schema, "delete from mail_message where id = 5");

        assertThat(crm.find(List.of(new RecordHit("mail_message/5", MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void rowsAreFoundByTheValueOfAColumnTheMappingNamesAndNoOther() throws Exception {
        assertThat(crm.referencesWhere("res_partner", "email", "jana.becker@example.net"))
                .containsExactly("res_partner/1");
        assertThat(crm.referencesWhere("res_partner", "email", "nobody@example.org")).isEmpty();
        assertThatThrownBy(() -> crm.referencesWhere("res_partner", "active", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExportHoldsThePersonalColumnsOfTheRow() throws Exception {
        ExportedRecord partner = crm.export("res_partner/1");

        assertThat(partner.kind()).isEqualTo("res_partner");
        assertThat(partner.fields()).containsEntry("email", "jana.becker@example.net")
                .containsEntry("city", "Köln")
                .containsEntry("create_date", "2019-03-04T10:00")
                .doesNotContainKey("vat");
    }

    @Test
    void aMappingNamingAMissingColumnFailsWithAMessageNamingIt() {
        TestInfra.execute(schema, "alter table res_partner rename column phone to phone_number");

        assertThatThrownBy(() -> SqlStoreReader.open(ODOO.withSchema(schema), TestInfra.dataSource(schema)))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("table 'res_partner' has no column 'phone' (identifiers.phone)")
                .hasMessageContaining("schema '" + schema + "'");
    }

    @Test
    void aMappingNamingAMissingTableFailsWithAMessageNamingIt() {
        TestInfra.execute(schema, "drop table mail_message cascade");

        assertThatThrownBy(() -> SqlStoreReader.open(ODOO.withSchema(schema), TestInfra.dataSource(schema)))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("table 'mail_message' does not exist");
    }

    @Test
    void anUnreachableDatabaseIsAStoreErrorNotAnEmptyAnswer() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/dsr?connectTimeout=2");

        assertThatThrownBy(() -> SqlStoreReader.open(ODOO, nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("crm unavailable");
    }
}
