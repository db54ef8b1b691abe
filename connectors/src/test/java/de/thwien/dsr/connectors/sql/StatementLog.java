package de.thwien.dsr.connectors.sql;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A data source that writes down the SQL of every statement prepared on its connections, and passes it on. */
final class StatementLog {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final DataSource dataSource;

    StatementLog(DataSource target) {
        this.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    Object result = invoke(target, method, arguments);
                    return result instanceof Connection connection ? logging(connection) : result;
                });
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The statements prepared so far whose SQL matches the regular expression. */
    long count(String regex) {
        return statements.stream().filter(sql -> sql.matches("(?s).*" + regex + ".*")).count();
    }

    private Connection logging(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.add((String) arguments[0]);
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
