package de.thwien.dsr.deployment;

import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML (maps and lists), where a missing step is an empty result. */
final class Yamls {

    private Yamls() {
    }

    static Object at(Map<String, Object> root, String... path) {
        Object current = root;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    static String string(Map<String, Object> root, String... path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> root, String... path) {
        Object value = at(root, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> root, String... path) {
        Object value = at(root, path);
        return value instanceof List<?> ? (List<Map<String, Object>>) value : List.of();
    }
}
