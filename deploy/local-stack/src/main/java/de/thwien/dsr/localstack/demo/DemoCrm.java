package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.localstack.demo.DemoData.CrmFile;
import de.thwien.dsr.localstack.demo.DemoData.CrmMessage;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import de.thwien.dsr.localstack.demo.DemoData.Invoice;
import de.thwien.dsr.localstack.demo.DemoData.Lead;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Inserts the demo CRM (res_partner, account_move, crm_lead, mail_message, ir_attachment) into the current
 * search_path.
 */
final class DemoCrm {

    private DemoCrm() {
    }

    static void load(Connection connection, DemoData data) throws SQLException {
        // with the copies Odoo stores beside the originals (complete_name, email_normalized, commercial_partner_id)
        try (PreparedStatement insert = connection.prepareStatement("insert into res_partner (id, name, email, phone,"
                + " street, zip, city, vat, active, create_date, complete_name, email_normalized, commercial_partner_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, lower(?), ?)")) {
            for (Customer customer : data.customers()) {
                insert.setLong(1, customer.partnerId());
                insert.setString(2, customer.name());
                insert.setString(3, customer.email());
                setNullable(insert, 4, customer.phone());
                insert.setString(5, customer.street());
                insert.setString(6, customer.zip());
                insert.setString(7, customer.city());
                setNullable(insert, 8, customer.vat());
                insert.setTimestamp(9, Timestamp.valueOf(customer.since().atTime(9, 0)));
                insert.setString(10, customer.name());
                insert.setString(11, customer.email());
                insert.setLong(12, customer.partnerId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // Odoo books an invoice on its invoice date and marks it posted_before once posted
        try (PreparedStatement insert = connection.prepareStatement("insert into account_move (id, partner_id,"
                + " commercial_partner_id, move_type, name, invoice_date, date, amount_total, state, posted_before)"
                + " values (?, ?, ?, 'out_invoice', ?, ?, ?, ?, ?, ?)")) {
            for (Invoice invoice : data.invoices()) {
                insert.setLong(1, invoice.id());
                insert.setLong(2, invoice.partnerId());
                insert.setLong(3, invoice.partnerId());
                insert.setString(4, invoice.name());
                insert.setDate(5, Date.valueOf(invoice.date()));
                insert.setDate(6, Date.valueOf(invoice.date()));
                insert.setBigDecimal(7, invoice.amount());
                insert.setString(8, invoice.state());
                insert.setBoolean(9, "posted".equals(invoice.state()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // the first contacts, each won: Odoo's action_set_won sets probability 100
        try (PreparedStatement insert = connection.prepareStatement("insert into crm_lead (id, name, type, partner_id,"
                + " contact_name, email_from, email_normalized, probability, create_date)"
                + " values (?, ?, 'opportunity', ?, ?, ?, lower(?), ?, ?)")) {
            for (Lead lead : data.leads()) {
                insert.setLong(1, lead.id());
                insert.setString(2, lead.name());
                insert.setLong(3, lead.partnerId());
                insert.setString(4, lead.contactName());
                insert.setString(5, lead.email());
                insert.setString(6, lead.email());
                insert.setDouble(7, lead.won() ? 100 : 10);
                insert.setTimestamp(8, Timestamp.valueOf(lead.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // mails received or sent (message_type email), not notes
        try (PreparedStatement insert = connection.prepareStatement("insert into mail_message (id, model, res_id,"
                + " author_id, email_from, subject, body, date, message_type, is_internal)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'email', false)")) {
            for (CrmMessage message : data.crmMessages()) {
                insert.setLong(1, message.id());
                insert.setString(2, message.model());
                insert.setLong(3, message.resId());
                if (message.authorId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, message.authorId());
                }
                insert.setString(5, message.emailFrom());
                insert.setString(6, message.subject());
                insert.setString(7, message.body());
                insert.setTimestamp(8, Timestamp.valueOf(message.date()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // files in Odoo's filestore: the row names the file by store_fname, the content is not in the database
        try (PreparedStatement insert = connection.prepareStatement("insert into ir_attachment (id, name, res_model,"
                + " res_id, type, store_fname, checksum, mimetype, file_size, create_date)"
                + " values (?, ?, ?, ?, 'binary', ?, ?, ?, ?, ?)")) {
            for (CrmFile file : data.crmFiles()) {
                insert.setLong(1, file.id());
                insert.setString(2, file.name());
                insert.setString(3, file.model());
                insert.setLong(4, file.resId());
                insert.setString(5, file.storeFname());
                insert.setString(6, file.checksum());
                insert.setString(7, file.mimetype());
                insert.setInt(8, file.fileSize());
                insert.setTimestamp(9, Timestamp.valueOf(file.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"res_partner", "account_move", "crm_lead", "mail_message", "ir_attachment"}) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                        + table + "))");
            }
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
