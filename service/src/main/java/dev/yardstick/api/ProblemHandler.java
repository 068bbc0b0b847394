package dev.yardstick.api;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.store.StoreException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Every error as an RFC 9457 problem: a stable type, a human title, a useful detail; never a class name or stack trace. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details advice, so our wording wins
class ProblemHandler {

    @ExceptionHandler(DocumentRejectedException.class)
    ProblemDetail rejected(DocumentRejectedException e) {
        ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "document-rejected", "Not a quarterly update Yardstick can read", e.getMessage());
        p.setProperty("source", e.source());
        return p;
    }

    @ExceptionHandler(StoreException.class)
    ProblemDetail storeDown(StoreException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "InfluxDB unavailable", e.getMessage());
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
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter",
                "The query parameter '" + e.getParameterName() + "' is required" + ("org".equals(e.getParameterName())
                        ? ": name the organisation the update belongs to, e.g. ?org=lbbd." : "."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
                "The upload is over the server's limit (spring.servlet.multipart.max-file-size).");
    }
}
