package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.spi.ErasureProof;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapped SQL store's proof of an erasure, by its mapping's erase rule for the record's table: gone is no row; for
 * a NULLIFY table, every column the rule sets holds its placeholder; for a DELETE table whose rule redacts the rows
 * the store forbids to delete (Odoo's audit trail), a row left whose set columns hold exactly their placeholders.
 */
public final class SqlErasureProof implements ErasureProof {

    private final SqlMapping mapping;

    public SqlErasureProof(SqlMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean stillPersonal(String reference, Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return false;
        }
        Optional<SqlMapping.TableMapping> table =
                mapping.table(reference.substring(0, Math.max(reference.indexOf('/'), 0)));
        if (table.isEmpty() || table.get().erase() == null) {
            return true;
        }
        SqlMapping.Erase erase = table.get().erase();
        if (erase.mode() == SqlMapping.EraseMode.DELETE) {
            return erase.redactWhen().isEmpty() || !erase.set().entrySet().stream()
                    .allMatch(set -> Objects.equals(fields.get(set.getKey()) == null ? null
                            : String.valueOf(fields.get(set.getKey())), set.getValue()));
        }
        return erase.set().entrySet().stream()
                .anyMatch(set -> fields.get(set.getKey()) != null
                        && !Objects.equals(String.valueOf(fields.get(set.getKey())), set.getValue()));
    }
}
