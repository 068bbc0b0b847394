package dev.yardstick.api;

import dev.yardstick.ingest.DocumentIngested;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.ingest.OrganisationId;
import dev.yardstick.ingest.SetAsideUpdate;
import dev.yardstick.ingest.SourceName;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.StoredDocument;
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

    /** Accepted updates that could not be written for a reason retrying will not fix, with the reason; kept for inspection. */
    @GetMapping("/failed")
    List<SetAsideUpdate> failed() {
        return ingest.setAside();
    }

    /** The update as a raw text body, read no further than {@code yardstick.api.max-upload}. */
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the update exported as text",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    ResponseEntity<DocumentIngested> uploadText(jakarta.servlet.http.HttpServletRequest request, @RequestParam String org,
                                                @RequestParam(defaultValue = "upload.txt") String source) throws IOException {
        SourceName.checked(source);
        OrganisationId.checked(org);
        byte[] body = UploadLimit.read(request.getInputStream(), request.getContentLengthLong(), properties.maxUpload().toBytes());
        return created(ingest.ingest(source, org, body));
    }

    /** The update as a multipart file field named {@code file}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentIngested> uploadFile(@RequestPart("file") MultipartFile file, @RequestParam String org) throws IOException {
        OrganisationId.checked(org);
        String source = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.txt" : SourceName.checked(file.getOriginalFilename());
        if (file.getSize() > properties.maxUpload().toBytes()) {
            throw new UploadLimit.UploadTooLargeException(properties.maxUpload().toBytes());
        }
        return created(ingest.ingest(source, org, file.getBytes()));
    }

    /** 201 when written; 202 when accepted into the durable queue because InfluxDB is unavailable. */
    private static ResponseEntity<DocumentIngested> created(DocumentIngested result) {
        return ResponseEntity.status("queued".equals(result.outcome()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED).body(result);
    }
}
