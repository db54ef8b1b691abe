package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every table and column a mapping names against the live schema, so that SQL is only ever
 * built from identifiers that exist (values are always bound as parameters). All problems are
 * reported at once, each naming the table and column.
 */
final class SqlSchemaValidator {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private SqlSchemaValidator() {
    }

    /** Reads the live schema and checks the mapping against it: what a connector needs before its first SQL. */
    static LiveSchema checkedSchema(SqlMapping mapping, DataSource dataSource) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection()) {
            LiveSchema schema = LiveSchema.read(connection, mapping.schema());
            validate(mapping, schema);
            return schema;
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(mapping.store(), e);
        }
    }

    static void validate(SqlMapping mapping, LiveSchema schema) {
        List<String> problems = new ArrayList<>();
        for (TableMapping table : mapping.tables()) {
            if (!schema.hasTable(table.table())) {
                problems.add("table '" + table.table() + "' does not exist");
                continue;
            }
            Columns columns = new Columns(schema, table.table(), problems);
            columns.require("key", List.of(table.key()));
            columns.require("identifiers.email", table.identifiers().email());
            columns.require("identifiers.phone", table.identifiers().phone());
            columns.require("identifiers.name", table.identifiers().name());
            columns.require("identifiers.address", table.identifiers().address());
            columns.require("pii", table.pii());
            table.rectify().values().forEach(rectified -> columns.require("rectify", rectified));
            table.rectifyWhen().forEach(condition ->
                    columns.requireColumnsOrLookups("rectifyWhen", condition.keySet(), table));
            table.lookups().forEach(lookup -> checkLookup(schema, table, lookup, columns, problems));
            columns.requireColumnsOrLookups("summary", placeholders(table.summary()), table);
            table.retention().forEach(rule -> {
                columns.requireColumnsOrLookups("retention.startColumn", rule.startColumns(), table);
                columns.requireColumnsOrLookups("retention.when", rule.when().keySet(), table);
            });
            table.relations().forEach(relation -> {
                columns.require("relations.column", List.of(relation.column()));
                columns.require("relations.when", relation.when().keySet());
                if (mapping.table(relation.references()).isEmpty()) {
                    problems.add("table '" + table.table() + "': relation on '" + relation.column()
                            + "' references '" + relation.references() + "', which the mapping does not describe");
                }
                if (relation.via() != null) {
                    requireTable(schema, relation.via().table(), "relations.via of " + table.table(), problems,
                            List.of(relation.via().column(), relation.via().referencesColumn()));
                }
            });
            if (table.erase() != null) {
                columns.require("erase.set", table.erase().set().keySet());
                table.erase().redactWhen().forEach(condition ->
                        columns.requireColumnsOrLookups("erase.redactWhen", condition.keySet(), table));
                if (table.erase().storedFile() != null) {
                    columns.require("erase.storedFile", List.of(table.erase().storedFile()));
                }
            }
            if (table.restrict() != null) {
                if (table.restrict().flagColumn() != null) {
                    columns.require("restrict.flagColumn", List.of(table.restrict().flagColumn()));
                }
                SqlMapping.Tag tag = table.restrict().tag();
                if (tag != null) {
                    List<String> tagColumns = new ArrayList<>(List.of("id", "name"));
                    tagColumns.addAll(tag.values().keySet());
                    if (tag.pathColumn() != null) {
                        tagColumns.add(tag.pathColumn());
                    }
                    requireTable(schema, tag.table(), "restrict.tag of " + table.table(), problems, tagColumns);
                    requireTable(schema, tag.link(), "restrict.tag of " + table.table(), problems,
                            List.of(tag.linkColumn(), tag.tagColumn()));
                }
                if (table.restrict().table() != null && !schema.hasTable(table.restrict().table())) {
                    problems.add("table '" + table.table() + "': restriction table '" + table.restrict().table()
                            + "' does not exist");
                } else if (table.restrict().table() != null) {
                    new Columns(schema, table.restrict().table(), problems).require(
                            "restriction table of " + table.table(), SqlMapping.RESTRICTION_TABLE_COLUMNS);
                }
            }
            table.keepWhile().forEach(blocker -> {
                if (!schema.hasTable(blocker.table())) {
                    problems.add("table '" + table.table() + "': keepWhile table '" + blocker.table()
                            + "' does not exist");
                    return;
                }
                new Columns(schema, blocker.table(), problems).require("keepWhile of " + table.table(),
                        concat(List.of(blocker.column()), blocker.when().keySet()));
            });
        }
        if (!problems.isEmpty()) {
            throw new SqlMappingException("SQL store mapping '" + mapping.store() + "' does not fit schema '"
                    + schema.schema() + "': " + String.join("; ", problems));
        }
    }

    private static void checkLookup(LiveSchema schema, TableMapping table, SqlMapping.Lookup lookup, Columns columns,
            List<String> problems) {
        if (schema.hasColumn(table.table(), lookup.name())) {
            problems.add("table '" + table.table() + "': lookup '" + lookup.name() + "' has the name of a column");
        }
        columns.require("lookups.column", List.of(lookup.column()));
        columns.require("lookups.when", lookup.when().keySet());
        requireTable(schema, lookup.table(), "lookup " + lookup.name() + " of " + table.table(), problems,
                List.of(lookup.key(), lookup.value()));
    }

    private static void requireTable(LiveSchema schema, String table, String usedAs, List<String> problems,
            Collection<String> columns) {
        if (!schema.hasTable(table)) {
            problems.add("table '" + table + "' does not exist (" + usedAs + ")");
            return;
        }
        new Columns(schema, table, problems).require(usedAs, columns);
    }

    static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> concat(Collection<String> first, Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private record Columns(LiveSchema schema, String table, List<String> problems) {
        void require(String usedAs, Collection<String> columns) {
            for (String column : columns) {
                if (!schema.hasColumn(table, column)) {
                    problems.add("table '" + table + "' has no column '" + column + "' (" + usedAs + ")");
                }
            }
        }

        void requireColumnsOrLookups(String usedAs, Collection<String> names, TableMapping mapped) {
            require(usedAs, names.stream().filter(name -> mapped.lookup(name).isEmpty()).toList());
        }
    }
}
