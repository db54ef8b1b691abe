package de.thwien.dsr.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deployment files of the repository, parsed: deploy/compose/docker-compose.yml and deploy/k8s/*.yaml. */
final class DeploymentFiles {

    static final List<String> SERVICES = List.of("intake-service", "subject-index-service", "erasure-service",
            "notifier-service");

    private DeploymentFiles() {
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("dsr.project.root", "../.."));
    }

    static String version() {
        return System.getProperty("dsr.version");
    }

    static Path applicationProperties(String service) {
        return projectRoot().resolve(service).resolve("src/main/resources/application.properties");
    }

    /** The service defaults every service reads from the platform jar. */
    static Path sharedServiceDefaults() {
        return projectRoot().resolve("events/platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    static Map<String, Object> compose() {
        return loadAll(projectRoot().resolve("deploy/compose/docker-compose.yml")).get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        return (Map<String, Object>) services.get(name);
    }

    /** A compose service's environment as the container sees it ($$ is compose's escaped $). */
    @SuppressWarnings("unchecked")
    static Map<String, String> composeEnvironment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) composeService(service).get("environment"))
                .forEach((name, value) -> environment.put(name, String.valueOf(value).replace("$$", "$")));
        return environment;
    }

    /** Every document of every manifest in deploy/k8s (kustomization.yaml aside). */
    static List<Map<String, Object>> kubernetesManifests() {
        try (Stream<Path> files = Files.list(projectRoot().resolve("deploy/k8s"))) {
            List<Map<String, Object>> documents = new ArrayList<>();
            files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .forEach(file -> documents.addAll(loadAll(file)));
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> kubernetesObject(String kind, String name) {
        return kubernetesManifests().stream()
                .filter(document -> kind.equals(document.get("kind")))
                .filter(document -> name.equals(Yamls.string(document, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/k8s"));
    }

    /** The container of a Deployment (each has exactly one). */
    static Map<String, Object> container(String deployment) {
        List<Map<String, Object>> containers = Yamls.list(kubernetesObject("Deployment", deployment),
                "spec", "template", "spec", "containers");
        if (containers.size() != 1) {
            throw new AssertionError(deployment + " has " + containers.size() + " containers");
        }
        return containers.get(0);
    }

    /** What a Deployment's container gets as environment: envFrom ConfigMaps and Secrets, then env. */
    static Map<String, String> kubernetesEnvironment(String deployment) {
        return kubernetesEnvironmentBySource(deployment).entrySet().stream().collect(LinkedHashMap::new,
                (map, entry) -> map.put(entry.getKey(), entry.getValue().value()), Map::putAll);
    }

    record EnvValue(String value, String source) {
    }

    static Map<String, EnvValue> kubernetesEnvironmentBySource(String deployment) {
        Map<String, Object> container = container(deployment);
        Map<String, EnvValue> environment = new LinkedHashMap<>();
        for (Map<String, Object> from : Yamls.list(container, "envFrom")) {
            if (from.containsKey("configMapRef")) {
                String name = Yamls.string(from, "configMapRef", "name");
                Yamls.map(kubernetesObject("ConfigMap", name), "data").forEach((key, value) -> environment.put(key,
                        new EnvValue(String.valueOf(value), "ConfigMap " + name)));
            } else if (from.containsKey("secretRef")) {
                String name = Yamls.string(from, "secretRef", "name");
                secretData(name).forEach((key, value) -> environment.put(key, new EnvValue(value, "Secret " + name)));
            } else {
                throw new AssertionError("unsupported envFrom in " + deployment + ": " + from);
            }
        }
        for (Map<String, Object> variable : Yamls.list(container, "env")) {
            if (!variable.containsKey("value")) {
                throw new AssertionError("only plain env values are supported: " + variable);
            }
            environment.put(String.valueOf(variable.get("name")),
                    new EnvValue(String.valueOf(variable.get("value")), "env"));
        }
        return environment;
    }

    static Map<String, String> secretData(String name) {
        Map<String, Object> secret = kubernetesObject("Secret", name);
        Map<String, String> data = new LinkedHashMap<>();
        Yamls.map(secret, "data").forEach((key, value) -> data.put(key,
                new String(Base64.getDecoder().decode(String.valueOf(value)), java.nio.charset.StandardCharsets.UTF_8)));
        Yamls.map(secret, "stringData").forEach((key, value) -> data.put(key, String.valueOf(value)));
        return data;
    }

    private static List<Map<String, Object>> loadAll(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (InputStream in = Files.newInputStream(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : yaml.loadAll(in)) {
                if (document != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) document;
                    documents.add(map);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
