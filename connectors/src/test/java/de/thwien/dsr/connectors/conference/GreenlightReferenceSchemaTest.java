package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import de.thwien.dsr.connectors.sql.SqlMappingException;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Greenlight mapping against the reference schema (Greenlight 3.8.1 db/schema.rb, conference/greenlight/
 * schema.sql without its demo data): every table and column the mapping names must exist there, so a mapping
 * written for a schema of our own fails here.
 */
class GreenlightReferenceSchemaTest {

    private static final SqlMapping GREENLIGHT = SqlMappingLoader.fromClasspath(ConferenceReader.GREENLIGHT_MAPPING_RESOURCE);

    @Test
    void theShippedMappingNamesOnlyTablesAndColumnsOfTheReferenceSchema() {
        String schema = TestInfra.freshSchema("conference/greenlight/schema.sql");

        assertThatCode(() -> SqlStoreReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMappingNamingAColumnTheReferenceSchemaLacksIsRefused() {
        String schema = TestInfra.freshSchema("conference/greenlight/schema.sql");
        List<TableMapping> tables = new ArrayList<>(GREENLIGHT.tables());
        TableMapping users = GREENLIGHT.table("users").orElseThrow();
        List<String> pii = new ArrayList<>(users.pii());
        pii.add("username"); // a column of Greenlight v2, gone in v3
        tables.set(tables.indexOf(users), new TableMapping(users.table(), users.key(), users.identifiers(), pii,
                users.dataCategories(), users.legalBasis(), users.summary(), users.retention(), users.relations(),
                users.erase(), users.restrict(), users.keepWhile()));
        SqlMapping invented = new SqlMapping(GREENLIGHT.store(), schema, tables);

        assertThatThrownBy(() -> SqlStoreReader.open(invented, TestInfra.dataSource(schema)))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("table 'users' has no column 'username'");
    }
}
