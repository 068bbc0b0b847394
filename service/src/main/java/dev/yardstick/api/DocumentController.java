package dev.yardstick.api;

import dev.yardstick.ingest.DocumentIngested;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.ingest.OrganisationId;
import dev.yardstick.ingest.SetAsideUpdate;
import dev.yardstick.ingest.SourceName;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.StoredDocument;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploading quarterly updates. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final IngestService ingest;
    private final InfluxStore store;
    private final dev.yardstick.ingest.UpdateLimits limits;

    DocumentController(IngestService ingest, InfluxStore store, dev.yardstick.ingest.UpdateLimits limits) {
        this.ingest = ingest;
        this.store = store;
        this.limits = limits;
    }

    /** What has been ingested, when and from where. */
    @GetMapping
    List<StoredDocument> list() {
        return store.documents();
    }

    /**
     * Accepted updates that could not be written for a reason retrying will not fix, with the
     * reason; kept for inspection. The reason is shown without server addresses (the store's
     * message names InfluxDB's URL): like problems, this list may be read without the token; the
     * address is in the log and in the health details.
     */
    @GetMapping("/failed")
    List<SetAsideUpdate> failed() {
        return ingest.setAside().stream()
                .map(u -> new SetAsideUpdate(u.file(), u.source(), u.organisation(), ADDRESS.matcher(u.reason()).replaceAll("<server>")))
                .toList();
    }

    /** A URL with a scheme: "http://127.0.0.1:8086", "https://influx.example.org/db". */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s)]+");

    /** Word (.docx) as its media type says. */
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String UPLOAD_SUMMARY = "Upload a quarterly update: text export, Word (.docx) or PDF";
    /** Both upload operations share one path and method, so they share one description. */
    private static final String UPLOAD_DESCRIPTION = "Send the update as the raw body (a text export as text/plain, a Word document as "
            + DOCX + ", a PDF with a text layer as application/pdf, or any of them as application/octet-stream) or as the "
            + "multipart/form-data field 'file'. The format is told from the file's bytes, not its name or media type. Scanned "
            + "PDFs, password-protected files and files that are not an update table are refused with a document-rejected problem; "
            + "a body over yardstick.api.max-upload with upload-too-large (413).";

    /**
     * The update as a raw body: a text export, a Word .docx or a PDF, read no further than
     * {@code yardstick.api.max-upload}. The reader tells the format from the bytes, so the media
     * type only has to be one of these.
     */
    @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_PDF_VALUE, DOCX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the update: text export, Word .docx or PDF",
            content = {
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = DOCX,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<DocumentIngested> uploadText(jakarta.servlet.http.HttpServletRequest request, @RequestParam String org,
                                                @RequestParam(required = false) String source) throws IOException {
        String name = source == null || source.isEmpty() ? "upload" + extension(request.getContentType()) : SourceName.checked(source);
        OrganisationId.checked(org);
        byte[] body = UploadLimit.read(name, request.getInputStream(), request.getContentLengthLong(), limits);
        return created(ingest.ingest(name, org, body));
    }

    /** Only a default name for the evidence: the reader never trusts it for the format. */
    private static String extension(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_PDF_VALUE) ? ".pdf" : type.startsWith(DOCX) ? ".docx"
                : type.startsWith(MediaType.TEXT_PLAIN_VALUE) ? ".txt" : "";
    }

    /** The update as a multipart file field named {@code file}. */
    @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentIngested> uploadFile(@RequestPart("file") MultipartFile file, @RequestParam String org) throws IOException {
        OrganisationId.checked(org);
        String source = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : SourceName.checked(file.getOriginalFilename());
        limits.checkSize(source, file.getSize());
        return created(ingest.ingest(source, org, file.getBytes()));
    }

    /** 201 when written; 202 when accepted into the durable queue because InfluxDB is unavailable. */
    private static ResponseEntity<DocumentIngested> created(DocumentIngested result) {
        RequestLog.uploaded(result);
        return ResponseEntity.status("queued".equals(result.outcome()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED).body(result);
    }
}
