package dev.yardstick.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem types (RFC 9457): stable URIs a client can switch on, with a human title. */
final class Problems {

    static final String BASE = "https://yardstick.dev/problems/";
    /** Longest detail a problem shows: room for every message Yardstick writes with the values it names. */
    static final int MAX_DETAIL = 1_000;
    /** Longest other text (a source name, at most 255 characters, a parameter name) and instance path. */
    static final int MAX_PROPERTY = 300;

    private Problems() {
    }

    /** The type of a status Spring refuses with by itself: 404 not-found, 405 method-not-allowed... */
    static String typeOf(org.springframework.http.HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + type));
        p.setTitle(title);
        return p;
    }

    /**
     * The problem as it may be shown: its detail, title and every text property passed through
     * {@link EchoedText} (hidden characters escaped, long text cut), and an instance path too long
     * to show left out. Applied to every problem as it is written ({@link RefusalLogAdvice},
     * {@link ProblemWriter}), so a value from the request that a message repeats (a file name, an
     * id from the path, a field of the body, a media type) is shown safely wherever it was put in.
     */
    static ProblemDetail shown(ProblemDetail problem) {
        problem.setDetail(EchoedText.escaped(problem.getDetail(), MAX_DETAIL));
        problem.setTitle(EchoedText.escaped(problem.getTitle(), MAX_PROPERTY));
        if (problem.getInstance() != null && problem.getInstance().toString().length() > MAX_PROPERTY) {
            problem.setInstance(null);
        }
        if (problem.getProperties() != null) {
            problem.getProperties().replaceAll((name, value) -> value instanceof String text ? EchoedText.escaped(text, MAX_PROPERTY) : value);
        }
        return problem;
    }
}
