package de.thwien.dsr.connectors.crm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@link CrmMapping} from YAML; unknown keys are errors, so a typo never goes unnoticed. */
public final class CrmMappingLoader {

    /** The mapping shipped for the Odoo-like demo CRM (schema and seed data beside it). */
    public static final String ODOO_MAPPING_RESOURCE = "crm/odoo/mapping.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CrmMappingLoader() {
    }

    public static CrmMapping fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CrmMappingException("CRM mapping " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static CrmMapping fromClasspath(String resource) {
        try (InputStream in = CrmMappingLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CrmMappingException("CRM mapping " + resource + " is not on the classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new CrmMappingException("CRM mapping " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static CrmMapping read(InputStream in, String name) throws IOException {
        try {
            return YAML.readValue(in, CrmMapping.class);
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new CrmMappingException("CRM mapping " + name + " is not valid: " + e.getMessage(), e);
        }
    }
}
