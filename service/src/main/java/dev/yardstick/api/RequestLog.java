package dev.yardstick.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;

/**
 * One log line per thing an operator asks about later: an accepted upload, a refused request, a
 * changed target. Every value that came with a request is {@link #quoted quoted}, so a name with a
 * line break or a terminal escape cannot forge a second line or rewrite the one it is on
 * (OWASP Logging Cheat Sheet, "log injection").
 */
final class RequestLog {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    /** Enough for any valid organisation, source name or path; longer values are cut with their length noted. */
    private static final int MAX = 300;

    private RequestLog() {
    }

    static void uploaded(dev.yardstick.ingest.DocumentIngested result) {
        log.info("upload org={} source={} period={}: {}, {} observations ({} matched), {} points written",
                quoted(result.organisation()), quoted(result.source()), quoted(result.period()), result.outcome(),
                result.observations(), result.matched(), result.pointsWritten());
    }

    static void targetSet(String indicator, String organisation, String unit, int statuses) {
        log.info("target set indicator={} org={} unit={}: {}", quoted(indicator), quoted(organisation), quoted(unit),
                statuses < 0 ? "re-assessment waits for InfluxDB" : statuses + " status points written");
    }

    /** A 4xx answer; 5xx answers are logged where they arise, with their cause. */
    static void refused(HttpServletRequest request, ProblemDetail problem) {
        if (problem.getStatus() < 400 || problem.getStatus() >= 500) {
            return;
        }
        String type = problem.getType() == null ? "" : problem.getType().toString();
        log.info("refused {} {}: {} {}: {}", request == null ? "-" : quoted(request.getMethod()),
                request == null ? "-" : quoted(request.getRequestURI()), problem.getStatus(),
                type.startsWith(Problems.BASE) ? type.substring(Problems.BASE.length()) : quoted(type), quoted(problem.getDetail()));
    }

    /**
     * The value in double quotes with {@code \}, {@code "}, control characters, line and
     * paragraph separators and invisible format characters (bidirectional overrides) written as
     * escapes, so it stays on its line and reads as it is.
     */
    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 2).append('"');
        int end = Math.min(value.length(), MAX);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                            || type == Character.FORMAT || type == Character.SURROGATE && !validPair(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (value.length() > MAX) {
            out.append("...(").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
