package de.thwien.dsr.connectors.sql;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@link SqlMapping} from YAML; unknown keys are errors, so a typo never goes unnoticed. */
public final class SqlMappingLoader {

    /** The mapping shipped for the Odoo-like demo CRM (schema and seed data beside it). */
    public static final String ODOO_MAPPING_RESOURCE = "crm/odoo/mapping.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SqlMappingLoader() {
    }

    public static SqlMapping fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new SqlMappingException("SQL store mapping " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static SqlMapping fromClasspath(String resource) {
        try (InputStream in = SqlMappingLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SqlMappingException("SQL store mapping " + resource + " is not on the classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new SqlMappingException("SQL store mapping " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SqlMapping read(InputStream in, String name) throws IOException {
        try {
            return YAML.readValue(in, SqlMapping.class);
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new SqlMappingException("SQL store mapping " + name + " is not valid: " + e.getMessage(), e);
        }
    }
}
