package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** What the mapped SQL store types share: their mapping, their data source and their health question. */
final class SqlConnections {

    private SqlConnections() {
    }

    static SqlMapping mapping(StoreSettings.SqlStore store) {
        SqlMapping mapping = store.mapping().startsWith("file:")
                ? SqlMappingLoader.fromFile(Path.of(store.mapping().substring("file:".length())))
                : SqlMappingLoader.fromClasspath(store.mapping());
        return store.schema().map(mapping::withSchema).orElse(mapping);
    }

    static DataSource dataSource(StoreSettings.SqlStore store) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(store.jdbcUrl());
        dataSource.setUser(store.username());
        dataSource.setPassword(store.password());
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }

    static void selectOne(String store, DataSource dataSource) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        } catch (SQLException e) {
            // the SQL state only: the driver's message can name the login
            throw new StoreUnavailableException(store, "database: SQL state " + e.getSQLState(), e);
        }
    }
}
