package dev.yardstick.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options with one value each ("--org lbbd" or "--org=lbbd"), flags without one ("--timings",
 * held as "true") and positional arguments.
 */
record CommandLine(Map<String, String> options, List<String> arguments) {

    static CommandLine parse(String[] args, String... allowed) {
        return parse(args, Set.of(), allowed);
    }

    static CommandLine parse(String[] args, Set<String> flags, String... allowed) {
        Set<String> names = Set.of(allowed);
        Map<String, String> options = new HashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (flags.contains(a)) {
                    options.put(a, "true");
                    continue;
                }
                if (!names.contains(name)) {
                    throw new UsageException("unknown option " + name + " (allowed: " + Arrays.toString(allowed)
                            + (flags.isEmpty() ? "" : " and " + new java.util.TreeSet<>(flags)) + ")");
                }
                String value;
                if (a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                options.put(name, value);
            } else {
                arguments.add(a);
            }
        }
        return new CommandLine(options, arguments);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        return intOption(name, fallback, 1, "a positive whole number");
    }

    /** A whole number that may be 0 ("--warmup-seconds 0": no time, one pass). */
    int countOption(String name, int fallback) {
        return intOption(name, fallback, 0, "a whole number, 0 or more");
    }

    private int intOption(String name, int fallback, int least, String what) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < least) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be " + what + ", was '" + v + "'");
        }
    }
}
