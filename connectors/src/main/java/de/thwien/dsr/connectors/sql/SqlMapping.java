package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Declarative description of a relational store such as the CRM or Greenlight (in the spirit of Fides datasets): per table where
 * the identifiers and personal fields are, how long it is kept and why, how to erase and restrict
 * it, and which foreign keys lead to more records of the same person. Read from YAML by
 * {@link SqlMappingLoader}; every table and column name in it is checked against the live schema
 * by {@link SqlSchemaValidator} before any SQL is built from it.
 *
 * @param store  store id in findings, one of {@link StoreId}
 * @param schema database schema holding the tables
 */
public record SqlMapping(String store, String schema, List<TableMapping> tables) {

    public SqlMapping {
        Objects.requireNonNull(store, "store");
        StoreId.of(store); // refuses an id no store has
        schema = schema == null ? "public" : schema;
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public SqlMapping withSchema(String otherSchema) {
        return new SqlMapping(store, otherSchema, tables);
    }

    public Optional<TableMapping> table(String name) {
        return tables.stream().filter(table -> table.table().equals(name)).findFirst();
    }

    /**
     * One table.
     *
     * @param key            primary key column (single column)
     * @param identifiers    columns holding identifiers the index matches on
     * @param pii            columns with personal data: exported for Art. 15, erased for Art. 17
     * @param dataCategories categories reported in findings (name, email, phone, address, …)
     * @param legalBasis     legal basis of processing, e.g. "Art. 6(1)(b) GDPR"
     * @param summary        one-line summary; {@code {column}} is replaced by the row's value
     * @param retention      first rule whose {@code when} matches the row gives category and start
     * @param relations      foreign keys of this table to other mapped tables: a located parent row
     *                       brings the rows of this table that point at it
     * @param erase          how to erase a row
     * @param restrict       how to restrict a row
     * @param keepWhile      rows elsewhere that forbid deleting this row (restrict instead)
     */
    public record TableMapping(
            String table,
            String key,
            IdentifierColumns identifiers,
            List<String> pii,
            List<String> dataCategories,
            String legalBasis,
            String summary,
            List<RetentionRule> retention,
            List<Relation> relations,
            Erase erase,
            Restrict restrict,
            List<DeletionBlocker> keepWhile) {

        public TableMapping {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(key, "key of " + table);
            identifiers = identifiers == null ? IdentifierColumns.NONE : identifiers;
            pii = pii == null ? List.of() : List.copyOf(pii);
            dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
            summary = summary == null ? table + " {" + key + "}" : summary;
            retention = retention == null ? List.of() : List.copyOf(retention);
            if (retention.isEmpty()) {
                throw new IllegalArgumentException("table " + table + " needs at least one retention rule");
            }
            relations = relations == null ? List.of() : List.copyOf(relations);
            keepWhile = keepWhile == null ? List.of() : List.copyOf(keepWhile);
        }

        /** The retention rule of a row: the first whose {@code when} its column values match. */
        public Optional<RetentionRule> retentionRuleFor(Map<String, Object> row) {
            return retention.stream().filter(rule -> MappedSql.matches(rule.when(), row)).findFirst();
        }
    }

    /** Identifier columns by kind; address columns are exported and erased but not matched on. */
    public record IdentifierColumns(List<String> email, List<String> phone, List<String> name, List<String> address) {

        static final IdentifierColumns NONE = new IdentifierColumns(null, null, null, null);

        public IdentifierColumns {
            email = email == null ? List.of() : List.copyOf(email);
            phone = phone == null ? List.of() : List.copyOf(phone);
            name = name == null ? List.of() : List.copyOf(name);
            address = address == null ? List.of() : List.copyOf(address);
        }

        public boolean isEmpty() {
            return email.isEmpty() && phone.isEmpty() && name.isEmpty();
        }
    }

    /**
     * @param when        column → accepted values (as text); empty matches every row
     * @param category    retention category id, one of {@link RetentionCategory}
     * @param startColumn date or timestamp column that starts the retention period
     */
    public record RetentionRule(Map<String, List<String>> when, String category, String startColumn) {

        public RetentionRule {
            when = when == null ? Map.of() : Map.copyOf(when);
            Objects.requireNonNull(category, "retention category");
            RetentionCategory.of(category); // refuses an id no category has
            Objects.requireNonNull(startColumn, "retention startColumn");
        }
    }

    /**
     * @param column     foreign-key column in this table
     * @param references the mapped table whose key it holds
     * @param when       only rows whose columns have these values (polymorphic links like Odoo's model/res_id)
     */
    public record Relation(String column, String references, Map<String, List<String>> when) {

        public Relation {
            Objects.requireNonNull(column, "relation column");
            Objects.requireNonNull(references, "relation references");
            when = when == null ? Map.of() : Map.copyOf(when);
        }
    }

    public enum EraseMode { DELETE, NULLIFY }

    /** @param set for NULLIFY: column → placeholder text, or null to set the column to NULL */
    public record Erase(EraseMode mode, Map<String, String> set) {

        public Erase {
            Objects.requireNonNull(mode, "erase mode");
            set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
        }
    }

    /**
     * Either a flag column set to {@code restrictedValue} (and back to {@code liftedValue}), or a
     * restriction table with the columns {@code table_name, record_key, hold_until} that receives
     * the row key and the hold date, so that the CRM's own screens need no change.
     */
    public record Restrict(String flagColumn, String restrictedValue, String liftedValue, String table) {

        public Restrict {
            if ((flagColumn == null) == (table == null)) {
                throw new IllegalArgumentException("restrict needs either flagColumn or table");
            }
            if (flagColumn != null && (restrictedValue == null || liftedValue == null)) {
                throw new IllegalArgumentException("restrict.flagColumn needs restrictedValue and liftedValue");
            }
        }
    }

    /** Columns a restriction table must have. */
    public static final List<String> RESTRICTION_TABLE_COLUMNS = List.of("table_name", "record_key", "hold_until");

    /** Rows of {@code table} whose {@code column} holds this row's key and that match {@code when}. */
    public record DeletionBlocker(String table, String column, Map<String, List<String>> when) {

        public DeletionBlocker {
            Objects.requireNonNull(table, "keepWhile table");
            Objects.requireNonNull(column, "keepWhile column");
            when = when == null ? Map.of() : Map.copyOf(when);
        }
    }
}
