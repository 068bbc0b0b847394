package dev.yardstick.grafana;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes Grafana's InfluxQL macros and template variables the way its InfluxDB data source
 * does: {@code $timeFilter} as an epoch-millisecond range, {@code $__interval} from the range and
 * the panel's data points, and a variable's value escaped for regular expressions when the
 * variable is multi-value or has "All" (Grafana escapes the regex specials and the slash).
 */
final class GrafanaMacros {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");
    private static final long[] NICE_SECONDS = {1, 10, 60, 300, 600, 3600, 86_400, 7 * 86_400, 30 * 86_400};

    private GrafanaMacros() {
    }

    /** A variable's current value; {@code regexEscaped} for multi-value or All variables. */
    record Value(String text, boolean regexEscaped) {
    }

    static String substitute(String query, Instant from, Instant to, Map<String, Value> variables) {
        String q = query.replace("$timeFilter", "time >= " + from.toEpochMilli() + "ms and time <= " + to.toEpochMilli() + "ms")
                .replace("$__interval", interval(from, to));
        Matcher m = VARIABLE.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            Value v = variables.get(name);
            if (v == null) {
                throw new AssertionError("query uses $" + name + ", which has no value: " + query);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.regexEscaped() ? escapeRegex(v.text()) : v.text()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A dashboard's relative time ({@code now}, {@code now-15y}, {@code now-24h}, {@code now+3y}) resolved against {@code now}, in UTC. */
    static Instant relative(String text, Instant now) {
        Matcher m = Pattern.compile("now(?:([-+])(\\d+)([smhdwMy]))?").matcher(text);
        if (!m.matches()) {
            throw new AssertionError("time '" + text + "' is not a relative time this test reads");
        }
        if (m.group(1) == null) {
            return now;
        }
        long n = (m.group(1).equals("-") ? 1 : -1) * Long.parseLong(m.group(2));
        var t = now.atZone(java.time.ZoneOffset.UTC);
        java.time.ZonedDateTime from = switch (m.group(3)) {
            case "s" -> t.minusSeconds(n);
            case "m" -> t.minusMinutes(n);
            case "h" -> t.minusHours(n);
            case "d" -> t.minusDays(n);
            case "w" -> t.minusWeeks(n);
            case "M" -> t.minusMonths(n);
            default -> t.minusYears(n);
        };
        return from.toInstant();
    }

    static String escapeRegex(String value) {
        return value.replaceAll("[\\\\^$*+?.()|\\[\\]{}/]", "\\\\$0");
    }

    /** About 1,000 points across the range, rounded up to a whole unit as Grafana does. */
    static String interval(Instant from, Instant to) {
        long raw = Math.max(1, Duration.between(from, to).toSeconds() / 1000);
        for (long s : NICE_SECONDS) {
            if (s >= raw) {
                return s % 86_400 == 0 ? (s / 86_400) + "d" : s % 3600 == 0 ? (s / 3600) + "h" : s % 60 == 0 ? (s / 60) + "m" : s + "s";
            }
        }
        return (raw / 86_400 + 1) + "d";
    }

    /** The column names an InfluxQL SELECT should return: aliases, plain fields, or function names. */
    static List<String> expectedColumns(String query) {
        String select = query.substring(query.indexOf("SELECT") + 6);
        int depth = 0;
        int end = -1;
        for (int i = 0; i < select.length() && end < 0; i++) {
            char c = select.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && select.startsWith(" FROM ", i)) {
                end = i;
            }
        }
        List<String> columns = new ArrayList<>();
        for (String item : split(select.substring(0, end))) {
            Matcher alias = Pattern.compile("AS \"([^\"]+)\"$").matcher(item.trim());
            if (alias.find()) {
                columns.add(alias.group(1));
            } else if (item.trim().startsWith("\"")) {
                columns.add(item.trim().replace("\"", ""));
            } else {
                columns.add(item.trim().substring(0, item.trim().indexOf('(')));
            }
        }
        return columns;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(list.substring(start, i));
                start = i + 1;
            }
        }
        out.add(list.substring(start));
        return out;
    }
}
