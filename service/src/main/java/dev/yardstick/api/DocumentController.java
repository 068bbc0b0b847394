package dev.yardstick.api;

import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.ingest.DocumentIngested;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.StoredDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    private final ApiProperties properties;

    DocumentController(IngestService ingest, InfluxStore store, ApiProperties properties) {
        this.ingest = ingest;
        this.store = store;
        this.properties = properties;
    }

    /** What has been ingested, when and from where. */
    @GetMapping
    List<StoredDocument> list() {
        return store.documents();
    }

    /** Word (.docx) as its media type says. */
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String UPLOAD_SUMMARY = "Upload a quarterly update: text export, Word (.docx) or PDF";
    /** Both upload operations share one path and method, so they share one description. */
    private static final String UPLOAD_DESCRIPTION = "Send the update as the raw body (a text export as text/plain, a Word document as "
            + DOCX + ", a PDF with a text layer as application/pdf, or any of them as application/octet-stream) or as the "
            + "multipart/form-data field 'file'. The format is told from the file's bytes, not its name or media type. Scanned "
            + "PDFs, password-protected files and files that are not an update table are refused with a document-rejected problem.";

    /**
     * The update as a raw body: a text export, a Word .docx or a PDF. The reader tells the format
     * from the bytes, so the media type only has to be one of these.
     */
    @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_PDF_VALUE, DOCX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<DocumentIngested> uploadText(@RequestBody byte[] body, @RequestParam String org,
                                                @RequestParam(required = false) String source,
                                                @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        String name = source != null && !source.isBlank() ? source : "upload" + extension(contentType);
        return created(ingest.ingest(name, org, checkedSize(name, body)));
    }

    private static String extension(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_PDF_VALUE) ? ".pdf" : type.startsWith(DOCX) ? ".docx"
                : type.startsWith(MediaType.TEXT_PLAIN_VALUE) ? ".txt" : "";
    }

    /** The update as a multipart file field named {@code file}. */
    @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentIngested> uploadFile(@RequestPart("file") MultipartFile file, @RequestParam String org) throws IOException {
        String source = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        return created(ingest.ingest(source, org, checkedSize(source, file.getBytes())));
    }

    /** 201 when written; 202 when accepted into the durable queue because InfluxDB is unavailable. */
    private static ResponseEntity<DocumentIngested> created(DocumentIngested result) {
        return ResponseEntity.status("queued".equals(result.outcome()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED).body(result);
    }

    private byte[] checkedSize(String source, byte[] body) {
        if (body.length > properties.maxUpload().toBytes()) {
            throw new DocumentRejectedException(source, "the file is " + body.length + " bytes, over the limit of "
                    + properties.maxUpload() + " (yardstick.api.max-upload)");
        }
        return body;
    }
}
