package dev.yardstick.api;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.ingest.InvalidParameterException;
import dev.yardstick.ingest.UpdateSetAsideException;
import dev.yardstick.store.StoreException;
import dev.yardstick.store.StoreUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import dev.yardstick.ingest.UpdateLimitExceededException;

/** Every error as an RFC 9457 problem: a stable type, a human title, a useful detail; never a class name or stack trace. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details advice, so our wording wins
class ProblemHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

    private final dev.yardstick.ingest.UpdateLimits limits;

    ProblemHandler(dev.yardstick.ingest.UpdateLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ProblemDetail rejected(DocumentRejectedException e) {
        ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "document-rejected", "Not a quarterly update Yardstick can read", e.getMessage());
        p.setProperty("source", e.source());
        return p;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        p.setProperty("parameter", e.parameter());
        return p;
    }

    @ExceptionHandler(UpdateSetAsideException.class)
    ProblemDetail setAside(UpdateSetAsideException e) {
        ProblemDetail p = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "update-set-aside", "Update set aside", e.getMessage());
        p.setProperty("source", e.source());
        return p;
    }

    /** An outage: the same request may succeed later (accepted uploads wait in the queue meanwhile). */
    @ExceptionHandler(StoreUnavailableException.class)
    ProblemDetail storeDown(StoreUnavailableException e) {
        log.warn("answered 503: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "InfluxDB unavailable",
                "InfluxDB did not answer; try again later. (Its address and the reason are in /actuator/health with the API token, and in the log.)");
    }

    /**
     * InfluxDB answered and refused for good (a type conflict, a malformed point, refused
     * credentials, a query it cannot parse: any 4xx but 408 and 429): retrying the same request will not help. 502, not 422: the update passed every
     * check Yardstick makes, so the refusal is the store's, a failure behind this gateway the
     * client cannot fix by changing its request; and not 503, which tells clients to retry.
     */
    @ExceptionHandler(StoreException.class)
    ProblemDetail storeRefused(StoreException e) {
        log.error("answered 502: {}", e.getMessage());
        return Problems.of(HttpStatus.BAD_GATEWAY, "store-refused", "InfluxDB refused the request",
                "InfluxDB answered and refused the request for good; retrying will not help. An accepted update is kept, with the reason,"
                        + " among the updates set aside (GET /api/documents/failed); the operator finds the cause in the log.");
    }

    @ExceptionHandler(CatalogueException.class)
    ProblemDetail invalidTarget(CatalogueException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-target", "Invalid target", e.getMessage());
    }

    @ExceptionHandler(UnknownIndicatorException.class)
    ProblemDetail unknownIndicator(UnknownIndicatorException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-indicator", "Unknown indicator", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Send the update (text export, Word .docx or PDF) as the raw body with Content-Type text/plain, application/pdf, "
                        + DocumentController.DOCX + " or application/octet-stream, or as multipart/form-data with a 'file' field; got "
                        + e.getContentType() + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter",
                "The query parameter '" + e.getParameterName() + "' is required" + ("org".equals(e.getParameterName())
                        ? ": name the organisation the " + (request.getRequestURI().endsWith("/targets") ? "target" : "update")
                                + " belongs to, e.g. ?org=lbbd." : "."));
        p.setProperty("parameter", e.getParameterName());
        return p;
    }

    /** The container stopped reading a multipart body at yardstick.api.max-upload. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return overLimit(limits.uploadTooLarge("upload"));
    }

    /** Over the size limit: 413 upload-too-large; over a limit on what the update holds: 422 limit-exceeded. */
    @ExceptionHandler(UpdateLimitExceededException.class)
    ProblemDetail overLimit(UpdateLimitExceededException e) {
        ProblemDetail p = e.isSize() ? Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large", e.getMessage())
                : Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "limit-exceeded", "Update over a limit", e.getMessage());
        p.setProperty("source", e.source());
        p.setProperty("limit", e.limit());
        p.setProperty("maximum", e.maximum());
        return p;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-multipart", "Unreadable multipart body",
                "The multipart/form-data body could not be read (is the boundary in the Content-Type and the body?): send the update "
                        + "as a 'file' field, e.g. curl -F file=@update.txt, or as text/plain.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "missing-part", "Missing multipart field",
                "The multipart field '" + e.getRequestPartName() + "' is required: send the update as -F " + e.getRequestPartName() + "=@update.txt.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The request body is missing or is not valid JSON of the expected shape (see /v3/api-docs and seed-data/targets.yaml).");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        boolean date = e.getRequiredType() != null && java.time.temporal.Temporal.class.isAssignableFrom(e.getRequiredType());
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "The parameter '" + e.getName() + "' is not valid" + (date ? ": use an ISO date, e.g. 2019-09-30." : "."));
        p.setProperty("parameter", e.getName());
        return p;
    }

    /** Anything not foreseen: logged with its trace here, answered without it. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal) { // Spring's own refusals (404, 405, 406, missing header...) with their status
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            String detail = refusal.getBody().getDetail();
            return Problems.of(status, Problems.typeOf(status), status.getReasonPhrase(), detail == null ? status.getReasonPhrase() : detail);
        }
        log.error("unexpected failure answering a request", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request failed on the server; it has been logged. If it recurs, report the time and request.");
    }
}
