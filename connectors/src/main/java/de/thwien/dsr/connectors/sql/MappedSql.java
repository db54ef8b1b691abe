package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.sql.SqlMapping.Relation;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the mapped SQL store connector. Table and column names come only from a mapping that
 * {@link SqlSchemaValidator} checked against the live schema, and are quoted; every value is a
 * bound parameter.
 */
final class MappedSql {

    /** Keys bound in one {@code in (...)} list; well below any driver's limit of bound parameters. */
    static final int KEYS_PER_QUERY = 500;

    /** A part of a summary shown only when its columns have values: {@code [, last login {last_login}]}. */
    private static final Pattern OPTIONAL_PART = Pattern.compile("\\[([^\\[\\]]*)]");

    private final LiveSchema schema;

    MappedSql(LiveSchema schema) {
        this.schema = schema;
    }

    List<Map<String, Object>> crawlBatch(Connection connection, TableMapping table, String afterKey, int limit)
            throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(table.key());
        columns.addAll(table.identifiers().email());
        columns.addAll(table.identifiers().phone());
        columns.addAll(table.identifiers().name());
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = select(table, columns, parameters);
        if (afterKey != null) {
            query.append(" where ").append(quote(table.key())).append(" > ?");
            parameters.add(keyValue(table.table(), table.key(), afterKey));
        }
        query.append(" order by ").append(quote(table.key())).append(" limit ").append(limit);
        return rows(connection, query.toString(), parameters);
    }

    /**
     * The rows with these keys, with the columns a finding needs, by {@link #keyOf} their key: one query per
     * {@link #KEYS_PER_QUERY} keys instead of one per key.
     */
    Map<String, Map<String, Object>> rowsByKeys(Connection connection, TableMapping table, Collection<String> keys)
            throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = keyValue(table.table(), table.key(), key);
            values.put(String.valueOf(value), value);
        }
        List<Object> distinct = new ArrayList<>(values.values());
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (int start = 0; start < distinct.size(); start += KEYS_PER_QUERY) {
            List<Object> chunk = distinct.subList(start, Math.min(distinct.size(), start + KEYS_PER_QUERY));
            List<Object> parameters = new ArrayList<>();
            StringBuilder query = select(table, SqlStoreReader.findingColumns(table), parameters).append(" where t.")
                    .append(quote(table.key())).append(" in (")
                    .append(String.join(", ", Collections.nCopies(chunk.size(), "?"))).append(')');
            parameters.addAll(chunk);
            for (Map<String, Object> row : rows(connection, query.toString(), parameters)) {
                rows.put(String.valueOf(row.get(table.key())), row);
            }
        }
        return rows;
    }

    /** A reference's key as {@link #rowsByKeys} files its row: "00042" of a numeric key is "42". */
    String keyOf(TableMapping table, String key) {
        return String.valueOf(keyValue(table.table(), table.key(), key));
    }

    /** The row with this key, with the named columns and lookups; empty when there is no such row. */
    List<Map<String, Object>> rowWith(Connection connection, TableMapping table, Collection<String> names, Object key)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = select(table, names, parameters).append(" where t.").append(quote(table.key()))
                .append(" = ?");
        parameters.add(key);
        return rows(connection, query.toString(), parameters);
    }

    List<Map<String, Object>> rowsByRelation(Connection connection, TableMapping child, Relation relation,
            Object parentKey) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = select(child, SqlStoreReader.findingColumns(child), parameters)
                .append(" where t.").append(quote(relation.column()));
        if (relation.via() == null) {
            query.append(" = ?");
        } else {
            query.append(" in (select v.").append(quote(relation.via().column())).append(" from ")
                    .append(qualified(relation.via().table())).append(" v where v.")
                    .append(quote(relation.via().referencesColumn())).append(" = ?)");
        }
        parameters.add(parentKey);
        appendWhen(query, parameters, relation.when(), "t.");
        query.append(" order by t.").append(quote(child.key()));
        return rows(connection, query.toString(), parameters);
    }

    /** The keys of the rows whose {@code column} (a column the mapping names) holds {@code value}. */
    List<Object> keysWhere(Connection connection, TableMapping table, String column, Object value) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = select(table, List.of(table.key()), parameters)
                .append(" where t.").append(quote(column)).append(" = ? order by t.").append(quote(table.key()));
        parameters.add(value);
        return rows(connection, query.toString(), parameters).stream().map(row -> row.get(table.key())).toList();
    }

    Map<String, Object> exportRow(Connection connection, TableMapping table, String key) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(table.key());
        columns.addAll(table.pii());
        // the row's own columns only: a lookup is a value of another record
        SqlStoreReader.findingColumns(table).stream().filter(name -> table.lookup(name).isEmpty()).forEach(columns::add);
        List<Map<String, Object>> rows = rowWith(connection, table, columns, keyValue(table.table(), table.key(), key));
        Map<String, Object> exported = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            rows.get(0).forEach((column, value) -> {
                if (value != null) {
                    exported.put(column, exportable(value));
                }
            });
        }
        return exported;
    }

    /** Rows of the blocker's table that point at this key and match its conditions. */
    boolean anyBlocking(Connection connection, SqlMapping.DeletionBlocker blocker, Object key) throws SQLException {
        StringBuilder query = new StringBuilder("select 1 from ").append(quote(schema.schema())).append('.')
                .append(quote(blocker.table())).append(" where ").append(quote(blocker.column())).append(" = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(key);
        appendWhen(query, parameters, blocker.when(), "");
        query.append(" limit 1");
        return !rows(connection, query.toString(), parameters).isEmpty();
    }

    int delete(Connection connection, TableMapping table, Object key) throws SQLException {
        return update(connection, "delete from " + qualified(table.table()) + " where " + quote(table.key()) + " = ?",
                List.of(key));
    }

    /** Sets each column to its placeholder (or NULL); placeholders are cast to the column's type. */
    int nullify(Connection connection, TableMapping table, Map<String, String> placeholders, Object key)
            throws SQLException {
        List<String> assignments = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        placeholders.forEach((column, placeholder) -> {
            assignments.add(quote(column) + " = cast(? as " + schema.columnType(table.table(), column).orElseThrow() + ")");
            parameters.add(placeholder);
        });
        parameters.add(key);
        return update(connection, "update " + qualified(table.table()) + " set " + String.join(", ", assignments)
                + " where " + quote(table.key()) + " = ?", parameters);
    }

    int setFlag(Connection connection, TableMapping table, String column, String value, Object key)
            throws SQLException {
        return update(connection, "update " + qualified(table.table()) + " set " + quote(column) + " = cast(? as "
                + schema.columnType(table.table(), column).orElseThrow() + ") where " + quote(table.key()) + " = ?",
                List.of(value, key));
    }

    void insertRestriction(Connection connection, String restrictionTable, String table, String key,
            LocalDate holdUntil) throws SQLException {
        update(connection, "insert into " + qualified(restrictionTable) + " (table_name, record_key, hold_until)"
                + " values (?, ?, ?) on conflict (table_name, record_key) do update set hold_until = excluded.hold_until",
                java.util.Arrays.asList(table, key, holdUntil == null ? null : Date.valueOf(holdUntil)));
    }

    void deleteRestriction(Connection connection, String restrictionTable, String table, String key)
            throws SQLException {
        update(connection, "delete from " + qualified(restrictionTable) + " where table_name = ? and record_key = ?",
                List.of(table, key));
    }

    /** Whether the row carries its restriction (flag value, tag link or restriction row) as {@code restrict} says. */
    boolean isRestricted(Connection connection, TableMapping table, SqlMapping.Restrict restrict, Object key,
            String recordKey) throws SQLException {
        if (restrict.flagColumn() != null) {
            List<Map<String, Object>> found = rows(connection, "select " + quote(restrict.flagColumn()) + " as flag from "
                    + qualified(table.table()) + " where " + quote(table.key()) + " = ?", List.of(key));
            return !found.isEmpty() && String.valueOf(found.get(0).get("flag")).equals(restrict.restrictedValue());
        }
        if (restrict.tag() != null) {
            SqlMapping.Tag tag = restrict.tag();
            return !rows(connection, "select 1 from " + qualified(tag.link()) + " where " + quote(tag.linkColumn())
                    + " = ? and " + quote(tag.tagColumn()) + " in (select id from " + qualified(tag.table()) + " where "
                    + tagNameMatches(tag) + ") limit 1", List.of(key, tag.name())).isEmpty();
        }
        return !rows(connection, "select 1 from " + qualified(restrict.table())
                + " where table_name = ? and record_key = ? limit 1", List.of(table.table(), recordKey)).isEmpty();
    }

    /** The id of the tag row named like {@code tag}, created if {@code create} and missing; null if there is none. */
    Object tagId(Connection connection, SqlMapping.Tag tag, boolean create) throws SQLException {
        List<Map<String, Object>> found = rows(connection, "select id from " + qualified(tag.table()) + " where "
                + tagNameMatches(tag) + " order by id limit 1", List.of(tag.name()));
        if (!found.isEmpty() || !create) {
            return found.isEmpty() ? null : found.get(0).get("id");
        }
        List<String> columns = new ArrayList<>(List.of("name"));
        List<String> values = new ArrayList<>(List.of(isJson(tag.table(), "name") ? "jsonb_build_object('en_US', ?)" : "?"));
        List<Object> parameters = new ArrayList<>(List.of(tag.name()));
        tag.values().forEach((column, value) -> {
            columns.add(column);
            values.add("cast(? as " + schema.columnType(tag.table(), column).orElseThrow() + ")");
            parameters.add(value);
        });
        Object id = rows(connection, "insert into " + qualified(tag.table()) + " ("
                + String.join(", ", columns.stream().map(MappedSql::quote).toList()) + ") values ("
                + String.join(", ", values) + ") returning id", parameters).get(0).get("id");
        if (tag.pathColumn() != null) {
            update(connection, "update " + qualified(tag.table()) + " set " + quote(tag.pathColumn())
                    + " = cast(id as text) || '/' where id = ?", List.of(id));
        }
        return id;
    }

    void linkTag(Connection connection, SqlMapping.Tag tag, Object tagId, Object rowKey) throws SQLException {
        String link = qualified(tag.link());
        update(connection, "insert into " + link + " (" + quote(tag.linkColumn()) + ", " + quote(tag.tagColumn())
                + ") select ?, ? where not exists (select 1 from " + link + " where " + quote(tag.linkColumn())
                + " = ? and " + quote(tag.tagColumn()) + " = ?)", List.of(rowKey, tagId, rowKey, tagId));
    }

    void unlinkTag(Connection connection, SqlMapping.Tag tag, Object rowKey) throws SQLException {
        update(connection, "delete from " + qualified(tag.link()) + " where " + quote(tag.linkColumn()) + " = ? and "
                + quote(tag.tagColumn()) + " in (select id from " + qualified(tag.table()) + " where "
                + tagNameMatches(tag) + ")", List.of(rowKey, tag.name()));
    }

    private String tagNameMatches(SqlMapping.Tag tag) {
        return isJson(tag.table(), "name") ? "name->>'en_US' = ?" : "name = ?";
    }

    private boolean isJson(String table, String column) {
        return schema.columnType(table, column).map(type -> type.startsWith("json")).orElse(false);
    }

    Object key(TableMapping table, String key) {
        return keyValue(table.table(), table.key(), key);
    }

    private String qualified(String table) {
        return quote(schema.schema()) + '.' + quote(table);
    }

    private static int update(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement.executeUpdate();
        }
    }

    private static void appendWhen(StringBuilder query, List<Object> parameters, Map<String, List<String>> when,
            String alias) {
        when.forEach((column, values) -> {
            query.append(" and cast(").append(alias).append(quote(column)).append(" as text) in (")
                    .append(String.join(", ", values.stream().map(value -> "?").toList())).append(')');
            parameters.addAll(values);
        });
    }

    /** Columns and lookups of a mapped table, aliased {@code t}; the lookups' parameters go into {@code parameters}. */
    private StringBuilder select(TableMapping table, Collection<String> names, List<Object> parameters) {
        List<String> items = new ArrayList<>();
        for (String name : names) {
            items.add(table.lookup(name).map(lookup -> lookup(lookup, parameters) + " as " + quote(name))
                    .orElse("t." + quote(name)));
        }
        return new StringBuilder("select ").append(String.join(", ", items)).append(" from ")
                .append(qualified(table.table())).append(" t");
    }

    private String lookup(SqlMapping.Lookup lookup, List<Object> parameters) {
        StringBuilder expression = new StringBuilder("(select l.").append(quote(lookup.value())).append(" from ")
                .append(qualified(lookup.table())).append(" l where l.").append(quote(lookup.key())).append(" = t.")
                .append(quote(lookup.column()));
        appendWhen(expression, parameters, lookup.when(), "t.");
        return expression.append(')').toString();
    }

    private static List<Map<String, Object>> rows(Connection connection, String query, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                ResultSetMetaData meta = resultSet.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (resultSet.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column), resultSet.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private Object keyValue(String table, String column, String key) {
        if (schema.isUuid(table, column)) {
            try {
                return UUID.fromString(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the key of " + table + " is a UUID", e);
            }
        }
        if (schema.isInteger(table, column)) {
            try {
                return Long.parseLong(key);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the key of " + table + " is a number", e);
            }
        }
        return key;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static boolean matches(Map<String, List<String>> when, Map<String, Object> row) {
        return when.entrySet().stream()
                .allMatch(condition -> condition.getValue().contains(String.valueOf(row.get(condition.getKey()))));
    }

    static LocalDate toLocalDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return null;
    }

    /**
     * The template with each {@code {column}} replaced by the row's value; a part in square brackets
     * ({@code [, last login {last_login}]}) is shown only when each of its columns has a value, so a summary never
     * ends in a label without its value. Values are put in as they are (their own brackets and braces stay).
     */
    static String render(String template, Map<String, Object> row) {
        Matcher optional = OPTIONAL_PART.matcher(template);
        StringBuilder rendered = new StringBuilder();
        int at = 0;
        while (optional.find()) {
            rendered.append(filled(template.substring(at, optional.start()), row));
            String part = optional.group(1);
            if (SqlSchemaValidator.placeholders(part).stream().allMatch(column -> shown(row.get(column)) != null)) {
                rendered.append(filled(part, row));
            }
            at = optional.end();
        }
        return rendered.append(filled(template.substring(at), row)).toString();
    }

    private static String filled(String template, Map<String, Object> row) {
        Matcher matcher = SqlSchemaValidator.PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String shown = shown(row.get(matcher.group(1)));
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(shown == null ? "" : shown));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    /** A value as a summary shows it (a date without its time); null for none or only blanks. */
    private static String shown(Object value) {
        Object shown = toLocalDate(value) != null ? toLocalDate(value) : value;
        return shown == null || shown.toString().isBlank() ? null : shown.toString();
    }

    private static Object exportable(Object value) {
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
