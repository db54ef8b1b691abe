package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.localstack.demo.DemoData.CrmMessage;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import de.thwien.dsr.localstack.demo.DemoData.Invoice;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;

/** Inserts the demo CRM (res_partner, account_move, mail_message) into the current search_path. */
final class DemoCrm {

    private DemoCrm() {
    }

    static void load(Connection connection, DemoData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into res_partner (id, name, email, phone,"
                + " street, zip, city, vat, active, create_date) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)")) {
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
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into account_move (id, partner_id,"
                + " move_type, name, invoice_date, amount_total, state) values (?, ?, 'out_invoice', ?, ?, ?, ?)")) {
            for (Invoice invoice : data.invoices()) {
                insert.setLong(1, invoice.id());
                insert.setLong(2, invoice.partnerId());
                insert.setString(3, invoice.name());
                insert.setDate(4, Date.valueOf(invoice.date()));
                insert.setBigDecimal(5, invoice.amount());
                insert.setString(6, invoice.state());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into mail_message (id, model, res_id,"
                + " author_id, email_from, subject, body, date) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"res_partner", "account_move", "mail_message"}) {
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
