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

    /** The value quoted and escaped by {@link EchoedText#quoted}, cut after {@link #MAX} characters. */
    static String quoted(String value) {
        return EchoedText.quoted(value, MAX);
    }
}
