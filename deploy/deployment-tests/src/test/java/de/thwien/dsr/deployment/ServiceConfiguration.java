package de.thwien.dsr.deployment;

import de.thwien.dsr.platform.security.AuthConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A service's configuration as it would start in a deployment: its application.properties, the shared defaults
 * from the platform jar and the deployment's environment variables, in the profiles of QUARKUS_PROFILE (prod when
 * unset). What the service requires is read from the service itself, not listed here:
 * <ul>
 * <li>every {@code @ConfigMapping} of the service and of the platform jar must bind (no required key missing),</li>
 * <li>every property of the active profiles must resolve ({@code ${DSR_SESSION_KEY}} without default needs the
 * variable),</li>
 * <li>no resolved value may still point at 127.0.0.1 (the local stack's defaults for PostgreSQL, Kafka, mail,
 * the other services and the HTTP listener) or use a {@code local-stack} demo default,</li>
 * <li>at least one dashboard login (dsr.auth.users) with role assistant or admin.</li>
 * </ul>
 */
final class ServiceConfiguration {

    private final String service;
    private final SmallRyeConfig config;
    private final List<String> problems = new ArrayList<>();

    private ServiceConfiguration(String service, Map<String, String> environment) {
        this.service = service;
        this.config = builder(environment).build();
        checkValues();
        checkMappings(environment);
    }

    static ServiceConfiguration of(String service, Map<String, String> environment) {
        return new ServiceConfiguration(service, environment);
    }

    SmallRyeConfig config() {
        return config;
    }

    /** What would keep the service from starting, or start it against the wrong endpoints. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The resolved value, or null when the key has none. */
    String value(String name) {
        return config.getConfigValue(name).getValue();
    }

    /** Every resolved property under a prefix, keyed without it (as the Kafka connector passes kafka.* on). */
    Map<String, String> valuesUnder(String prefix) {
        Map<String, String> values = new TreeMap<>();
        for (String name : activeNames()) {
            if (name.startsWith(prefix)) {
                String value = value(name);
                if (value != null) {
                    values.put(name.substring(prefix.length()), value);
                }
            }
        }
        return values;
    }

    private SmallRyeConfigBuilder builder(Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                // Quarkus reads durations like "3s" as well as ISO-8601
                .withConverter(Duration.class, 200, new DurationConverter())
                .withProfiles(profiles(environment))
                .withSources(new PropertiesConfigSource(load(DeploymentFiles.applicationProperties(service)),
                                "application.properties", 250),
                        new PropertiesConfigSource(load(DeploymentFiles.sharedServiceDefaults()),
                                "events microprofile-config.properties", 100),
                        new EnvConfigSource(environment, 300));
    }

    private static List<String> profiles(Map<String, String> environment) {
        return Arrays.stream(environment.getOrDefault("QUARKUS_PROFILE", "prod").split(","))
                .map(String::trim).filter(profile -> !profile.isEmpty()).toList();
    }

    private void checkValues() {
        for (String name : activeNames()) {
            ConfigValue resolved = config.getConfigValue(name);
            if (resolved.hasProblems()) {
                // an expression without default whose variable is missing, e.g. ${DSR_SESSION_KEY}
                resolved.getProblems().forEach(problem -> problems.add(name + ": " + problem.getMessage()));
                continue;
            }
            String value = resolved.getValue();
            if (value != null && value.contains("127.0.0.1")) {
                problems.add(name + " = " + value + ": the local stack's loopback default, set it for the deployment");
            }
            if (value != null && value.contains("local-stack")) {
                problems.add(name + ": still the local stack's demo default");
            }
        }
    }

    private void checkMappings(Map<String, String> environment) {
        SmallRyeConfigBuilder builder = builder(environment);
        mappingsOf(service).forEach(builder::withMapping);
        mappingsOf("events/platform").forEach(builder::withMapping);
        try {
            builder.build();
        } catch (ConfigValidationException e) {
            for (int i = 0; i < e.getProblemCount(); i++) {
                problems.add(e.getProblem(i).getMessage());
            }
        }
        checkLogins(environment);
    }

    /** The logins on their own, so that a problem in another mapping does not hide a missing login. */
    private void checkLogins(Map<String, String> environment) {
        SmallRyeConfig mapped;
        try {
            mapped = builder(environment).withMapping(AuthConfig.class).build();
        } catch (ConfigValidationException e) {
            return; // reported with the other mappings
        }
        Map<String, AuthConfig.User> users = mapped.getConfigMapping(AuthConfig.class).users();
        if (users.values().stream().noneMatch(user -> user.roles().contains("assistant")
                || user.roles().contains("admin"))) {
            problems.add("dsr.auth.users: no login with role assistant or admin (got " + users.keySet() + ")");
        }
    }

    /** Property names of the two files that apply in the active profiles, without their profile prefix. */
    private Set<String> activeNames() {
        List<String> profiles = config.getProfiles();
        Set<String> names = new LinkedHashSet<>();
        Stream.of(DeploymentFiles.applicationProperties(service), DeploymentFiles.sharedServiceDefaults())
                .flatMap(file -> load(file).keySet().stream())
                .forEach(name -> {
                    if (!name.startsWith("%")) {
                        names.add(name);
                    } else {
                        int dot = name.indexOf('.');
                        boolean active = Arrays.stream(name.substring(1, dot).split(","))
                                .anyMatch(profiles::contains);
                        if (active) {
                            names.add(name.substring(dot + 1));
                        }
                    }
                });
        return names;
    }

    /** The @ConfigMapping interfaces compiled into a module (its target/classes). */
    private static List<Class<?>> mappingsOf(String module) {
        Path classes = DeploymentFiles.projectRoot().resolve(module).resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            // read the bytes instead of loading every class: entities and beans need their framework to load
            return files.filter(file -> file.toString().endsWith(".class"))
                    .filter(ServiceConfiguration::annotatedAsConfigMapping)
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ServiceConfiguration::load)
                    .filter(type -> type.isAnnotationPresent(ConfigMapping.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean annotatedAsConfigMapping(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("L" + ConfigMapping.class.getName().replace('.', '/') + ";");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ServiceConfiguration.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + className, e);
        }
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((key, value) -> map.put(String.valueOf(key), String.valueOf(value)));
        return map;
    }
}
