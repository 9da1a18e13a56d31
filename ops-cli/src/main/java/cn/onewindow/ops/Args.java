package cn.onewindow.ops;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches. */
record Args(Map<String, String> values, Set<String> flags) {
    static final Set<String> FLAGS = Set.of("headers", "data", "follow", "dry-run");

    static Args parse(String[] argv) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option (--name), got " + argv[i]);
            }
            String name = argv[i].substring(2);
            if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < argv.length) {
                values.put(name, argv[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return new Args(values, flags);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return v;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
