package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What the shipped Odoo 17 mapping finds, keeps and erases in the reference schema with its demo data. */
class OdooMappingTest {

    private static final SqlMapping ODOO = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);
    private static final LocalDate HOLD_UNTIL = LocalDate.of(2032, 12, 31);

    private String schema;
    private SqlStoreReader reader;
    private SqlStoreWriter writer;

    @BeforeEach
    void seededOdoo() throws Exception {
        schema = TestInfra.freshSchema("crm/odoo/schema.sql", "crm/odoo/seed.sql");
        DataSource dataSource = TestInfra.dataSource(schema);
        reader = SqlStoreReader.open(ODOO.withSchema(schema), dataSource);
        writer = SqlStoreWriter.open(ODOO.withSchema(schema), dataSource);
    }

    @Test
    void theMobileNumberAndOdoosNormalisedCopiesAreIndexed() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();
        TestInfra.execute(schema, "update res_partner set email = null, phone = null where id = 1");

        reader.crawl(CrawlCursor.START, records::add);

        assertThat(records).filteredOn(record -> record.reference().equals("res_partner/1")).singleElement()
                .satisfies(jana -> assertThat(jana.identifiers()).contains(
                        new Identifier(IdentifierKind.PHONE, "+491715550123"),
                        new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net"),
                        new Identifier(IdentifierKind.PHONE, "+4922198765432")));
        assertThat(records).extracting(IndexedRecord::reference).contains("crm_lead/2", "res_users/1", "mail_mail/1");
    }

    @Test
    void herChildAddressIsFoundWithHerButTheContactPersonsOfACompanyAreNot() throws Exception {
        TestInfra.execute(schema, "insert into res_partner (id, name, is_company, type, commercial_partner_id) values"
                + " (20, 'Becker GmbH', true, 'contact', 20);"
                + " insert into res_partner (id, name, parent_id, type, commercial_partner_id) values"
                + " (21, 'Klaus Kollege', 20, 'contact', 20), (22, null, 20, 'invoice', 20)");

        assertThat(references(reader.find(List.of(new RecordHit("res_partner/1", MatchStrength.STRONG)))))
                .contains("res_partner/5");
        assertThat(references(reader.find(List.of(new RecordHit("res_partner/20", MatchStrength.STRONG)))))
                .contains("res_partner/22").doesNotContain("res_partner/21");
    }

    @Test
    void aMoveThatWasEverPostedIsAVoucherOrBookRecordFromItsInvoiceOrBookingDate() throws Exception {
        List<Finding> findings = reader.find(List.of(new RecordHit("account_move/5", MatchStrength.STRONG),
                new RecordHit("account_move/6", MatchStrength.STRONG),
                new RecordHit("account_move/7", MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> finding.reference().startsWith("account_move/"))
                .extracting(Finding::reference, Finding::retentionCategory, Finding::retentionStart)
                .containsExactlyInAnyOrder(
                        // cancelled after it was posted: still the voucher that was issued
                        tuple("account_move/5", "accounting-voucher", LocalDate.of(2023, 5, 2)),
                        // a posted journal entry has no invoice date: its booking date starts the hold
                        tuple("account_move/6", "accounting-record", LocalDate.of(2023, 12, 31)),
                        tuple("account_move/7", "accounting-voucher", LocalDate.of(2022, 8, 1)));
    }

    @Test
    void aDraftCancelledBeforeItWasEverPostedIsAnInvoiceDraftAndItsPdfToo() throws Exception {
        TestInfra.execute(schema, "update account_move set state = 'cancel' where id = 3;"
                + " insert into ir_attachment (id, name, res_model, res_id, type, store_fname, mimetype, create_date)"
                + " values (40, 'INV_2024_0012_Entwurf.pdf', 'account.move', 3, 'binary',"
                + " 'd4/d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3', 'application/pdf', '2024-03-01 10:00:00')");

        assertThat(reader.find(List.of(new RecordHit("account_move/3", MatchStrength.STRONG),
                new RecordHit("ir_attachment/40", MatchStrength.STRONG))))
                .filteredOn(finding -> finding.reference().equals("account_move/3")
                        || finding.reference().equals("ir_attachment/40"))
                .extracting(Finding::reference, Finding::retentionCategory)
                .containsExactlyInAnyOrder(tuple("account_move/3", "invoice-draft"),
                        tuple("ir_attachment/40", "invoice-draft"));
    }

    @Test
    void aNoteWithAnInternalSubtypeOnAnInvoiceIsNoBusinessLetter() throws Exception {
        assertThat(reader.find(List.of(new RecordHit("mail_message/6", MatchStrength.STRONG))))
                .filteredOn(finding -> finding.reference().equals("mail_message/6")).singleElement()
                .extracting(Finding::retentionCategory).isEqualTo("general-correspondence");
    }

    @Test
    void theInvoicePdfOfAPostedInvoiceIsAVoucherAndNamesItsFileInTheFilestore() throws Exception {
        assertThat(reader.find(List.of(new RecordHit("ir_attachment/1", MatchStrength.STRONG)))).singleElement()
                .satisfies(pdf -> {
                    assertThat(pdf.retentionCategory()).isEqualTo("accounting-voucher");
                    assertThat(pdf.summary()).contains("filestore 5e/5e2b9c0d4a7f3e1b6c8d9a0f1e2d3c4b5a697887");
                });
    }

    @Test
    void erasingAFileLeavesTheOperatorTheExactFilestorePathOnceAndOnlyWhenNoOtherRowNamesTheFile() throws Exception {
        SqlStoreWriter withFilestore = SqlStoreWriter.open(ODOO.withSchema(schema), TestInfra.dataSource(schema),
                "/var/lib/odoo/filestore/thwien/");
        // Odoo stores a file once per content: a second row with the same content names the same file
        TestInfra.execute(schema, "insert into ir_attachment (name, res_model, res_id, type, store_fname, checksum,"
                + " mimetype) select 'Kopie.jpg', 'res.partner', 2, 'binary', store_fname, checksum, mimetype"
                + " from ir_attachment where id = 2");

        assertThat(withFilestore.erase("ir_attachment/2").operatorTasks()).isEmpty();
        assertThat(withFilestore.erase("ir_attachment/3").operatorTasks()).singleElement().satisfies(task -> {
            assertThat(task.kind()).isEqualTo(OperatorTaskKind.DELETE_STORED_FILE);
            assertThat(task.store()).isEqualTo("crm");
            assertThat(task.instruction()).isEqualTo(
                    "rm -f /var/lib/odoo/filestore/thwien/c1/c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0");
        });
        // erased again (a retry after the task was recorded): the row is gone, the task is not repeated
        assertThat(withFilestore.erase("ir_attachment/3").operatorTasks()).isEmpty();
    }

    @Test
    void theFilestorePathAnErasureWillLeaveIsKnownBeforeItOnlyWhenNoOtherRowNamesTheFile() throws Exception {
        SqlStoreWriter withFilestore = SqlStoreWriter.open(ODOO.withSchema(schema), TestInfra.dataSource(schema),
                "/var/lib/odoo/filestore/thwien/");
        TestInfra.execute(schema, "insert into ir_attachment (name, res_model, res_id, type, store_fname, checksum,"
                + " mimetype) select 'Kopie.jpg', 'res.partner', 2, 'binary', store_fname, checksum, mimetype"
                + " from ir_attachment where id = 2");

        assertThat(withFilestore.leftByErasure("ir_attachment/2", Set.of())).isEmpty();
        assertThat(withFilestore.leftByErasure("ir_attachment/3", Set.of())).isEmpty();
        withFilestore.erase("ir_attachment/2");
        List<OperatorTask> foreseen = withFilestore.leftByErasure("ir_attachment/3", Set.of());
        assertThat(foreseen).extracting(OperatorTask::instruction).containsExactly(
                "rm -f /var/lib/odoo/filestore/thwien/c1/c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0");
        // reading changed nothing: the erasure still finds the row and leaves the same task
        assertThat(withFilestore.erase("ir_attachment/3").operatorTasks()).isEqualTo(foreseen);
        assertThat(withFilestore.leftByErasure("ir_attachment/3", Set.of())).isEmpty();
    }

    @Test
    void erasingAPartnerClearsEveryStoredCopyOfHerNameEmailAndPhone() throws Exception {
        TestInfra.execute(schema, "update res_partner set mobile = '0176 1112223', phone_sanitized = '+491761112223',"
                + " street2 = 'Hinterhaus', function = 'Einkauf', website = 'https://sara.example.org',"
                + " comment = '<p>Sara mag Tee.</p>', commercial_company_name = 'Yilmaz Design', state_id = 1,"
                + " country_id = 1 where id = 4");

        writer.erase("res_partner/4");

        assertThat(text("select concat_ws('|', name, complete_name, commercial_company_name, email, email_normalized,"
                + " phone, mobile, phone_sanitized, street, street2, zip, city, state_id, country_id, function,"
                + " website, comment) from res_partner where id = 4")).isEqualTo("[erased]|[erased]");
    }

    @Test
    void aPartnerOnAnInvoiceThatWasPostedAndThenCancelledIsNeverErased() {
        TestInfra.execute(schema, "insert into account_move (partner_id, move_type, name, date, invoice_date, state,"
                + " posted_before) values (4, 'out_invoice', 'INV/2024/0100', '2024-06-01', '2024-06-01', 'cancel', true)");

        assertThatThrownBy(() -> writer.erase("res_partner/4")).isInstanceOf(ErasureBlockedException.class);
        assertThat(text("select email from res_partner where id = 4")).isEqualTo("sara.yilmaz@example.org");
    }

    @Test
    void aMoveThatWasEverPostedIsNeverDeletedButDetachedFromHerWhileADraftGoesWithItsLines() throws Exception {
        writer.erase("account_move/5"); // posted, then cancelled
        writer.erase("account_move/1");
        writer.erase("account_move_line/1");
        writer.erase("account_move/3"); // a draft never posted

        assertThat(text("select string_agg(id::text, ',' order by id) from account_move")).isEqualTo("1,2,4,5,6,7");
        assertThat(text("select string_agg(concat_ws('|', id, name, state, amount_total, partner_id,"
                + " commercial_partner_id, partner_shipping_id, invoice_partner_display_name), ',' order by id)"
                + " from account_move where id in (1, 5)"))
                .isEqualTo("1|INV/2019/0001|posted|119.00,5|INV/2023/0031|cancel|35.70");
        assertThat(text("select concat_ws('|', id, partner_id, debit) from account_move_line where id = 1"))
                .isEqualTo("1|0");
        assertThat(text("select count(*)::text from account_move_line where move_id = 3")).isEqualTo("0");
    }

    @Test
    void herPartnerIsErasedOnceEveryPostedMoveIsDetachedFromHer() throws Exception {
        for (String move : List.of("account_move/1", "account_move/2", "account_move/5", "account_move/6",
                "account_move/7", "account_move_line/1", "account_move_line/2")) {
            writer.erase(move);
        }

        writer.erase("res_partner/1");

        assertThat(text("select concat_ws('|', name, email, mobile) from res_partner where id = 1"))
                .isEqualTo("[erased]");
    }

    @Test
    void anAuditTrailMessageOfAPostedInvoiceIsRedactedNotDeleted() throws Exception {
        writer.erase("mail_message/6");
        writer.erase("mail_message/1");

        assertThat(text("select concat_ws('|', body, subject, email_from, record_name, author_id) from mail_message"
                + " where id = 6")).isEqualTo("<p>[erased]</p>");
        assertThat(text("select count(*)::text from mail_message where id = 1")).isEqualTo("0");
    }

    @Test
    void herFormerEmailInATrackedChangeIsErased() throws Exception {
        writer.erase("mail_tracking_value/1");

        assertThat(text("select concat_ws('|', old_value_char, new_value_char) from mail_tracking_value where id = 1"))
                .isEmpty();
    }

    @Test
    void aPartnerIsRestrictedWithAVisibleTagCreatedOnceAndLiftedWithoutArchiving() throws Exception {
        writer.restrict("res_partner/1", HOLD_UNTIL);
        writer.restrict("res_partner/1", HOLD_UNTIL); // again: no second link
        writer.restrict("res_partner/3", HOLD_UNTIL); // the same tag

        assertThat(text("select string_agg(c.name->>'en_US' || ' ' || c.active || ' ' || (c.parent_path = c.id || '/')"
                + " || ' ' || r.partner_id, ',' order by r.partner_id) from res_partner_category c"
                + " join res_partner_res_partner_category_rel r on r.category_id = c.id where c.id <> 1"))
                .isEqualTo("Eingeschränkt (Art. 18) true true 1,Eingeschränkt (Art. 18) true true 3");
        assertThat(text("select active::text from res_partner where id = 1")).isEqualTo("true");

        writer.lift("res_partner/1");
        writer.lift("res_partner/1"); // again: nothing left to remove

        assertThat(text("select string_agg(category_id::text || '/' || partner_id, ',' order by partner_id, category_id)"
                + " from res_partner_res_partner_category_rel")).isEqualTo("1/3,2/3");
    }

    @Test
    void anErasedPartnerNoLongerCarriesTheRestrictionTag() throws Exception {
        writer.restrict("res_partner/4", HOLD_UNTIL);

        writer.erase("res_partner/4"); // her hold ended

        assertThat(text("select count(*)::text from res_partner_res_partner_category_rel where partner_id = 4"))
                .isEqualTo("0");
    }

    @Test
    void anInvoiceIsRestrictedWithoutWritingToOdooAndAUserByArchiving() throws Exception {
        assertThat(writer.restrict("account_move/1", HOLD_UNTIL)).isEqualTo("account_move/1");
        writer.restrict("res_users/1", HOLD_UNTIL);

        assertThat(text("select state || '|' || posted_before::text from account_move where id = 1"))
                .isEqualTo("posted|true");
        assertThat(text("select active::text from res_users where id = 1")).isEqualTo("false");
    }

    @Test
    void erasingHerLeavesHerNameEmailAndPhoneOnlyInRecordsUnderAHold() throws Exception {
        // what the index matched by her e-mail address, and everything it brings (LEGAL.md §3: records on hold
        // and, while they are, her master data are restricted; the rest is erased)
        List<Finding> findings = reader.find(List.of(new RecordHit("res_partner/1", MatchStrength.STRONG),
                new RecordHit("crm_lead/2", MatchStrength.STRONG), new RecordHit("mail_message/5", MatchStrength.STRONG)));
        List<String> held = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.retentionCategory().equals("general-correspondence")) {
                writer.erase(finding.reference());
            } else {
                writer.restrict(finding.reference(), HOLD_UNTIL);
                held.add(finding.reference());
            }
        }

        List<String> copies = new ArrayList<>();
        for (String table : List.of("res_partner", "res_users", "res_partner_bank", "account_move", "account_move_line",
                "ir_attachment", "mail_message", "mail_tracking_value", "mail_mail", "mail_notification",
                "mail_followers", "crm_lead", "sale_order")) {
            copies.addAll(rows("select '" + table + "/' || id from " + table + " t where t::text ~* "
                    + "'jana\\.becker|jana\\.b@|5550123|98765432|frau becker|DE89 ?3704|Lagerweg'"
                    + " or (t::text ~* 'jana becker' and '" + table + "/' || id not in ('res_partner/2', 'mail_message/4'))"));
        }
        assertThat(held).contains("account_move/2", "mail_message/2", "ir_attachment/1", "res_partner/1",
                "res_partner/5");
        assertThat(copies).isNotEmpty().allSatisfy(copy -> assertThat(held).contains(copy));
        assertThat(rows("select 'mail_message/' || id from mail_message where id = 6 and body = '<p>[erased]</p>'"))
                .as("her note on the posted invoice, redacted").containsExactly("mail_message/6");
    }

    private List<String> rows(String query) {
        List<String> values = new ArrayList<>();
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static List<String> references(List<Finding> findings) {
        return findings.stream().map(Finding::reference).toList();
    }

    private String text(String query) {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
