package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.events.RetentionCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Declarative description of a relational store such as the CRM or Greenlight (in the spirit of Fides datasets): per table where
 * the identifiers and personal fields are, how long it is kept and why, how to erase and restrict
 * it, and which foreign keys lead to more records of the same person. Read from YAML by
 * {@link SqlMappingLoader}; every table and column name in it is checked against the live schema
 * by {@link SqlSchemaValidator} before any SQL is built from it.
 *
 * @param store  store id in findings: a built-in store's ({@link de.thwien.dsr.events.StoreId}) or any other store
 *               type's a deployment configures, in the shape every store id has (lower case, digits, hyphens)
 * @param schema database schema holding the tables
 */
public record SqlMapping(String store, String schema, List<TableMapping> tables) {

    private static final Pattern STORE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    public SqlMapping {
        Objects.requireNonNull(store, "store");
        if (!STORE_ID.matcher(store).matches()) {
            // it names the store in findings, events, tables and settings keys
            throw new IllegalArgumentException("store id '" + store + "' is no store id (lower case letters, digits"
                    + " and hyphens, starting with a letter)");
        }
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
     * @param summary        one-line summary; {@code {column}} is replaced by the row's value, a part in square
     *                       brackets is left out unless each of its columns has one ({@code [, last login
     *                       {last_login}]})
     * @param retention      first rule whose {@code when} matches the row gives category and start
     * @param relations      foreign keys of this table to other mapped tables: a located parent row
     *                       brings the rows of this table that point at it
     * @param erase          how to erase a row
     * @param restrict       how to restrict a row
     * @param keepWhile      rows elsewhere that forbid deleting this row (restrict instead)
     * @param lookups        values of rows this row points at, read with the row under their own name: usable in
     *                       retention {@code when}, {@code startColumn}, the summary and {@code erase.redactWhen}
     * @param rectify        Art. 16: the fields of a row the assistant may correct, by field name (name, email,
     *                       street …) → the columns that take the corrected value (the first is read as the current
     *                       value; Odoo's {@code complete_name} follows {@code name}); empty: rows of this table cannot
     *                       be rectified
     * @param storedAs       columns of {@code rectify} that keep a derived form of the corrected value (Odoo's
     *                       {@code email_normalized} lower case, {@code phone_sanitized} in E.164): written in that
     *                       form ({@link StoredForm}); the others take the value as typed
     * @param rectifyWhen    rows the {@code rectify} fields may be corrected in: a row matching any of these conditions
     *                       (columns or lookups); empty: every row (Odoo lets a draft invoice change, never a posted
     *                       one, §146(4) AO)
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
            List<DeletionBlocker> keepWhile,
            List<Lookup> lookups,
            Map<String, List<String>> rectify,
            Map<String, StoredForm> storedAs,
            List<Map<String, List<String>>> rectifyWhen) {

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
            lookups = lookups == null ? List.of() : List.copyOf(lookups);
            rectify = rectify == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rectify));
            rectify.forEach((field, columns) -> {
                if (columns == null || columns.isEmpty()) {
                    throw new IllegalArgumentException("rectify field " + field + " of " + table + " names no column");
                }
            });
            storedAs = storedAs == null ? Map.of() : Map.copyOf(storedAs);
            rectifyWhen = rectifyWhen == null ? List.of() : List.copyOf(rectifyWhen);
            if (!rectifyWhen.isEmpty() && rectify.isEmpty()) {
                throw new IllegalArgumentException("rectifyWhen of " + table + " without rectify fields");
            }
            for (String column : storedAs.keySet()) {
                if (rectify.values().stream().noneMatch(columns -> columns.contains(column))) {
                    throw new IllegalArgumentException("storedAs column " + column + " of " + table
                            + " is no column of rectify");
                }
            }
        }

        /** A table whose rectified columns all take the value as typed. */
        public TableMapping(String table, String key, IdentifierColumns identifiers, List<String> pii,
                List<String> dataCategories, String legalBasis, String summary, List<RetentionRule> retention,
                List<Relation> relations, Erase erase, Restrict restrict, List<DeletionBlocker> keepWhile,
                List<Lookup> lookups, Map<String, List<String>> rectify) {
            this(table, key, identifiers, pii, dataCategories, legalBasis, summary, retention, relations, erase,
                    restrict, keepWhile, lookups, rectify, null, null);
        }

        /** A table whose every row may be rectified. */
        public TableMapping(String table, String key, IdentifierColumns identifiers, List<String> pii,
                List<String> dataCategories, String legalBasis, String summary, List<RetentionRule> retention,
                List<Relation> relations, Erase erase, Restrict restrict, List<DeletionBlocker> keepWhile,
                List<Lookup> lookups, Map<String, List<String>> rectify, Map<String, StoredForm> storedAs) {
            this(table, key, identifiers, pii, dataCategories, legalBasis, summary, retention, relations, erase,
                    restrict, keepWhile, lookups, rectify, storedAs, null);
        }

        /** The corrected value as {@code column} keeps it. */
        public String storedForm(String column, String typed) {
            StoredForm form = storedAs.get(column);
            return form == null ? typed : form.of(typed);
        }

        /** A table with lookups and without rectifiable fields. */
        public TableMapping(String table, String key, IdentifierColumns identifiers, List<String> pii,
                List<String> dataCategories, String legalBasis, String summary, List<RetentionRule> retention,
                List<Relation> relations, Erase erase, Restrict restrict, List<DeletionBlocker> keepWhile,
                List<Lookup> lookups) {
            this(table, key, identifiers, pii, dataCategories, legalBasis, summary, retention, relations, erase,
                    restrict, keepWhile, lookups, null, null, null);
        }

        /** A table without lookups. */
        public TableMapping(String table, String key, IdentifierColumns identifiers, List<String> pii,
                List<String> dataCategories, String legalBasis, String summary, List<RetentionRule> retention,
                List<Relation> relations, Erase erase, Restrict restrict, List<DeletionBlocker> keepWhile) {
            this(table, key, identifiers, pii, dataCategories, legalBasis, summary, retention, relations, erase,
                    restrict, keepWhile, null);
        }

        public Optional<Lookup> lookup(String name) {
            return lookups.stream().filter(lookup -> lookup.name().equals(name)).findFirst();
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
     * @param when                column → accepted values (as text, {@code "null"} for an unset column); empty
     *                            matches every row
     * @param category            retention category id, one of {@link RetentionCategory}
     * @param startColumn         date or timestamp column that starts the retention period; none for a table
     *                            without dates (then the finding has no start)
     * @param startColumnWhenNull the column that starts it where {@code startColumn} is NULL (Odoo's booking date
     *                            of an entry without invoice date)
     */
    public record RetentionRule(Map<String, List<String>> when, String category, String startColumn,
            String startColumnWhenNull) {

        public RetentionRule {
            when = when == null ? Map.of() : Map.copyOf(when);
            Objects.requireNonNull(category, "retention category");
            RetentionCategory.of(category); // refuses an id no category has
            if (startColumnWhenNull != null && startColumn == null) {
                throw new IllegalArgumentException("retention startColumnWhenNull needs a startColumn");
            }
        }

        /** The columns that start the period, in the order they are tried. */
        public List<String> startColumns() {
            List<String> columns = new ArrayList<>();
            if (startColumn != null) {
                columns.add(startColumn);
            }
            if (startColumnWhenNull != null) {
                columns.add(startColumnWhenNull);
            }
            return columns;
        }
    }

    /**
     * @param column     foreign-key column in this table (with {@code via}: the column the link table holds)
     * @param references the mapped table whose key it holds
     * @param when       only rows whose columns have these values (polymorphic links like Odoo's model/res_id)
     * @param via        a link table between the two (a many-to-many relation), or none
     */
    public record Relation(String column, String references, Map<String, List<String>> when, Via via) {

        public Relation {
            Objects.requireNonNull(column, "relation column");
            Objects.requireNonNull(references, "relation references");
            when = when == null ? Map.of() : Map.copyOf(when);
        }
    }

    /**
     * A link table: its {@code column} holds this table's {@link Relation#column()} value, its
     * {@code referencesColumn} the referenced table's key (Odoo's mail_message_res_partner_rel).
     */
    public record Via(String table, String column, String referencesColumn) {

        public Via {
            Objects.requireNonNull(table, "via table");
            Objects.requireNonNull(column, "via column");
            Objects.requireNonNull(referencesColumn, "via referencesColumn");
        }
    }

    /**
     * A value of the row this row points at, read as if it were a column named {@code name}: the {@code value}
     * column of the {@code table} row whose {@code key} equals this row's {@code column}, for rows matching
     * {@code when} (NULL otherwise). E.g. the internal flag of a message's subtype, or whether the invoice a
     * message hangs on was ever posted.
     */
    public record Lookup(String name, String column, Map<String, List<String>> when, String table, String key,
            String value) {

        public Lookup {
            Objects.requireNonNull(name, "lookup name");
            Objects.requireNonNull(column, "lookup column of " + name);
            Objects.requireNonNull(table, "lookup table of " + name);
            Objects.requireNonNull(key, "lookup key of " + name);
            Objects.requireNonNull(value, "lookup value of " + name);
            when = when == null ? Map.of() : Map.copyOf(when);
        }
    }

    public enum EraseMode { DELETE, NULLIFY }

    /**
     * @param set        for NULLIFY, and for DELETE rows matching {@code redactWhen}: column → placeholder text, or
     *                   null to set the column to NULL
     * @param redactWhen for DELETE: rows matching any of these conditions (on columns or lookups) are not deleted
     *                   but get the {@code set} placeholders (records the store forbids to delete)
     * @param storedFile for DELETE: the column naming the row's file outside the database, relative to the store's
     *                   {@code storage-root} (Odoo's {@code ir_attachment.store_fname}); a deleted row whose file no
     *                   other row names leaves the operator the task to delete the file
     */
    public record Erase(EraseMode mode, Map<String, String> set, List<Map<String, List<String>>> redactWhen,
            String storedFile) {

        public Erase {
            Objects.requireNonNull(mode, "erase mode");
            set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
            redactWhen = redactWhen == null ? List.of() : redactWhen.stream().map(Map::copyOf).toList();
            if (!redactWhen.isEmpty() && (mode != EraseMode.DELETE || set.isEmpty())) {
                throw new IllegalArgumentException("erase.redactWhen needs mode DELETE and the placeholders in set");
            }
            if (storedFile != null && mode != EraseMode.DELETE) {
                throw new IllegalArgumentException("erase.storedFile needs mode DELETE");
            }
        }
    }

    /**
     * Exactly one of: a flag column set to {@code restrictedValue} (and back to {@code liftedValue}); a
     * restriction table with the columns {@code table_name, record_key, hold_until} that receives the row key and
     * the hold date; a {@link Tag} linked to the row; or {@code outsideStore}: the store has no place for it, the
     * restriction (row and hold date) is recorded by the caller (erasure-service's plan) and nothing is written.
     */
    public record Restrict(String flagColumn, String restrictedValue, String liftedValue, String table, Tag tag,
            boolean outsideStore) {

        public Restrict {
            long kinds = Stream.of(flagColumn != null, table != null, tag != null, outsideStore)
                    .filter(kind -> kind).count();
            if (kinds != 1) {
                throw new IllegalArgumentException("restrict needs exactly one of flagColumn, table, tag, outsideStore");
            }
            if (flagColumn != null && (restrictedValue == null || liftedValue == null)) {
                throw new IllegalArgumentException("restrict.flagColumn needs restrictedValue and liftedValue");
            }
        }
    }

    /**
     * A visible mark: the tag row named {@code name} in {@code table} (columns {@code id} and {@code name}; created with {@code values} if missing; a
     * {@code jsonb} name column holds Odoo's translations, the name goes under "en_US"), linked to the restricted
     * row through {@code link} ({@code linkColumn} = the row's key, {@code tagColumn} = the tag's id). With
     * {@code pathColumn} a created tag gets its materialised path "&lt;id&gt;/" (Odoo's parent_path).
     */
    public record Tag(String table, String name, Map<String, String> values, String pathColumn, String link,
            String linkColumn, String tagColumn) {

        public Tag {
            Objects.requireNonNull(table, "tag table");
            Objects.requireNonNull(name, "tag name");
            Objects.requireNonNull(link, "tag link");
            Objects.requireNonNull(linkColumn, "tag linkColumn");
            Objects.requireNonNull(tagColumn, "tag tagColumn");
            values = values == null ? Map.of() : Map.copyOf(values);
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
