package dev.yardstick.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem types (RFC 9457): stable URIs a client can switch on, with a human title. */
final class Problems {

    static final String BASE = "https://yardstick.dev/problems/";

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
}
