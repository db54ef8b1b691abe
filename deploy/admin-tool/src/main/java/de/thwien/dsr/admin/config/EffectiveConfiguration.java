package de.thwien.dsr.admin.config;

import de.thwien.dsr.admin.console.ToolFailure;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.Expressions;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import de.thwien.dsr.platform.problem.Problem;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service's configuration as it would run: the platform's shared defaults (the platform jar's
 * {@code META-INF/microprofile-config.properties}, which every service has on its class path), its
 * {@code application.properties} over them under one profile, overridden by
 * environment variables, read by SmallRye Config as Quarkus reads them (profiles such as {@code %prod.} and
 * {@code %local,test.}, {@code ${…}} expressions, {@code DSR_KEYRING_MASTER_KEY} for {@code dsr.keyring.master-key}).
 * Values of secrets never leave it: any name containing password, secret, key or token is masked.
 */
public final class EffectiveConfiguration {

    static final String MASK = "****";
    private static final Pattern SECRET_NAME = Pattern.compile("password|secret|key|token");
    private static final Pattern PROFILE_PREFIX = Pattern.compile("^%[^.]+\\.");
    private static final int PLATFORM_ORDINAL = 100;
    private static final int FILE_ORDINAL = 250;
    private static final String SHARED_DEFAULTS = "META-INF/microprofile-config.properties";
    private static final int ENVIRONMENT_ORDINAL = 300;

    /** One property: its name, its value (masked when secret) and where the value came from. */
    public record Entry(String name, String value, String source) {
        public String line() {
            return name + "=" + value + "    # " + source;
        }
    }

    private EffectiveConfiguration() {
    }

    /**
     * Every property the platform's defaults or the file name for the profile (or for every profile), then every
     * environment variable that names none of them (by its environment name), in name order.
     */
    public static List<Entry> of(Path propertiesFile, Map<String, String> environment, String profile) {
        PropertiesConfigSource file;
        try {
            file = new PropertiesConfigSource(propertiesFile.toUri().toURL(), FILE_ORDINAL);
        } catch (IOException e) {
            throw new ToolFailure(propertiesFile + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        PropertiesConfigSource platform = platformDefaults();
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(platform, file, new EnvConfigSource(environment, ENVIRONMENT_ORDINAL))
                .build();
        Set<String> names = new TreeSet<>();
        for (String name : file.getPropertyNames()) {
            names.add(PROFILE_PREFIX.matcher(name).replaceFirst(""));
        }
        for (String name : platform.getPropertyNames()) {
            names.add(PROFILE_PREFIX.matcher(name).replaceFirst(""));
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> environmentUsed = new TreeSet<>();
        for (String name : names) {
            ConfigValue unexpanded = Expressions.withoutExpansion(() -> config.getConfigValue(name));
            if (unexpanded.getValue() == null) {
                continue; // set for another profile only
            }
            boolean fromEnvironment = unexpanded.getConfigSourceOrdinal() == ENVIRONMENT_ORDINAL;
            if (fromEnvironment) {
                environmentUsed.add(environmentNameOf(name, environment));
            }
            entries.add(new Entry(name, shown(name, expanded(config, name, unexpanded.getValue())),
                    fromEnvironment ? "environment " + environmentNameOf(name, environment)
                            : unexpanded.getConfigSourceOrdinal() == PLATFORM_ORDINAL ? "platform defaults"
                            : "properties file"));
        }
        new TreeMap<>(environment).forEach((variable, value) -> {
            if (!environmentUsed.contains(variable)) {
                entries.add(new Entry(variable, shown(variable, value), "environment only"));
            }
        });
        return entries;
    }

    /** The platform jar's shared defaults, as the tool carries them (the same platform version as the services). */
    private static PropertiesConfigSource platformDefaults() {
        try {
            URL platform = Problem.class.getProtectionDomain().getCodeSource().getLocation();
            URL defaults = Collections.list(EffectiveConfiguration.class.getClassLoader().getResources(SHARED_DEFAULTS))
                    .stream()
                    .filter(url -> url.toString().contains(platform.getPath()))
                    .findFirst()
                    .orElseThrow(() -> new ToolFailure("the platform's " + SHARED_DEFAULTS + " is not on the class path"));
            return new PropertiesConfigSource(defaults, PLATFORM_ORDINAL);
        } catch (IOException e) {
            throw new ToolFailure("the platform's shared defaults cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static boolean isSecret(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    private static String shown(String name, String value) {
        if (isSecret(name)) {
            return value == null || value.isEmpty() ? "" : MASK;
        }
        return value;
    }

    private static String expanded(SmallRyeConfig config, String name, String unexpanded) {
        try {
            return config.getConfigValue(name).getValue();
        } catch (NoSuchElementException unresolvable) {
            return unexpanded + " (unresolved)";
        }
    }

    /** The variable that set {@code name}: MicroProfile's rule (non-alphanumerics to _, upper case) first. */
    private static String environmentNameOf(String name, Map<String, String> environment) {
        String exact = name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        if (environment.containsKey(exact)) {
            return exact;
        }
        return environment.keySet().stream()
                .filter(variable -> variable.equalsIgnoreCase(exact)
                        || variable.equals(name.replaceAll("[^A-Za-z0-9]", "_")) || variable.equals(name))
                .findFirst().orElse(exact);
    }
}
